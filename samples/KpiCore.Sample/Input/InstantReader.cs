using System.Buffers;
using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace KpiCore.Sample.Input;

/// <summary>
/// Reads instants as an import profile writes them: ISO 8601 (the kpicore files), or the profile's NodaTime local
/// date-time patterns; in both, an offset written <c>Z</c>, <c>±HH:mm</c> or <c>±HHmm</c> may follow, and a time without
/// one is read in the input zone (lenient resolver: the earlier of a repeated time, a skipped time moved forward).
/// </summary>
internal sealed partial class InstantReader
{
    // The longest ISO text the fast path reads: yyyy-MM-ddTHH:mm:ss.fffffffff+HH:mm.
    private const int MaxFastLength = 35;

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

    /// <summary>
    /// A sentence to add to the message for text the reader refused when it looks like a date as a spreadsheet writes
    /// it (<c>23/03/2017 14:42</c>: what Excel saves an ISO column as in a UK locale), or empty. Day-first and
    /// month-first cannot be told apart from the text, so the reader never guesses; the analyst says which.
    /// </summary>
    internal string SpreadsheetHint(string text) =>
        _patterns is null && SpreadsheetDate().IsMatch(text)
            ? " It looks like a date as a spreadsheet saves it, whose day/month order the text cannot show: save the export with ISO dates (2017-03-23T14:42:00), or give the file's pattern in an import profile (--profile FILE), e.g. \"dateTimeFormats\": [\"dd/MM/uuuu HH:mm\"]."
            : string.Empty;

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}( \d{1,2}:\d{2}(:\d{2})?( ?[AaPp][Mm])?)?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SpreadsheetDate();

    /// <summary>Parses an instant; false when the text is not in any accepted form.</summary>
    /// <remarks>ISO 8601 text in the common forms goes through <see cref="TryParse(ReadOnlySpan{byte}, out Instant)"/>'s fast path, all else through the patterns.</remarks>
    internal bool TryParse(string text, out Instant instant)
    {
        if (_patterns is null)
        {
            Span<byte> ascii = stackalloc byte[MaxFastLength];
            if (text.Length <= MaxFastLength && Ascii.FromUtf16(text, ascii, out int written) == OperationStatus.Done
                && TryParseIsoFast(ascii[..written], Zone, out instant))
            {
                return true;
            }

            return RowParser.TryParseInstant(text, Zone, out instant);
        }

        return TryParseLocal(_patterns, text, Zone, out instant);
    }

    /// <summary>Parses an instant written in ASCII bytes; the same result as <see cref="TryParse(string, out Instant)"/> on the same text.</summary>
    /// <remarks>
    /// ISO 8601 in the forms exports write (<c>yyyy-MM-ddTHH:mm[:ss[.f]]</c>, <c>T</c> or a space, then nothing,
    /// <c>Z</c>, <c>±HH:mm</c> or <c>±HHmm</c>) is read here without a string; any other text (another form, a profile's
    /// patterns, or text that is not valid) is decoded and read by the patterns, so this is never a second definition.
    /// </remarks>
    internal bool TryParse(ReadOnlySpan<byte> text, out Instant instant)
    {
        if (_patterns is null && TryParseIsoFast(text, Zone, out instant))
        {
            return true;
        }

        return TryParse(Encoding.ASCII.GetString(text), out instant);
    }

    /// <summary>Days from 1970-01-01 to a valid proleptic Gregorian date (H. Hinnant's days_from_civil), as NodaTime's ISO calendar counts them.</summary>
    internal static long DaysFromCivil(int year, int month, int day)
    {
        int y = month <= 2 ? year - 1 : year;
        int era = (y >= 0 ? y : y - 399) / 400;
        int yearOfEra = y - (era * 400);
        int dayOfYear = ((((153 * (month + (month > 2 ? -3 : 9))) + 2) / 5) + day) - 1;
        int dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146_097L) + dayOfEra - 719_468;
    }

    /// <summary>
    /// The fast path: true only for the forms that the ISO patterns of <see cref="RowParser.TryParseInstant"/> and the
    /// offset split of <see cref="TryParseLocal"/> read, with the same value (local times through the same lenient
    /// resolver); false means "not decided here", never "invalid".
    /// </summary>
    private static bool TryParseIsoFast(ReadOnlySpan<byte> s, DateTimeZone zone, out Instant instant)
    {
        if (TryParseUtcSeconds(s, out instant))
        {
            return true;
        }

        instant = default;
        // yyyy-MM-ddTHH:mm is 16 bytes; the year is 0001-9999 (other years go the patterns' way).
        if (s.Length < 16 || s[4] != '-' || s[7] != '-' || s[10] is not ((byte)'T' or (byte)' ') || s[13] != ':'
            || !Digits(s, 0, 4, out int year) || !Digits(s, 5, 2, out int month) || !Digits(s, 8, 2, out int day)
            || !Digits(s, 11, 2, out int hour) || !Digits(s, 14, 2, out int minute)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month) || hour > 23 || minute > 59)
        {
            return false;
        }

        int i = 16;
        int second = 0;
        long nanoseconds = 0;
        if (i < s.Length && s[i] == ':')
        {
            if (!Digits(s, i + 1, 2, out second) || second > 59)
            {
                return false;
            }

            i += 3;
            if (i < s.Length && s[i] is (byte)'.' or (byte)',')
            {
                int digits = 0;
                i++;
                while (i < s.Length && char.IsAsciiDigit((char)s[i]) && digits < 9)
                {
                    nanoseconds = (nanoseconds * 10) + (s[i] - '0');
                    digits++;
                    i++;
                }

                if (digits == 0 || (i < s.Length && char.IsAsciiDigit((char)s[i])))
                {
                    return false;
                }

                for (int d = digits; d < 9; d++)
                {
                    nanoseconds *= 10;
                }
            }
        }

        ReadOnlySpan<byte> rest = s[i..];
        if (rest.Length == 1 && rest[0] == 'Z')
        {
            // UTC: straight to Unix time (the date is valid, checked above), no LocalDateTime on the way.
            long seconds = (DaysFromCivil(year, month, day) * 86_400L) + (hour * 3600) + (minute * 60) + second;
            instant = Instant.FromUnixTimeSeconds(seconds).PlusNanoseconds(nanoseconds);
            return true;
        }

        var local = new LocalDateTime(year, month, day, hour, minute, second).PlusNanoseconds(nanoseconds);
        if (rest.IsEmpty)
        {
            instant = zone.AtLeniently(local).ToInstant();
            return true;
        }

        // ±HH:mm or ±HHmm, hours below 18 (the patterns' limits at 18 go their way).
        bool colon = rest.Length == 6 && rest[3] == ':';
        if ((rest.Length != 5 && !colon) || rest[0] is not ((byte)'+' or (byte)'-')
            || !Digits(rest, 1, 2, out int offsetHours) || !Digits(rest, colon ? 4 : 3, 2, out int offsetMinutes) || offsetHours > 17 || offsetMinutes > 59)
        {
            return false;
        }

        int offsetSeconds = ((offsetHours * 60) + offsetMinutes) * 60;
        instant = local.WithOffset(Offset.FromSeconds(rest[0] == '-' ? -offsetSeconds : offsetSeconds)).ToInstant();
        return true;
    }

    private static bool Digits(ReadOnlySpan<byte> s, int start, int count, out int value)
    {
        value = 0;
        if (start + count > s.Length)
        {
            return false;
        }

        for (int i = start; i < start + count; i++)
        {
            int digit = s[i] - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
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

    /// <summary>Splits a trailing <c>Z</c>, <c>±HH:mm</c> or <c>±HHmm</c> offset (up to ±18:00) from the date-time before it.</summary>
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
            || !int.TryParse(digits[2..], NumberStyles.None, CultureInfo.InvariantCulture, out int minutes) || hours > 18 || minutes > 59
            || (hours == 18 && minutes > 0)) // beyond ±18:00, which NodaTime's Offset cannot hold (it threw before)
        {
            return false;
        }

        int seconds = ((hours * 60) + minutes) * 60;
        offset = Offset.FromSeconds(text[signAt] == '-' ? -seconds : seconds);
        local = text[..signAt].TrimEnd();
        return local.Length > 0;
    }
}
