namespace KpiCore.ServiceDesk;

/// <summary>The kind of record logged on the service desk.</summary>
/// <remarks>
/// SLA figures (volumes, resolved, met, open at period end) cover incidents and service requests; problem and change
/// records are counted separately ("Number of Problem Records", "Number of Change Records") and have no SLA clock.
/// </remarks>
public enum CallType
{
    /// <summary>An unplanned interruption or a reduction in the quality of a service.</summary>
    Incident = 0,

    /// <summary>A request for something standard: information, access, a new device.</summary>
    ServiceRequest = 1,

    /// <summary>A problem record: the unknown cause of one or more incidents.</summary>
    Problem = 2,

    /// <summary>A change record: an addition, modification or removal of anything that could affect services.</summary>
    Change = 3,
}
