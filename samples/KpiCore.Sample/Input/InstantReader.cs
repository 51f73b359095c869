using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace KpiCore.Sample.Input;

/// <summary>
/// Reads instants as an import profile writes them: ISO 8601 (the kpicore files), or the profile's NodaTime local
/// date-time patterns; in both, an offset written <c>Z</c>, <c>±HH:mm</c> or <c>±HHmm</c> may follow, and a time without
/// one is read in the input zone (lenient resolver: the earlier of a repeated time, a skipped time moved forward).
/// </summary>
internal sealed class InstantReader
{
    private readonly LocalDateTimePattern[]? _patterns;
    private readonly string? _formats;

    /// <summary>Creates a reader.</summary>
    /// <param name="zone">The zone of offset-less times.</param>
    /// <param name="formats">The local patterns; null for ISO 8601.</param>
    internal InstantReader(DateTimeZone zone, IReadOnlyList<string>? formats = null)
    {
        Zone = zone;
        if (formats is not null)
        {
            _patterns = [.. formats.Select(LocalDateTimePattern.CreateWithInvariantCulture)];
            _formats = string.Join(" or ", formats);
        }
    }

    /// <summary>Gets the zone in which offset-less times are read.</summary>
    internal DateTimeZone Zone { get; }

    /// <summary>Gets the expected form, for messages.</summary>
    internal string Expected => _formats is null
        ? string.Create(CultureInfo.InvariantCulture, $"ISO 8601 with an offset (2017-09-03T10:15:00+01:00 or ...Z) or a local time (2017-09-03T10:15:00) read in {Zone.Id}")
        : string.Create(CultureInfo.InvariantCulture, $"{_formats} (NodaTime patterns), read in {Zone.Id} unless an offset (Z, +01:00 or +0100) follows");

    /// <summary>Parses an instant; false when the text is not in any accepted form.</summary>
    internal bool TryParse(string text, out Instant instant)
    {
        if (_patterns is null)
        {
            return RowParser.TryParseInstant(text, Zone, out instant);
        }

        return TryParseLocal(_patterns, text, Zone, out instant);
    }

    /// <summary>
    /// Parses a local date-time in one of <paramref name="patterns"/>, read in <paramref name="zone"/> (lenient
    /// resolver), or the same followed by a <c>Z</c>, <c>±HH:mm</c> or <c>±HHmm</c> offset.
    /// </summary>
    internal static bool TryParseLocal(IReadOnlyList<LocalDateTimePattern> patterns, string text, DateTimeZone zone, out Instant instant)
    {
        if (TryParseWith(patterns, text, out LocalDateTime local))
        {
            instant = zone.AtLeniently(local).ToInstant();
            return true;
        }

        if (TrySplitOffset(text, out string rest, out Offset offset) && TryParseWith(patterns, rest, out local))
        {
            instant = local.WithOffset(offset).ToInstant();
            return true;
        }

        instant = default;
        return false;
    }

    private static bool TryParseWith(IReadOnlyList<LocalDateTimePattern> patterns, string text, out LocalDateTime value)
    {
        foreach (LocalDateTimePattern pattern in patterns)
        {
            ParseResult<LocalDateTime> parsed = pattern.Parse(text);
            if (parsed.Success)
            {
                value = parsed.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>Splits a trailing <c>Z</c>, <c>±HH:mm</c> or <c>±HHmm</c> offset (hours up to 18) from the date-time before it.</summary>
    internal static bool TrySplitOffset(string text, out string local, out Offset offset)
    {
        local = text;
        offset = Offset.Zero;
        if (text.Length > 1 && text[^1] is 'Z' or 'z')
        {
            local = text[..^1].TrimEnd();
            return local.Length > 0;
        }

        int signAt = text.Length >= 6 && text[^3] == ':' ? text.Length - 6 : text.Length - 5;
        if (signAt < 1 || text[signAt] is not ('+' or '-'))
        {
            return false;
        }

        ReadOnlySpan<char> digits = text.AsSpan(signAt + 1);
        if (digits.Length == 5)
        {
            digits = string.Concat(digits[..2], digits[3..]);
        }

        if (digits.Length != 4 || !int.TryParse(digits[..2], NumberStyles.None, CultureInfo.InvariantCulture, out int hours)
            || !int.TryParse(digits[2..], NumberStyles.None, CultureInfo.InvariantCulture, out int minutes) || hours > 18 || minutes > 59)
        {
            return false;
        }

        int seconds = ((hours * 60) + minutes) * 60;
        offset = Offset.FromSeconds(text[signAt] == '-' ? -seconds : seconds);
        local = text[..signAt].TrimEnd();
        return local.Length > 0;
    }
}
