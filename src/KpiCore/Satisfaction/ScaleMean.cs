using System.Globalization;
using KpiCore.Kpis;

namespace KpiCore.Satisfaction;

/// <summary>Summarises answers on a k-point scale: user satisfaction out of 7, a process success index out of 9, CSAT 1-5.</summary>
public static class ScaleMean
{
    /// <summary>Counts the answers on the scale and rejects (never clamps) the others.</summary>
    /// <param name="scores">The answers; may be empty.</param>
    /// <param name="scale">The scale; not the default value.</param>
    /// <returns>The summary: mean, standard deviation, counts and rejected answers; counted + rejected = input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scores"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="scale"/> is the default (0-0) value.</exception>
    public static ScaleSummary Calculate(IEnumerable<int> scores, SatisfactionScale scale)
    {
        ArgumentNullException.ThrowIfNull(scores);
        Utility.Preconditions.CheckArgument(scale.Max > scale.Min, nameof(scale), "The scale must have at least two points.");
        long[] counts = new long[scale.Points];
        var rejected = new List<RejectedRecord>();
        int index = 0;
        foreach (int score in scores)
        {
            if (scale.Contains(score))
            {
                counts[score - scale.Min]++;
            }
            else
            {
                rejected.Add(new RejectedRecord(index, null, "Score", string.Create(CultureInfo.InvariantCulture,
                    $"Score must be from {scale.Min} to {scale.Max}; was {score}.")));
            }

            index = checked(index + 1);
        }

        return new ScaleSummary(scale, counts, rejected.AsReadOnly());
    }
}
