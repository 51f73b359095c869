using System.Text.Json;
using FsCheck;
using FsCheck.Xunit;
using KpiCore.Serialization;
using KpiCore.ServiceDesk;
using KpiCore.Time;
using NodaTime;
using static KpiCore.Tests.ServiceDesk.ServiceDeskTestData;

namespace KpiCore.Tests.ServiceDesk;

/// <summary>The monthly accumulator against its oracle: one <see cref="ServiceDeskAccumulator"/> per month fed every call.</summary>
public sealed class MonthlyServiceDeskAccumulatorTests
{
    private static readonly SlaPolicy OnePolicy = SlaPolicy.UkCouncilDefault(); // Merge needs the same instance

    /// <summary>The months compared: before every call, each month of the calls' lives, and long after every call.</summary>
    private static readonly YearMonth[] Months =
        [new(1950, 1), .. Enumerable.Range(0, 16).Select(i => new YearMonth(2016, 11).PlusMonths(i)), new(2030, 6)];

    private static MonthlyServiceDeskAccumulator Monthly(IEnumerable<Call> calls, DateTimeZone zone, SlaReportOptions options, int firstIndex = 0)
    {
        var accumulator = new MonthlyServiceDeskAccumulator(OnePolicy, zone, options, firstIndex);
        foreach (Call call in calls)
        {
            accumulator.Add(call);
        }

        return accumulator;
    }

    private static ServiceDeskAccumulator OneMonth(IEnumerable<Call> calls, YearMonth month, DateTimeZone zone, SlaReportOptions options, int firstIndex = 0)
    {
        var accumulator = new ServiceDeskAccumulator(OnePolicy, ReportingPeriod.Month(month, zone), options, firstIndex);
        foreach (Call call in calls)
        {
            accumulator.Add(call);
        }

        return accumulator;
    }

    /// <summary>Every figure, reason and count of a report.</summary>
    private static string Text(ServiceDeskReport report) =>
        JsonSerializer.Serialize(report, KpiCoreJson.Options) + "\n" + Fingerprint(report);

    [Property(Arbitrary = [typeof(MonthlyServiceDeskArbitraries)], MaxTest = 300)]
    public bool ToReport_AnyCallsAnyMonth_EqualsThatMonthsAccumulator(Call[] calls, SlaReportOptions options, DateTimeZone zone, NonNegativeInt firstIndex)
    {
        MonthlyServiceDeskAccumulator monthly = Monthly(calls, zone, options, firstIndex.Get);
        return Months.All(m => Text(monthly.ToReport(m)) == Text(OneMonth(calls, m, zone, options, firstIndex.Get).ToReport()));
    }

    [Property(Arbitrary = [typeof(MonthlyServiceDeskArbitraries)], MaxTest = 200)]
    public bool Add_AnyCall_ReturnsWhatTheMonthsAccumulatorReturns(Call[] calls, SlaReportOptions options, DateTimeZone zone)
    {
        var monthly = new MonthlyServiceDeskAccumulator(OnePolicy, zone, options);
        var april = new ServiceDeskAccumulator(OnePolicy, ReportingPeriod.Month(new YearMonth(2017, 4), zone), options);
        return calls.All(c => monthly.Add(c) == april.Add(c));
    }

    [Property(Arbitrary = [typeof(MonthlyServiceDeskArbitraries)], MaxTest = 200)]
    public bool Merge_AnySplitInAnyOrder_EqualsOnePassOrThrowsAsTheMonthsAccumulators(
        Call[] calls, SlaReportOptions options, DateTimeZone zone, NonNegativeInt cut1, NonNegativeInt cut2, bool reversed)
    {
        int a = calls.Length == 0 ? 0 : cut1.Get % (calls.Length + 1);
        int b = calls.Length == 0 ? 0 : cut2.Get % (calls.Length + 1);
        (a, b) = (Math.Min(a, b), Math.Max(a, b));
        (int From, int To)[] parts = [(0, a), (a, b), (b, calls.Length)];
        int[] order = reversed ? [2, 0, 1] : [1, 2, 0];

        MonthlyServiceDeskAccumulator[] monthly = [.. parts.Select(p => Monthly(calls[p.From..p.To], zone, options, p.From))];
        bool monthlyThrew = !TryMerge(order, i => monthly[i], (x, y) => x.Merge(y));
        foreach (YearMonth m in Months)
        {
            ServiceDeskAccumulator[] oracle = [.. parts.Select(p => OneMonth(calls[p.From..p.To], m, zone, options, p.From))];
            bool oracleThrew = !TryMerge(order, i => oracle[i], (x, y) => x.Merge(y));
            if (oracleThrew != monthlyThrew)
            {
                return false;
            }

            if (!monthlyThrew && Text(monthly[order[0]].ToReport(m)) != Text(OneMonth(calls, m, zone, options).ToReport()))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Merges the parts after the first of <paramref name="order"/> into the first, in order; false when a merge threw <see cref="ArgumentException"/>.</summary>
    private static bool TryMerge<T>(int[] order, Func<int, T> part, Action<T, T> merge)
    {
        try
        {
            foreach (int i in order.Skip(1))
            {
                merge(part(order[0]), part(i));
            }

            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    [Fact]
    public void ToReport_CallLogged28MarchResolved3May_LoggedInMarchOpenAtEndOfMarchAndAprilResolvedInMay()
    {
        var call = new Call("A", "Brent", Priority.P3, CallType.Incident, Local(2017, 3, 28, 10), Local(2017, 5, 3, 11));
        var monthly = new MonthlyServiceDeskAccumulator(OnePolicy, London);
        Assert.True(monthly.Add(call));

        PrioritySlaFigures P3(YearMonth m) => monthly.ToReport(m).Organisations.Single().Priorities.Single(p => p.Priority == Priority.P3);
        PrioritySlaFigures march = P3(new YearMonth(2017, 3)), april = P3(new YearMonth(2017, 4)), may = P3(new YearMonth(2017, 5)), june = P3(new YearMonth(2017, 6));
        Assert.Equal((1L, 0L, 1L), (march.Logged, march.Resolved, march.OpenAtPeriodEnd));
        Assert.Equal((0L, 0L, 1L), (april.Logged, april.Resolved, april.OpenAtPeriodEnd));
        Assert.Equal((0L, 1L, 0L, 0L), (may.Logged, may.Resolved, may.Met, may.OpenAtPeriodEnd)); // 25 working days against 3: missed
        Assert.Equal((0L, 0L, 0L), (june.Logged, june.Resolved, june.OpenAtPeriodEnd));
        Assert.Equal(Duration.FromDays(36) + Duration.FromHours(1), may.MedianElapsedTime);
        Assert.Equal(new YearMonth(2017, 3), monthly.FirstMonth);
        Assert.Equal(new YearMonth(2017, 5), monthly.LastMonth);
    }

    [Fact]
    public void ToReport_LoggedBasis_ResolvedCountsInTheLoggedMonth()
    {
        var call = new Call("A", "Brent", Priority.P1, CallType.Incident, Local(2017, 3, 28, 10), Local(2017, 3, 28, 12));
        var monthly = new MonthlyServiceDeskAccumulator(OnePolicy, London, new SlaReportOptions(SlaBasis.LoggedInPeriod, DuplicateIdCheck.WholeRun));
        monthly.Add(call);
        monthly.Add(new Call("B", "Brent", Priority.P1, CallType.Incident, Local(2017, 3, 30, 10), Local(2017, 4, 2, 12)));
        PrioritySlaFigures march = monthly.ToReport(new YearMonth(2017, 3)).Organisations.Single().Priorities[0];
        PrioritySlaFigures april = monthly.ToReport(new YearMonth(2017, 4)).Organisations.Single().Priorities[0];
        Assert.Equal((2L, 2L, 1L, 1L), (march.Logged, march.Resolved, march.Met, march.OpenAtPeriodEnd)); // B: 74 h against 4 h, missed
        Assert.Equal((0L, 0L, 0L), (april.Logged, april.Resolved, april.OpenAtPeriodEnd));
    }

    [Fact]
    public void ToReport_OpenCall_OpenAtTheEndOfEveryLaterMonthAndNotJudgedInEach()
    {
        Instant logged = Local(2017, 1, 10, 9);
        var stray = new NodaTime.Interval(logged - Duration.FromHours(1), logged + Duration.FromHours(1));
        var monthly = new MonthlyServiceDeskAccumulator(OnePolicy, London);
        monthly.Add(new Call("A", "Camden", Priority.P2, CallType.ServiceRequest, logged, onHold: [stray]));
        ServiceDeskReport december = monthly.ToReport(new YearMonth(2016, 12));
        ServiceDeskReport later = monthly.ToReport(new YearMonth(2030, 6));
        Assert.Equal(0, december.Organisations.Single().OpenAtPeriodEnd);
        Assert.Empty(december.NotJudged);
        Assert.Equal(1, later.Organisations.Single().OpenAtPeriodEnd);
        Assert.Equal("OnHold", later.NotJudged.Single().Field);
        Assert.Equal(new YearMonth(2017, 1), monthly.LastMonth);
    }

    [Fact]
    public void Empty_NoMonths_AndAnyMonthHasNoOrganisation()
    {
        var monthly = new MonthlyServiceDeskAccumulator(OnePolicy, London);
        Assert.Null(monthly.FirstMonth);
        Assert.Null(monthly.LastMonth);
        Assert.Empty(monthly.ToReport(new YearMonth(2017, 4)).Organisations);
    }

    [Fact]
    public void Merge_SameReferenceInBothWithWholeRun_ThrowsWithParamNameAndLeavesItUnchanged()
    {
        var call = new Call("A", "Brent", Priority.P2, CallType.Incident, Local(2017, 4, 3, 9));
        MonthlyServiceDeskAccumulator left = Monthly([call], London, SlaReportOptions.Default);
        var ex = Assert.Throws<ArgumentException>(() => left.Merge(Monthly([call], London, SlaReportOptions.Default, 1)));
        Assert.Equal("other", ex.ParamName);
        Assert.Equal(1, left.InputCount);
    }

    [Fact]
    public void Merge_SelfOrOtherPolicyZoneOrOptions_ThrowsWithParamName()
    {
        var a = new MonthlyServiceDeskAccumulator(OnePolicy, London);
        Assert.Equal("other", Assert.Throws<ArgumentException>(() => a.Merge(a)).ParamName);
        Assert.Equal("other", Assert.Throws<ArgumentException>(() => a.Merge(new MonthlyServiceDeskAccumulator(SlaPolicy.UkCouncilDefault(SlaPolicy.UkCouncilOfficeHours()), London))).ParamName);
        Assert.Equal("other", Assert.Throws<ArgumentException>(() => a.Merge(new MonthlyServiceDeskAccumulator(OnePolicy, MonthlyServiceDeskArbitraries.Zones[1]))).ParamName);
        var logged = new SlaReportOptions(SlaBasis.LoggedInPeriod, DuplicateIdCheck.WholeRun);
        Assert.Equal("other", Assert.Throws<ArgumentException>(() => a.Merge(new MonthlyServiceDeskAccumulator(OnePolicy, London, logged))).ParamName);
        Assert.Equal("other", Assert.Throws<ArgumentNullException>(() => a.Merge(null!)).ParamName);
    }

    [Fact]
    public void Constructor_InvalidArguments_ThrowWithParamName()
    {
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => new MonthlyServiceDeskAccumulator(null!, London)).ParamName);
        Assert.Equal("zone", Assert.Throws<ArgumentNullException>(() => new MonthlyServiceDeskAccumulator(OnePolicy, null!)).ParamName);
        Assert.Equal("firstIndex", Assert.Throws<ArgumentOutOfRangeException>(() => new MonthlyServiceDeskAccumulator(OnePolicy, London, null, -1)).ParamName);
        Assert.Equal("call", Assert.Throws<ArgumentNullException>(() => new MonthlyServiceDeskAccumulator(OnePolicy, London).Add(null!)).ParamName);
    }

    [Fact]
    public void ToReport_MonthOutsideTheSupportedRange_ThrowsWithParamName()
    {
        var monthly = new MonthlyServiceDeskAccumulator(OnePolicy, London);
        Assert.Equal("month", Assert.Throws<ArgumentException>(() => monthly.ToReport(new YearMonth(1899, 12))).ParamName);
        Assert.Equal("month", Assert.Throws<ArgumentException>(() => monthly.ToReport(new YearMonth(2150, 1))).ParamName);
    }
}
