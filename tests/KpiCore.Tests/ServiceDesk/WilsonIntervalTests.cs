using KpiCore.ServiceDesk;

namespace KpiCore.Tests.ServiceDesk;

public sealed class WilsonIntervalTests
{
    [Fact]
    public void Compute_FiveOfSeven_MatchesHandCalculation()
    {
        // p = 5/7, z^2 = 3.841459: centre = (0.714286 + 0.274390) / 1.548780 = 0.638358; half = 1.265490 * sqrt(0.029155 + 0.019599) = 0.279424.
        (double lower, double upper) = WilsonInterval.Compute(5, 7);
        Assert.Equal(0.358934, lower, 5);
        Assert.Equal(0.917782, upper, 5);
    }

    [Fact]
    public void Compute_AllOrNone_EndsAtBounds()
    {
        // 0/10: upper = z^2/n / (1 + z^2/n) = 0.384146 / 1.384146 = 0.277533.
        Assert.Equal((0.0, 0.277533), Round(WilsonInterval.Compute(0, 10)));
        Assert.Equal((0.722467, 1.0), Round(WilsonInterval.Compute(10, 10)));
    }

    private static (double, double) Round((double A, double B) x) => (Math.Round(x.A, 6), Math.Round(x.B, 6));
}
