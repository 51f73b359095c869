namespace KpiCore.ServiceDesk;

/// <summary>What the data checks found wrong with a call.</summary>
internal enum CallProblem
{
    /// <summary>Nothing: the call's clocks can be run.</summary>
    None = 0,

    /// <summary>The call cannot be counted at all (an instant out of range, resolved or first response before logged): a batch rejects it.</summary>
    Rejected = 1,

    /// <summary>The call can be counted, but an on-hold interval lies outside its life, so its SLA cannot be judged.</summary>
    OnHold = 2,
}
