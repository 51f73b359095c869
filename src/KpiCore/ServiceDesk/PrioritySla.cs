using System.Globalization;
using KpiCore.Kpis;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.ServiceDesk;

/// <summary>
/// The SLA of one priority: a resolution target and an optional response target, both durations on a working calendar,
/// whether on-hold time stops the clock, and the compliance target the period's percentage is judged against.
/// </summary>
/// <remarks>
/// <para>
/// Targets are working time on <see cref="Calendar"/>: 8 hours on a Monday-Friday 08:00-18:00 calendar is 8 working
/// hours; on a 24x7 calendar it is 8 hours of elapsed time. "N working days" means N times the calendar's
/// <see cref="WorkingCalendar.NominalWorkingDay"/> (<see cref="WorkingDays"/>): 3 working days on 08:00-18:00 is 30
/// working hours, so a P3 logged at 09:00 on a Monday is due at 09:00 on Thursday.
/// </para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class PrioritySla
{
    /// <summary>Creates the SLA of one priority.</summary>
    /// <param name="priority">The priority it applies to.</param>
    /// <param name="calendar">The calendar both clocks run on (24x7 or working hours).</param>
    /// <param name="resolutionTarget">The working time allowed from logged to resolved; positive.</param>
    /// <param name="complianceTarget">The target for the period's "% resolved within SLA", such as <c>KpiTarget.AtLeast(90)</c>.</param>
    /// <param name="responseTarget">The working time allowed from logged to the first response; positive; null for none.</param>
    /// <param name="onHoldStopsClock">Whether on-hold time is removed from the clocks; default true.</param>
    /// <param name="smallSampleRule">A rule that replaces the compliance target in periods with few calls; default none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> or <paramref name="complianceTarget"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="priority"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="resolutionTarget"/> or <paramref name="responseTarget"/> is not positive or longer than 100 years.</exception>
    public PrioritySla(
        Priority priority,
        WorkingCalendar calendar,
        Duration resolutionTarget,
        KpiTarget complianceTarget,
        Duration? responseTarget = null,
        bool onHoldStopsClock = true,
        SmallSampleRule smallSampleRule = default)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(complianceTarget);
        if (priority.Rank == 0)
        {
            throw new ArgumentException("The priority must not be the default value.", nameof(priority));
        }

        CheckTarget(resolutionTarget, nameof(resolutionTarget));
        if (responseTarget is { } response)
        {
            CheckTarget(response, nameof(responseTarget));
        }

        Priority = priority;
        Calendar = calendar;
        ResolutionTarget = resolutionTarget;
        ComplianceTarget = complianceTarget;
        ResponseTarget = responseTarget;
        OnHoldStopsClock = onHoldStopsClock;
        SmallSampleRule = smallSampleRule;
        TargetNanos = resolutionTarget.ToInt64Nanoseconds();
    }

    /// <summary>Gets the priority this SLA applies to.</summary>
    public Priority Priority { get; }

    /// <summary>Gets the calendar the clocks run on.</summary>
    public WorkingCalendar Calendar { get; }

    /// <summary>Gets the working time allowed from logged to resolved.</summary>
    public Duration ResolutionTarget { get; }

    /// <summary>Gets the working time allowed from logged to the first response, or null for none.</summary>
    public Duration? ResponseTarget { get; }

    /// <summary>Gets whether on-hold time is removed from the clocks.</summary>
    public bool OnHoldStopsClock { get; }

    /// <summary>Gets the target for the period's "% resolved within SLA".</summary>
    public KpiTarget ComplianceTarget { get; }

    /// <summary>Gets the small-sample rule; <see cref="SmallSampleRule.None"/> when the compliance target always judges.</summary>
    public SmallSampleRule SmallSampleRule { get; }

    internal long TargetNanos { get; }

    /// <summary>Converts "N working days" into working time: N times the calendar's nominal working day.</summary>
    /// <param name="days">The number of working days; positive.</param>
    /// <param name="calendar">The calendar whose <see cref="WorkingCalendar.NominalWorkingDay"/> is a working day.</param>
    /// <returns>The working time, such as 30 hours for 3 days on a 10-hour calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is not positive.</exception>
    /// <exception cref="ArgumentException">The calendar has no working hours, so no nominal working day.</exception>
    public static Duration WorkingDays(int days, WorkingCalendar calendar)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(days);
        ArgumentNullException.ThrowIfNull(calendar);
        if (calendar.NominalWorkingDay == Duration.Zero)
        {
            throw new ArgumentException("The calendar has no working hours, so a working day has no length.", nameof(calendar));
        }

        return calendar.NominalWorkingDay * days;
    }

    /// <summary>Runs a call's clocks as of an instant: time used, elapsed time, breach instant and status.</summary>
    /// <param name="call">The call; its priority must be <see cref="Priority"/>.</param>
    /// <param name="asOf">The instant to evaluate at; a resolution or first response after it is treated as not yet happened. Before the call was logged, the clocks read zero.</param>
    /// <returns>The call's clocks.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="call"/> is null.</exception>
    /// <remarks>
    /// A call whose on-hold data cannot be used (an interval starting before it was logged or ending after it was
    /// resolved; both intervals and a total; a total larger than the working time from logged to the end of the
    /// measured span) is not thrown for: its result has <see cref="CallSlaStatus.NotJudged"/> and the reason in
    /// <see cref="CallSlaResult.NotJudgedReason"/>, as a batch report counts it in the volume but judges neither met
    /// nor breached. An on-hold total (<see cref="Call.OnHoldTotal"/>) is taken off the resolution clock and taken as
    /// held before the breach, so the breach instant is where the working time outside the on-hold intervals reaches
    /// the target plus the total.
    /// </remarks>
    /// <exception cref="ArgumentException">
    /// The call has another priority, was resolved before it was logged, has a first response before it was logged, or
    /// has an instant outside <see cref="WorkingCalendar.SupportedRange"/>.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is outside <see cref="WorkingCalendar.SupportedRange"/>.</exception>
    public CallSlaResult Evaluate(Call call, Instant asOf)
    {
        ArgumentNullException.ThrowIfNull(call);
        if (call.Priority != Priority)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The call has priority {call.Priority.Describe()}; this SLA is for {Priority.Describe()}."),
                nameof(call));
        }

        Span<long> scratch = stackalloc long[2 * CallChecks.StackHolds];
        CallProblem problem = CallChecks.Read(call, scratch, out CallNanos nanos, out string field, out string reason);
        if (problem == CallProblem.Rejected)
        {
            throw new ArgumentException(field + ": " + reason, nameof(call));
        }

        long now = UnixNanos.Checked(asOf, nameof(asOf));
        long logged = nanos.Logged;
        bool resolved = nanos.Resolved <= now;
        long end = Math.Max(logged, resolved ? nanos.Resolved : now);
        bool judged = problem == CallProblem.None;
        long onHold = 0;
        long used = judged ? SlaClock.Used(this, nanos, end, out onHold) : 0;
        if (used < 0)
        {
            // The on-hold total is more than the working time the clock ran: not judged.
            judged = false;
            reason = CallChecks.TotalExceedsWorkingTime(call.OnHoldTotal!.Value, Duration.FromNanoseconds(used + nanos.HoldTotal), resolved);
        }

        CallNanos clocked = judged ? nanos : nanos.WithoutHolds();
        if (!judged)
        {
            onHold = 0;
            used = SlaClock.Used(this, clocked, end, out _);
        }

        long breach = SlaClock.Breach(this, clocked, end);
        CallSlaStatus status = judged ? Judge(resolved, used, TargetNanos) : CallSlaStatus.NotJudged;

        CallSlaStatus? responseStatus = null;
        Duration? responseUsed = null;
        if (ResponseTarget is { } responseTarget)
        {
            long respondedAt = Math.Min(nanos.FirstResponse, nanos.Resolved);
            bool responded = respondedAt <= now;
            long responseEnd = Math.Max(logged, responded ? respondedAt : now);
            long responseNanos = SlaClock.ResponseUsed(this, clocked, responseEnd);
            responseStatus = judged ? Judge(responded, responseNanos, responseTarget.ToInt64Nanoseconds()) : CallSlaStatus.NotJudged;
            responseUsed = Duration.FromNanoseconds(responseNanos);
        }

        return new CallSlaResult(
            status,
            Duration.FromNanoseconds(used),
            Duration.FromNanoseconds(end - logged),
            ResolutionTarget,
            UnixNanos.ToInstant(breach),
            responseStatus,
            responseUsed,
            resolved,
            judged ? null : reason,
            nanos.HoldSource,
            Duration.FromNanoseconds(onHold));
    }

    /// <summary>Describes the SLA, such as "P2: 08:00:00 resolution, target 90%" (culture-invariant).</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Priority}: {ResolutionTarget} resolution, target {ComplianceTarget}");

    private static CallSlaStatus Judge(bool finished, long used, long target) => finished
        ? (used <= target ? CallSlaStatus.Met : CallSlaStatus.Breached)
        : (used <= target ? CallSlaStatus.InProgressOnTrack : CallSlaStatus.InProgressBreached);

    private static void CheckTarget(Duration target, string paramName)
    {
        if (target <= Duration.Zero || target > Duration.FromDays(36525))
        {
            throw new ArgumentOutOfRangeException(paramName, target, "Value must be positive and at most 100 years.");
        }
    }
}
