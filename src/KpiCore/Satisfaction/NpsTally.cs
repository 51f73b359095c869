using System.Globalization;
using System.Runtime.InteropServices;
using KpiCore.Kpis;

namespace KpiCore.Satisfaction;

/// <summary>
/// A running count of promoters, passives and detractors, for streaming any number of answers in constant memory and for
/// merging counts of separate partitions (months, organisations, files) exactly.
/// </summary>
/// <remarks>
/// Counts are 64-bit and checked: a count that would overflow throws <see cref="OverflowException"/>. Merging tallies
/// adds their counts, so the tally of any split of the answers merged in any order equals the tally of one pass. A tally
/// is not thread-safe; give each thread its own and merge them. Call <see cref="ToSummary"/> for the score and its
/// statistics.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public sealed class NpsTally
{
    /// <summary>Gets the number of promoters (answers 9-10) counted.</summary>
    public long Promoters { get; private set; }

    /// <summary>Gets the number of passives (answers 7-8) counted.</summary>
    public long Passives { get; private set; }

    /// <summary>Gets the number of detractors (answers 0-6) counted.</summary>
    public long Detractors { get; private set; }

    /// <summary>Gets the number of answers counted.</summary>
    public long Total => checked(Promoters + Passives + Detractors);

    /// <summary>Counts one answer.</summary>
    /// <param name="rating">The answer.</param>
    public void Add(NpsRating rating)
    {
        switch (rating.Category)
        {
            case NpsCategory.Promoter:
                Promoters = checked(Promoters + 1);
                break;
            case NpsCategory.Passive:
                Passives = checked(Passives + 1);
                break;
            default:
                Detractors = checked(Detractors + 1);
                break;
        }
    }

    /// <summary>Counts one answer given as a number.</summary>
    /// <param name="score">The answer, from 0 to 10.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is outside [0, 10].</exception>
    public void Add(int score) => Add(new NpsRating(score));

    /// <summary>Counts answers given as bytes, one answer per byte.</summary>
    /// <param name="scores">The answers, each from 0 to 10.</param>
    /// <exception cref="ArgumentOutOfRangeException">An answer is above 10; nothing of <paramref name="scores"/> is counted then.</exception>
    public void AddRange(ReadOnlySpan<byte> scores)
    {
        int invalid = NpsCounting.Count(scores, out long promoters, out long detractors);
        if (invalid >= 0)
        {
            throw OutOfRange(nameof(scores), invalid, scores[invalid]);
        }

        AddCounts(promoters, scores.Length - promoters - detractors, detractors);
    }

    /// <summary>Counts answers given as integers.</summary>
    /// <param name="scores">The answers, each from 0 to 10.</param>
    /// <exception cref="ArgumentOutOfRangeException">An answer is outside [0, 10]; nothing of <paramref name="scores"/> is counted then.</exception>
    public void AddRange(ReadOnlySpan<int> scores)
    {
        int invalid = NpsCounting.Count(scores, out long promoters, out long detractors);
        if (invalid >= 0)
        {
            throw OutOfRange(nameof(scores), invalid, scores[invalid]);
        }

        AddCounts(promoters, scores.Length - promoters - detractors, detractors);
    }

    /// <summary>Counts a span of ratings.</summary>
    /// <param name="ratings">The answers.</param>
    public void AddRange(ReadOnlySpan<NpsRating> ratings)
    {
        // A rating is one byte holding 0-10, so the span is a valid byte span.
        NpsCounting.Count(MemoryMarshal.Cast<NpsRating, byte>(ratings), out long promoters, out long detractors);
        AddCounts(promoters, ratings.Length - promoters - detractors, detractors);
    }

    /// <summary>Counts a sequence of ratings; arrays and lists are counted as spans.</summary>
    /// <param name="ratings">The answers.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ratings"/> is null.</exception>
    public void AddRange(IEnumerable<NpsRating> ratings)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        switch (ratings)
        {
            case NpsRating[] array:
                AddRange(array.AsSpan());
                break;
            case List<NpsRating> list:
                AddRange(CollectionsMarshal.AsSpan(list));
                break;
            default:
                foreach (NpsRating rating in ratings)
                {
                    Add(rating);
                }

                break;
        }
    }

    /// <summary>Adds the counts of another tally to this one; the other tally is unchanged.</summary>
    /// <param name="other">The tally to add.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public void Merge(NpsTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        AddCounts(other.Promoters, other.Passives, other.Detractors);
    }

    /// <summary>Adds the counts of a summary, such as one month's responses of an organisation.</summary>
    /// <param name="summary">The promoter, passive and detractor counts.</param>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> is null.</exception>
    /// <exception cref="OverflowException">A count would overflow; nothing is added then.</exception>
    public void Add(NpsSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        AddCounts(summary.Promoters, summary.Passives, summary.Detractors);
    }

    /// <summary>Gives the Net Promoter Score of the answers counted so far.</summary>
    /// <returns>The score in points, from -100 to 100; <see cref="KpiValue.NotApplicable"/> ("N/A") with no answers, never 0.</returns>
    public KpiValue ToKpiValue() => ToSummary().Score;

    /// <summary>Creates the summary of the answers counted so far.</summary>
    /// <param name="smallSampleThreshold">The number of answers below which the summary is flagged as a small sample; not negative.</param>
    /// <returns>The counts, score, standard error and intervals.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="smallSampleThreshold"/> is negative.</exception>
    public NpsSummary ToSummary(int smallSampleThreshold = NpsSummary.DefaultSmallSampleThreshold) =>
        NpsSummary.FromCounts(Promoters, Passives, Detractors, smallSampleThreshold);

    private void AddCounts(long promoters, long passives, long detractors)
    {
        long newPromoters = checked(Promoters + promoters);
        long newPassives = checked(Passives + passives);
        long newDetractors = checked(Detractors + detractors);
        _ = checked(newPromoters + newPassives + newDetractors);
        Promoters = newPromoters;
        Passives = newPassives;
        Detractors = newDetractors;
    }

    private static ArgumentOutOfRangeException OutOfRange(string paramName, int index, int value) =>
        new(paramName, value, string.Create(CultureInfo.InvariantCulture,
            $"Every answer must be from 0 to 10; the answer at index {index} was {value}."));
}
