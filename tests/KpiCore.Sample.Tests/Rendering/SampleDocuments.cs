using KpiCore.Kpis;
using KpiCore.Reporting;
using KpiCore.Risk;
using KpiCore.Sample.Rendering;
using KpiCore.Satisfaction;
using KpiCore.ServiceDesk;
using NodaTime;

namespace KpiCore.Sample.Tests.Rendering;

/// <summary>Small in-memory documents for renderer tests: a measured miss, an N/A cell, a UNVL cell and hostile text.</summary>
internal static class SampleDocuments
{
    internal const string Script = "<script>alert('x')</script>";

    internal static readonly YearMonth[] Months = [new(2017, 4), new(2017, 5)];

    internal static PackDocument Hostile()
    {
        var availability = new PackSection(PackSectionKind.Availability, "availability", PerformancePackBuilder.AvailabilitySectionTitle,
        [
            new KpiRow(PackRowKeys.Availability("Website"), "Website", KpiTarget.AtLeast(99.9), [KpiValue.Measured(100, KpiUnit.Percent), KpiValue.Measured(97.27, KpiUnit.Percent)]),
            new KpiRow(PackRowKeys.Availability("Housing System"), "Housing System", KpiTarget.AtLeast(99), [KpiValue.Unavailable, KpiValue.Measured(95.88, KpiUnit.Percent)]),
            new KpiRow("=HYPERLINK(\"http://evil\")", KpiTarget.AtLeast(99), [KpiValue.Measured(99.5, KpiUnit.Percent), KpiValue.Measured(99.5, KpiUnit.Percent)]),
        ]);
        var desk = new PackSection(PackSectionKind.ServiceDesk, "service-desk", PerformancePackBuilder.ServiceDeskSectionTitle,
        [
            new KpiRow(PackRowKeys.Sla(Priority.P1), "P1 Calls Resolved within SLA", KpiTarget.AtLeast(95), [KpiValue.Measured(100, KpiUnit.Percent), KpiValue.NotApplicable]),
            new KpiRow(PackRowKeys.Volume(Priority.P1), "Volume of P1 Calls", KpiTarget.None, [KpiValue.FromCount(3), KpiValue.FromCount(0)]),
            new KpiRow(PackRowKeys.OpenAtPeriodEnd, "Calls Open at Period End", KpiTarget.DecreaseOnPrevious(), [KpiValue.FromCount(439), KpiValue.FromCount(499)]),
        ]);
        // Brent's NPS: 20 promoters, 10 passives, 70 detractors of 100 = -50 in April; 80, 10, 10 = 70 in May; with intervals.
        NpsSummary[] brentNps = [NpsSummary.FromCounts(20, 10, 70), NpsSummary.FromCounts(80, 10, 10)];
        var other = new PackSection(PackSectionKind.OtherKpis, "other", PerformancePackBuilder.OtherSectionTitle,
        [
            new KpiRow(PackRowKeys.NetPromoterScore, "Net Promoter Score", KpiTarget.AtLeast(20, KpiUnit.Number), [KpiValue.Measured(-50), KpiValue.Measured(70)],
                brentNps.Select(n => (KpiInterval?)new KpiInterval(n.ConfidenceInterval().Lower, n.ConfidenceInterval().Upper, 0.95, n.Total))),
        ]);
        var otherWithoutIntervals = new PackSection(PackSectionKind.OtherKpis, "other", PerformancePackBuilder.OtherSectionTitle,
        [
            new KpiRow(PackRowKeys.NetPromoterScore, "Net Promoter Score", KpiTarget.AtLeast(20, KpiUnit.Number), [KpiValue.Measured(-24.55), KpiValue.Measured(70.98)]),
        ]);
        var brent = new PerformancePack("Brent", Months, [availability, desk, other],
        [
            new ExceptionNote("Website", "Update on the website caused an outage " + Script, Months[1]),
        ]);
        var lewisham = new PerformancePack("Lewisham | <b>bold</b>", Months, [availability, desk, otherWithoutIntervals], []);
        var risks = new RiskRegister(
            [
                new RiskRecord("R1", "Catastrophic loss of Data Centre " + Script, residual: new RiskRating(3, 2), owner: "Head of Infrastructure"),
                new RiskRecord("R2", "Loss of key technical personnel", residual: new RiskRating(3, 1)),
            ],
            RiskMatrix.ThreeByThree,
            RiskBands.ThreeByThree);
        return new PackDocument("Test pack", [brent, lewisham], null, risks, ["calls.csv:7: resolved: The call is resolved before it was logged. " + Script]);
    }
}
