namespace KpiCore.Sample.Audit;

/// <summary>What a published row measures, as far as the audit's rules are concerned.</summary>
internal enum KpiRole
{
    /// <summary>A row no rule checks on its own (NPS, problem records, ...); the month and identical-row rules still see it.</summary>
    Other,

    /// <summary>A service's availability (a row in a section whose name contains "availability").</summary>
    Availability,

    /// <summary>"P<i>n</i> Calls Resolved within SLA" (or "&lt; 5 days"): the share of one priority's calls within SLA.</summary>
    PrioritySla,

    /// <summary>"Volume of P<i>n</i> Calls".</summary>
    PriorityVolume,

    /// <summary>"Overall SLA Performance": the share of all priorities' calls within SLA.</summary>
    OverallSla,

    /// <summary>"Total Volume of Calls".</summary>
    TotalVolume,

    /// <summary>"Calls Open at Period End".</summary>
    OpenCalls,
}
