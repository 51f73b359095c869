using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using KpiCore.Satisfaction;

namespace KpiCore.Tests.Satisfaction;

/// <summary>Exact counts of promoters, passives and detractors, at least one answer in all.</summary>
public sealed class NpsCounts
{
    internal NpsCounts(int promoters, int passives, int detractors)
    {
        Promoters = promoters;
        Passives = passives;
        Detractors = detractors;
    }

    /// <summary>The number of promoters.</summary>
    public int Promoters { get; }

    /// <summary>The number of passives.</summary>
    public int Passives { get; }

    /// <summary>The number of detractors.</summary>
    public int Detractors { get; }

    /// <summary>The number of answers.</summary>
    public int Total => Promoters + Passives + Detractors;

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"P={Promoters} Pa={Passives} D={Detractors}");
}

/// <summary>FsCheck generators for NPS properties; they build only valid values.</summary>
public static class SatisfactionArbitraries
{
    /// <summary>A rating from 0 to 10.</summary>
    public static Arbitrary<NpsRating> Rating() => RatingGen().ToArbitrary();

    /// <summary>An array of 0-200 ratings, sometimes skewed towards one group.</summary>
    public static Arbitrary<NpsRating[]> Ratings() =>
        (from length in Gen.Choose(0, 200)
         from values in Gen.ArrayOf(RatingGen(), length)
         select values).ToArbitrary();

    /// <summary>Non-empty counts, mostly small (where intervals behave worst) and sometimes large, with an all-one-group case now and then.</summary>
    public static Arbitrary<NpsCounts> Counts() =>
        Gen.Frequency(
                (6, Triple(0, 60)),
                (3, Triple(0, 5000)),
                (1, Gen.Elements(0, 1, 2).SelectMany(group => Gen.Choose(1, 500).Select(n =>
                    new NpsCounts(group == 0 ? n : 0, group == 1 ? n : 0, group == 2 ? n : 0)))))
            .ToArbitrary();

    private static Gen<NpsCounts> Triple(int min, int max) =>
        from promoters in Gen.Choose(min, max)
        from passives in Gen.Choose(min, max)
        from detractors in Gen.Choose(min, max)
        select promoters + passives + detractors == 0
            ? new NpsCounts(1, 0, 0)
            : new NpsCounts(promoters, passives, detractors);

    private static Gen<NpsRating> RatingGen() => Gen.Choose(0, 10).Select(value => new NpsRating(value));
}
