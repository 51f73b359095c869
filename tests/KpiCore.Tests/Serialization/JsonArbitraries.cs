using FsCheck;
using FsCheck.Fluent;
using KpiCore.Kpis;

namespace KpiCore.Tests.Serialization;

/// <summary>FsCheck generators for the JSON round-trip properties: every kind of value, with awkward numbers.</summary>
public static class JsonArbitraries
{
    /// <summary>N/A, UNVL and measured values of every unit, including exact ratios and extreme doubles.</summary>
    public static Arbitrary<KpiValue> KpiValue() =>
        Gen.OneOf(
            Gen.Constant(global::KpiCore.Kpis.KpiValue.NotApplicable),
            Gen.Constant(global::KpiCore.Kpis.KpiValue.Unavailable),
            Ratio().Select(p => global::KpiCore.Kpis.KpiValue.FromPercentage(p)),
            AnyFinite().Select(d => global::KpiCore.Kpis.KpiValue.Measured(d)),
            Gen.Choose(0, int.MaxValue).Select(n => global::KpiCore.Kpis.KpiValue.FromCount(n * 4097L)))
        .ToArbitrary();

    /// <summary>Percentages from exact ratios part/whole, and from arbitrary fractions.</summary>
    public static Arbitrary<Percentage> Percentage() =>
        Gen.OneOf(Ratio(), AnyFinite().Select(d => global::KpiCore.Kpis.Percentage.FromFraction(Math.Abs(d) % 1.0))).ToArbitrary();

    /// <summary>Every target direction, with absolute, relative or no tolerance.</summary>
    public static Arbitrary<KpiTarget> KpiTarget() =>
        (from direction in Gen.Elements(Enum.GetValues<TargetDirection>())
         from percent in Ratio()
         from tolerance in Gen.OneOf(
             Gen.Constant(Tolerance.None),
             Ratio().Select(p => Tolerance.Absolute(p.Percent)),
             Ratio().Select(p => Tolerance.Relative(p.Fraction)))
         from unit in Gen.Elements(KpiUnit.Percent, KpiUnit.Number)
         select direction switch
         {
             TargetDirection.AtLeast => global::KpiCore.Kpis.KpiTarget.AtLeast(percent.Percent, unit, tolerance),
             TargetDirection.AtMost => global::KpiCore.Kpis.KpiTarget.AtMost(percent.Percent, unit, tolerance),
             TargetDirection.DecreaseOnPrevious => global::KpiCore.Kpis.KpiTarget.DecreaseOnPrevious(tolerance),
             TargetDirection.IncreaseOnPrevious => global::KpiCore.Kpis.KpiTarget.IncreaseOnPrevious(tolerance),
             _ => global::KpiCore.Kpis.KpiTarget.None,
         })
        .ToArbitrary();

    /// <summary>Any combination of outcome, colour, trend and improvement.</summary>
    public static Arbitrary<TargetEvaluation> TargetEvaluation() =>
        (from outcome in Gen.Elements(Enum.GetValues<TargetOutcome>())
         from rag in Gen.Elements(Enum.GetValues<RagStatus>())
         from trend in Gen.Elements(Enum.GetValues<KpiTrend>())
         from improvement in Gen.Elements<bool?>(null, true, false)
         select new global::KpiCore.Kpis.TargetEvaluation(outcome, rag, trend, improvement))
        .ToArbitrary();

    private static Gen<Percentage> Ratio() =>
        from whole in Gen.Choose(1, 1_000_000)
        from part in Gen.Choose(0, whole)
        select global::KpiCore.Kpis.Percentage.FromRatio(part, whole);

    private static Gen<double> AnyFinite() =>
        Gen.OneOf(
            ArbMap.Default.GeneratorFor<NormalFloat>().Select(f => f.Get),
            Gen.Elements(double.MaxValue, double.MinValue, double.Epsilon, -double.Epsilon, 1.0 / 3.0, 0.1 + 0.2, 2.0 / 3.0 * 100.0, 1e-300, -0.0));
}
