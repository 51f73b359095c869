using System.Text.Json;
using FsCheck.Xunit;
using KpiCore.Kpis;
using KpiCore.Serialization;
using KpiCore.ServiceDesk;
using KpiCore.Tests.ServiceDesk;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Tests.Serialization;

public sealed class ServiceDeskReportJsonTests
{
    private static readonly ReportingPeriod April = ReportingPeriod.Month(new YearMonth(2017, 4));
    private static readonly SlaPolicy Policy = SlaPolicy.UkCouncilDefault();

    [Property(Arbitrary = [typeof(ServiceDeskArbitraries)], MaxTest = 60)]
    public void Report_AnyCalls_RoundTripsToAnEqualReport(Call[] calls)
    {
        ServiceDeskReport report = ServiceDeskCalculator.Calculate(calls, Policy, April);
        string json = JsonSerializer.Serialize(report, KpiCoreJson.Options);
        ServiceDeskReport back = JsonSerializer.Deserialize<ServiceDeskReport>(json, KpiCoreJson.Options)!;
        JsonDeepEqual.AssertEqual(report, back);
        Assert.Equal(json, JsonSerializer.Serialize(back, KpiCoreJson.Options));
    }

    [Fact]
    public void Figures_HaveThePinnedShape()
    {
        // 3 of 4 judged P1 calls met (75%) against a 95% target; one more resolved call could not be judged.
        PrioritySlaFigures figures = PrioritySlaFigures.FromCounts("Brent", April, Priority.P1, KpiTarget.AtLeast(95), logged: 6, resolved: 5, met: 3,
            notJudged: 1, openAtPeriodEnd: 1, medianWorkingTime: Duration.FromMinutes(90), percentile90WorkingTime: Duration.FromHours(745));
        string json = """
            {"organisation":"Brent","period":{"month":"2017-04","zone":"Europe/London"},"basis":"ResolvedInPeriod",
            "priority":{"code":"P1","rank":1},"complianceTarget":{"direction":"AtLeast","threshold":95,"unit":"Percent"},
            "smallSampleRule":{"fewerThanCalls":0,"maximumMisses":0},"logged":6,"resolved":5,"met":3,"notJudged":1,"openAtPeriodEnd":1,
            "medianWorkingTime":"1:30:00","percentile90WorkingTime":"745:00:00","medianElapsedTime":null,"percentile90ElapsedTime":null,
            "withinSla":{"kind":"Measured","unit":"Percent","value":75},
            "evaluation":{"outcome":"Missed","rag":"Red","trend":"NotAssessed","isImprovement":null}}
            """.Replace("\n", string.Empty, StringComparison.Ordinal);
        Assert.Equal(json, JsonSerializer.Serialize(figures, KpiCoreJson.Options));
        JsonDeepEqual.AssertEqual(figures, JsonSerializer.Deserialize<PrioritySlaFigures>(json, KpiCoreJson.Options));
    }

    [Fact]
    public void Figures_WhoseWrittenPercentageDisagreesWithTheCounts_AreRefused()
    {
        PrioritySlaFigures figures = PrioritySlaFigures.FromCounts("Brent", April, Priority.P2, KpiTarget.AtLeast(90), logged: 4, resolved: 4, met: 2);
        string json = JsonSerializer.Serialize(figures, KpiCoreJson.Options);
        Assert.Contains("\"value\":50", json, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PrioritySlaFigures>(json.Replace("\"value\":50", "\"value\":60", StringComparison.Ordinal), KpiCoreJson.Options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PrioritySlaFigures>(json.Replace("\"met\":2", "\"met\":5", StringComparison.Ordinal), KpiCoreJson.Options));
    }

    [Fact]
    public void NoJudgedCalls_IsNotApplicable_AndStaysSo()
    {
        PrioritySlaFigures figures = PrioritySlaFigures.FromCounts("Brent", April, Priority.P4, KpiTarget.AtLeast(90), logged: 0, resolved: 0, met: 0);
        Assert.Equal(KpiValue.NotApplicable, figures.WithinSla);
        PrioritySlaFigures back = JsonSerializer.Deserialize<PrioritySlaFigures>(JsonSerializer.Serialize(figures, KpiCoreJson.Options), KpiCoreJson.Options)!;
        Assert.Equal(KpiValue.NotApplicable, back.WithinSla);
        Assert.Equal(KpiValue.NotApplicable, back.WithinSlaLower);
    }
}
