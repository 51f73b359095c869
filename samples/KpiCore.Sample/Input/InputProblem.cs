using System.Globalization;

namespace KpiCore.Sample.Input;

/// <summary>One problem found in an input file: where it is and what is wrong, printed as <c>file:line: field: reason</c>.</summary>
/// <remarks>Line is 1-based (the header is line 1); 0 means the problem concerns the whole file (missing, unreadable, no header).</remarks>
internal sealed class InputProblem
{
    internal InputProblem(string file, int line, string field, string reason)
    {
        File = file;
        Line = line;
        Field = field;
        Reason = reason;
    }

    /// <summary>Gets the file name as given to the loader (for the default data, relative to its folder).</summary>
    public string File { get; }

    /// <summary>Gets the 1-based physical line where the record starts, or 0 for the whole file.</summary>
    public int Line { get; }

    /// <summary>Gets the column (or domain field) that is wrong, such as <c>start</c>; <c>-</c> for the whole row or file.</summary>
    public string Field { get; }

    /// <summary>Gets one sentence saying what is wrong and what is valid.</summary>
    public string Reason { get; }

    /// <summary>Formats the problem as <c>file:line: field: reason</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}: {Field}: {Reason}");
}
