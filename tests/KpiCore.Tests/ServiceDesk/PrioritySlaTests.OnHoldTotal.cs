using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KpiCore.Kpis;
using KpiCore.ServiceDesk;
using NodaTime;
using static KpiCore.Tests.ServiceDesk.ServiceDeskTestData;
using Interval = NodaTime.Interval;

namespace KpiCore.Tests.ServiceDesk;

/// <summary>The on-hold total (issue #11: TOPdesk's onHoldDuration), worked by hand on the default policy's office hours.</summary>
public sealed partial class PrioritySlaTests
{
    // P3 = 3 working days = 30 working hours on Mon-Fri 08:00-18:00 London, closed on bank holidays. Logged Thu 13 Apr
    // 2017 14:00 BST: Thu 14-18 = 4 h; Good Friday 14 Apr, the weekend and Easter Monday 17 Apr are closed; Tue 18 Apr
    // 10 h (14 h), Wed 19 Apr 10 h (24 h), Thu 20 Apr 08:00-14:00 6 h (30 h). So without a total the clock reaches 30 h
    // at Thu 20 Apr 14:00; with a 90-minute total, at 31 h 30 min of working time: Thu 20 Apr 15:30.
    private static readonly Instant EasterLogged = Local(2017, 4, 13, 14);

    private static Call WithTotal(Instant logged, Instant? resolved, Duration? total, params Interval[] holds) =>
        new("T1", "Brent", Priority.P3, CallType.Incident, logged, resolved, onHold: holds, onHoldTotal: total);

    [Fact]
    public void Evaluate_P3OverEasterWith90MinuteTotal_TotalTakenOffAndBreachMovedBy90Minutes()
    {
        // Resolved Thu 20 Apr 15:00: 31 h of working time, less 1 h 30 min = 29 h 30 min <= 30 h: met.
        CallSlaResult result = P3.Evaluate(WithTotal(EasterLogged, Local(2017, 4, 20, 15), Duration.FromMinutes(90)), Local(2017, 5, 1, 0));

        Assert.Equal(CallSlaStatus.Met, result.Status);
        Assert.Equal(Duration.FromMinutes((29 * 60) + 30), result.SlaTimeUsed);
        Assert.Equal(Local(2017, 4, 20, 15, 30), result.BreachInstant);
        Assert.Equal(OnHoldSource.Total, result.HoldSource);
        Assert.Equal(Duration.FromMinutes(90), result.OnHoldTime);
        Assert.Null(result.NotJudgedReason);

        // The same call without the total used 31 h and breached at 14:00.
        CallSlaResult without = P3.Evaluate(WithTotal(EasterLogged, Local(2017, 4, 20, 15), null), Local(2017, 5, 1, 0));
        Assert.Equal((CallSlaStatus.Breached, Duration.FromHours(31), Local(2017, 4, 20, 14)), (without.Status, without.SlaTimeUsed, without.BreachInstant));
        Assert.Equal((OnHoldSource.None, Duration.Zero), (without.HoldSource, without.OnHoldTime));
    }

    [Fact]
    public void Evaluate_P3OverEasterWith90MinuteTotal_ResolvedAfterMovedBreach_IsBreached()
    {
        // Resolved Thu 20 Apr 16:00: 32 h less 1 h 30 min = 30 h 30 min > 30 h.
        CallSlaResult result = P3.Evaluate(WithTotal(EasterLogged, Local(2017, 4, 20, 16), Duration.FromMinutes(90)), Local(2017, 5, 1, 0));

        Assert.Equal(CallSlaStatus.Breached, result.Status);
        Assert.Equal(Duration.FromMinutes((30 * 60) + 30), result.SlaTimeUsed);
        Assert.Equal(Local(2017, 4, 20, 15, 30), result.BreachInstant);
    }

    [Fact]
    public void Evaluate_OpenCallWithTotal_InProgressUntilTheMovedBreach()
    {
        // As of Thu 20 Apr 15:30: 31 h 30 min of working time, less the total = exactly 30 h: on track; a second later, breached.
        Call call = WithTotal(EasterLogged, null, Duration.FromMinutes(90));
        Assert.Equal(CallSlaStatus.InProgressOnTrack, P3.Evaluate(call, Local(2017, 4, 20, 15, 30)).Status);
        Assert.Equal(CallSlaStatus.InProgressBreached, P3.Evaluate(call, Local(2017, 4, 20, 15, 30, 1)).Status);
    }

    [Fact]
    public void Evaluate_TotalEqualToWorkingTime_UsesZero()
    {
        // Thu 13 Apr 17:00 to Tue 18 Apr 08:30: Thu 17-18 (1 h) + Tue 08:00-08:30 = 1 h 30 min of working time.
        CallSlaResult result = P3.Evaluate(WithTotal(Local(2017, 4, 13, 17), Local(2017, 4, 18, 8, 30), Duration.FromMinutes(90)), Local(2017, 5, 1, 0));
        Assert.Equal((CallSlaStatus.Met, Duration.Zero), (result.Status, result.SlaTimeUsed));
    }

    [Fact]
    public void Evaluate_TotalOverWorkingTime_NotJudgedWithReasonAndClockWithoutHold()
    {
        // 1 h 30 min of working time (as above) but a 2-hour total: the clock cannot be run.
        CallSlaResult result = P3.Evaluate(WithTotal(Local(2017, 4, 13, 17), Local(2017, 4, 18, 8, 30), Duration.FromHours(2)), Local(2017, 5, 1, 0));

        Assert.Equal(CallSlaStatus.NotJudged, result.Status);
        Assert.True(result.IsResolved);
        Assert.NotNull(result.NotJudgedReason);
        Assert.Equal(OnHoldSource.Total, result.HoldSource);
        Assert.Equal(Duration.FromMinutes(90), result.SlaTimeUsed); // run as if never on hold
        Assert.Equal(Duration.Zero, result.OnHoldTime);
    }

    [Fact]
    public void Evaluate_IntervalsAndTotal_NotJudged()
    {
        Call call = WithTotal(EasterLogged, Local(2017, 4, 20, 15), Duration.FromMinutes(90), new Interval(Local(2017, 4, 18, 9), Local(2017, 4, 18, 10)));

        CallSlaResult result = P3.Evaluate(call, Local(2017, 5, 1, 0));

        Assert.Equal(CallSlaStatus.NotJudged, result.Status);
        Assert.Equal(OnHoldSource.IntervalsAndTotal, result.HoldSource);
        Assert.Equal(Duration.FromHours(31), result.SlaTimeUsed);
    }

    [Fact]
    public void Evaluate_TotalWhenHoldDoesNotStopClock_Ignored()
    {
        var sla = new PrioritySla(Priority.P3, P3.Calendar, Duration.FromHours(30), KpiTarget.AtLeast(80), onHoldStopsClock: false);
        CallSlaResult result = sla.Evaluate(WithTotal(EasterLogged, Local(2017, 4, 20, 15), Duration.FromMinutes(90)), Local(2017, 5, 1, 0));
        Assert.Equal((CallSlaStatus.Breached, Duration.FromHours(31), Local(2017, 4, 20, 14)), (result.Status, result.SlaTimeUsed, result.BreachInstant));
        Assert.Equal((OnHoldSource.Total, Duration.Zero), (result.HoldSource, result.OnHoldTime));
    }

    [Fact]
    public void Evaluate_ResponseClock_DoesNotUseTheTotal()
    {
        // First response Thu 13 Apr 14:50: 50 working minutes, whatever the total.
        var sla = new PrioritySla(Priority.P3, P3.Calendar, Duration.FromHours(30), KpiTarget.AtLeast(80), responseTarget: Duration.FromHours(1));
        var call = new Call("R", "Brent", Priority.P3, CallType.Incident, EasterLogged, Local(2017, 4, 20, 15), Local(2017, 4, 13, 14, 50), onHoldTotal: Duration.FromMinutes(90));
        CallSlaResult result = sla.Evaluate(call, Local(2017, 5, 1, 0));
        Assert.Equal((CallSlaStatus.Met, (Duration?)Duration.FromMinutes(50)), (result.ResponseStatus, result.ResponseTimeUsed));
    }

    [Fact]
    public void Evaluate_IntervalsOnly_SourceIsIntervalsAndHoldTimeIsTheirWorkingTime()
    {
        // Held Tue 18 Apr 17:00 to Wed 19 Apr 09:00: 1 h Tuesday + 1 h Wednesday of working time.
        Call call = WithTotal(EasterLogged, Local(2017, 4, 20, 15), null, new Interval(Local(2017, 4, 18, 17), Local(2017, 4, 19, 9)));
        CallSlaResult result = P3.Evaluate(call, Local(2017, 5, 1, 0));
        Assert.Equal((OnHoldSource.Intervals, Duration.FromHours(2), Duration.FromHours(29)), (result.HoldSource, result.OnHoldTime, result.SlaTimeUsed));
    }

    [Fact]
    public void Constructor_NegativeTotal_ThrowsWithParamName() =>
        Assert.Equal("onHoldTotal", Assert.Throws<ArgumentOutOfRangeException>(() => WithTotal(EasterLogged, null, Duration.FromTicks(-1))).ParamName);

    /// <summary>
    /// A total equal to the working time of a call's on-hold intervals (worked out day by day, without the library's
    /// calendar) gives the same working time used; and the same breach instant when every hold ends before the breach.
    /// </summary>
    [Property(MaxTest = 300)]
    public Property Evaluate_TotalEqualToHoldsWorkingTime_SameUsedAndSameBreachWhenHoldsBeforeIt()
    {
        Gen<Call> heldAndResolved = ServiceDeskArbitraries.CallGen()
            .Where(call => call.Resolved is not null && call.OnHold.Any(hold => hold.End > hold.Start) && !HoldOutsideLife(call));
        return Prop.ForAll(heldAndResolved.ToArbitrary(), call =>
        {
            Instant resolved = call.Resolved!.Value;
            var unheld = new Call(call.Id, call.Organisation, call.Priority, call.Type, call.Logged, resolved);
            Duration total = NaiveUsed(unheld, resolved) - NaiveUsed(call, resolved);
            var withTotal = new Call(call.Id, call.Organisation, call.Priority, call.Type, call.Logged, resolved, onHoldTotal: total);
            PrioritySla sla = Sla(call.Priority);
            CallSlaResult byIntervals = sla.Evaluate(call, resolved);
            CallSlaResult byTotal = sla.Evaluate(withTotal, resolved);
            bool holdsBeforeBreach = call.OnHold.All(hold => hold.End <= byIntervals.BreachInstant);
            return byTotal.SlaTimeUsed == byIntervals.SlaTimeUsed
                && byTotal.SlaTimeUsed == NaiveUsed(call, resolved)
                && byTotal.Status == byIntervals.Status
                && byTotal.OnHoldTime == total
                && (!holdsBeforeBreach || byTotal.BreachInstant == byIntervals.BreachInstant);
        });
    }
}
