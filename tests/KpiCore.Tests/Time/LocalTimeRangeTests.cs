using KpiCore.Time;
using NodaTime;

namespace KpiCore.Tests.Time;

public sealed class LocalTimeRangeTests
{
    [Fact]
    public void Constructor_EndMidnight_MeansEndOfDay()
    {
        var range = new LocalTimeRange(new LocalTime(22, 0), LocalTime.Midnight);

        Assert.True(range.EndsAtEndOfDay);
        Assert.Equal(Duration.FromHours(2), range.Length);
        Assert.Equal("22:00-24:00", range.ToString());
    }

    [Fact]
    public void Default_IsAllDay()
    {
        Assert.Equal(LocalTimeRange.AllDay, default);
        Assert.Equal(Duration.FromHours(24), default(LocalTimeRange).Length);
        Assert.Equal("00:00-24:00", default(LocalTimeRange).ToString());
    }

    [Theory]
    [InlineData(10, 9)]
    [InlineData(10, 10)]
    public void Constructor_EndNotAfterStart_ThrowsWithParamName(int start, int end)
    {
        var ex = Assert.Throws<ArgumentException>(() => new LocalTimeRange(new LocalTime(start, 0), new LocalTime(end, 0)));
        Assert.Equal("end", ex.ParamName);
    }

    [Fact]
    public void Equality_SameStartAndEnd_AreEqual()
    {
        var a = new LocalTimeRange(new LocalTime(8, 0), new LocalTime(18, 0));
        var b = new LocalTimeRange(new LocalTime(8, 0), new LocalTime(18, 0));
        var c = new LocalTimeRange(new LocalTime(8, 30), new LocalTime(18, 0));

        Assert.True(a == b);
        Assert.False(a != b);
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a != c);
        Assert.Equal(Duration.FromHours(10), a.Length);
        Assert.Equal("08:00-18:00", a.ToString());
        Assert.Equal("08:00:30-09:00", new LocalTimeRange(new LocalTime(8, 0, 30), new LocalTime(9, 0)).ToString());
    }
}
