using System.Globalization;
using FsCheck;
using FsCheck.Xunit;
using KpiCore.Kpis;

namespace KpiCore.Tests.Kpis;

public sealed class PercentageTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(99.9)]
    [InlineData(100.0)]
    public void FromPercent_InRange_RoundTrips(double percent) =>
        Assert.Equal(percent, Percentage.FromPercent(percent).Percent, 12);

    [Theory]
    [InlineData(-0.0001)]
    [InlineData(100.0001)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void FromPercent_OutOfRange_ThrowsWithParamName(double percent)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Percentage.FromPercent(percent));
        Assert.Equal("percent", ex.ParamName);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void FromFraction_OutOfRange_ThrowsWithParamName(double fraction)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Percentage.FromFraction(fraction));
        Assert.Equal("fraction", ex.ParamName);
    }

    [Fact]
    public void FromRatio_BrentApril2017P2_Is71Point43Percent()
    {
        // Seed report, Brent Apr-17: 7 P2 calls, 71.43% => 5 of 7 met. 5/7 = 0.714285...
        Assert.Equal(71.43, Math.Round(Percentage.FromRatio(5, 7).Percent, 2));
    }

    [Fact]
    public void FromRatio_PartAboveWhole_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Percentage.FromRatio(8, 7));
        Assert.Equal("part", ex.ParamName);
    }

    [Fact]
    public void FromRatio_ZeroWhole_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Percentage.FromRatio(0, 0));
        Assert.Equal("whole", ex.ParamName);
    }

    [Fact]
    public void Default_IsZero() => Assert.Equal(Percentage.Zero, default);

    [Fact]
    public void NegativeZero_IsNormalised_AndFormatsWithoutSign() =>
        Assert.Equal("0%", Percentage.FromFraction(-0.0).ToString(null, CultureInfo.InvariantCulture));

    [Fact]
    public void ToString_UsesGivenCulture()
    {
        Percentage value = Percentage.FromPercent(99.25);
        Assert.Equal("99.25%", value.ToString(null, CultureInfo.InvariantCulture));
        Assert.Equal("99,25%", value.ToString(null, CultureInfo.GetCultureInfo("tr-TR")));
    }

    [Property(MaxTest = 300)]
    public bool Ordering_AgreesWithFraction(NormalFloat a, NormalFloat b)
    {
        double fa = Math.Abs(a.Get) % 1.0, fb = Math.Abs(b.Get) % 1.0;
        Percentage pa = Percentage.FromFraction(fa), pb = Percentage.FromFraction(fb);
        return (pa < pb) == (fa < fb) && (pa == pb) == (fa == fb) && (pa.CompareTo(pb) == fa.CompareTo(fb))
            && (pa == pb ? pa.GetHashCode() == pb.GetHashCode() : true);
    }
}
