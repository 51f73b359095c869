namespace KpiCore.Sample.Audit;

/// <summary>
/// What the audit assumes a "% resolved within SLA" is a share of. A published pack does not say, and what can be
/// proven impossible depends on it, so every finding that relies on it names it.
/// </summary>
internal enum SlaBasis
{
    /// <summary>
    /// The host's own definition (the default): met / judged over the calls resolved in the month, whenever they were
    /// logged. The denominator is then not bounded by the month's volume (backlog is resolved too), so only checks that
    /// hold for any denominator are made.
    /// </summary>
    Resolved,

    /// <summary>Of the calls logged in the month, those resolved so far: the denominator d is at most the volume v.</summary>
    Cohort,

    /// <summary>Of every call logged in the month: the denominator is exactly the volume v (the literal rule).</summary>
    Logged,
}
