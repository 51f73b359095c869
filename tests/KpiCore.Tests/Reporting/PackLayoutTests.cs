using KpiCore.Kpis;
using KpiCore.Reporting;
using KpiCore.Risk;
using KpiCore.Satisfaction;
using NodaTime;

namespace KpiCore.Tests.Reporting;

public sealed class PackLayoutTests
{
    private static readonly YearMonth April = new(2017, 4);
    private static readonly YearMonth May = new(2017, 5);

    [Fact]
    public void Default_TheReportsSectionsRowsAndTargets()
    {
        PackLayout layout = PackLayout.Default;
        Assert.Equal("Shared service", layout.CombinedName);
        Assert.Equal([PackSectionKind.Availability, PackSectionKind.ServiceDesk, PackSectionKind.OtherKpis], layout.Sections.Select(s => s.Kind));
        Assert.Equal(["System availability KPIs", "Service desk KPIs", "Other KPIs"], layout.Sections.Select(s => s.Title));
        PackSectionLayout other = layout.Sections[2];
        Assert.Equal(KpiTarget.AtLeast(7, KpiUnit.Number), other.FindRow(PackRowKeys.ProcessSuccessIndex)!.Target);
        Assert.Equal(KpiTarget.AtLeast(20, KpiUnit.Number), other.FindRow(PackRowKeys.NetPromoterScore)!.Target);
        Assert.Equal(KpiTarget.AtLeast(6, KpiUnit.Number), other.FindRow(PackRowKeys.UserSatisfaction)!.Target);
        Assert.Equal(KpiTarget.DecreaseOnPrevious(), layout.Sections[1].FindRow(PackRowKeys.OpenAtPeriodEnd)!.Target);
        Assert.All(layout.Sections.SelectMany(s => s.Rows), r => Assert.Equal(2, r.Decimals));
    }

    [Fact]
    public void Build_DefaultLayout_RowsHaveStableKeysAndSectionsTheirKinds()
    {
        var builder = new PerformancePackBuilder([April]);
        builder.AddNetPromoterScore("A", April, NpsSummary.FromCounts(6, 1, 3));
        PerformancePack pack = builder.Build("A");
        Assert.Equal([PackSectionKind.Availability, PackSectionKind.ServiceDesk, PackSectionKind.OtherKpis], pack.Sections.Select(s => s.Kind));
        Assert.Equal(
            ["sla:P1", "volume:P1", "sla:P2", "volume:P2", "sla:P3", "volume:P3", "sla:P4", "volume:P4",
             "overall-sla", "total-volume", "open-at-period-end", "problem-records", "change-records"],
            pack.FindSection(PackSectionKind.ServiceDesk)!.Rows.Select(r => r.Key));
        Assert.Equal(["process-success-index", "net-promoter-score", "user-satisfaction"], pack.Sections[2].Rows.Select(r => r.Key));
        Assert.Same(pack.FindRow("Net Promoter Score"), pack.FindRowByKey(PackRowKeys.NetPromoterScore));
    }

    [Fact]
    public void Build_CustomLayout_WordingOrderTargetsAndDecimalsFromTheLayout()
    {
        // Other KPIs first, reworded, NPS target 35 and 1 decimal; no availability section; another combined name.
        var layout = new PackLayout("All councils",
        [
            new(PackSectionKind.OtherKpis, "other", "Customer KPIs",
            [
                new(PackRowKeys.NetPromoterScore, "NPS", KpiTarget.AtLeast(35, KpiUnit.Number), decimals: 1),
            ]),
            new(PackSectionKind.ServiceDesk, "desk", "Service desk", [new(PackRowKeys.TotalVolume, "Calls logged", KpiTarget.None)]),
        ]);
        var builder = new PerformancePackBuilder([April], layout);
        builder.AddNetPromoterScore("A", April, NpsSummary.FromCounts(6, 1, 3)); // (6 - 3) / 10 = 30

        PerformancePack pack = builder.Build("A");

        Assert.Equal(["Customer KPIs", "Service desk"], pack.Sections.Select(s => s.Title));
        KpiRow nps = Assert.Single(pack.Sections[0].Rows);
        Assert.Equal(("NPS", 1), (nps.Name, nps.Decimals));
        Assert.Equal(30.0, nps.Values[0].Value, 9);
        Assert.Equal(TargetOutcome.Missed, nps.Evaluate(0).Outcome); // 30 < 35
        Assert.Equal("Calls logged", pack.Sections[1].Rows[^1].Name);
        Assert.Equal("All councils", builder.BuildCombined().Organisation);
    }

    [Fact]
    public void Build_NpsAndSatisfactionRows_CarryTheirIntervals()
    {
        var builder = new PerformancePackBuilder([April, May]);
        builder.AddNetPromoterScore("A", April, NpsSummary.FromCounts(6, 1, 3));
        builder.AddUserSatisfaction("A", April, ScaleMean.Calculate([5, 6, 7], SatisfactionScale.OneToSeven));
        PerformancePack pack = builder.Build("A");

        // Adjusted Wald, worked by hand: n' = 13, p' = 6.75/13, d' = 3.75/13, var' = p' + d' - (p' - d')², centre ± 1.959964 √(var'/n').
        double p = 6.75 / 13, d = 3.75 / 13, se = Math.Sqrt((p + d - ((p - d) * (p - d))) / 13), z = 1.959963984540054;
        KpiInterval nps = pack.FindRowByKey(PackRowKeys.NetPromoterScore)!.Intervals[0]!;
        Assert.Equal(100 * (p - d - (z * se)), nps.Lower, 9);
        Assert.Equal(100 * (p - d + (z * se)), nps.Upper, 9);
        Assert.Equal((0.95, 10L), (nps.Level, nps.SampleSize));
        Assert.Null(pack.FindRowByKey(PackRowKeys.NetPromoterScore)!.Intervals[1]); // May: not surveyed

        // 5, 6, 7: mean 6, s = 1, t(2; 0.975) = 4.302653: 6 - 2.484138 = 3.515862; the upper bound 8.48 is clipped to the scale's 7.
        KpiInterval mean = pack.FindRowByKey(PackRowKeys.UserSatisfaction)!.Intervals[0]!;
        Assert.Equal(3.515862, mean.Lower, 5);
        Assert.Equal(7.0, mean.Upper, 9);
        Assert.Equal(3, mean.SampleSize);
    }

    [Fact]
    public void AddRisks_RiskSectionCountsResidualRatingsInTheLastMonthOnly()
    {
        // R1 residual 3 x 2 = 6 (red on the 3x3 bands), R2 3 x 1 = 3 (amber).
        var register = new RiskRegister(
            [new RiskRecord("R1", "Loss of data centre", residual: new RiskRating(3, 2)), new RiskRecord("R2", "Loss of staff", residual: new RiskRating(3, 1))],
            RiskMatrix.ThreeByThree, RiskBands.ThreeByThree);
        PackLayout layout = PackLayout.Default.WithSection(new PackSectionLayout(PackSectionKind.Risk, "risks", "Risks",
        [
            new(PackRowKeys.RedRisks, "Red risks", KpiTarget.AtMost(0, KpiUnit.Count)),
            new(PackRowKeys.AmberRisks, "Amber risks", KpiTarget.None),
            new(PackRowKeys.GreenRisks, "Green risks", KpiTarget.None),
        ]));
        var builder = new PerformancePackBuilder([April, May], layout).AddRisks(register);

        PerformancePack combined = builder.BuildCombined();

        PackSection risks = combined.FindSection(PackSectionKind.Risk)!;
        Assert.Equal([KpiValue.Unavailable, KpiValue.FromCount(1)], risks.FindRowByKey(PackRowKeys.RedRisks)!.Values);
        Assert.Equal(KpiValue.FromCount(1), risks.FindRowByKey(PackRowKeys.AmberRisks)!.Values[1]);
        Assert.Equal(KpiValue.FromCount(0), risks.FindRowByKey(PackRowKeys.GreenRisks)!.Values[1]);
        Assert.Same(register, combined.Risks);
        // The default layout has no risk rows, but its packs still hold the register.
        PerformancePack plain = new PerformancePackBuilder([April]).AddRisks(register).Build("A");
        Assert.Null(plain.FindSection(PackSectionKind.Risk));
        Assert.Same(register, plain.Risks);
        Assert.Throws<InvalidOperationException>(() => builder.AddRisks(register));
    }

    [Fact]
    public void Build_CustomSectionWithoutFigures_RowsAreUnavailable()
    {
        PackLayout layout = PackLayout.Default.WithSection(new PackSectionLayout(PackSectionKind.Custom, "plan", "Business plan",
            [new("milestones", "Milestones delivered", KpiTarget.AtLeast(90))]));
        PerformancePack pack = new PerformancePackBuilder([April], layout).Build("A");
        Assert.Equal(KpiValue.Unavailable, pack.FindRowByKey("milestones")!.Values[0]);
    }

    [Fact]
    public void Constructors_InvalidLayouts_Throw()
    {
        PackSectionLayout section = PackLayout.Default.Sections[0];
        Assert.Equal("sections", Assert.Throws<ArgumentException>(() => new PackLayout("x", [section, section])).ParamName);
        var row = new PackRowLayout("k", "Name", KpiTarget.None);
        Assert.Equal("rows", Assert.Throws<ArgumentException>(() => new PackSectionLayout(PackSectionKind.Custom, "s", "S", [row, row])).ParamName);
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => new PackRowLayout("k", "Name", KpiTarget.None, 7)).ParamName);
        Assert.Equal("layout", Assert.Throws<ArgumentNullException>(() => new PerformancePackBuilder([April], null!)).ParamName);
        Assert.Equal("intervals", Assert.Throws<ArgumentException>(() => new KpiRow("k", "Name", KpiTarget.None, [KpiValue.Unavailable], [])).ParamName);
    }
}
