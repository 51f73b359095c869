namespace KpiCore.Sample.Input;

/// <summary>One CSV record: its first physical line and its fields, or the reason it could not be read.</summary>
internal readonly struct CsvRecord
{
    internal CsvRecord(int line, string[] fields, string? error)
    {
        Line = line;
        Fields = fields;
        Error = error;
    }

    /// <summary>Gets the 1-based line on which the record starts.</summary>
    internal int Line { get; }

    /// <summary>Gets the fields (empty when <see cref="Error"/> is set).</summary>
    internal string[] Fields { get; }

    /// <summary>Gets why the record could not be read, or null.</summary>
    internal string? Error { get; }
}
