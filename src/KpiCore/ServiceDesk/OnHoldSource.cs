namespace KpiCore.ServiceDesk;

/// <summary>Where a call's on-hold time came from: the form in which its record gave it.</summary>
/// <remarks>It describes the record, whatever the policy does with it: with <see cref="PrioritySla.OnHoldStopsClock"/> false the hold is reported but stops nothing.</remarks>
public enum OnHoldSource
{
    /// <summary>The call has no on-hold time: no non-empty interval and no total.</summary>
    None = 0,

    /// <summary>On-hold intervals (<see cref="Call.OnHold"/>), such as pauses found in a ticket's history.</summary>
    Intervals = 1,

    /// <summary>An on-hold total without intervals (<see cref="Call.OnHoldTotal"/>), such as TOPdesk's <c>onHoldDuration</c>.</summary>
    Total = 2,

    /// <summary>Both intervals and a total: the call's SLA is not judged, since the total may already include the intervals.</summary>
    IntervalsAndTotal = 3,
}
