using System.Globalization;

namespace KpiCore.Satisfaction;

/// <summary>A two-sided z-test of the change in Net Promoter Score between two independent samples (two periods, two organisations).</summary>
/// <remarks>
/// The test uses the adjusted-Wald quantities of each sample (see <see cref="NpsSummary.ConfidenceInterval(double, NpsIntervalMethod)"/>):
/// z = (NPS′₂ − NPS′₁) / √(SE′₁² + SE′₂²), the approach MeasuringU describes for comparing two scores. The standard
/// error of the difference adds the two variances (independent samples); it never adds margins of error. The published
/// change, <see cref="Difference"/>, is the raw second score minus the raw first score.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public sealed class NpsComparison
{
    internal NpsComparison(NpsSummary first, NpsSummary second, double level, double difference,
        double adjustedDifference, double standardError, double z, double pValue)
    {
        First = first;
        Second = second;
        Level = level;
        Difference = difference + 0.0;
        AdjustedDifference = adjustedDifference + 0.0;
        StandardError = standardError;
        Z = z + 0.0;
        PValue = pValue;
    }

    /// <summary>Gets the first (earlier, baseline) sample.</summary>
    public NpsSummary First { get; }

    /// <summary>Gets the second (later) sample.</summary>
    public NpsSummary Second { get; }

    /// <summary>Gets the confidence level the test was run at, such as 0.95 (significance level α = 1 − level).</summary>
    public double Level { get; }

    /// <summary>Gets the raw change in points: second score − first score.</summary>
    public double Difference { get; }

    /// <summary>Gets the change of the adjusted-Wald scores in points, NPS′₂ − NPS′₁, which the test uses.</summary>
    public double AdjustedDifference { get; }

    /// <summary>Gets the standard error of the adjusted difference in points, √(SE′₁² + SE′₂²).</summary>
    public double StandardError { get; }

    /// <summary>Gets the test statistic, <see cref="AdjustedDifference"/> / <see cref="StandardError"/>.</summary>
    public double Z { get; }

    /// <summary>Gets the two-sided p-value, 2·Φ(−|z|).</summary>
    public double PValue { get; }

    /// <summary>Gets whether the change is significant at the level: <see cref="PValue"/> &lt; 1 − <see cref="Level"/>.</summary>
    public bool Significant => PValue < 1.0 - Level;

    /// <summary>Describes the test, such as "ΔNPS +10 (z = 1.2, p = 0.23, not significant at 95%)".</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"ΔNPS {Difference:+0.##;-0.##;0} (z = {Z:0.###}, p = {PValue:0.####}, {(Significant ? "significant" : "not significant")} at {Level * 100:0.##}%)");
}
