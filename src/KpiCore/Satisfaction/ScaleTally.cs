using System.Globalization;
using KpiCore.Kpis;

namespace KpiCore.Satisfaction;

/// <summary>
/// A running count of answers per point of a k-point scale (such as the report's "User Satisfaction Survey (out of 7)"),
/// for combining survey means exactly: the mean of a merged tally is the mean of the pooled answers, never a mean of means.
/// </summary>
/// <remarks>
/// Counts are 64-bit and added with overflow checks. Only tallies on the same scale can be merged. Merging adds the counts
/// point by point, so the tally of any split of the answers merged in any order equals the tally of one pass. Not
/// thread-safe. Call <see cref="ToSummary"/> for the spread, shares and confidence interval.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public sealed class ScaleTally
{
    private readonly long[] _counts;

    /// <summary>Creates an empty tally on a scale.</summary>
    /// <param name="scale">The scale, such as <see cref="SatisfactionScale.OneToSeven"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="scale"/> is the default (degenerate 0-0) scale.</exception>
    public ScaleTally(SatisfactionScale scale)
    {
        if (scale.Max <= scale.Min)
        {
            throw new ArgumentException("The scale must have at least two points; the default scale has one.", nameof(scale));
        }

        Scale = scale;
        _counts = new long[scale.Points];
    }

    /// <summary>Gets the scale the answers are on.</summary>
    public SatisfactionScale Scale { get; }

    /// <summary>Gets the number of answers counted.</summary>
    public long Count
    {
        get
        {
            long total = 0;
            foreach (long count in _counts)
            {
                total = checked(total + count);
            }

            return total;
        }
    }

    /// <summary>Creates the tally of a summary's valid answers (its rejected answers are not counted).</summary>
    /// <param name="summary">The summary.</param>
    /// <returns>A tally on the summary's scale.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> is null.</exception>
    public static ScaleTally FromSummary(ScaleSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var tally = new ScaleTally(summary.Scale);
        for (int score = summary.Scale.Min; score <= summary.Scale.Max; score++)
        {
            tally._counts[score - summary.Scale.Min] = summary.CountOf(score);
        }

        return tally;
    }

    /// <summary>Counts one answer.</summary>
    /// <param name="score">The answer; on the scale.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is not on the scale.</exception>
    public void Add(int score)
    {
        CheckOnScale(score);

        _counts[score - Scale.Min] = checked(_counts[score - Scale.Min] + 1);
    }

    /// <summary>Gets how many answers had a given score.</summary>
    /// <param name="score">The score; on the scale.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is not on the scale.</exception>
    public long CountOf(int score)
    {
        CheckOnScale(score);

        return _counts[score - Scale.Min];
    }

    /// <summary>Adds the counts of another tally on the same scale to this one; the other tally is unchanged.</summary>
    /// <param name="other">The tally to add.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="other"/> is on another scale; nothing is added then.</exception>
    /// <exception cref="OverflowException">A count would overflow; nothing is added then.</exception>
    public void Merge(ScaleTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Scale != Scale)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Answers on {other.Scale.ToString(null, CultureInfo.InvariantCulture)} cannot be pooled with answers on {Scale.ToString(null, CultureInfo.InvariantCulture)}."),
                nameof(other));
        }

        var sums = new long[_counts.Length];
        for (int i = 0; i < sums.Length; i++)
        {
            sums[i] = checked(_counts[i] + other._counts[i]);
        }

        sums.CopyTo(_counts, 0);
    }

    /// <summary>Gives the mean answer.</summary>
    /// <returns>The mean, on the scale; <see cref="KpiValue.NotApplicable"/> ("N/A") with no answers, never 0.</returns>
    /// <remarks>The sum of the answers is taken in <see cref="decimal"/>, exactly, then divided once.</remarks>
    public KpiValue ToKpiValue()
    {
        long total = 0;
        decimal sum = 0;
        for (int i = 0; i < _counts.Length; i++)
        {
            total = checked(total + _counts[i]);
            sum += (decimal)_counts[i] * (Scale.Min + i);
        }

        return total == 0 ? KpiValue.NotApplicable : KpiValue.Measured((double)(sum / total));
    }

    /// <summary>Creates the summary of the answers counted so far, for the spread, shares and interval.</summary>
    /// <returns>The summary, with no rejected answers.</returns>
    public ScaleSummary ToSummary() => new(Scale, (long[])_counts.Clone(), []);

    private void CheckOnScale(int score)
    {
        if (!Scale.Contains(score))
        {
            throw new ArgumentOutOfRangeException(nameof(score), score, string.Create(CultureInfo.InvariantCulture,
                $"The score must be on the scale {Scale.Min}-{Scale.Max}."));
        }
    }
}
