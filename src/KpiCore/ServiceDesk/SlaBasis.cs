namespace KpiCore.ServiceDesk;

/// <summary>Which calls a period's "% resolved within SLA" is taken over.</summary>
public enum SlaBasis
{
    /// <summary>
    /// The calls resolved in the period, whenever they were logged (the default; ITIL's "closed within target / all
    /// closed in the period", and the only basis the source report's published figures are consistent with).
    /// </summary>
    ResolvedInPeriod = 0,

    /// <summary>
    /// The cohort of calls logged in the period, counting those of them resolved by the time of the data (whenever that
    /// was); calls of the cohort still open are not in the denominator.
    /// </summary>
    LoggedInPeriod = 1,
}
