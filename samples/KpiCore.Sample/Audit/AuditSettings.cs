namespace KpiCore.Sample.Audit;

/// <summary>The assumptions an audit runs under.</summary>
/// <param name="Basis">What a "% within SLA" is a share of.</param>
/// <param name="Combined">The organisation that combines the others (the host's "Shared service"); its counts must be the councils' sums.</param>
internal sealed record AuditSettings(SlaBasis Basis = SlaBasis.Resolved, string Combined = AuditSettings.DefaultCombined)
{
    /// <summary>The host's name for the combined organisation.</summary>
    internal const string DefaultCombined = "Shared service";

    /// <summary>Gets the basis in words, as findings state it.</summary>
    internal string BasisWords => Basis switch
    {
        SlaBasis.Logged => "assuming % within SLA = met / calls logged in the month (d = volume)",
        SlaBasis.Cohort => "assuming % within SLA = met / resolved of the calls logged in the month (d <= volume)",
        _ => "for any denominator (% within SLA = met / judged over calls resolved in the month, as the host computes it)",
    };
}
