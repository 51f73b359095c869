using System.Globalization;

namespace KpiCore.Reporting;

/// <summary>
/// The confidence interval of one cell of a pack, such as the 95% adjusted-Wald interval of a month's Net Promoter
/// Score, with the number of answers it rests on.
/// </summary>
/// <remarks>Immutable. The bounds are in the row's unit (points for NPS, scale points for a survey mean); <see cref="Lower"/> ≤ <see cref="Upper"/>.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public sealed class KpiInterval
{
    /// <summary>Creates an interval.</summary>
    /// <param name="lower">The lower bound; finite.</param>
    /// <param name="upper">The upper bound; finite, not below <paramref name="lower"/>.</param>
    /// <param name="level">The confidence level, strictly between 0 and 1, such as 0.95.</param>
    /// <param name="sampleSize">The number of answers the interval rests on; not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A bound is NaN or infinite, <paramref name="upper"/> is below <paramref name="lower"/>, <paramref name="level"/> is not
    /// strictly between 0 and 1, or <paramref name="sampleSize"/> is negative.
    /// </exception>
    public KpiInterval(double lower, double upper, double level, long sampleSize)
    {
        if (!double.IsFinite(lower))
        {
            throw new ArgumentOutOfRangeException(nameof(lower), lower, "The lower bound must be a finite number.");
        }

        if (!(double.IsFinite(upper) && upper >= lower))
        {
            throw new ArgumentOutOfRangeException(nameof(upper), upper, "The upper bound must be a finite number not below the lower bound.");
        }

        if (!(level > 0.0 && level < 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "The confidence level must be strictly between 0 and 1.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(sampleSize);
        Lower = lower + 0.0;
        Upper = upper + 0.0;
        Level = level;
        SampleSize = sampleSize;
    }

    /// <summary>Gets the lower bound.</summary>
    public double Lower { get; }

    /// <summary>Gets the upper bound.</summary>
    public double Upper { get; }

    /// <summary>Gets the confidence level, such as 0.95.</summary>
    public double Level { get; }

    /// <summary>Gets the number of answers the interval rests on.</summary>
    public long SampleSize { get; }

    /// <summary>Describes the interval, such as "95% CI [14.05, 44.2] (n = 36)" (culture-invariant).</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Level * 100:0.##}% CI [{Lower:0.##}, {Upper:0.##}] (n = {SampleSize})");
}
