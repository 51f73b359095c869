using KpiCore.Kpis;
using KpiCore.Reporting;
using KpiCore.Risk;
using KpiCore.Sample.Rendering;
using KpiCore.Satisfaction;
using NodaTime;

namespace KpiCore.Sample.Tests.Rendering;

/// <summary>Small in-memory documents for renderer tests: a measured miss, an N/A cell, a UNVL cell and hostile text.</summary>
internal static class SampleDocuments
{
    internal const string Script = "<script>alert('x')</script>";

    internal static readonly YearMonth[] Months = [new(2017, 4), new(2017, 5)];

    internal static PackDocument Hostile()
    {
        var availability = new PackSection(PerformancePackBuilder.AvailabilitySectionTitle,
        [
            new KpiRow("Website", KpiTarget.AtLeast(99.9), [KpiValue.Measured(100, KpiUnit.Percent), KpiValue.Measured(97.27, KpiUnit.Percent)]),
            new KpiRow("Housing System", KpiTarget.AtLeast(99), [KpiValue.Unavailable, KpiValue.Measured(95.88, KpiUnit.Percent)]),
            new KpiRow("=HYPERLINK(\"http://evil\")", KpiTarget.AtLeast(99), [KpiValue.Measured(99.5, KpiUnit.Percent), KpiValue.Measured(99.5, KpiUnit.Percent)]),
        ]);
        var desk = new PackSection(PerformancePackBuilder.ServiceDeskSectionTitle,
        [
            new KpiRow("P1 Calls Resolved within SLA", KpiTarget.AtLeast(95), [KpiValue.Measured(100, KpiUnit.Percent), KpiValue.NotApplicable]),
            new KpiRow("Volume of P1 Calls", KpiTarget.None, [KpiValue.FromCount(3), KpiValue.FromCount(0)]),
            new KpiRow("Calls Open at Period End", KpiTarget.DecreaseOnPrevious(), [KpiValue.FromCount(439), KpiValue.FromCount(499)]),
        ]);
        var other = new PackSection(PerformancePackBuilder.OtherSectionTitle,
        [
            new KpiRow("Net Promoter Score", KpiTarget.AtLeast(20, KpiUnit.Number), [KpiValue.Measured(-24.55), KpiValue.Measured(70.98)]),
        ]);
        var brent = new PerformancePack("Brent", Months, [availability, desk, other],
        [
            new ExceptionNote("Website", "Update on the website caused an outage " + Script, Months[1]),
        ]);
        var lewisham = new PerformancePack("Lewisham | <b>bold</b>", Months, [availability, desk, other], []);
        var nps = new Dictionary<string, IReadOnlyList<NpsSummary?>>(StringComparer.Ordinal)
        {
            ["Brent"] = [NpsSummary.FromCounts(20, 10, 70), NpsSummary.FromCounts(80, 10, 10)],
        };
        var risks = new RiskRegister(
            [
                new RiskRecord("R1", "Catastrophic loss of Data Centre " + Script, residual: new RiskRating(3, 2), owner: "Head of Infrastructure"),
                new RiskRecord("R2", "Loss of key technical personnel", residual: new RiskRating(3, 1)),
            ],
            RiskMatrix.ThreeByThree,
            RiskBands.ThreeByThree);
        return new PackDocument("Test pack", [brent, lewisham], nps, risks, ["calls.csv:7: resolved: The call is resolved before it was logged. " + Script]);
    }
}
