using KpiCore.Kpis;
using KpiCore.Reporting;
using KpiCore.Sample.Rendering;

namespace KpiCore.Sample.Tests.Rendering;

/// <summary>Percentages show exactly the row's decimals (the layout's; 2 by default, the report's "100.00%"), so one table never mixes "100%" and "99.50%".</summary>
public sealed class FixedDecimalsTests
{
    [Theory]
    [InlineData(100.0, 2, "100.00%")]
    [InlineData(99.5, 2, "99.50%")]
    [InlineData(0.0, 2, "0.00%")]
    [InlineData(200.0 / 3.0, 2, "66.67%")] // 2 of 3 calls
    [InlineData(4.0 / 7.0 * 100.0, 2, "57.14%")] // 4 of 7 calls
    [InlineData(99.996, 2, "99.99%")] // a miss is never shown as 100
    [InlineData(99.9996, 3, "99.999%")]
    [InlineData(100.0, 1, "100.0%")]
    [InlineData(98.0, 0, "98%")]
    [InlineData(99.5, 4, "99.5000%")]
    public void Percent_ShowsExactlyTheRowsDecimals(double percent, int decimals, string expected) =>
        Assert.Equal(expected, Shown(KpiValue.Measured(percent, KpiUnit.Percent), decimals));

    [Theory]
    [InlineData(20.0, 2, "20")]
    [InlineData(70.98, 2, "70.98")]
    [InlineData(-8.333333, 2, "-8.33")]
    [InlineData(6.25, 1, "6.3")]
    public void Number_ShowsAtMostTheRowsDecimals(double number, int decimals, string expected) =>
        Assert.Equal(expected, Shown(KpiValue.Measured(number), decimals));

    [Fact]
    public void CountsAndMissingFigures_AreUnchangedByDecimals()
    {
        Assert.Equal("3596", Shown(KpiValue.FromCount(3596), 2));
        Assert.Equal("N/A", Shown(KpiValue.NotApplicable, 2));
        Assert.Equal("UNVL", Shown(KpiValue.Unavailable, 2));
    }

    private static string Shown(KpiValue value, int decimals) =>
        CellFormat.Value(new KpiRow("k", "Row", KpiTarget.None, [value], null, decimals), 0);
}
