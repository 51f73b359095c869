using FsCheck;
using FsCheck.Xunit;
using KpiCore.Kpis;
using KpiCore.ServiceDesk;
using KpiCore.Time;
using NodaTime;
using static KpiCore.Tests.ServiceDesk.ServiceDeskTestData;
using Interval = NodaTime.Interval;

namespace KpiCore.Tests.ServiceDesk;

public sealed partial class PrioritySlaTests
{
    private static PrioritySla P1 => Sla(Priority.P1);

    private static PrioritySla P2 => Sla(Priority.P2);

    private static PrioritySla P3 => Sla(Priority.P3);

    private static PrioritySla Sla(Priority priority)
    {
        Assert.True(Policy.TryGet(priority, out PrioritySla? sla));
        return sla;
    }

    private static Call Incident(Priority priority, Instant logged, Instant? resolved = null, params Interval[] holds) =>
        new("T1", "Brent", priority, CallType.Incident, logged, resolved, onHold: holds);

    [Fact]
    public void Evaluate_P2OverWeekend_BreachMondayNoonAndExactTargetIsMet()
    {
        // Fri 7 Apr 2017 14:00 BST: 4 h on Friday (14-18), 4 h more from Mon 08:00 -> Mon 10 Apr 12:00 BST.
        Call call = Incident(Priority.P2, Local(2017, 4, 7, 14), Local(2017, 4, 10, 12));
        CallSlaResult result = P2.Evaluate(call, Local(2017, 4, 30, 0));

        Assert.Equal(Local(2017, 4, 10, 12), result.BreachInstant);
        Assert.Equal(Duration.FromHours(8), result.SlaTimeUsed);
        Assert.Equal(Duration.FromHours(70), result.ElapsedTime);
        Assert.Equal(CallSlaStatus.Met, result.Status);
        Assert.Equal(1.0, result.TargetUsedFraction);
    }

    [Fact]
    public void Evaluate_OneNanosecondOverTarget_IsBreached()
    {
        Call call = Incident(Priority.P2, Local(2017, 4, 7, 14), Local(2017, 4, 10, 12).PlusNanoseconds(1));
        CallSlaResult result = P2.Evaluate(call, Local(2017, 4, 30, 0));
        Assert.Equal(CallSlaStatus.Breached, result.Status);
        Assert.Equal("100.00", (result.TargetUsedFraction * 100).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Evaluate_99Point951PercentOfTarget_IsMetNotRoundedToBreach()
    {
        // ServiceNow rounds 99.951% to 100% and calls it a breach; here it is met.
        long used = (long)(8L * 3600 * 1_000_000_000 * 0.99951);
        Call call = Incident(Priority.P2, Local(2017, 4, 10, 8), Local(2017, 4, 10, 8).PlusNanoseconds(used));
        CallSlaResult result = P2.Evaluate(call, Local(2017, 4, 30, 0));
        Assert.Equal(CallSlaStatus.Met, result.Status);
        Assert.Equal(0.99951, result.TargetUsedFraction, 9);
    }

    [Fact]
    public void Evaluate_P2OverSummerBankHoliday_SkipsMonday28August()
    {
        // Fri 25 Aug 2017 16:00 BST: 2 h Friday; Mon 28 Aug closed; Tue 29 Aug 08:00 + 6 h = 14:00 BST.
        Call call = Incident(Priority.P2, Local(2017, 8, 25, 16), Local(2017, 8, 29, 14, 30));
        CallSlaResult result = P2.Evaluate(call, Local(2017, 9, 1, 0));
        Assert.Equal(Local(2017, 8, 29, 14), result.BreachInstant);
        Assert.Equal(Duration.FromMinutes(8 * 60 + 30), result.SlaTimeUsed);
        Assert.Equal(CallSlaStatus.Breached, result.Status);
    }

    [Fact]
    public void Evaluate_P1AcrossSpringForward_FourRealHoursFiveOnTheLocalClock()
    {
        // Sat 25 Mar 2017 23:00 GMT; clocks go 01:00 GMT -> 02:00 BST; 4 real hours later it is 04:00 BST (03:00Z).
        Instant logged = Instant.FromUtc(2017, 3, 25, 23, 0);
        CallSlaResult result = P1.Evaluate(Incident(Priority.P1, logged), Instant.FromUtc(2017, 3, 26, 12, 0));
        Assert.Equal(Instant.FromUtc(2017, 3, 26, 3, 0), result.BreachInstant);
        Assert.Equal(new LocalDateTime(2017, 3, 26, 4, 0), result.BreachInstant.InZone(London).LocalDateTime);
        Assert.Equal(CallSlaStatus.InProgressBreached, result.Status);
        Assert.Equal(Duration.FromHours(13), result.SlaTimeUsed);
    }

    [Fact]
    public void Evaluate_P1AcrossFallBack_FourRealHoursThreeOnTheLocalClock()
    {
        // Sat 28 Oct 2017 23:00 BST (22:00Z); clocks go 02:00 BST -> 01:00 GMT; +4 h = 02:00Z = 02:00 GMT.
        Call call = Incident(Priority.P1, Local(2017, 10, 28, 23), Instant.FromUtc(2017, 10, 29, 2, 0));
        CallSlaResult result = P1.Evaluate(call, Instant.FromUtc(2017, 10, 30, 0, 0));
        Assert.Equal(Instant.FromUtc(2017, 10, 29, 2, 0), result.BreachInstant);
        Assert.Equal(Duration.FromHours(4), result.SlaTimeUsed);
        Assert.Equal(CallSlaStatus.Met, result.Status);
    }

    [Fact]
    public void Evaluate_P2AcrossFallBack_OfficeHoursStayTenHours()
    {
        // Fri 27 Oct 2017 15:00 BST: 3 h Friday; Mon 30 Oct (GMT) 08:00 + 5 h = 13:00 GMT = 13:00Z.
        Call call = Incident(Priority.P2, Local(2017, 10, 27, 15), Instant.FromUtc(2017, 10, 30, 13, 0));
        CallSlaResult result = P2.Evaluate(call, Instant.FromUtc(2017, 11, 1, 0, 0));
        Assert.Equal(Instant.FromUtc(2017, 10, 30, 13, 0), result.BreachInstant);
        Assert.Equal(Duration.FromHours(8), result.SlaTimeUsed);
        Assert.Equal(CallSlaStatus.Met, result.Status);
    }

    [Fact]
    public void Evaluate_P3AcrossSpringForward_ThreeWorkingDaysIsThirtyHours()
    {
        // Fri 24 Mar 2017 10:00 GMT: Fri 8 h, Mon 27 10 h, Tue 28 10 h, Wed 29 08:00 BST + 2 h = 10:00 BST (09:00Z).
        Call call = Incident(Priority.P3, Local(2017, 3, 24, 10));
        CallSlaResult result = P3.Evaluate(call, Local(2017, 3, 29, 9, 59));
        Assert.Equal(Duration.FromHours(30), P3.ResolutionTarget);
        Assert.Equal(Instant.FromUtc(2017, 3, 29, 9, 0), result.BreachInstant);
        Assert.Equal(CallSlaStatus.InProgressOnTrack, result.Status);
        Assert.Equal(Duration.FromMinutes((29 * 60) + 59), result.SlaTimeUsed);
    }

    [Fact]
    public void Evaluate_OnHoldStopsClock_RemovesHeldWorkingTimeAndMovesBreachLater()
    {
        // Mon 3 Apr 2017 09:00 BST, held 12:00-15:00, resolved Tue 11:00: 9 h + 3 h worked, 3 h held -> 9 h > 8 h.
        // Clock: 3 h (09-12) + 3 h (15-18) + Tue 08:00 + 2 h -> breach Tue 10:00 BST.
        var hold = new Interval(Local(2017, 4, 3, 12), Local(2017, 4, 3, 15));
        CallSlaResult result = P2.Evaluate(Incident(Priority.P2, Local(2017, 4, 3, 9), Local(2017, 4, 4, 11), hold), Local(2017, 4, 5, 0));
        Assert.Equal(Duration.FromHours(9), result.SlaTimeUsed);
        Assert.Equal(Duration.FromHours(26), result.ElapsedTime);
        Assert.Equal(Local(2017, 4, 4, 10), result.BreachInstant);
        Assert.Equal(CallSlaStatus.Breached, result.Status);

        CallSlaResult early = P2.Evaluate(Incident(Priority.P2, Local(2017, 4, 3, 9), Local(2017, 4, 4, 10), hold), Local(2017, 4, 5, 0));
        Assert.Equal(CallSlaStatus.Met, early.Status);
    }

    [Fact]
    public void Evaluate_HoldOvernight_RemovesOnlyItsWorkingHours()
    {
        // Held Mon 17:00 -> Tue 09:00 BST covers 2 working hours (17-18, 08-09).
        var hold = new Interval(Local(2017, 4, 3, 17), Local(2017, 4, 4, 9));
        CallSlaResult result = P2.Evaluate(Incident(Priority.P2, Local(2017, 4, 3, 9), Local(2017, 4, 4, 12), hold), Local(2017, 4, 5, 0));
        Assert.Equal(Duration.FromHours(13 - 2), result.SlaTimeUsed);
    }

    [Fact]
    public void Evaluate_HoldDoesNotStopClock_WhenPolicySaysSo()
    {
        var sla = new PrioritySla(Priority.P2, P2.Calendar, Duration.FromHours(8), KpiTarget.AtLeast(90), onHoldStopsClock: false);
        var hold = new Interval(Local(2017, 4, 3, 12), Local(2017, 4, 3, 15));
        CallSlaResult result = sla.Evaluate(Incident(Priority.P2, Local(2017, 4, 3, 9), Local(2017, 4, 4, 11), hold), Local(2017, 4, 5, 0));
        Assert.Equal(Duration.FromHours(12), result.SlaTimeUsed);
        Assert.Equal(Local(2017, 4, 3, 17), result.BreachInstant);
    }

    [Fact]
    public void Evaluate_OverlappingHolds_CountOnce()
    {
        Interval a = new(Local(2017, 4, 3, 10), Local(2017, 4, 3, 12));
        Interval b = new(Local(2017, 4, 3, 11), Local(2017, 4, 3, 13));
        Call call = Incident(Priority.P2, Local(2017, 4, 3, 9), Local(2017, 4, 3, 17), a, b);
        Assert.True(call.HasOverlappingOnHold);
        Assert.Equal(Duration.FromHours(8 - 3), P2.Evaluate(call, Local(2017, 4, 5, 0)).SlaTimeUsed);
    }

    [Fact]
    public void Evaluate_AsOfBeforeAndAfterBreach_InProgressStatuses()
    {
        Call call = Incident(Priority.P2, Local(2017, 4, 3, 9), Local(2017, 4, 4, 11));
        Assert.Equal(CallSlaStatus.InProgressOnTrack, P2.Evaluate(call, Local(2017, 4, 3, 17)).Status);
        Assert.Equal(CallSlaStatus.InProgressBreached, P2.Evaluate(call, Local(2017, 4, 3, 17, 0, 1)).Status);
        CallSlaResult before = P2.Evaluate(call, Local(2017, 4, 3, 8));
        Assert.Equal(Duration.Zero, before.SlaTimeUsed);
        Assert.Equal(Duration.Zero, before.ElapsedTime);
        Assert.False(before.IsResolved);
    }

    [Fact]
    public void Evaluate_ResponseTarget_UsesFirstResponseOrResolution()
    {
        var sla = new PrioritySla(Priority.P2, P2.Calendar, Duration.FromHours(8), KpiTarget.AtLeast(90), responseTarget: Duration.FromHours(1));
        // Logged Fri 17:30 BST, first response Mon 08:20: 30 min Friday + 20 min Monday = 50 min.
        var call = new Call("R", "Brent", Priority.P2, CallType.Incident, Local(2017, 4, 7, 17, 30), firstResponse: Local(2017, 4, 10, 8, 20));
        CallSlaResult result = sla.Evaluate(call, Local(2017, 4, 10, 9));
        Assert.Equal(CallSlaStatus.Met, result.ResponseStatus);
        Assert.Equal(Duration.FromMinutes(50), result.ResponseTimeUsed);

        var silent = new Call("S", "Brent", Priority.P2, CallType.Incident, Local(2017, 4, 7, 17, 30), resolved: Local(2017, 4, 10, 9));
        CallSlaResult late = sla.Evaluate(silent, Local(2017, 4, 11, 9));
        Assert.Equal(CallSlaStatus.Breached, late.ResponseStatus);
        Assert.Equal(Duration.FromMinutes(90), late.ResponseTimeUsed);
        Assert.Null(P2.Evaluate(silent, Local(2017, 4, 11, 9)).ResponseStatus);
    }

    [Fact]
    public void Evaluate_HoldEndsAfterResolution_NotJudgedWithReason()
    {
        // Wed 5 Apr 2017 09:00-11:00, held 10:00-12:00: the hold outlives the call. Clock without the hold: 2 working
        // hours; 8 working hours from 09:00 is 17:00 the same day.
        Call call = Incident(Priority.P2, Local(2017, 4, 5, 9), Local(2017, 4, 5, 11), new Interval(Local(2017, 4, 5, 10), Local(2017, 4, 5, 12)));

        CallSlaResult result = P2.Evaluate(call, Local(2017, 4, 6, 0));

        Assert.Equal(CallSlaStatus.NotJudged, result.Status);
        Assert.True(result.IsResolved);
        Assert.NotNull(result.NotJudgedReason);
        Assert.Equal(Duration.FromHours(2), result.SlaTimeUsed);
        Assert.Equal(Duration.FromHours(2), result.ElapsedTime);
        Assert.Equal(Local(2017, 4, 5, 17), result.BreachInstant);
        Assert.StartsWith("NotJudged: ", result.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_OpenCallHoldStartsBeforeLogged_NotJudgedAndNotResolved()
    {
        var sla = new PrioritySla(Priority.P2, P2.Calendar, Duration.FromHours(8), KpiTarget.AtLeast(90), responseTarget: Duration.FromHours(1));
        Call call = Incident(Priority.P2, Local(2017, 4, 5, 9), null, new Interval(Local(2017, 4, 5, 8), Local(2017, 4, 5, 10)));

        CallSlaResult result = sla.Evaluate(call, Local(2017, 4, 5, 12));

        Assert.Equal(CallSlaStatus.NotJudged, result.Status);
        Assert.Equal(CallSlaStatus.NotJudged, result.ResponseStatus);
        Assert.False(result.IsResolved);
        Assert.Equal(Duration.FromHours(3), result.SlaTimeUsed); // 09:00-12:00, the hold ignored
        Assert.Null(P2.Evaluate(Incident(Priority.P2, Local(2017, 4, 5, 9), Local(2017, 4, 5, 11)), Local(2017, 4, 6, 0)).NotJudgedReason);
    }

    [Fact]
    public void Evaluate_ResolvedBeforeLoggedAndBadHold_StillThrows()
    {
        Call call = Incident(Priority.P2, Local(2017, 4, 3, 9), Local(2017, 4, 3, 8), new Interval(Local(2017, 4, 3, 7), Local(2017, 4, 3, 10)));
        Assert.Equal("call", Assert.Throws<ArgumentException>(() => P2.Evaluate(call, Local(2017, 4, 5, 0))).ParamName);
    }

    [Fact]
    public void Evaluate_ResolvedBeforeLogged_ThrowsWithParamName()
    {
        Call call = Incident(Priority.P2, Local(2017, 4, 3, 9), Local(2017, 4, 3, 8));
        var ex = Assert.Throws<ArgumentException>(() => P2.Evaluate(call, Local(2017, 4, 5, 0)));
        Assert.Equal("call", ex.ParamName);
    }

    [Fact]
    public void Evaluate_OtherPriority_ThrowsWithParamName()
    {
        var ex = Assert.Throws<ArgumentException>(() => P2.Evaluate(Incident(Priority.P3, Local(2017, 4, 3, 9)), Local(2017, 4, 5, 0)));
        Assert.Equal("call", ex.ParamName);
    }

    [Fact]
    public void Evaluate_Null_ThrowsWithParamName()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => P2.Evaluate(null!, Local(2017, 4, 5, 0)));
        Assert.Equal("call", ex.ParamName);
    }

    [Fact]
    public void Constructor_NonPositiveTarget_ThrowsWithParamName()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new PrioritySla(Priority.P2, P2.Calendar, Duration.Zero, KpiTarget.AtLeast(90)));
        Assert.Equal("resolutionTarget", ex.ParamName);
        var ex2 = Assert.Throws<ArgumentOutOfRangeException>(() => new PrioritySla(Priority.P2, P2.Calendar, Duration.FromHours(1), KpiTarget.AtLeast(90), Duration.FromHours(-1)));
        Assert.Equal("responseTarget", ex2.ParamName);
    }

    [Fact]
    public void Constructor_DefaultPriority_ThrowsWithParamName()
    {
        var ex = Assert.Throws<ArgumentException>(() => new PrioritySla(default, P2.Calendar, Duration.FromHours(1), KpiTarget.AtLeast(90)));
        Assert.Equal("priority", ex.ParamName);
    }

    [Fact]
    public void WorkingDays_TenHourCalendar_IsTenHoursEach()
    {
        Assert.Equal(Duration.FromHours(50), PrioritySla.WorkingDays(5, P2.Calendar));
        var ex = Assert.Throws<ArgumentException>(() => PrioritySla.WorkingDays(1, WorkingCalendar.Create(London)));
        Assert.Equal("calendar", ex.ParamName);
    }

    [Property(Arbitrary = [typeof(ServiceDeskArbitraries)], MaxTest = 300)]
    public bool Evaluate_OnHold_NeverIncreasesSlaTime(Call call)
    {
        PrioritySla sla = Sla(call.Priority);
        var unheld = new Call(call.Id, call.Organisation, call.Priority, call.Type, call.Logged, call.Resolved);
        Instant asOf = Instant.FromUtc(2017, 6, 1, 0, 0);
        return sla.Evaluate(call, asOf).SlaTimeUsed <= sla.Evaluate(unheld, asOf).SlaTimeUsed
            && sla.Evaluate(call, asOf).BreachInstant >= sla.Evaluate(unheld, asOf).BreachInstant;
    }

    [Property(Arbitrary = [typeof(ServiceDeskArbitraries)], MaxTest = 300)]
    public bool Evaluate_MetUnderTarget_StaysMetUnderLongerTarget(Call call, PositiveInt extraMinutes)
    {
        PrioritySla sla = Sla(call.Priority);
        var longer = new PrioritySla(sla.Priority, sla.Calendar, sla.ResolutionTarget + Duration.FromMinutes(extraMinutes.Get), sla.ComplianceTarget);
        Instant asOf = Instant.FromUtc(2017, 6, 1, 0, 0);
        CallSlaStatus before = sla.Evaluate(call, asOf).Status;
        CallSlaStatus after = longer.Evaluate(call, asOf).Status;
        return before != CallSlaStatus.Met || after == CallSlaStatus.Met;
    }

    [Property(Arbitrary = [typeof(ServiceDeskArbitraries)], MaxTest = 200)]
    public bool Evaluate_AnyResolvedCall_AgreesWithDayByDayReference(Call call)
    {
        PrioritySla sla = Sla(call.Priority);
        Instant asOf = Instant.FromUtc(2017, 6, 1, 0, 0);
        CallSlaResult result = sla.Evaluate(call, asOf);
        Instant end = call.Resolved ?? asOf;
        if (HoldOutsideLife(call))
        {
            // Not judged: the clock is run as if never on hold, for information.
            var unheld = new Call(call.Id, call.Organisation, call.Priority, call.Type, call.Logged, call.Resolved);
            return result.Status == CallSlaStatus.NotJudged && result.NotJudgedReason is not null
                && result.SlaTimeUsed == NaiveUsed(unheld, end) && result.IsResolved == call.Resolved.HasValue;
        }

        Duration expected = NaiveUsed(call, end);
        bool breachConsistent = result.SlaTimeUsed <= result.Target == (result.Status is CallSlaStatus.Met or CallSlaStatus.InProgressOnTrack);
        return result.SlaTimeUsed == expected && result.ElapsedTime == end - call.Logged && breachConsistent && result.NotJudgedReason is null;
    }
}
