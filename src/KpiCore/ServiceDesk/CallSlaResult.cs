using System.Globalization;
using NodaTime;

namespace KpiCore.ServiceDesk;

/// <summary>One call's SLA clocks as of an instant: time used on the SLA calendar, wall-clock time elapsed, the breach instant and the status.</summary>
/// <remarks>
/// <para>
/// <see cref="SlaTimeUsed"/> is the working time on the priority's calendar from logged to resolved (or to the as-of
/// instant while open), less the working time inside the merged on-hold intervals and less the on-hold total
/// (<see cref="Call.OnHoldTotal"/>) when the policy stops the clock on hold; <see cref="HoldSource"/> says which the
/// call had. <see cref="ElapsedTime"/> is the plain wall-clock time over the same span. A resolved call met its SLA when
/// <see cref="SlaTimeUsed"/> &lt;= <see cref="Target"/>, compared as exact durations (never as a rounded percentage:
/// 99.951% of the target is met).
/// </para>
/// <para>
/// <see cref="BreachInstant"/> is the first instant at which the clock reaches the target, with the on-hold intervals
/// recorded up to the end of the measured span treated as non-working time (so each hold moves it later by the working
/// time it covers). An on-hold total has no instants and is taken as held before the breach: the breach instant is
/// where the working time outside the intervals reaches the target plus the total. A call resolved after it, but before any further working time has passed (say at 19:00 when the
/// clock reached the target at 18:00), used exactly the target and is met.
/// </para>
/// <para>
/// A call whose on-hold data cannot be used (an interval outside its life, both intervals and a total, or a total
/// larger than the working time from logged to the end of the measured span) has <see cref="Status"/> <see cref="CallSlaStatus.NotJudged"/>
/// (and so has <see cref="ResponseStatus"/>, when the priority has a response target), with the reason in
/// <see cref="NotJudgedReason"/>. Its clocks are then run as if it had never been on hold, for information only:
/// <see cref="SlaTimeUsed"/> and <see cref="ResponseTimeUsed"/> are upper bounds of the time used and
/// <see cref="BreachInstant"/> is the earliest the clock could have reached the target; none of them is compared with
/// the target.
/// </para>
/// <para>The default value is an in-progress call with zero durations at the Unix epoch; it comes from no evaluation.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public readonly struct CallSlaResult : IEquatable<CallSlaResult>
{
    internal CallSlaResult(
        CallSlaStatus status,
        Duration slaTimeUsed,
        Duration elapsedTime,
        Duration target,
        Instant breachInstant,
        CallSlaStatus? responseStatus,
        Duration? responseTimeUsed,
        bool isResolved,
        string? notJudgedReason,
        OnHoldSource holdSource,
        Duration onHoldTime)
    {
        HoldSource = holdSource;
        OnHoldTime = onHoldTime;
        Status = status;
        IsResolved = isResolved;
        NotJudgedReason = notJudgedReason;
        SlaTimeUsed = slaTimeUsed;
        ElapsedTime = elapsedTime;
        Target = target;
        BreachInstant = breachInstant;
        ResponseStatus = responseStatus;
        ResponseTimeUsed = responseTimeUsed;
    }

    /// <summary>Gets the resolution status as of the evaluation instant.</summary>
    public CallSlaStatus Status { get; }

    /// <summary>Gets whether the call was resolved by the evaluation instant (<see cref="CallSlaStatus.Met"/>, <see cref="CallSlaStatus.Breached"/>, or a resolved <see cref="CallSlaStatus.NotJudged"/> call).</summary>
    public bool IsResolved { get; }

    /// <summary>Gets why the call's SLA could not be judged, when <see cref="Status"/> is <see cref="CallSlaStatus.NotJudged"/>; otherwise null.</summary>
    public string? NotJudgedReason { get; }

    /// <summary>Gets where the call's on-hold time came from (intervals, a total, both or none), whatever the policy does with it.</summary>
    /// <remarks>A host prints it as the per-call <c>hold_source</c>: a clock that used a total rests on the source's own working-time figure, not on instants.</remarks>
    public OnHoldSource HoldSource { get; }

    /// <summary>Gets the working time the on-hold time took off the resolution clock: the on-hold intervals' working time within the measured span plus the on-hold total.</summary>
    /// <remarks>Zero when the policy does not stop the clock on hold, when the call has no on-hold time, and when the call is not judged.</remarks>
    public Duration OnHoldTime { get; }

    /// <summary>Gets the resolution clock: working time used on the SLA calendar, on-hold working time removed when the policy says so.</summary>
    public Duration SlaTimeUsed { get; }

    /// <summary>Gets the wall-clock time from logged to resolved (or to the evaluation instant while open).</summary>
    public Duration ElapsedTime { get; }

    /// <summary>Gets the resolution target the clock is judged against.</summary>
    public Duration Target { get; }

    /// <summary>Gets the instant at which the resolution clock reaches the target.</summary>
    public Instant BreachInstant { get; }

    /// <summary>Gets the share of the target used: <see cref="SlaTimeUsed"/> / <see cref="Target"/> as a fraction (1 = the whole target; above 1 when over).</summary>
    /// <remarks>For display only; met or breached is decided on the exact durations.</remarks>
    public double TargetUsedFraction => SlaTimeUsed.ToInt64Nanoseconds() / (double)Target.ToInt64Nanoseconds();

    /// <summary>Gets the response status, or null when the priority has no response target.</summary>
    /// <remarks>The first response is the call's first-response instant, or its resolution if it was resolved without one.</remarks>
    public CallSlaStatus? ResponseStatus { get; }

    /// <summary>Gets the response clock (working time to the first response, or to the evaluation instant while there is none), or null when the priority has no response target.</summary>
    public Duration? ResponseTimeUsed { get; }

    /// <inheritdoc/>
    public bool Equals(CallSlaResult other) =>
        Status == other.Status && SlaTimeUsed == other.SlaTimeUsed && ElapsedTime == other.ElapsedTime && Target == other.Target
        && BreachInstant == other.BreachInstant && ResponseStatus == other.ResponseStatus && ResponseTimeUsed == other.ResponseTimeUsed
        && IsResolved == other.IsResolved && string.Equals(NotJudgedReason, other.NotJudgedReason, StringComparison.Ordinal)
        && HoldSource == other.HoldSource && OnHoldTime == other.OnHoldTime;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CallSlaResult other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(HashCode.Combine(Status, SlaTimeUsed, ElapsedTime, Target, BreachInstant, ResponseStatus, ResponseTimeUsed, NotJudgedReason), HoldSource, OnHoldTime);

    /// <summary>Compares two results for equality.</summary>
    public static bool operator ==(CallSlaResult left, CallSlaResult right) => left.Equals(right);

    /// <summary>Compares two results for inequality.</summary>
    public static bool operator !=(CallSlaResult left, CallSlaResult right) => !left.Equals(right);

    /// <summary>Describes the result, such as "Met: 7:30:00 of 8:00:00 used, breach at 2017-04-03T15:00:00Z" (culture-invariant); a not-judged result gives its reason instead.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Status == CallSlaStatus.NotJudged
        ? "NotJudged: " + NotJudgedReason
        : string.Create(CultureInfo.InvariantCulture, $"{Status}: {SlaTimeUsed} of {Target} used, breach at {BreachInstant}");
}
