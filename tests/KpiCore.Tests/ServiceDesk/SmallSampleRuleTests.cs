using KpiCore.ServiceDesk;

namespace KpiCore.Tests.ServiceDesk;

public sealed class SmallSampleRuleTests
{
    [Fact]
    public void AppliesTo_FrameworkClause_BelowFortyOnly()
    {
        var rule = new SmallSampleRule(40, 2);
        Assert.True(rule.AppliesTo(39));
        Assert.False(rule.AppliesTo(40));
        Assert.False(rule.AppliesTo(0));
        Assert.False(SmallSampleRule.None.AppliesTo(1));
    }

    [Fact]
    public void Constructor_OutOfRange_ThrowsWithParamName()
    {
        Assert.Equal("fewerThanCalls", Assert.Throws<ArgumentOutOfRangeException>(() => new SmallSampleRule(0, 1)).ParamName);
        Assert.Equal("maximumMisses", Assert.Throws<ArgumentOutOfRangeException>(() => new SmallSampleRule(40, -1)).ParamName);
    }

    [Fact]
    public void Equality_AndText()
    {
        Assert.Equal(new SmallSampleRule(40, 2), new SmallSampleRule(40, 2));
        Assert.True(new SmallSampleRule(40, 2) != new SmallSampleRule(40, 1));
        Assert.Equal("fewer than 40 calls: at most 2 may miss", new SmallSampleRule(40, 2).ToString());
        Assert.Equal("none", default(SmallSampleRule).ToString());
    }
}
