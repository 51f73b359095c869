using System.Globalization;
using KpiCore.Kpis;

namespace KpiCore.Tests.Kpis;

public sealed class KpiValueTests
{
    [Fact]
    public void Default_IsUnavailable_ShownUnvl()
    {
        KpiValue value = default;
        Assert.Equal(KpiValueKind.Unavailable, value.Kind);
        Assert.Equal(KpiValue.Unavailable, value);
        Assert.Equal("UNVL", value.ToString());
    }

    [Fact]
    public void NotApplicable_ShownNA_AndHasNoNumber()
    {
        Assert.Equal("N/A", KpiValue.NotApplicable.ToString());
        Assert.False(KpiValue.NotApplicable.TryGetValue(out _));
        Assert.Throws<InvalidOperationException>(() => KpiValue.NotApplicable.Value);
        Assert.Throws<InvalidOperationException>(() => KpiValue.Unavailable.Value);
    }

    [Fact]
    public void NotApplicableAndUnavailable_AreDifferent() =>
        Assert.NotEqual(KpiValue.NotApplicable, KpiValue.Unavailable);

    [Theory]
    [InlineData(99.62, "99.62%")] // seed: ACD Jun-17
    [InlineData(100.0, "100%")]
    [InlineData(57.142857, "57.14%")] // seed: Brent P1 May-17, 4 of 7
    [InlineData(66.666666, "66.67%")]
    [InlineData(0.0, "0%")]
    public void Percent_FormatsLikeTheReport(double percent, string expected) =>
        Assert.Equal(expected, KpiValue.FromPercentage(Percentage.FromPercent(percent)).ToString());

    [Theory]
    [InlineData(99.996)]
    [InlineData(99.999999)]
    public void Percent_JustBelowHundred_IsNeverShownAsHundred(double percent) =>
        Assert.Equal("99.99%", KpiValue.FromPercentage(Percentage.FromPercent(percent)).ToString());

    [Fact]
    public void Number_FormatsLikeTheReport() =>
        Assert.Equal("70.98", KpiValue.Measured(70.98).ToString());

    [Fact]
    public void Count_FormatsAsWholeNumber() => Assert.Equal("4503", KpiValue.FromCount(4503).ToString());

    [Fact]
    public void ToString_IsCultureInvariantByDefault()
    {
        CultureInfo saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("tr-TR");
            Assert.Equal("99.62%", KpiValue.Measured(99.62, KpiUnit.Percent).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.NegativeInfinity)]
    public void Measured_NonFinite_Throws(double value)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => KpiValue.Measured(value));
        Assert.Equal("value", ex.ParamName);
    }

    [Theory]
    [InlineData(-1.0, KpiUnit.Percent)]
    [InlineData(100.5, KpiUnit.Percent)]
    [InlineData(-1.0, KpiUnit.Count)]
    [InlineData(2.5, KpiUnit.Count)]
    public void Measured_OutsideUnitRange_Throws(double value, KpiUnit unit)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => KpiValue.Measured(value, unit));
        Assert.Equal("value", ex.ParamName);
    }

    [Fact]
    public void Measured_NegativeZero_EqualsZero() =>
        Assert.Equal(KpiValue.Measured(0.0), KpiValue.Measured(-0.0));

    [Fact]
    public void NegativeNumber_IsAllowedForScores() =>
        Assert.Equal("-12.5", KpiValue.Measured(-12.5).ToString());
}
