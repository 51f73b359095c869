using System.Globalization;
using KpiCore.Satisfaction;

namespace KpiCore.Tests.Satisfaction;

public sealed class SatisfactionScaleTests
{
    [Fact]
    public void Constructor_MaxNotAboveMin_Throws()
    {
        Assert.Equal("max", Assert.Throws<ArgumentOutOfRangeException>(() => new SatisfactionScale(3, 3)).ParamName);
        Assert.Equal("min", Assert.Throws<ArgumentOutOfRangeException>(() => new SatisfactionScale(-1, 3)).ParamName);
    }

    [Fact]
    public void Contains_BoundsInclusive()
    {
        SatisfactionScale scale = SatisfactionScale.OneToSeven;
        Assert.False(scale.Contains(0));
        Assert.True(scale.Contains(1));
        Assert.True(scale.Contains(7));
        Assert.False(scale.Contains(8));
        Assert.Equal(7, scale.Points);
    }

    [Fact]
    public void Equality_ComparesBounds()
    {
        Assert.True(new SatisfactionScale(1, 9) == SatisfactionScale.OneToNine);
        Assert.True(new SatisfactionScale(0, 9) != SatisfactionScale.OneToNine);
        Assert.Equal("1-5", SatisfactionScale.OneToFive.ToString(null, CultureInfo.InvariantCulture));
    }
}
