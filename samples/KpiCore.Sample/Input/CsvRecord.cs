using System.Globalization;

namespace KpiCore.Sample.Input;

/// <summary>One CSV record: the physical lines it covers and its fields, or the reason it could not be read.</summary>
/// <remarks>
/// Lines are 1-based physical lines (ended by CRLF, LF or CR). <see cref="FirstLine"/> equals <see cref="LastLine"/>
/// unless a quoted field holds a line break. A record rejected by the resync rule of <see cref="CsvReader"/> covers
/// only its first line (<see cref="LastLine"/> = <see cref="FirstLine"/>): the lines after it are read again.
/// </remarks>
internal readonly struct CsvRecord
{
    /// <summary>Creates a record on one line (kept for callers written before line ranges).</summary>
    internal CsvRecord(int line, string[] fields, string? error)
        : this(line, line, fields, error, fields.Length, TrailingEmpty(fields))
    {
    }

    /// <summary>Creates a record covering lines <paramref name="firstLine"/> to <paramref name="lastLine"/>.</summary>
    internal CsvRecord(int firstLine, int lastLine, string[] fields, string? error)
        : this(firstLine, lastLine, fields, error, fields.Length, TrailingEmpty(fields))
    {
    }

    /// <summary>Creates a record whose field count is known even when its fields are not (an error record).</summary>
    internal CsvRecord(int firstLine, int lastLine, string[] fields, string? error, int fieldCount, int trailingEmptyFieldCount, int[]? notUtf8Fields = null)
    {
        NotUtf8Fields = notUtf8Fields ?? [];
        FirstLine = firstLine;
        LastLine = lastLine;
        Fields = fields;
        Error = error;
        FieldCount = fieldCount;
        TrailingEmptyFieldCount = trailingEmptyFieldCount;
    }

    /// <summary>
    /// Gets the 0-based positions of fields that were not valid UTF-8 and were decoded as Windows-1252 instead (the
    /// encoding of Excel's plain "CSV"): the row parser decides per column whether that rejects the record or is a warning.
    /// </summary>
    internal int[] NotUtf8Fields { get; }

    /// <summary>Gets the 1-based line on which the record starts (same as <see cref="FirstLine"/>).</summary>
    internal int Line => FirstLine;

    /// <summary>Gets the 1-based physical line on which the record starts.</summary>
    internal int FirstLine { get; }

    /// <summary>Gets the 1-based physical line on which the record ends (its last byte before the line break).</summary>
    internal int LastLine { get; }

    /// <summary>Gets whether a quoted line break carries the record over more than one physical line.</summary>
    internal bool SpansLines => LastLine > FirstLine;

    /// <summary>Gets the lines for messages: <c>101</c>, or <c>101-140</c> when the record spans lines.</summary>
    internal string Lines => FormatLines(FirstLine, LastLine);

    /// <summary>Gets the fields (empty when <see cref="Error"/> is set).</summary>
    internal string[] Fields { get; }

    /// <summary>Gets why the record could not be read, or null.</summary>
    internal string? Error { get; }

    /// <summary>
    /// Gets the number of fields the record was split into, also for a record with an <see cref="Error"/> that was read
    /// to its end (invalid UTF-8, control character); 0 for a record rejected by the resync rule.
    /// </summary>
    internal int FieldCount { get; }

    /// <summary>Gets how many of the last fields are empty (0 to <see cref="FieldCount"/>).</summary>
    internal int TrailingEmptyFieldCount { get; }

    /// <summary>Formats a line range for messages: <c>7</c> or <c>5-7</c>.</summary>
    internal static string FormatLines(int firstLine, int lastLine) =>
        lastLine > firstLine
            ? string.Create(CultureInfo.InvariantCulture, $"{firstLine}-{lastLine}")
            : firstLine.ToString(CultureInfo.InvariantCulture);

    private static int TrailingEmpty(string[] fields)
    {
        int count = 0;
        for (int i = fields.Length - 1; i >= 0 && fields[i].Length == 0; i--)
        {
            count++;
        }

        return count;
    }
}
