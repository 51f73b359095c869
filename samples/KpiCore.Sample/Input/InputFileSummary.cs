namespace KpiCore.Sample.Input;

/// <summary>What was read from one input file: data rows, rows loaded and rows rejected (each with at least one problem).</summary>
internal sealed class InputFileSummary
{
    internal InputFileSummary(string file, bool present, int rows, int loaded)
    {
        File = file;
        Present = present;
        Rows = rows;
        Loaded = loaded;
    }

    /// <summary>Gets the file name.</summary>
    public string File { get; }

    /// <summary>Gets whether the file exists and has a usable header.</summary>
    public bool Present { get; }

    /// <summary>Gets the number of data rows (records after the header).</summary>
    public int Rows { get; }

    /// <summary>Gets the number of rows loaded as records.</summary>
    public int Loaded { get; }

    /// <summary>Gets the number of rows not loaded: <see cref="Rows"/> - <see cref="Loaded"/>.</summary>
    public int Rejected => Rows - Loaded;
}
