using FsCheck;
using FsCheck.Fluent;
using KpiCore.Risk;

namespace KpiCore.Tests.Risk;

/// <summary>FsCheck generators for risk properties; they build only valid values.</summary>
public static class RiskArbitraries
{
    /// <summary>A list of 0-40 risks with residual assessments on the 5×5 scales; ids are unique, scores often tie.</summary>
    public static Arbitrary<RiskRecord[]> Risks() =>
        (from count in Gen.Choose(0, 40)
         from ratings in Gen.ArrayOf(Rating(5), count)
         select ratings.Select((rating, i) => new RiskRecord("R" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
             "Risk " + i.ToString(System.Globalization.CultureInfo.InvariantCulture), residual: rating)).ToArray())
        .ToArbitrary();

    /// <summary>An impact × likelihood assessment on the 5×5 scales.</summary>
    public static Arbitrary<RiskRating> RiskRating() => Rating(5).ToArbitrary();

    private static Gen<RiskRating> Rating(int levels) =>
        from impact in Gen.Choose(1, levels)
        from likelihood in Gen.Choose(1, levels)
        select new RiskRating(impact, likelihood);
}
