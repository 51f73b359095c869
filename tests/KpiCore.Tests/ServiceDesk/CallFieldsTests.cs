using System.Text.Json;
using FsCheck;
using FsCheck.Xunit;
using KpiCore.Kpis;
using KpiCore.Serialization;
using KpiCore.ServiceDesk;
using NodaTime;
using static KpiCore.Tests.ServiceDesk.ServiceDeskTestData;
using Interval = NodaTime.Interval;

namespace KpiCore.Tests.ServiceDesk;

/// <summary>
/// <see cref="CallFields"/> against its oracle, the <see cref="Call"/> with the same values: an accumulator fed the
/// fields must report every month exactly as one fed the calls (figures, rejections, reasons, not-judged records).
/// </summary>
public sealed class CallFieldsTests
{
    private static readonly SlaPolicy OnePolicy = SlaPolicy.UkCouncilDefault();
    private static readonly Instant T = Instant.FromUtc(2017, 4, 3, 8, 0);

    private static readonly YearMonth[] Months =
        [new(1950, 1), .. Enumerable.Range(0, 16).Select(i => new YearMonth(2016, 11).PlusMonths(i)), new(2030, 6)];

    private static CallFields Fields(Call call, Span<char> idBuffer)
    {
        // The reference is copied into a buffer the test reuses for every call, as a reader does.
        call.Id.AsSpan().CopyTo(idBuffer);
        return new CallFields(idBuffer[..call.Id.Length], call.Organisation, call.Priority, call.Type, call.Logged, call.Resolved, call.FirstResponse,
            call.OnHold.ToArray(), call.OnHoldTotal);
    }

    private static string Text(ServiceDeskReport report) =>
        JsonSerializer.Serialize(report, KpiCoreJson.Options) + "\n" + Fingerprint(report);

    [Property(Arbitrary = [typeof(MonthlyServiceDeskArbitraries)], MaxTest = 300)]
    public bool Add_AnyCallsAsFields_EveryMonthEqualsTheCallsReport(Call[] calls, SlaReportOptions options, DateTimeZone zone, NonNegativeInt firstIndex)
    {
        var byCall = new MonthlyServiceDeskAccumulator(OnePolicy, zone, options, firstIndex.Get);
        var byFields = new MonthlyServiceDeskAccumulator(OnePolicy, zone, options, firstIndex.Get);
        Span<char> buffer = stackalloc char[16];
        foreach (Call call in calls)
        {
            if (byCall.Add(call) != byFields.Add(Fields(call, buffer)))
            {
                return false;
            }

            buffer.Fill('#'); // a reader overwrites its buffer with the next record: nothing of the last may be kept
        }

        return byFields.InputCount == calls.Length && Months.All(m => Text(byFields.ToReport(m)) == Text(byCall.ToReport(m)));
    }

    [Fact]
    public void Add_InstantsBeyondNanosecondRangeOrOutsideSupportedRange_RejectedAsTheCallIs()
    {
        // 64-bit nanoseconds end in 2262; the supported range in 2150; 1899 is before it. Each is one rejection with the same reason.
        Instant[] farOrOutside = [Instant.FromUtc(2500, 1, 1, 0, 0), Instant.FromUtc(1000, 1, 1, 0, 0), Instant.FromUtc(2151, 1, 1, 0, 0), Instant.FromUtc(1899, 12, 31, 0, 0)];
        var byCall = new MonthlyServiceDeskAccumulator(OnePolicy, London);
        var byFields = new MonthlyServiceDeskAccumulator(OnePolicy, London);
        foreach ((Instant bad, int k) in farOrOutside.Select((bad, k) => (bad, k)))
        {
            Call[] calls =
            [
                new($"L{k}", "Brent", Priority.P2, CallType.Incident, bad),
                new($"R{k}", "Brent", Priority.P2, CallType.Incident, T, bad),
                new($"F{k}", "Brent", Priority.P2, CallType.Incident, T, T + Duration.FromDays(1), bad),
                new($"H{k}", "Brent", Priority.P2, CallType.Incident, T, T + Duration.FromDays(1), onHold: [bad < T ? new Interval(bad, T) : new Interval(T, bad)]),
            ];
            foreach (Call call in calls)
            {
                Assert.False(byCall.Add(call));
                Assert.False(byFields.Add(Fields(call, new char[8])));
            }
        }

        ServiceDeskReport report = byFields.ToReport(new YearMonth(2017, 4));
        Assert.Equal(16, report.Rejected.Count);
        Assert.All(report.Rejected, r => Assert.Contains("must lie within WorkingCalendar.SupportedRange", r.Reason, StringComparison.Ordinal));
        Assert.Equal(Text(byCall.ToReport(new YearMonth(2017, 4))), Text(report));
    }

    [Fact]
    public void Add_OverlappingHoldsGivenOutOfOrder_MergedAsTheCallsAre()
    {
        // Holds 10:00-12:00 and 11:00-13:00 given backwards overlap: 3 hours on hold, counted once as overlapping.
        Instant logged = Local(2017, 4, 3, 9);
        Interval[] holds = [new(Local(2017, 4, 3, 11), Local(2017, 4, 3, 13)), new(Local(2017, 4, 3, 10), Local(2017, 4, 3, 12))];
        var fields = new CallFields("A1", "Brent", Priority.P4, CallType.Incident, logged, Local(2017, 4, 3, 16), onHold: holds);
        var monthly = new MonthlyServiceDeskAccumulator(OnePolicy, London);
        Assert.True(monthly.Add(fields));

        ServiceDeskReport report = monthly.ToReport(new YearMonth(2017, 4));
        Assert.Equal(1, report.CallsWithOverlappingOnHold);
        var oracle = new MonthlyServiceDeskAccumulator(OnePolicy, London);
        oracle.Add(fields.ToCall());
        Assert.Equal(Text(oracle.ToReport(new YearMonth(2017, 4))), Text(report));
    }

    [Fact]
    public void Add_RepeatedReferenceWithWholeRunCheck_SecondRejectedWithItsReference()
    {
        var monthly = new MonthlyServiceDeskAccumulator(OnePolicy, London, new SlaReportOptions(SlaBasis.ResolvedInPeriod, DuplicateIdCheck.WholeRun));
        char[] buffer = "INC001".ToCharArray();
        Assert.True(monthly.Add(new CallFields(buffer, "Brent", Priority.P3, CallType.Incident, T)));
        Assert.False(monthly.Add(new CallFields("INC001", "Brent", Priority.P3, CallType.Incident, T)));
        RejectedRecord rejected = Assert.Single(monthly.ToReport(new YearMonth(2017, 4)).Rejected);
        Assert.Equal((1, "INC001", "Id"), (rejected.Index, rejected.RecordId, rejected.Field));
    }

    [Fact]
    public void Constructor_BadSingleValues_ThrowAsTheCallsConstructorDoes()
    {
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new CallFields("", "Brent", Priority.P1, CallType.Incident, T)).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new CallFields(" \t", "Brent", Priority.P1, CallType.Incident, T)).ParamName);
        Assert.Equal("organisation", Assert.Throws<ArgumentNullException>(() => new CallFields("1", null!, Priority.P1, CallType.Incident, T)).ParamName);
        Assert.Equal("organisation", Assert.Throws<ArgumentException>(() => new CallFields("1", " ", Priority.P1, CallType.Incident, T)).ParamName);
        Assert.Equal("onHold", Assert.Throws<ArgumentException>(() => new CallFields("1", "Brent", Priority.P1, CallType.Incident, T, onHold: new[] { new Interval(T, null) })).ParamName);
        Assert.Equal("onHoldTotal", Assert.Throws<ArgumentOutOfRangeException>(() => new CallFields("1", "Brent", Priority.P1, CallType.Incident, T, onHoldTotal: Duration.FromSeconds(-1))).ParamName);
    }

    [Fact]
    public void Add_DefaultFields_ThrowsArgumentException()
    {
        var monthly = new MonthlyServiceDeskAccumulator(OnePolicy, London);
        Assert.Equal("call", Assert.Throws<ArgumentException>(() => monthly.Add(default(CallFields))).ParamName);
        Assert.Equal(0, monthly.InputCount);
    }

    [Fact]
    public void ToCall_EveryValue_KeptExactly()
    {
        Interval[] holds = [new(T + Duration.FromMinutes(5), T + Duration.FromMinutes(9))];
        Call call = new CallFields("INC9", "Lewisham", Priority.P2, CallType.ServiceRequest, T, T + Duration.FromHours(3), T + Duration.FromMinutes(1), holds)
            .ToCall("Email", "Access");
        Assert.Equal(("INC9", "Lewisham", Priority.P2, CallType.ServiceRequest), (call.Id, call.Organisation, call.Priority, call.Type));
        Assert.Equal((T, T + Duration.FromHours(3), T + Duration.FromMinutes(1)), (call.Logged, call.Resolved!.Value, call.FirstResponse!.Value));
        Assert.Equal(holds, call.OnHold);
        Assert.Equal(("Email", "Access"), (call.Service, call.Category));
        Assert.Null(call.OnHoldTotal);
    }
}
