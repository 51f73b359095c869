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

    /// <summary>
    /// The clock cannot be run because the call's on-hold data cannot be used (an on-hold interval starts before it was
    /// logged or ends after it was resolved; the call has both intervals and an on-hold total; or the total is more than
    /// the working time from logged to the end of the measured span): neither met nor breached. The call may be open or resolved
    /// (see <see cref="CallSlaResult.IsResolved"/>); <see cref="CallSlaResult.NotJudgedReason"/> says why.
    /// </summary>
    NotJudged = 4,
}
