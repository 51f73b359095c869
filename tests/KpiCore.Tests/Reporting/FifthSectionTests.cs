using KpiCore.Kpis;
using KpiCore.Reporting;
using NodaTime;

namespace KpiCore.Tests.Reporting;

/// <summary>
/// A fifth domain added the way the design says: one section class (<see cref="BusinessPlanSection"/>), one <c>Add</c>
/// method (<see cref="BusinessPlanPackExtensions.AddBusinessPlan"/>) and its entries in a layout; nothing else changes.
/// </summary>
public sealed class FifthSectionTests
{
    private static readonly YearMonth April = new(2017, 4);
    private static readonly YearMonth May = new(2017, 5);

    private static readonly PackLayout Layout = PackLayout.Default.WithSection(new PackSectionLayout(
        PackSectionKind.Custom, BusinessPlanSection.Key, "Business plan KPIs",
        [new PackRowLayout(BusinessPlanSection.DeliveredRow, "Milestones Delivered on Time", KpiTarget.AtLeast(90))]));

    [Fact]
    public void ToySection_PerOrganisationCombinedAndCommentary()
    {
        var builder = new PerformancePackBuilder([April, May], Layout);
        builder.AddBusinessPlan("A", April, due: 10, delivered: 9);
        builder.AddBusinessPlan("B", April, due: 10, delivered: 5);
        builder.AddBusinessPlan("A", May, due: 4, delivered: 4);
        builder.AddException("A", new ExceptionNote("milestones delivered", "Two projects slipped", May));

        PerformancePack a = builder.Build("A");
        PerformancePack combined = builder.BuildCombined();

        Assert.Equal(["A", "B"], builder.Organisations);
        Assert.Equal(PackSectionKind.Custom, a.Sections[^1].Kind);
        Assert.Equal([90.0, 100.0], a.FindRowByKey(BusinessPlanSection.DeliveredRow)!.Values.Select(v => v.Value));
        Assert.Equal(RagStatus.Green, a.FindRowByKey(BusinessPlanSection.DeliveredRow)!.Evaluate(0).Rag);
        // April: (9 + 5) / (10 + 10) = 70%. May: B has no figures while A has, so the combined figure would cover A alone: UNVL.
        KpiRow row = combined.FindRowByKey(BusinessPlanSection.DeliveredRow)!;
        Assert.Equal(70.0, row.Values[0].Value, 9);
        Assert.Equal(KpiValue.Unavailable, row.Values[1]);
        Assert.Equal("Milestones Delivered on Time", Assert.Single(a.Exceptions).RowName);
        // The default sections are untouched.
        Assert.Equal(4, a.Sections.Count);
        Assert.Equal(PerformancePackBuilder.NetPromoterScoreRowName, a.FindRowByKey(PackRowKeys.NetPromoterScore)!.Name);
    }

    [Fact]
    public void ToySection_WeightsByCountsNotMeanOfPercentages()
    {
        // A 1 of 1 (100%), B 1 of 3 (33.3%): pooled 2 / 4 = 50%, the mean would be 66.7%.
        var builder = new PerformancePackBuilder([April], Layout);
        builder.AddBusinessPlan("A", April, due: 1, delivered: 1).AddBusinessPlan("B", April, due: 3, delivered: 1);
        Assert.Equal(50.0, builder.BuildCombined().FindRowByKey(BusinessPlanSection.DeliveredRow)!.Values[0].Value, 9);
    }
}
