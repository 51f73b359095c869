using System.Globalization;
using KpiCore.Utility;

namespace KpiCore.Kpis;

/// <summary>
/// A KPI's target: a direction (at least, at most, decrease or increase on the previous period, or none), a threshold
/// where the direction needs one, and an optional amber tolerance. <see cref="Evaluate"/> judges a figure against it.
/// </summary>
/// <remarks>
/// Comparisons treat figures within 1e-9 (times the threshold's magnitude, at least 1e-9) of the threshold as on it, so
/// that binary rounding of an exact ratio (for example 44.7 minutes of downtime in a 745-hour month against 99.9%) never
/// turns a met target into a miss. Calculators that know exact durations or counts decide met or missed on those and
/// should be preferred for the final word; this class judges the published figure.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public sealed class KpiTarget : IEquatable<KpiTarget>
{
    private const double RelativeEpsilon = 1e-9;

    private KpiTarget(TargetDirection direction, double threshold, KpiUnit unit, Tolerance amberTolerance)
    {
        Direction = direction;
        Threshold = threshold + 0.0;
        Unit = unit;
        AmberTolerance = amberTolerance;
    }

    /// <summary>Gets the target that judges nothing: figures are reported for information only.</summary>
    public static KpiTarget None { get; } = new(TargetDirection.None, 0.0, KpiUnit.Number, Tolerance.None);

    /// <summary>Gets the direction.</summary>
    public TargetDirection Direction { get; }

    /// <summary>Gets the threshold for <see cref="TargetDirection.AtLeast"/> and <see cref="TargetDirection.AtMost"/> (in percent for percentage KPIs); 0 otherwise.</summary>
    public double Threshold { get; }

    /// <summary>Gets the unit the threshold is expressed in, used to show it.</summary>
    public KpiUnit Unit { get; }

    /// <summary>Gets the amber band; <see cref="Tolerance.None"/> when a miss is always red.</summary>
    public Tolerance AmberTolerance { get; }

    /// <summary>Creates an "at least" target, such as availability of at least 99.9%.</summary>
    /// <param name="threshold">The lowest figure that meets the target; finite.</param>
    /// <param name="unit">The unit of the threshold and of the figures judged.</param>
    /// <param name="amberTolerance">How far below the threshold is still amber; default none.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is NaN or infinite, or outside [0, 100] for a percentage.</exception>
    public static KpiTarget AtLeast(double threshold, KpiUnit unit = KpiUnit.Percent, Tolerance amberTolerance = default)
    {
        CheckThreshold(threshold, unit);
        return new KpiTarget(TargetDirection.AtLeast, threshold, unit, amberTolerance);
    }

    /// <summary>Creates an "at most" target, such as at most 2 late P1 calls.</summary>
    /// <param name="threshold">The highest figure that meets the target; finite.</param>
    /// <param name="unit">The unit of the threshold and of the figures judged.</param>
    /// <param name="amberTolerance">How far above the threshold is still amber; default none.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is NaN or infinite, or outside [0, 100] for a percentage.</exception>
    public static KpiTarget AtMost(double threshold, KpiUnit unit = KpiUnit.Percent, Tolerance amberTolerance = default)
    {
        CheckThreshold(threshold, unit);
        return new KpiTarget(TargetDirection.AtMost, threshold, unit, amberTolerance);
    }

    /// <summary>Creates a "decrease on the previous period" target, such as the report's "calls open at period end: decrease".</summary>
    /// <param name="amberTolerance">How much of a rise (relative to the previous figure, or absolute) is still amber; default none.</param>
    /// <returns>The target.</returns>
    public static KpiTarget DecreaseOnPrevious(Tolerance amberTolerance = default) =>
        new(TargetDirection.DecreaseOnPrevious, 0.0, KpiUnit.Number, amberTolerance);

    /// <summary>Creates an "increase on the previous period" target.</summary>
    /// <param name="amberTolerance">How much of a fall (relative to the previous figure, or absolute) is still amber; default none.</param>
    /// <returns>The target.</returns>
    public static KpiTarget IncreaseOnPrevious(Tolerance amberTolerance = default) =>
        new(TargetDirection.IncreaseOnPrevious, 0.0, KpiUnit.Number, amberTolerance);

    /// <summary>Judges a figure: met or missed, its RAG colour and its trend against the previous period's figure.</summary>
    /// <param name="current">This period's figure.</param>
    /// <param name="previous">The previous period's figure; <see cref="KpiValue.Unavailable"/> when there is none.</param>
    /// <returns>
    /// The evaluation. N/A or UNVL figures are not assessed and have no colour. "Decrease" and "increase" targets need a
    /// measured previous figure; an unchanged figure misses them.
    /// </returns>
    public TargetEvaluation Evaluate(KpiValue current, KpiValue previous = default)
    {
        KpiTrend trend = KpiTrend.NotAssessed;
        bool? improvement = null;
        if (current.TryGetValue(out double now) && previous.TryGetValue(out double before))
        {
            double eps = Epsilon(before);
            trend = now > before + eps ? KpiTrend.Up : now < before - eps ? KpiTrend.Down : KpiTrend.Unchanged;
            bool? upIsGood = Direction switch
            {
                TargetDirection.AtLeast or TargetDirection.IncreaseOnPrevious => true,
                TargetDirection.AtMost or TargetDirection.DecreaseOnPrevious => false,
                _ => null,
            };
            if (upIsGood is bool good && trend != KpiTrend.Unchanged)
            {
                improvement = (trend == KpiTrend.Up) == good;
            }
        }

        if (!current.TryGetValue(out double value))
        {
            return new TargetEvaluation(TargetOutcome.NotAssessed, RagStatus.NotAssessed, trend, improvement);
        }

        switch (Direction)
        {
            case TargetDirection.AtLeast:
                return Judge(value >= Threshold - Epsilon(Threshold), value >= Threshold - AmberTolerance.WidthFor(Threshold) - Epsilon(Threshold), trend, improvement);
            case TargetDirection.AtMost:
                return Judge(value <= Threshold + Epsilon(Threshold), value <= Threshold + AmberTolerance.WidthFor(Threshold) + Epsilon(Threshold), trend, improvement);
            case TargetDirection.DecreaseOnPrevious when previous.TryGetValue(out double last):
                return Judge(value < last - Epsilon(last), value <= last + AmberTolerance.WidthFor(last) + Epsilon(last), trend, improvement);
            case TargetDirection.IncreaseOnPrevious when previous.TryGetValue(out double last):
                return Judge(value > last + Epsilon(last), value >= last - AmberTolerance.WidthFor(last) - Epsilon(last), trend, improvement);
            default:
                return new TargetEvaluation(TargetOutcome.NotAssessed, RagStatus.NotAssessed, trend, improvement);
        }
    }

    /// <inheritdoc/>
    public bool Equals(KpiTarget? other) =>
        other is not null && Direction == other.Direction && Threshold.Equals(other.Threshold) && Unit == other.Unit && AmberTolerance == other.AmberTolerance;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as KpiTarget);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Direction, Threshold, Unit, AmberTolerance);

    /// <summary>Compares two targets for equality.</summary>
    public static bool operator ==(KpiTarget? left, KpiTarget? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two targets for inequality.</summary>
    public static bool operator !=(KpiTarget? left, KpiTarget? right) => !(left == right);

    /// <summary>Shows the target as the report's target column does: "99.9%", "at most 2", "Decrease", "Increase" or "" for none (culture-invariant).</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        string threshold = Threshold.ToString("0.##", CultureInfo.InvariantCulture) + (Unit == KpiUnit.Percent ? "%" : string.Empty);
        return Direction switch
        {
            TargetDirection.AtLeast => threshold,
            TargetDirection.AtMost => "at most " + threshold,
            TargetDirection.DecreaseOnPrevious => "Decrease",
            TargetDirection.IncreaseOnPrevious => "Increase",
            _ => string.Empty,
        };
    }

    private static double Epsilon(double reference) => RelativeEpsilon * Math.Max(1.0, Math.Abs(reference));

    private static void CheckThreshold(double threshold, KpiUnit unit)
    {
        if (unit == KpiUnit.Percent)
        {
            Preconditions.CheckRange(threshold, 0.0, 100.0, nameof(threshold));
        }
        else
        {
            Preconditions.CheckRange(threshold, double.MinValue, double.MaxValue, nameof(threshold));
        }
    }

    private static TargetEvaluation Judge(bool met, bool withinTolerance, KpiTrend trend, bool? improvement) =>
        met
            ? new TargetEvaluation(TargetOutcome.Met, RagStatus.Green, trend, improvement)
            : new TargetEvaluation(TargetOutcome.Missed, withinTolerance ? RagStatus.Amber : RagStatus.Red, trend, improvement);
}
