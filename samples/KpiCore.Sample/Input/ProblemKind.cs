namespace KpiCore.Sample.Input;

/// <summary>What a problem means for the record it names, and so for the file's accounting line.</summary>
internal enum ProblemKind
{
    /// <summary>The record is not counted anywhere (<c>file:line: column: reason</c> on standard error; exit code 1).</summary>
    Rejected,

    /// <summary>The record is counted; one of its optional or secondary fields was left out (printed as a warning).</summary>
    Warning,

    /// <summary>The record is deliberately not counted (such as a cancelled call), with its reason; not an error.</summary>
    Excluded,

    /// <summary>The record lies outside the reporting range: counted as such in the file's line, not an error.</summary>
    Outside,
}
