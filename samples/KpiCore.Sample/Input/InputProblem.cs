using System.Globalization;

namespace KpiCore.Sample.Input;

/// <summary>One problem found in an input file: where it is and what is wrong, printed as <c>file:line: field: reason</c>.</summary>
/// <remarks>Line is 1-based (the header is line 1); 0 means the problem concerns the whole file (missing, unreadable, no header).</remarks>
internal sealed class InputProblem
{
    internal InputProblem(string file, int line, string field, string reason, ProblemKind kind = ProblemKind.Rejected)
    {
        File = file;
        Line = line;
        Field = field;
        Reason = reason;
        Kind = kind;
    }

    /// <summary>Gets what the problem means for its record: rejected (the default), a warning, excluded or outside the reporting range.</summary>
    public ProblemKind Kind { get; }

    /// <summary>Gets whether the problem stops its record from being counted as an error (rejected, or a whole-file problem).</summary>
    public bool IsRejection => Kind == ProblemKind.Rejected;

    /// <summary>Gets the file name as given to the loader (for the default data, relative to its folder).</summary>
    public string File { get; }

    /// <summary>Gets the 1-based physical line where the record starts, or 0 for the whole file.</summary>
    public int Line { get; }

    /// <summary>Gets the column (or domain field) that is wrong, such as <c>start</c>; <c>-</c> for the whole row or file.</summary>
    public string Field { get; }

    /// <summary>Gets one sentence saying what is wrong and what is valid.</summary>
    public string Reason { get; }

    /// <summary>Formats the problem as <c>file:line: field: reason</c>.</summary>
    /// <remarks>A warning is prefixed <c>warning:</c> after the location; an exclusion <c>excluded:</c>.</remarks>
    public override string ToString() => Kind switch
    {
        ProblemKind.Warning => string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}: {Field}: warning: {Reason}"),
        ProblemKind.Excluded => string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}: {Field}: excluded: {Reason}"),
        ProblemKind.Outside => string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}: {Field}: outside the reporting range: {Reason}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}: {Field}: {Reason}"),
    };
}
