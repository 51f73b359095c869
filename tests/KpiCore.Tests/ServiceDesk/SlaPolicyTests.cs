using KpiCore.Kpis;
using KpiCore.ServiceDesk;
using KpiCore.Time;
using NodaTime;
using static KpiCore.Tests.ServiceDesk.ServiceDeskTestData;

namespace KpiCore.Tests.ServiceDesk;

public sealed class SlaPolicyTests
{
    [Fact]
    public void UkCouncilDefault_HasDocumentedTargets()
    {
        SlaPolicy policy = SlaPolicy.UkCouncilDefault();
        Assert.Equal([4, 8, 30, 50], policy.Priorities.Select(p => (int)p.ResolutionTarget.TotalHours));
        Assert.Equal([95.0, 90, 80, 80], policy.Priorities.Select(p => p.ComplianceTarget.Threshold));
        Assert.All(policy.Priorities, p => Assert.True(p.OnHoldStopsClock));
        Assert.All(policy.Priorities, p => Assert.Null(p.ResponseTarget));
        Assert.Equal(Duration.FromHours(10), policy.Priorities[1].Calendar.NominalWorkingDay);
        Assert.Equal(Duration.FromHours(24), policy.Priorities[0].Calendar.NominalWorkingDay);
    }

    [Fact]
    public void UkCouncilOfficeHours_ClosedOnBankHolidaysAndWeekends()
    {
        WorkingCalendar hours = SlaPolicy.UkCouncilOfficeHours();
        Assert.False(hours.IsWorkingAt(Local(2017, 8, 28, 12))); // summer bank holiday
        Assert.False(hours.IsWorkingAt(Local(2017, 4, 14, 12))); // Good Friday
        Assert.False(hours.IsWorkingAt(Local(2017, 4, 15, 12))); // Saturday
        Assert.True(hours.IsWorkingAt(Local(2017, 8, 29, 8)));
        Assert.False(hours.IsWorkingAt(Local(2017, 8, 29, 18)));
    }

    [Fact]
    public void Constructor_DuplicateOrEmpty_ThrowsWithParamName()
    {
        PrioritySla p2 = SlaPolicy.UkCouncilDefault().Priorities[1];
        Assert.Equal("priorities", Assert.Throws<ArgumentException>(() => new SlaPolicy([p2, p2])).ParamName);
        Assert.Equal("priorities", Assert.Throws<ArgumentException>(() => new SlaPolicy([])).ParamName);
        Assert.Equal("priorities", Assert.Throws<ArgumentNullException>(() => new SlaPolicy(null!)).ParamName);
    }

    [Fact]
    public void With_ReplacesOnePriorityAndKeepsOthers()
    {
        SlaPolicy policy = SlaPolicy.UkCouncilDefault();
        var p5 = new PrioritySla(new Priority("P5", 5), policy.Priorities[3].Calendar, Duration.FromHours(100), KpiTarget.AtLeast(75));
        var p1 = new PrioritySla(Priority.P1, policy.Priorities[0].Calendar, Duration.FromHours(2), KpiTarget.AtLeast(99));
        SlaPolicy changed = policy.With(p5).With(p1);
        Assert.Equal(["P1", "P2", "P3", "P4", "P5"], changed.Priorities.Select(p => p.Priority.Code));
        Assert.Same(p1, changed.Priorities[0]);
        Assert.Equal(Duration.FromHours(4), policy.Priorities[0].ResolutionTarget); // original unchanged
    }

    [Fact]
    public void TryGetAndEvaluate_UnknownPriority()
    {
        SlaPolicy policy = SlaPolicy.UkCouncilDefault();
        Assert.False(policy.TryGet(new Priority("P9", 9), out _));
        Assert.False(policy.TryGet(new Priority("P1", 2), out _));
        var call = new Call("1", "Brent", new Priority("P9", 9), CallType.Incident, Local(2017, 4, 3, 9));
        Assert.Equal("call", Assert.Throws<ArgumentException>(() => policy.Evaluate(call, Local(2017, 4, 4, 9))).ParamName);
    }

    [Fact]
    public void IndexOf_ManyPrioritiesWithSharedAndLargeRanks_FindsExactlyCodeAndRank()
    {
        // 300 SLAs: ranks 1..60 shared by several codes, and ranks 100..299 beyond the rank table; index 128+ too.
        WorkingCalendar calendar = SlaPolicy.UkCouncilDefault().Priorities[0].Calendar;
        var slas = new List<PrioritySla>();
        for (int i = 0; i < 300; i++)
        {
            int rank = i < 100 ? (i % 60) + 1 : i;
            slas.Add(new PrioritySla(new Priority("X" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), rank), calendar, Duration.FromHours(1), KpiTarget.AtLeast(90)));
        }

        var policy = new SlaPolicy(slas);
        for (int i = 0; i < policy.Priorities.Count; i++)
        {
            Priority p = policy.Priorities[i].Priority;
            Assert.Equal(i, policy.IndexOf(new Priority(new string(p.Code.AsSpan()), p.Rank))); // equal code, other instance
            Assert.Equal(-1, policy.IndexOf(new Priority(p.Code, p.Rank + 1000)));
            Assert.Equal(-1, policy.IndexOf(new Priority(p.Code + "?", p.Rank)));
        }

        Assert.Equal(-1, policy.IndexOf(new Priority("X7", 61)));
    }
}
