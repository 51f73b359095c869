using System.Text.Json;
using KpiCore.Kpis;
using KpiCore.Reporting;
using KpiCore.Risk;
using KpiCore.Satisfaction;
using KpiCore.Serialization;
using KpiCore.ServiceDesk;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Tests.Serialization;

public sealed class PerformancePackJsonTests
{
    private static readonly YearMonth April = new(2017, 4);
    private static readonly YearMonth May = new(2017, 5);

    [Fact]
    public void BuiltPack_WithNaAndUnvl_RoundTripsToAnEqualPack()
    {
        PerformancePack pack = BuiltPack();
        // The pack really holds the awkward values: P2 had no calls in April (N/A), and May has no data (UNVL).
        KpiRow p2 = pack.FindRowByKey(PackRowKeys.Sla(Priority.P2))!;
        Assert.Equal(KpiValue.NotApplicable, p2.Values[0]);
        Assert.Equal(KpiValue.Unavailable, p2.Values[1]);

        string json = JsonSerializer.Serialize(pack, KpiCoreJson.Options);
        PerformancePack back = JsonSerializer.Deserialize<PerformancePack>(json, KpiCoreJson.Options)!;

        JsonDeepEqual.AssertEqual(pack, back);
        Assert.Equal(json, JsonSerializer.Serialize(back, KpiCoreJson.Options));
    }

    [Fact]
    public void BuiltPack_RoundTripsWithTheSourceGeneratedMetadataAndWithDefaultOptions()
    {
        PerformancePack pack = BuiltPack();
        string json = JsonSerializer.Serialize(pack, KpiCoreJson.GetTypeInfo<PerformancePack>());
        Assert.Equal(json, JsonSerializer.Serialize(pack));
        JsonDeepEqual.AssertEqual(pack, JsonSerializer.Deserialize(json, KpiCoreJson.GetTypeInfo<PerformancePack>()));
        JsonDeepEqual.AssertEqual(pack, JsonSerializer.Deserialize<PerformancePack>(json));
    }

    [Fact]
    public void HandWrittenPack_ReadsAsWritten()
    {
        const string json = """
            {"organisation":"Brent","months":["2017-09"],
             "sections":[{"kind":"Custom","key":"k","title":"Other","rows":[
               {"key":"r","name":"Row","target":{"direction":"AtLeast","threshold":95,"unit":"Percent"},"decimals":2,
                "values":[{"kind":"NotApplicable"}],"intervals":[{"lower":90,"upper":99,"level":0.95,"sampleSize":40}]}]}],
             "exceptions":[{"rowName":"Row","text":"No calls.","month":"2017-09"}],
             "rejectedNotes":[],"risks":null}
            """;
        PerformancePack pack = JsonSerializer.Deserialize<PerformancePack>(json, KpiCoreJson.Options)!;
        var expected = new PerformancePack("Brent", [new YearMonth(2017, 9)],
            [new PackSection(PackSectionKind.Custom, "k", "Other",
                [new KpiRow("r", "Row", KpiTarget.AtLeast(95), [KpiValue.NotApplicable], [new KpiInterval(90, 99, 0.95, 40)])])],
            [new ExceptionNote("Row", "No calls.", new YearMonth(2017, 9))], [], null);
        JsonDeepEqual.AssertEqual(expected, pack);
    }

    [Theory]
    [InlineData("""{"organisation":"B","months":["2017-09","2017-11"],"sections":[],"exceptions":[],"rejectedNotes":[],"risks":null}""")]
    [InlineData("""{"organisation":"B","months":["2017-09"],"sections":[],"exceptions":[],"rejectedNotes":[]}""")]
    [InlineData("""{"organisation":"B","months":["2017-09"],"sections":[],"exceptions":[{"rowName":"X","text":"t","month":null}],"rejectedNotes":[],"risks":null}""")]
    [InlineData("""{"organisation":"B","months":["2017-09"],"sections":[{"kind":"Custom","key":"k","title":"T","rows":[{"key":"r","name":"R","target":{"direction":"None"},"decimals":2,"values":[]}]}],"exceptions":[],"rejectedNotes":[],"risks":null}""")]
    [InlineData("""{"organisation":"B","months":["2017-9"],"sections":[],"exceptions":[],"rejectedNotes":[],"risks":null}""")]
    public void Deserialize_RefusesAnInconsistentPack(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PerformancePack>(json, KpiCoreJson.Options));

    private static PerformancePack BuiltPack()
    {
        var builder = new PerformancePackBuilder([April, May]);
        ReportingPeriod month = ReportingPeriod.Month(April);
        Call[] calls =
        [
            new("a1", "A", Priority.P1, CallType.Incident, Utc(4, 3, 10), Utc(4, 3, 11)),
            new("a2", "A", Priority.P1, CallType.Incident, Utc(4, 5, 10), Utc(4, 5, 20)),
            new("a3", "A", Priority.P3, CallType.Incident, Utc(4, 6, 10)),
            new("a4", "A", Priority.P4, CallType.Change, Utc(4, 7, 10), Utc(4, 7, 12)),
        ];
        SlaPolicy policy = SlaPolicy.UkCouncilDefault();
        builder.AddServiceDesk(ServiceDeskCalculator.Calculate(calls, policy, month), policy);
        builder.AddNetPromoterScore("A", April, NpsSummary.FromCounts(6, 1, 3));
        builder.AddRisks(new RiskRegister(
            [new RiskRecord("R1", "Data centre power", inherent: new RiskRating(3, 3), residual: new RiskRating(2, 1), owner: "Head of IT",
                mitigationActions: ["UPS", "Generator"], reviewDate: new LocalDate(2017, 6, 1))],
            RiskMatrix.ThreeByThree, RiskBands.ThreeByThree));
        builder.AddException("A", new ExceptionNote(PerformancePackBuilder.SlaRowName(policy.Priorities[0]), "One P1 took 10 hours.", April));
        return builder.Build("A");
    }

    private static Instant Utc(int month, int day, int hour) => Instant.FromUtc(2017, month, day, hour, 0);
}
