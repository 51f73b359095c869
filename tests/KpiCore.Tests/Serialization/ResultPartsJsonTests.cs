using FsCheck;
using FsCheck.Xunit;
using KpiCore.Kpis;
using KpiCore.Risk;
using KpiCore.Satisfaction;
using KpiCore.Serialization;
using KpiCore.ServiceDesk;
using KpiCore.Tests.Risk;
using KpiCore.Tests.Satisfaction;
using KpiCore.Tests.ServiceDesk;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Tests.Serialization;

/// <summary>Results that used to serialise only inside a parent, now on their own.</summary>
public sealed class ResultPartsJsonTests
{
    private static readonly ReportingPeriod April = ReportingPeriod.Month(new YearMonth(2017, 4));
    private static readonly SlaPolicy Policy = SlaPolicy.UkCouncilDefault();

    [Property(Arbitrary = [typeof(RiskArbitraries)])]
    public void RegisterParts_AnyRisks_RoundTripExactly(RiskRecord[] risks, RiskRecord[] earlier)
    {
        var register = new RiskRegister(risks.DistinctBy(r => r.Id), RiskMatrix.FiveByFive, RiskBands.TriBorough);
        var previous = new RiskRegister(earlier.DistinctBy(r => r.Id), RiskMatrix.FiveByFive, RiskBands.TriBorough);
        Assert.All(register.Entries, entry => JsonRoundTrip.AssertExact(entry));
        Assert.All(register.MovementSince(previous), movement => JsonRoundTrip.AssertExact(movement));
        JsonRoundTrip.AssertExact(register.HeatMap(RiskStage.Inherent));
        JsonRoundTrip.AssertExact(register.HeatMap(RiskStage.Residual));
    }

    [Property(Arbitrary = [typeof(ServiceDeskArbitraries)], MaxTest = 60)]
    public void CallResultsAndTallies_AnyCalls_RoundTripExactly(Call[] calls, PositiveInt hours)
    {
        Instant asOf = ServiceDeskArbitraries.WindowStart + Duration.FromHours(hours.Get % 2000);
        Assert.All(calls, call => JsonRoundTrip.AssertExact(Policy.Evaluate(call, asOf)));
        ServiceDeskReport report = ServiceDeskCalculator.Calculate(calls, Policy, April);
        Assert.All(report.Organisations.SelectMany(o => o.Priorities), figures => JsonRoundTrip.AssertExact(PrioritySlaTally.FromFigures(figures)));

        // The whole desk's tally, every organisation merged: the totals read back are the sums of the priorities read back.
        var desk = new ServiceDeskTally();
        foreach (OrganisationSlaFigures organisation in report.Organisations)
        {
            desk.Merge(ServiceDeskTally.FromFigures(organisation));
        }

        JsonRoundTrip.AssertExact(desk);
        ServiceDeskTally read = System.Text.Json.JsonSerializer.Deserialize(System.Text.Json.JsonSerializer.Serialize(desk, KpiCoreJson.Options), KpiCoreJson.GetTypeInfo<ServiceDeskTally>())!;
        Assert.Equal(report.Organisations.Sum(o => o.Priorities.Sum(p => p.Logged)), read.Logged);
        Assert.Equal(desk.ToKpiValue(), read.ToKpiValue());
    }

    [Fact]
    public void ServiceDeskTally_IsWrittenAsItsCountsPerPriorityCode()
    {
        ServiceDeskReport report = ServiceDeskCalculator.Calculate(
            [
                new Call("a1", "A", Priority.P2, CallType.Incident, Instant.FromUtc(2017, 4, 3, 9, 0), Instant.FromUtc(2017, 4, 3, 10, 0)),
                new Call("a2", "A", Priority.P1, CallType.Incident, Instant.FromUtc(2017, 4, 4, 9, 0)),
                new Call("a3", "A", Priority.P4, CallType.Problem, Instant.FromUtc(2017, 4, 5, 9, 0)),
            ],
            Policy,
            April);
        ServiceDeskTally tally = ServiceDeskTally.FromFigures(report.Organisations[0]);

        // By hand: one problem record; P1 logged and open at the end; P2 logged, resolved in an hour (within its target) and met.
        string json = JsonRoundTrip.AssertExact(tally);
        Assert.Equal(
            """{"problemRecords":1,"changeRecords":0,"priorities":{"P1":{"logged":1,"resolved":0,"notJudged":0,"met":0,"openAtPeriodEnd":1},"P2":{"logged":1,"resolved":1,"notJudged":0,"met":1,"openAtPeriodEnd":0},"P3":{"logged":0,"resolved":0,"notJudged":0,"met":0,"openAtPeriodEnd":0},"P4":{"logged":0,"resolved":0,"notJudged":0,"met":0,"openAtPeriodEnd":0}}}""",
            json);
        Assert.Throws<System.Text.Json.JsonException>(() => System.Text.Json.JsonSerializer.Deserialize(
            """{"problemRecords":-1,"changeRecords":0,"priorities":{}}""", KpiCoreJson.GetTypeInfo<ServiceDeskTally>()));
    }

    [Property(Arbitrary = [typeof(SatisfactionArbitraries)])]
    public void NpsParts_AnyCounts_RoundTripExactly(NpsCounts first, NpsCounts second)
    {
        NpsSummary a = NpsSummary.FromCounts(first.Promoters, first.Passives, first.Detractors);
        NpsSummary b = NpsSummary.FromCounts(second.Promoters, second.Passives, second.Detractors);
        var tally = new NpsTally();
        tally.Add(a);
        Assert.Equal(a.Total == 0, JsonRoundTrip.AssertExact(tally) == """{"promoters":0,"passives":0,"detractors":0}""");
        if (a.Total > 0 && b.Total > 0)
        {
            JsonRoundTrip.AssertExact(a.ConfidenceInterval(0.95, NpsIntervalMethod.AdjustedWald));
            JsonRoundTrip.AssertExact(a.ConfidenceInterval(0.8, NpsIntervalMethod.Wald));
            JsonRoundTrip.AssertExact(NetPromoterScore.Compare(a, b));
        }
    }

    [Property]
    public void ScaleParts_AnyAnswers_RoundTripExactly(byte[] answers, bool sevenPoint)
    {
        var scale = new SatisfactionScale(1, sevenPoint ? 7 : 5);
        ScaleSummary summary = ScaleMean.Calculate(answers.Select(a => scale.Min + (a % scale.Points)), scale);
        string json = JsonRoundTrip.AssertExact(ScaleTally.FromSummary(summary));
        Assert.Equal(answers.Length == 0, json.Contains("\"kind\":\"NotApplicable\"", StringComparison.Ordinal) || json.Contains("\"kind\":\"Unavailable\"", StringComparison.Ordinal));
        if (answers.Length > 1)
        {
            JsonRoundTrip.AssertExact(summary.ConfidenceInterval(0.95));
        }
    }

    [Fact]
    public void Entry_HasThePinnedShape()
    {
        RiskRegisterEntry entry = new RiskRegister([new RiskRecord("R1", "Power", inherent: new RiskRating(3, 3), residual: new RiskRating(2, 1))], RiskMatrix.ThreeByThree, RiskBands.ThreeByThree).Entries[0];
        Assert.Equal(RagStatus.Green, entry.ResidualStatus);
        Assert.EndsWith("""
            "reviewDate":null},"inherentScore":9,"residualScore":2,"inherentStatus":"Red","residualStatus":"Green"}
            """, JsonRoundTrip.AssertExact(entry), StringComparison.Ordinal);
    }
}
