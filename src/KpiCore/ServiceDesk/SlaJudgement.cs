namespace KpiCore.ServiceDesk;

/// <summary>Which rule judged a period's SLA figure.</summary>
public enum SlaJudgement
{
    /// <summary>Not judged: no calls to judge (the figure is N/A) or no target.</summary>
    NotAssessed = 0,

    /// <summary>The percentage (compliance) target.</summary>
    ComplianceTarget = 1,

    /// <summary>The small-sample rule, because the period had fewer calls than it names.</summary>
    SmallSampleRule = 2,
}
