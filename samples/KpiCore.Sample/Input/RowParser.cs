using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace KpiCore.Sample.Input;

/// <summary>
/// Reads typed fields from one CSV row, adding a <c>file:line: field: reason</c> problem for each bad field so a row
/// reports all its faults at once; <see cref="Ok"/> says whether the row can be loaded.
/// </summary>
/// <remarks>
/// Instants are ISO 8601 with an offset (<c>2017-09-03T10:15:00+01:00</c>, <c>2017-09-03T09:15:00Z</c>) or local
/// date-times without one (<c>2017-09-03T10:15:00</c> or <c>2017-09-03 10:15</c>), read in the given zone with NodaTime's
/// lenient resolver: a time that happens twice (clocks going back) is the earlier one; a time that does not exist (clocks
/// going forward) is moved forward by the length of the gap (01:30 on a spring-forward night in London is 02:30 BST).
/// </remarks>
internal sealed class RowParser
{
    private static readonly OffsetDateTimePattern[] OffsetPatterns =
    [
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<G>"),
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<G>"),
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd' 'HH':'mm':'ss;FFFFFFFFFo<G>"),
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd' 'HH':'mmo<G>"),
    ];

    private static readonly LocalDateTimePattern[] LocalPatterns =
    [
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFF"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd' 'HH':'mm':'ss;FFFFFFFFF"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd' 'HH':'mm"),
    ];

    private readonly CsvRow _row;
    private readonly InstantReader _instants;
    private readonly List<InputProblem> _problems;

    internal RowParser(CsvRow row, DateTimeZone zone, List<InputProblem> problems)
        : this(row, new InstantReader(zone), problems)
    {
    }

    internal RowParser(CsvRow row, InstantReader instants, List<InputProblem> problems)
    {
        _row = row;
        _instants = instants;
        _problems = problems;
    }

    /// <summary>Gets whether no field of the row was bad so far.</summary>
    internal bool Ok { get; private set; } = true;

    /// <summary>Gets the row.</summary>
    internal CsvRow Row => _row;

    /// <summary>Adds a problem for a field and marks the row as not loadable.</summary>
    internal void Fail(string column, string reason)
    {
        Ok = false;
        _problems.Add(new InputProblem(_row.File, _row.Line, column, reason));
    }

    /// <summary>Adds a warning for a field: the row is still loaded, without that field's value.</summary>
    internal void Warn(string column, string reason) =>
        _problems.Add(new InputProblem(_row.File, _row.Line, column, reason, ProblemKind.Warning));

    /// <summary>Leaves the row out on purpose (counted as excluded, with the reason); the caller loads nothing of it.</summary>
    internal void Exclude(string column, string reason) =>
        _problems.Add(new InputProblem(_row.File, _row.Line, column, reason, ProblemKind.Excluded));

    /// <summary>Reads a required text field (trimmed); one that is not valid UTF-8 rejects the row (a name or id must not be guessed).</summary>
    internal string Text(string column)
    {
        string value = _row[column];
        if (value.Length == 0)
        {
            Fail(column, "A value is required.");
        }
        else if (_row.IsNotUtf8(column))
        {
            Fail(column, string.Create(CultureInfo.InvariantCulture,
                $"The value is not valid UTF-8 (read as Windows-1252 it is '{Shorten(value)}'); save the file as \"CSV UTF-8\"."));
        }

        return value;
    }

    /// <summary>Reads an optional text field (trimmed); null when blank. One that is not valid UTF-8 is read as Windows-1252 with a warning.</summary>
    internal string? OptionalText(string column)
    {
        string value = _row[column];
        WarnIfNotUtf8(column, value);
        return value.Length == 0 ? null : value;
    }

    /// <summary>Reads an optional free-text field as written (not trimmed); null when empty. Not valid UTF-8: read as Windows-1252 with a warning.</summary>
    internal string? FreeText(string column)
    {
        string value = _row.Raw(column);
        WarnIfNotUtf8(column, value);
        return value.Length == 0 ? null : value;
    }

    private void WarnIfNotUtf8(string column, string value)
    {
        if (_row.IsNotUtf8(column))
        {
            Warn(column, string.Create(CultureInfo.InvariantCulture,
                $"The text is not valid UTF-8; it was read as Windows-1252 ('{Shorten(value)}'): save the file as \"CSV UTF-8\" to be sure."));
        }
    }

    /// <summary>Reads a required instant.</summary>
    internal Instant Instant(string column)
    {
        string text = _row[column];
        if (text.Length == 0)
        {
            Fail(column, "A date and time is required (ISO 8601, such as 2017-09-03T10:15:00+01:00).");
            return default;
        }

        return ParseInstant(column, text) ?? default;
    }

    /// <summary>Reads an optional instant; null when blank.</summary>
    internal Instant? OptionalInstant(string column)
    {
        string text = _row[column];
        return text.Length == 0 ? null : ParseInstant(column, text);
    }

    /// <summary>Parses an instant in the row's zone, reporting a bad one against <paramref name="column"/>.</summary>
    internal Instant? ParseInstant(string column, string text)
    {
        if (_instants.TryParse(text, out Instant instant))
        {
            if (!SupportedRange.Contains(instant))
            {
                Fail(column, string.Create(CultureInfo.InvariantCulture, $"'{Shorten(text)}' is outside the supported range: {SupportedRange.Describe}."));
                return null;
            }

            return instant;
        }

        Fail(column, string.Create(CultureInfo.InvariantCulture, $"'{Shorten(text)}' is not a date and time; use {_instants.Expected}.{_instants.SpreadsheetHint(text)}"));
        return null;
    }

    /// <summary>Parses an ISO 8601 instant with an offset, or a local date-time in <paramref name="zone"/> (lenient resolver).</summary>
    internal static bool TryParseInstant(string text, DateTimeZone zone, out Instant instant)
    {
        foreach (OffsetDateTimePattern pattern in OffsetPatterns)
        {
            ParseResult<OffsetDateTime> parsed = pattern.Parse(text);
            if (parsed.Success)
            {
                instant = parsed.Value.ToInstant();
                return true;
            }
        }

        // A local time read in the zone, or followed by ±HHmm (no colon), as TOPdesk and many exports write it.
        return InstantReader.TryParseLocal(LocalPatterns, text, zone, out instant);
    }

    /// <summary>Reads a required integer in a range.</summary>
    internal int Int(string column, int min, int max, string? expected = null)
    {
        bool named = expected is not null;
        expected ??= string.Create(CultureInfo.InvariantCulture, $"a whole number from {min} to {max}");
        string text = _row[column];
        if (text.Length == 0)
        {
            Fail(column, "A value is required: " + expected + ".");
            return min;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value))
        {
            Fail(column, string.Create(CultureInfo.InvariantCulture, $"'{Shorten(text)}' is not {expected}."));
            return min;
        }

        if (value < min || value > max)
        {
            Fail(column, named
                ? string.Create(CultureInfo.InvariantCulture, $"{value} is not {expected}.")
                : string.Create(CultureInfo.InvariantCulture, $"{value} is outside the range {min} to {max}."));
            return min;
        }

        return value;
    }

    /// <summary>Reads an optional integer in a range; null when blank.</summary>
    internal int? OptionalInt(string column, int min, int max, string? expected = null) => _row[column].Length == 0 ? null : Int(column, min, max, expected);

    /// <summary>Reads a required number (invariant culture, a dot as decimal separator) in a range.</summary>
    internal double Number(string column, double min, double max)
    {
        string text = _row[column].TrimEnd('%').Trim();
        if (!double.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out double value)
            || !(value >= min && value <= max))
        {
            Fail(column, string.Create(CultureInfo.InvariantCulture, $"'{Shorten(_row[column])}' is not a number from {min} to {max} (use a dot for decimals)."));
            return min;
        }

        return value;
    }

    /// <summary>Reads a required choice from a fixed list (case-insensitive).</summary>
    internal T Choice<T>(string column, IReadOnlyDictionary<string, T> choices, T fallback, bool required = true)
    {
        string text = _row[column];
        if (text.Length == 0 && !required)
        {
            return fallback;
        }

        if (choices.TryGetValue(text, out T? value))
        {
            return value;
        }

        Fail(column, string.Create(CultureInfo.InvariantCulture, $"'{Shorten(text)}' is not one of {string.Join(", ", choices.Keys)}."));
        return fallback;
    }

    /// <summary>Reads an optional, secondary ISO date (yyyy-MM-dd): a bad one is a warning and the row loads without it.</summary>
    internal LocalDate? SecondaryDate(string column)
    {
        string text = _row[column];
        if (text.Length == 0)
        {
            return null;
        }

        ParseResult<LocalDate> parsed = LocalDatePattern.Iso.Parse(text);
        if (!parsed.Success)
        {
            Warn(column, string.Create(CultureInfo.InvariantCulture, $"'{Shorten(text)}' is not a date in the form yyyy-MM-dd; the record is read without it."));
            return null;
        }

        if (!SupportedRange.Contains(parsed.Value))
        {
            Warn(column, string.Create(CultureInfo.InvariantCulture, $"'{Shorten(text)}' is outside the supported range ({SupportedRange.Describe}); the record is read without it."));
            return null;
        }

        return parsed.Value;
    }

    /// <summary>Reads an optional, secondary instant: a bad one is a warning and the row loads without it.</summary>
    internal Instant? SecondaryInstant(string column)
    {
        string text = _row[column];
        if (text.Length == 0)
        {
            return null;
        }

        if (_instants.TryParse(text, out Instant instant) && SupportedRange.Contains(instant))
        {
            return instant;
        }

        Warn(column, string.Create(CultureInfo.InvariantCulture,
            $"'{Shorten(text)}' is not a date and time in the supported range (ISO 8601 such as 2017-09-03T10:15:00+01:00; {SupportedRange.Describe}); the record is read without it.{_instants.SpreadsheetHint(text)}"));
        return null;
    }

    /// <summary>Reads an optional month (yyyy-MM).</summary>
    internal YearMonth? OptionalMonth(string column)
    {
        string text = _row[column];
        if (text.Length == 0)
        {
            return null;
        }

        ParseResult<YearMonth> parsed = YearMonthPattern.Iso.Parse(text);
        if (!parsed.Success)
        {
            Fail(column, string.Create(CultureInfo.InvariantCulture, $"'{Shorten(text)}' is not a month in the form yyyy-MM."));
            return null;
        }

        if (!SupportedRange.Contains(parsed.Value))
        {
            Fail(column, string.Create(CultureInfo.InvariantCulture, $"'{Shorten(text)}' is outside the supported range: {SupportedRange.Describe}."));
            return null;
        }

        return parsed.Value;
    }

    /// <summary>Cuts long text for messages.</summary>
    internal static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "...");
}
