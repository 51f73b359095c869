using KpiCore.Kpis;
using KpiCore.Reporting;
using NodaTime;

namespace KpiCore.Tests.Reporting;

public sealed class PerformancePackTests
{
    private static readonly YearMonth[] AprToSep2017 = Enumerable.Range(4, 6).Select(m => new YearMonth(2017, m)).ToArray();

    private static KpiValue Pct(double percent) => KpiValue.Measured(percent, KpiUnit.Percent);

    // Seed report, Brent, "Website" row (target 99.90%): 100% 99.74% 98.62% 99.85% 99.86% 97.27%.
    private static KpiRow BrentWebsite() =>
        new("Website", KpiTarget.AtLeast(99.9), [Pct(100), Pct(99.74), Pct(98.62), Pct(99.85), Pct(99.86), Pct(97.27)]);

    [Fact]
    public void Row_Evaluate_UsesPreviousMonthForTrend()
    {
        KpiRow row = BrentWebsite();
        Assert.Equal(new TargetEvaluation(TargetOutcome.Met, RagStatus.Green, KpiTrend.NotAssessed, null), row.Evaluate(0));
        TargetEvaluation september = row.Evaluate(5);
        Assert.Equal(TargetOutcome.Missed, september.Outcome);
        Assert.Equal(KpiTrend.Down, september.Trend);
    }

    [Fact]
    public void Row_SeedWebsite_MissesTargetInFiveOfSixMonths()
    {
        KpiRow row = BrentWebsite();
        int missed = Enumerable.Range(0, 6).Count(i => row.Evaluate(i).Outcome == TargetOutcome.Missed);
        Assert.Equal(5, missed); // only April (100%) meets 99.9%
    }

    [Fact]
    public void Pack_RowWithWrongNumberOfValues_Throws()
    {
        var row = new KpiRow("Telephony", KpiTarget.AtLeast(99.9), [Pct(100)]);
        var ex = Assert.Throws<ArgumentException>(() =>
            new PerformancePack("Brent", AprToSep2017, [new PackSection("System availability KPIs", [row])], []));
        Assert.Equal("sections", ex.ParamName);
    }

    [Fact]
    public void Pack_NonConsecutiveMonths_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            new PerformancePack("Brent", [new YearMonth(2017, 4), new YearMonth(2017, 6)], [], []));
        Assert.Equal("months", ex.ParamName);
    }

    [Fact]
    public void Pack_ExceptionForUnknownRow_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new PerformancePack(
            "Brent", AprToSep2017, [new PackSection("System availability KPIs", [BrentWebsite()])],
            [new ExceptionNote("Housing System", "Planned out-of-hours upgrades")]));
        Assert.Equal("exceptions", ex.ParamName);
    }

    [Fact]
    public void Pack_FindRow_FindsByName()
    {
        var pack = new PerformancePack("Brent", AprToSep2017, [new PackSection("System availability KPIs", [BrentWebsite()])],
            [new ExceptionNote("Website", "Update on the website caused an outage", new YearMonth(2017, 9))]);
        Assert.Same(pack.Sections[0].Rows[0], pack.FindRow("Website"));
        Assert.Null(pack.FindRow("Telephony"));
        Assert.Single(pack.Exceptions);
    }

    [Fact]
    public void Row_NullValuesOrBlankName_Throws()
    {
        Assert.Equal("values", Assert.Throws<ArgumentNullException>(() => new KpiRow("x", KpiTarget.None, null!)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => new KpiRow(" ", KpiTarget.None, [])).ParamName);
    }
}
