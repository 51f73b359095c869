using System.Globalization;

namespace KpiCore.Satisfaction;

/// <summary>A two-sided Student-t confidence interval for a mean score on a k-point scale.</summary>
/// <remarks>mean ± t(1 − α/2, n − 1) · s / √n, with s the sample standard deviation; the bounds are clipped to the scale.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public sealed class MeanConfidenceInterval
{
    internal MeanConfidenceInterval(double level, double centre, double standardError, double t, long degreesOfFreedom,
        SatisfactionScale scale)
    {
        Level = level;
        Centre = centre;
        StandardError = standardError;
        T = t;
        DegreesOfFreedom = degreesOfFreedom;
        Lower = Math.Max(scale.Min, centre - (t * standardError));
        Upper = Math.Min(scale.Max, centre + (t * standardError));
    }

    /// <summary>Gets the confidence level, such as 0.95.</summary>
    public double Level { get; }

    /// <summary>Gets the lower bound, at least the scale's minimum.</summary>
    public double Lower { get; }

    /// <summary>Gets the upper bound, at most the scale's maximum.</summary>
    public double Upper { get; }

    /// <summary>Gets the sample mean the interval is centred on.</summary>
    public double Centre { get; }

    /// <summary>Gets the standard error of the mean, s / √n.</summary>
    public double StandardError { get; }

    /// <summary>Gets the Student-t quantile used, t(1 − α/2, n − 1).</summary>
    public double T { get; }

    /// <summary>Gets the degrees of freedom, n − 1.</summary>
    public long DegreesOfFreedom { get; }

    /// <summary>Describes the interval, such as "95% t CI [5.2, 6.1] around 5.65".</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Level * 100:0.##}% t CI [{Lower:0.###}, {Upper:0.###}] around {Centre:0.###}");
}
