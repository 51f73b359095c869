using System.Globalization;
using KpiCore.Kpis;
using MathNet.Numerics.Distributions;

namespace KpiCore.Satisfaction;

/// <summary>The Net Promoter Score of a set of answers, with the exact counts it came from and its sampling error.</summary>
/// <remarks>
/// <para>
/// NPS = % promoters (9-10) − % detractors (0-6), from -100 to 100; passives (7-8) count in the total only. With no
/// answers the score and standard error are <see cref="KpiValue.NotApplicable"/>, never 0.
/// </para>
/// <para>
/// Each answer is treated as a score of +1 (promoter), 0 (passive) or −1 (detractor). With promoter share p and detractor
/// share d the per-answer variance is p + d − (p − d)² (the multinomial variance; it already contains the negative
/// covariance of p and d, so the margins of error of p and d must never be added). The standard error is
/// √(variance / n), ×100 for points.
/// </para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public sealed class NpsSummary
{
    /// <summary>The default number of answers below which a summary is a small sample: 30.</summary>
    public const int DefaultSmallSampleThreshold = 30;

    private NpsSummary(long promoters, long passives, long detractors, int smallSampleThreshold)
    {
        Promoters = promoters;
        Passives = passives;
        Detractors = detractors;
        Total = checked(promoters + passives + detractors);
        SmallSampleThreshold = smallSampleThreshold;
    }

    /// <summary>Gets the number of promoters (answers 9-10).</summary>
    public long Promoters { get; }

    /// <summary>Gets the number of passives (answers 7-8).</summary>
    public long Passives { get; }

    /// <summary>Gets the number of detractors (answers 0-6).</summary>
    public long Detractors { get; }

    /// <summary>Gets the number of answers.</summary>
    public long Total { get; }

    /// <summary>Gets whether there is at least one answer.</summary>
    public bool HasResponses => Total > 0;

    /// <summary>Gets the share of promoters.</summary>
    /// <exception cref="InvalidOperationException">There are no answers (<see cref="HasResponses"/> is false).</exception>
    public Percentage PromoterShare => Percentage.FromRatio(Promoters, RequireTotal());

    /// <summary>Gets the share of passives.</summary>
    /// <exception cref="InvalidOperationException">There are no answers (<see cref="HasResponses"/> is false).</exception>
    public Percentage PassiveShare => Percentage.FromRatio(Passives, RequireTotal());

    /// <summary>Gets the share of detractors.</summary>
    /// <exception cref="InvalidOperationException">There are no answers (<see cref="HasResponses"/> is false).</exception>
    public Percentage DetractorShare => Percentage.FromRatio(Detractors, RequireTotal());

    /// <summary>Gets the Net Promoter Score in points, from -100 to 100, or <see cref="KpiValue.NotApplicable"/> with no answers.</summary>
    /// <remarks>Computed as 100 × (promoters − detractors) / total from the exact counts; not rounded.</remarks>
    public KpiValue Score => HasResponses ? KpiValue.Measured(RawScore) : KpiValue.NotApplicable;

    /// <summary>
    /// Gets the standard error of the score in points, √((p + d − (p − d)²) / n) × 100, or
    /// <see cref="KpiValue.NotApplicable"/> with no answers.
    /// </summary>
    public KpiValue StandardError => HasResponses
        ? KpiValue.Measured(Math.Sqrt(Variance(Promoters, Detractors, Total) / Total) * 100.0)
        : KpiValue.NotApplicable;

    /// <summary>Gets the number of answers below which <see cref="IsSmallSample"/> is true.</summary>
    public int SmallSampleThreshold { get; }

    /// <summary>Gets whether there are fewer answers than <see cref="SmallSampleThreshold"/> (30 by default), so the score should be read with care.</summary>
    public bool IsSmallSample => Total < SmallSampleThreshold;

    private double RawScore => (double)(Promoters - Detractors) * 100.0 / Total;

    /// <summary>Creates a summary from counts of promoters, passives and detractors.</summary>
    /// <param name="promoters">The number of answers 9-10; not negative.</param>
    /// <param name="passives">The number of answers 7-8; not negative.</param>
    /// <param name="detractors">The number of answers 0-6; not negative.</param>
    /// <param name="smallSampleThreshold">The number of answers below which the summary is a small sample; not negative.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count or <paramref name="smallSampleThreshold"/> is negative.</exception>
    /// <exception cref="OverflowException">The counts add up to more than <see cref="long.MaxValue"/>.</exception>
    public static NpsSummary FromCounts(long promoters, long passives, long detractors,
        int smallSampleThreshold = DefaultSmallSampleThreshold)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(promoters);
        ArgumentOutOfRangeException.ThrowIfNegative(passives);
        ArgumentOutOfRangeException.ThrowIfNegative(detractors);
        ArgumentOutOfRangeException.ThrowIfNegative(smallSampleThreshold);
        return new NpsSummary(promoters, passives, detractors, smallSampleThreshold);
    }

    /// <summary>Returns the same counts with another small-sample threshold.</summary>
    /// <param name="smallSampleThreshold">The number of answers below which the summary is a small sample; not negative.</param>
    /// <returns>A new summary.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="smallSampleThreshold"/> is negative.</exception>
    public NpsSummary WithSmallSampleThreshold(int smallSampleThreshold) =>
        FromCounts(Promoters, Passives, Detractors, smallSampleThreshold);

    /// <summary>Computes a two-sided confidence interval for the score, by default adjusted-Wald at 95%.</summary>
    /// <param name="level">The confidence level, strictly between 0 and 1; 0.95 by default.</param>
    /// <param name="method">The method; <see cref="NpsIntervalMethod.AdjustedWald"/> by default.</param>
    /// <returns>The interval, in points, clipped to [-100, 100].</returns>
    /// <remarks>
    /// <para>
    /// Adjusted-Wald, as recommended by Rocks (2016, "Interval Estimation for the Net Promoter Score", The American
    /// Statistician 70(4)) and by Sauro and Lewis (MeasuringU): n′ = n + 3, p′ = (promoters + ¾) / n′,
    /// d′ = (detractors + ¾) / n′, NPS′ = p′ − d′, Var′ = p′ + d′ − (p′ − d′)², SE′ = √(Var′ / n′), and the interval is
    /// NPS′ ± z·SE′ with z = Φ⁻¹(1 − α/2), α = 1 − level (two-sided: 1.96 for 95%, not the one-sided 1.645).
    /// </para>
    /// <para>
    /// Why: the plain Wald interval is too narrow for the small samples councils collect per month and collapses to a
    /// single point when every answer is a promoter; in Rocks' simulations the adjusted-Wald interval keeps close to its
    /// nominal coverage down to small n. The interval is centred on NPS′, which is pulled towards 0, so the raw score is
    /// reported separately as <see cref="NpsConfidenceInterval.Estimate"/>.
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is NaN or not strictly between 0 and 1, or <paramref name="method"/> is not defined.</exception>
    /// <exception cref="InvalidOperationException">There are no answers.</exception>
    public NpsConfidenceInterval ConfidenceInterval(double level = 0.95, NpsIntervalMethod method = NpsIntervalMethod.AdjustedWald)
    {
        double z = TwoSidedZ(level, nameof(level));
        long total = RequireTotal();
        switch (method)
        {
            case NpsIntervalMethod.AdjustedWald:
                (double centre, double se) = Adjusted();
                return new NpsConfidenceInterval(method, level, RawScore, centre * 100.0, se * 100.0, z);
            case NpsIntervalMethod.Wald:
                double plainSe = Math.Sqrt(Variance(Promoters, Detractors, total) / total);
                return new NpsConfidenceInterval(method, level, RawScore, RawScore, plainSe * 100.0, z);
            default:
                throw new ArgumentOutOfRangeException(nameof(method), method, "Method must be AdjustedWald or Wald.");
        }
    }

    /// <summary>Describes the summary, such as "NPS 33.33 (n = 324: 162 promoters, 108 passives, 54 detractors)".</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"NPS {Score} (n = {Total}: {Promoters} promoters, {Passives} passives, {Detractors} detractors)");

    /// <summary>The adjusted-Wald score and standard error, as fractions.</summary>
    internal (double Score, double StandardError) Adjusted()
    {
        double n = Total + 3.0;
        double p = (Promoters + 0.75) / n;
        double d = (Detractors + 0.75) / n;
        double variance = Math.Max(0.0, p + d - ((p - d) * (p - d)));
        return (p - d, Math.Sqrt(variance / n));
    }

    /// <summary>Returns z = Φ⁻¹(1 − α/2) for a two-sided level.</summary>
    internal static double TwoSidedZ(double level, string paramName)
    {
        if (!(level > 0.0 && level < 1.0))
        {
            throw new ArgumentOutOfRangeException(paramName, level, "The confidence level must be strictly between 0 and 1.");
        }

        return Normal.InvCDF(0.0, 1.0, 1.0 - ((1.0 - level) / 2.0));
    }

    private static double Variance(long promoters, long detractors, long total)
    {
        double p = (double)promoters / total;
        double d = (double)detractors / total;
        return Math.Max(0.0, p + d - ((p - d) * (p - d)));
    }

    private long RequireTotal() => HasResponses
        ? Total
        : throw new InvalidOperationException("There are no answers, so the shares and intervals are not defined.");
}
