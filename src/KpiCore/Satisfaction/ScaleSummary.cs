using System.Globalization;
using KpiCore.Kpis;
using MathNet.Numerics.Distributions;

namespace KpiCore.Satisfaction;

/// <summary>The mean, spread and satisfied share of answers on a k-point scale, with the answers that were off the scale.</summary>
/// <remarks>
/// The exact count of each answer is kept; the mean, standard deviation and shares are derived from those counts. With no
/// valid answers the mean is <see cref="KpiValue.NotApplicable"/>, never 0. Every input answer is either counted or listed in
/// <see cref="Rejected"/>.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public sealed class ScaleSummary : IBatchResult
{
    private readonly long[] _counts;

    internal ScaleSummary(SatisfactionScale scale, long[] counts, IReadOnlyList<RejectedRecord> rejected)
    {
        Scale = scale;
        _counts = counts;
        Rejected = rejected;
        long n = 0;
        foreach (long count in counts)
        {
            n = checked(n + count);
        }

        Count = n;
    }

    /// <summary>Gets the scale the answers are on.</summary>
    public SatisfactionScale Scale { get; }

    /// <summary>Gets the number of valid answers counted.</summary>
    public long Count { get; }

    /// <summary>Gets the number of answers given: counted plus rejected.</summary>
    public long InputCount => checked(Count + Rejected.Count);

    /// <summary>Gets the number of valid answers counted (the same as <see cref="Count"/>).</summary>
    public long Counted => Count;

    /// <inheritdoc/>
    public long Excluded => 0;

    /// <summary>Gets the answers that were not counted (off the scale), in input order.</summary>
    public IReadOnlyList<RejectedRecord> Rejected { get; }

    /// <summary>Gets the mean answer, or <see cref="KpiValue.NotApplicable"/> with no valid answers.</summary>
    public KpiValue Mean => Count > 0 ? KpiValue.Measured(MeanValue()) : KpiValue.NotApplicable;

    /// <summary>Gets the sample standard deviation (divisor n − 1), or <see cref="KpiValue.NotApplicable"/> with fewer than two answers.</summary>
    public KpiValue StandardDeviation => Count > 1 ? KpiValue.Measured(StandardDeviationValue()) : KpiValue.NotApplicable;

    /// <summary>Gets how many valid answers had a given score.</summary>
    /// <param name="score">The score; must be on the scale.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is not on the scale.</exception>
    public long CountOf(int score)
    {
        CheckOnScale(score, nameof(score));
        return _counts[score - Scale.Min];
    }

    /// <summary>Computes a two-sided Student-t confidence interval for the mean.</summary>
    /// <param name="level">The confidence level, strictly between 0 and 1; 0.95 by default.</param>
    /// <returns>The interval, clipped to the scale.</returns>
    /// <remarks>mean ± t · s / √n with t = StudentT⁻¹(1 − α/2; n − 1), the usual interval for a mean of rating-scale answers.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is NaN or not strictly between 0 and 1.</exception>
    /// <exception cref="InvalidOperationException">There are fewer than two valid answers.</exception>
    public MeanConfidenceInterval ConfidenceInterval(double level = 0.95)
    {
        if (!(level > 0.0 && level < 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "The confidence level must be strictly between 0 and 1.");
        }

        if (Count < 2)
        {
            throw new InvalidOperationException("A confidence interval for a mean needs at least two answers.");
        }

        long df = Count - 1;
        double t = StudentT.InvCDF(0.0, 1.0, df, 1.0 - ((1.0 - level) / 2.0));
        double se = StandardDeviationValue() / Math.Sqrt(Count);
        return new MeanConfidenceInterval(level, MeanValue(), se, t, df, Scale);
    }

    /// <summary>Gets the share of satisfied answers among all valid answers (neutrals count in the total, as Simplesat does).</summary>
    /// <param name="satisfiedFrom">The lowest score that counts as satisfied, such as 4 on a 1-5 scale; must be on the scale.</param>
    /// <returns>count(score ≥ <paramref name="satisfiedFrom"/>) / count(all), or <see cref="KpiValue.NotApplicable"/> with no answers.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="satisfiedFrom"/> is not on the scale.</exception>
    public KpiValue SatisfiedShare(int satisfiedFrom)
    {
        CheckOnScale(satisfiedFrom, nameof(satisfiedFrom));
        return Share(satisfiedFrom, Scale.Min, Count);
    }

    /// <summary>Gets the share of satisfied answers, leaving neutral answers out of the total.</summary>
    /// <param name="satisfiedFrom">The lowest score that counts as satisfied; must be on the scale.</param>
    /// <param name="neutralFrom">The lowest neutral score; answers from <paramref name="neutralFrom"/> to <paramref name="satisfiedFrom"/> − 1 are neutral and excluded; must be on the scale and not above <paramref name="satisfiedFrom"/> (equal means no neutrals).</param>
    /// <returns>satisfied / (satisfied + dissatisfied), or <see cref="KpiValue.NotApplicable"/> when that total is 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A score is not on the scale, or <paramref name="neutralFrom"/> is above <paramref name="satisfiedFrom"/>.</exception>
    public KpiValue SatisfiedShare(int satisfiedFrom, int neutralFrom)
    {
        CheckOnScale(satisfiedFrom, nameof(satisfiedFrom));
        CheckOnScale(neutralFrom, nameof(neutralFrom));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(neutralFrom, satisfiedFrom);
        long neutral = 0;
        for (int score = neutralFrom; score < satisfiedFrom; score++)
        {
            neutral += _counts[score - Scale.Min];
        }

        return Share(satisfiedFrom, Scale.Min, Count - neutral);
    }

    /// <summary>Describes the summary, such as "mean 5.6 on 1-7 (n = 40, 2 rejected)".</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"mean {Mean} on {Scale.ToString(null, CultureInfo.InvariantCulture)} (n = {Count}, {Rejected.Count} rejected)");

    private KpiValue Share(int satisfiedFrom, int min, long whole)
    {
        long satisfied = 0;
        for (int score = satisfiedFrom; score <= Scale.Max; score++)
        {
            satisfied += _counts[score - min];
        }

        return whole > 0 ? KpiValue.FromPercentage(Percentage.FromRatio(satisfied, whole)) : KpiValue.NotApplicable;
    }

    private double MeanValue()
    {
        double sum = 0.0;
        for (int i = 0; i < _counts.Length; i++)
        {
            sum += (double)_counts[i] * (Scale.Min + i);
        }

        return sum / Count;
    }

    private double StandardDeviationValue()
    {
        double mean = MeanValue();
        double sumSquares = 0.0;
        for (int i = 0; i < _counts.Length; i++)
        {
            double deviation = Scale.Min + i - mean;
            sumSquares += _counts[i] * deviation * deviation;
        }

        return Math.Sqrt(sumSquares / (Count - 1));
    }

    private void CheckOnScale(int score, string paramName)
    {
        if (!Scale.Contains(score))
        {
            throw new ArgumentOutOfRangeException(paramName, score, string.Create(CultureInfo.InvariantCulture,
                $"The score must be on the scale {Scale.Min}-{Scale.Max}."));
        }
    }
}
