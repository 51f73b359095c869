namespace KpiCore.Sample.Audit;

/// <summary>The kinds of row the audit's rules know, recognised from the row's name and section.</summary>
/// <param name="Role">What the row measures.</param>
/// <param name="Priority">The call priority (1 for P1), for per-priority rows; otherwise 0.</param>
internal readonly record struct KpiKind(KpiRole Role, int Priority);
