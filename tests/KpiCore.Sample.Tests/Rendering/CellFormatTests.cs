using KpiCore.Kpis;
using KpiCore.Reporting;
using KpiCore.Sample.Rendering;

namespace KpiCore.Sample.Tests.Rendering;

public sealed class CellFormatTests
{
    private static string Shown(KpiValue value, int decimals) =>
        CellFormat.Value(new KpiRow("k", "Row", KpiTarget.None, [value], null, decimals), 0);

    [Theory]
    [InlineData(97.27, 1, "97.3%")]
    [InlineData(99.96, 1, "99.9%")] // a miss is never rounded up to 100%
    [InlineData(99.4, 0, "99%")]
    [InlineData(99.6, 0, "99%")]
    [InlineData(100.0, 0, "100%")]
    [InlineData(99.12345, 3, "99.123%")]
    public void Value_PercentWithTheRowsDecimals(double percent, int decimals, string expected) =>
        Assert.Equal(expected, Shown(KpiValue.Measured(percent, KpiUnit.Percent), decimals));

    [Fact]
    public void Value_ReportDecimals_SameAsTheValuesOwnText()
    {
        Assert.Equal("99.99%", Shown(KpiValue.Measured(99.996, KpiUnit.Percent), 2));
        Assert.Equal("70.98", Shown(KpiValue.Measured(70.98), 2));
    }

    [Fact]
    public void Value_CountsNumbersAndMissing()
    {
        Assert.Equal("71", Shown(KpiValue.Measured(70.98), 0));
        Assert.Equal("3596", Shown(KpiValue.FromCount(3596), 0));
        Assert.Equal("N/A", Shown(KpiValue.NotApplicable, 1));
        Assert.Equal("UNVL", Shown(KpiValue.Unavailable, 1));
    }
}
