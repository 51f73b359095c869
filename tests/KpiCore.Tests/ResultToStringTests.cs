using System.Globalization;
using KpiCore.Availability;
using KpiCore.Kpis;
using KpiCore.Reporting;
using KpiCore.Risk;
using KpiCore.Satisfaction;
using KpiCore.ServiceDesk;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Tests;

/// <summary>The one-line summaries of the results a person reads: counts worked out from the inputs, invariant culture.</summary>
public sealed class ResultToStringTests
{
    private static readonly ReportingPeriod September = ReportingPeriod.Month(new YearMonth(2017, 9));

    [Fact]
    public void ServiceDeskReport_SummarisesOrganisationsCallsAndSetAside()
    {
        PrioritySlaFigures p1 = PrioritySlaFigures.FromCounts("Brent", September, Priority.P1, KpiTarget.AtLeast(95), 1000, 900, 850);
        PrioritySlaFigures p1b = PrioritySlaFigures.FromCounts("Ealing", September, Priority.P1, KpiTarget.AtLeast(95), 231, 200, 199);
        ServiceDeskReport report = ServiceDeskReport.FromFigures(September, SlaBasis.ResolvedInPeriod,
            [OrganisationSlaFigures.FromPriorities("Brent", September, [p1]), OrganisationSlaFigures.FromPriorities("Ealing", September, [p1b])],
            [new RejectedRecord(1, "c1", "logged", "bad"), new RejectedRecord(2, "c2", "logged", "bad"), new RejectedRecord(3, null, "id", "blank")],
            [new RejectedRecord(4, "c4", "onHold", "overlaps")], inputCount: 1234);
        InCulture("de-DE", () => Assert.Equal("ServiceDeskReport 2017-09: 2 organisations, 1,234 calls, 3 rejected, 1 not judged", report.ToString()));
    }

    [Fact]
    public void AvailabilityReport_SummarisesServicesPeriodsAndOutages()
    {
        ServiceCatalogue catalogue = ServiceCatalogue.Empty.With("Email", AvailabilityPolicy.AtLeast(99)).With("Web", AvailabilityPolicy.AtLeast(99.9));
        ReportingPeriod[] quarter = [.. ReportingPeriod.Months(new YearMonth(2017, 7), new YearMonth(2017, 9))];
        Outage?[] outages = [new Outage("Email", Instant.FromUtc(2017, 7, 3, 10, 0), Instant.FromUtc(2017, 7, 3, 11, 0)), null];
        AvailabilityReport report = AvailabilityCalculator.Calculate(outages, catalogue, quarter, Instant.FromUtc(2017, 10, 1, 0, 0));
        Assert.Equal("AvailabilityReport 2017-07..2017-09: 2 services, 3 periods, 2 outages, 1 rejected", report.ToString());
    }

    [Fact]
    public void PackSectionRowAndNote_ReadAsThePackDoes()
    {
        var row = new KpiRow("sla:P1", "P1 Calls Resolved within SLA", KpiTarget.AtLeast(95),
            [KpiValue.Measured(50, KpiUnit.Percent), KpiValue.NotApplicable, KpiValue.Unavailable]);
        Assert.Equal("P1 Calls Resolved within SLA (target 95%): 50%, N/A, UNVL", row.ToString());
        Assert.Equal("Volume: 4503", new KpiRow("Volume", KpiTarget.None, [KpiValue.FromCount(4503)]).ToString());
        var section = new PackSection(PackSectionKind.ServiceDesk, "sd", "Service desk KPIs", [row]);
        Assert.Equal("ServiceDesk section 'Service desk KPIs': 1 rows", section.ToString());
        var note = new ExceptionNote(row.Name, "One P1 took 10 hours.", new YearMonth(2017, 9));
        Assert.Equal("P1 Calls Resolved within SLA 2017-09: One P1 took 10 hours.", note.ToString());
        Assert.Equal("P1 Calls Resolved within SLA: All year.", new ExceptionNote(row.Name, "All year.").ToString());

        var register = new RiskRegister([new RiskRecord("R1", "Power", residual: new RiskRating(3, 3))], RiskMatrix.ThreeByThree, RiskBands.ThreeByThree);
        var pack = new PerformancePack("Brent", [new YearMonth(2017, 8), new YearMonth(2017, 9)],
            [new PackSection(PackSectionKind.ServiceDesk, "sd", "Service desk KPIs",
                [new KpiRow("a", "A", KpiTarget.None, [KpiValue.NotApplicable, KpiValue.NotApplicable]), new KpiRow("b", "B", KpiTarget.None, [KpiValue.Unavailable, KpiValue.Unavailable])])],
            [new ExceptionNote("A", "Note.")], [], register);
        Assert.Equal("PerformancePack Brent 2017-08..2017-09: 1 sections, 2 rows, 1 exceptions, 1 risks", pack.ToString());
    }

    [Fact]
    public void RiskResults_CountByResidualStatus()
    {
        // 3×3 bands: 1-2 green, 3-4 amber, 6-9 red. Residual scores 9, 4, 2, 1 → one red, one amber, two green.
        RiskRecord[] risks =
        [
            new("R1", "a", inherent: new RiskRating(3, 3), residual: new RiskRating(3, 3)),
            new("R2", "b", inherent: new RiskRating(3, 3), residual: new RiskRating(2, 2)),
            new("R3", "c", residual: new RiskRating(1, 2)),
            new("R4", "d", residual: new RiskRating(1, 1)),
        ];
        RiskRegisterResult result = RiskRegister.Create([.. risks, null], RiskMatrix.ThreeByThree, RiskBands.ThreeByThree);
        Assert.Equal("RiskRegister 3×3 Rescored: 4 risks (1 red, 1 amber, 2 green)", result.Register.ToString());
        Assert.Equal("RiskRegisterResult: 5 risks read, 4 counted, 1 rejected", result.ToString());
        Assert.Equal("R2 residual 4 (Amber), inherent 9 (Red)", result.Register.Entries[1].ToString());
        Assert.Equal("R3 residual 2 (Green), inherent not assessed", result.Register.Entries[2].ToString());
        Assert.Equal("RiskHeatMap Residual 3×3: 4 risks", result.Register.HeatMap().ToString());
    }

    [Fact]
    public void NpsResponseSummary_SummarisesCountsAndScore()
    {
        Instant at = Instant.FromUtc(2017, 9, 4, 10, 0);
        NpsResponseSummary result = NetPromoterScore.CalculateFromResponses(
            [new SurveyResponse("Brent", at, 10), new SurveyResponse("Brent", at, 9), new SurveyResponse("Brent", at, 7), new SurveyResponse("Brent", at, 0), new SurveyResponse("Brent", at, 12)]);
        // 2 promoters, 1 passive, 1 detractor of 4: (2 - 1) / 4 = 25.
        Assert.Equal("NpsResponseSummary: 5 responses read, 4 counted, 1 rejected; NPS 25", result.ToString());
    }

    private static void InCulture(string name, Action action)
    {
        CultureInfo saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
            action();
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
