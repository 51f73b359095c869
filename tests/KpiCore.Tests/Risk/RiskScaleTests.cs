using KpiCore.Risk;

namespace KpiCore.Tests.Risk;

public sealed class RiskScaleTests
{
    [Fact]
    public void ThreeLevel_IsLowMediumHigh()
    {
        Assert.Equal(3, RiskScale.ThreeLevel.Levels);
        Assert.Equal("Low", RiskScale.ThreeLevel.LabelOf(1));
        Assert.Equal("High", RiskScale.ThreeLevel.LabelOf(3));
        Assert.Equal(5, RiskScale.FiveLevel.Levels);
    }

    [Fact]
    public void LabelOf_OffScale_Throws()
    {
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => RiskScale.ThreeLevel.LabelOf(0)).ParamName);
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => RiskScale.ThreeLevel.LabelOf(4)).ParamName);
    }

    [Fact]
    public void Constructor_TooFewOrBlankLabels_Throws()
    {
        Assert.Equal("labels", Assert.Throws<ArgumentException>(() => new RiskScale(["Only"])).ParamName);
        Assert.Equal("labels", Assert.Throws<ArgumentException>(() => new RiskScale(["Low", " "])).ParamName);
    }
}
