using System.Globalization;
using KpiCore.Kpis;
using KpiCore.Utility;
using MathNet.Numerics.Distributions;

namespace KpiCore.Satisfaction;

/// <summary>Calculates Net Promoter Scores from survey answers and compares them.</summary>
public static class NetPromoterScore
{
    /// <summary>Counts promoters, passives and detractors and derives the score.</summary>
    /// <param name="ratings">The answers; may be empty. Arrays and lists are counted as spans; other sequences are streamed in constant memory.</param>
    /// <returns>The counts and the score, from -100 to 100; with no answers the score is <see cref="KpiValue.NotApplicable"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ratings"/> is null.</exception>
    public static NpsSummary Calculate(IEnumerable<NpsRating> ratings)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        var tally = new NpsTally();
        tally.AddRange(ratings);
        return tally.ToSummary();
    }

    /// <summary>Summarises a batch of survey responses, rejecting (never clamping) scores outside 0-10.</summary>
    /// <param name="responses">The responses; may be empty.</param>
    /// <returns>The summary of the valid responses and the rejected ones; counted + rejected = input.</returns>
    /// <remarks>
    /// A response whose score is outside 0-10 is rejected with field "Score"; a null element is rejected with field
    /// "Response"; a response whose <see cref="SurveyResponse.Id"/> repeats the id of an earlier counted response is
    /// rejected with field "Id" (the reason names the earlier position). Ids are compared ordinally after trimming
    /// surrounding white space; a response without an id (null, empty or white space) is never a repeat, and the id of a
    /// rejected response does not make a later one a repeat. The rejected records carry the 0-based input index and the
    /// response's <see cref="SurveyResponse.Id"/>.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="responses"/> is null.</exception>
    public static NpsResponseSummary CalculateFromResponses(IEnumerable<SurveyResponse> responses)
    {
        ArgumentNullException.ThrowIfNull(responses);
        var tally = new NpsTally();
        var rejected = new List<RejectedRecord>();
        var ids = new RepeatedKeyFinder();
        int index = 0;
        foreach (SurveyResponse? response in responses)
        {
            if (response is null)
            {
                rejected.Add(new RejectedRecord(index, null, "Response", "The response is missing (null)."));
            }
            else if (!NpsRating.IsValid(response.Score))
            {
                rejected.Add(new RejectedRecord(index, response.Id, nameof(SurveyResponse.Score),
                    string.Create(CultureInfo.InvariantCulture, $"Score must be from 0 to 10; was {response.Score}.")));
            }
            else if (RepeatsEarlierId(response.Id, index, ids, out string? id, out int earlier))
            {
                rejected.Add(new RejectedRecord(index, response.Id, nameof(SurveyResponse.Id),
                    string.Create(CultureInfo.InvariantCulture, $"The response id '{id}' repeats the id of the counted response at position {earlier}; ids must be unique.")));
            }
            else
            {
                tally.Add(new NpsRating(response.Score));
            }

            index = checked(index + 1);
        }

        return new NpsResponseSummary(tally.ToSummary(), rejected.AsReadOnly());
    }

    /// <summary>Remembers a counted response's trimmed id, or finds that an earlier counted response had it.</summary>
    /// <returns><see langword="true"/> when <paramref name="rawId"/> repeats an earlier id, with that response's position in <paramref name="earlier"/>.</returns>
    private static bool RepeatsEarlierId(string? rawId, int index, RepeatedKeyFinder ids, out string? id, out int earlier)
    {
        id = rawId?.Trim();
        earlier = -1;
        return !string.IsNullOrEmpty(id) && ids.IsRepeat(id, index, out earlier);
    }

    /// <summary>Tests whether the score changed between two independent samples, with a two-sided adjusted-Wald z-test.</summary>
    /// <param name="first">The earlier (baseline) sample; must have answers.</param>
    /// <param name="second">The later sample; must have answers.</param>
    /// <param name="level">The confidence level, strictly between 0 and 1; 0.95 by default.</param>
    /// <returns>The raw and adjusted difference (second − first), its standard error, z, the two-sided p-value and whether it is significant.</returns>
    /// <remarks>
    /// SE of the difference = √(SE′₁² + SE′₂²) from the adjusted-Wald standard errors of each sample (see
    /// <see cref="NpsComparison"/>); p = 2·Φ(−|z|). Margins of error of promoters and detractors are never added.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="first"/> or <paramref name="second"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="first"/> or <paramref name="second"/> has no answers.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is NaN or not strictly between 0 and 1.</exception>
    public static NpsComparison Compare(NpsSummary first, NpsSummary second, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        Preconditions.CheckArgument(first.HasResponses, nameof(first), "The first sample has no answers.");
        Preconditions.CheckArgument(second.HasResponses, nameof(second), "The second sample has no answers.");
        _ = NpsSummary.TwoSidedZ(level, nameof(level));

        (double score1, double se1) = first.Adjusted();
        (double score2, double se2) = second.Adjusted();
        double difference = (second.Score.Value - first.Score.Value);
        double adjustedDifference = score2 - score1;
        double se = Math.Sqrt((se1 * se1) + (se2 * se2));
        double z = adjustedDifference / se;
        double p = Math.Min(1.0, 2.0 * Normal.CDF(0.0, 1.0, -Math.Abs(z)));
        return new NpsComparison(first, second, level, difference, adjustedDifference * 100.0, se * 100.0, z, p);
    }
}
