namespace KpiCore.ServiceDesk;

/// <summary>The Wilson score interval for a binomial proportion.</summary>
internal static class WilsonInterval
{
    /// <summary>z for a two-sided 95% interval: Φ⁻¹(0.975).</summary>
    internal const double Z95 = 1.959963984540054;

    /// <summary>The 95% Wilson interval of <paramref name="successes"/> out of <paramref name="trials"/> (&gt; 0), as fractions clamped to [0, 1].</summary>
    internal static (double Lower, double Upper) Compute(long successes, long trials, double z = Z95)
    {
        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double denominator = 1.0 + (z2 / n);
        double centre = (p + (z2 / (2.0 * n))) / denominator;
        double half = z / denominator * Math.Sqrt((p * (1.0 - p) / n) + (z2 / (4.0 * n * n)));
        double lower = successes == 0 ? 0.0 : Math.Clamp(centre - half, 0.0, 1.0);
        double upper = successes == trials ? 1.0 : Math.Clamp(centre + half, 0.0, 1.0);
        return (lower, upper);
    }
}
