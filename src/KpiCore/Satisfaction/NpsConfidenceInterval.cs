using System.Globalization;

namespace KpiCore.Satisfaction;

/// <summary>A two-sided confidence interval for a Net Promoter Score, in points from -100 to 100.</summary>
/// <remarks>
/// <see cref="Centre"/> is the point the interval is built around: the adjusted score for
/// <see cref="NpsIntervalMethod.AdjustedWald"/>, which is not the published score; <see cref="Estimate"/> is the raw score.
/// Both are reported so neither is mistaken for the other. The bounds are clipped to [-100, 100], so the interval need not
/// be symmetric about its centre.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public sealed class NpsConfidenceInterval
{
    internal NpsConfidenceInterval(NpsIntervalMethod method, double level, double estimate, double centre,
        double standardError, double z)
    {
        Method = method;
        Level = level;
        Estimate = estimate;
        Centre = centre;
        StandardError = standardError;
        Z = z;
        Lower = Math.Max(-100.0, centre - (z * standardError)) + 0.0;
        Upper = Math.Min(100.0, centre + (z * standardError)) + 0.0;
    }

    /// <summary>Gets how the interval was computed.</summary>
    public NpsIntervalMethod Method { get; }

    /// <summary>Gets the name of the method, such as "adjusted-Wald".</summary>
    public string MethodName => Method == NpsIntervalMethod.AdjustedWald ? "adjusted-Wald" : "Wald";

    /// <summary>Gets the confidence level, such as 0.95.</summary>
    public double Level { get; }

    /// <summary>Gets the lower bound, in points, at least -100.</summary>
    public double Lower { get; }

    /// <summary>Gets the upper bound, in points, at most 100.</summary>
    public double Upper { get; }

    /// <summary>Gets the centre the interval was built around, in points (the adjusted score for adjusted-Wald).</summary>
    public double Centre { get; }

    /// <summary>Gets the raw score (% promoters − % detractors) the interval is for, in points.</summary>
    public double Estimate { get; }

    /// <summary>Gets the standard error the interval used, in points (of the adjusted score for adjusted-Wald).</summary>
    public double StandardError { get; }

    /// <summary>Gets the two-sided normal quantile used, Φ⁻¹(1 − α/2), such as 1.96 for 95%.</summary>
    public double Z { get; }

    /// <summary>Gets the width of the interval, <see cref="Upper"/> − <see cref="Lower"/>, in points.</summary>
    public double Width => Upper - Lower;

    /// <summary>Gets whether a score lies within the interval, bounds included.</summary>
    /// <param name="score">The score in points.</param>
    /// <returns>True when <see cref="Lower"/> ≤ <paramref name="score"/> ≤ <see cref="Upper"/>.</returns>
    public bool Contains(double score) => score >= Lower && score <= Upper;

    /// <summary>Describes the interval, such as "95% adjusted-Wald CI [14.05, 44.2] around 29.13 (NPS 30)".</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Level * 100:0.##}% {MethodName} CI [{Lower:0.##}, {Upper:0.##}] around {Centre:0.##} (NPS {Estimate:0.##})");
}
