using FsCheck.Xunit;
using KpiCore.ServiceDesk;

namespace KpiCore.Tests.ServiceDesk;

public sealed class PriorityTests
{
    [Fact]
    public void Constructor_EmptyCode_ThrowsWithParamName() =>
        Assert.Equal("code", Assert.Throws<ArgumentException>(() => new Priority(" ", 1)).ParamName);

    [Fact]
    public void Constructor_ZeroRank_ThrowsWithParamName() =>
        Assert.Equal("rank", Assert.Throws<ArgumentOutOfRangeException>(() => new Priority("P0", 0)).ParamName);

    [Fact]
    public void Default_HasEmptyCodeAndRankZero()
    {
        Assert.Equal(string.Empty, default(Priority).Code);
        Assert.Equal(0, default(Priority).Rank);
        Assert.NotEqual(Priority.P1, default);
    }

    [Fact]
    public void Equality_ComparesCodeAndRank()
    {
        Assert.Equal(Priority.P2, new Priority("P2", 2));
        Assert.True(Priority.P2 == new Priority("P2", 2));
        Assert.True(Priority.P2 != new Priority("P2", 3));
        Assert.NotEqual(Priority.P2, new Priority("p2", 2));
        Assert.Equal(Priority.P2.GetHashCode(), new Priority("P2", 2).GetHashCode());
    }

    [Fact]
    public void Ordering_ByRank()
    {
        Assert.True(Priority.P1 < Priority.P2);
        Assert.True(Priority.P4 >= Priority.P3);
        Assert.Equal([Priority.P1, Priority.P2, Priority.P3], new[] { Priority.P3, Priority.P1, Priority.P2 }.Order());
        Assert.Equal("P3", Priority.P3.ToString());
    }

    [Property(MaxTest = 200)]
    public bool CompareTo_IsAntisymmetric(byte a, byte b)
    {
        var x = new Priority("P" + a, a + 1);
        var y = new Priority("P" + b, b + 1);
        return Math.Sign(x.CompareTo(y)) == -Math.Sign(y.CompareTo(x)) && (x.CompareTo(y) == 0) == (x == y);
    }
}
