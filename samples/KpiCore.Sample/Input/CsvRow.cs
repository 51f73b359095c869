namespace KpiCore.Sample.Input;

/// <summary>One data row of a <see cref="CsvTable"/>, read by column name.</summary>
internal sealed class CsvRow
{
    private readonly string[] _fields;
    private readonly Dictionary<string, int> _columns;
    private readonly int[] _notUtf8;

    internal CsvRow(string file, int line, string[] fields, Dictionary<string, int> columns)
        : this(file, line, line, fields, columns)
    {
    }

    internal CsvRow(string file, int firstLine, int lastLine, string[] fields, Dictionary<string, int> columns, int[]? notUtf8Fields = null)
    {
        _notUtf8 = notUtf8Fields ?? [];
        File = file;
        Line = firstLine;
        LastLine = lastLine;
        _fields = fields;
        _columns = columns;
    }

    /// <summary>Gets the file name.</summary>
    internal string File { get; }

    /// <summary>Gets the 1-based line on which the row starts.</summary>
    internal int Line { get; }

    /// <summary>Gets the 1-based line on which the row ends (after <see cref="Line"/> when a quoted field holds a line break).</summary>
    internal int LastLine { get; }

    /// <summary>Gets the lines for messages: <c>101</c>, or <c>101-140</c> when the row spans lines.</summary>
    internal string Lines => CsvRecord.FormatLines(Line, LastLine);

    /// <summary>Gets a field, trimmed; empty when the column is absent.</summary>
    internal string this[string column] =>
        _columns.TryGetValue(column, out int index) && index < _fields.Length ? _fields[index].Trim() : string.Empty;

    /// <summary>Determines whether a column's field was not valid UTF-8 (it was decoded as Windows-1252).</summary>
    internal bool IsNotUtf8(string column) => _notUtf8.Length > 0 && _columns.TryGetValue(column, out int index) && Array.IndexOf(_notUtf8, index) >= 0;

    /// <summary>Gets a field as written (not trimmed), for free text.</summary>
    internal string Raw(string column) =>
        _columns.TryGetValue(column, out int index) && index < _fields.Length ? _fields[index] : string.Empty;
}
