using System.Globalization;
using KpiCore.Risk;

namespace KpiCore.Tests.Risk;

public sealed class RiskScoreTests
{
    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Constructor_NegativeOrNotFinite_Throws(double value) =>
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => new RiskScore(value)).ParamName);

    [Fact]
    public void EqualityOrderingAndFormatting()
    {
        Assert.True(new RiskScore(6) > new RiskScore(4.5));
        Assert.True(new RiskScore(3) == new RiskScore(3.0));
        Assert.Equal(new RiskScore(0), new RiskScore(-0.0));
        Assert.Equal(default, new RiskScore(0));
        Assert.Equal("4,5", new RiskScore(4.5).ToString(null, CultureInfo.GetCultureInfo("de-DE")));
        Assert.Equal("6", new RiskScore(6).ToString(null, CultureInfo.InvariantCulture));
    }
}
