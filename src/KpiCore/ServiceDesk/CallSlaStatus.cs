namespace KpiCore.ServiceDesk;

/// <summary>Where a call's SLA clock stands as of an instant.</summary>
public enum CallSlaStatus
{
    /// <summary>Still open and the clock has not passed the target.</summary>
    InProgressOnTrack = 0,

    /// <summary>Still open and the clock has already passed the target: it will be breached whenever it is resolved.</summary>
    InProgressBreached = 1,

    /// <summary>Resolved with the clock at or below the target.</summary>
    Met = 2,

    /// <summary>Resolved with the clock above the target.</summary>
    Breached = 3,
}
