using System.Globalization;
using KpiCore.Utility;

namespace KpiCore.Kpis;

/// <summary>
/// The amber band below (or above) a target: how far a figure may miss its threshold and still be rated amber rather
/// than red. It is always explicit whether the band is absolute (percentage points for a percentage KPI) or relative
/// to the threshold, because "within 10% of a 99% target" means 98.9%... or 89.1% depending on that choice.
/// </summary>
/// <remarks>The default value is <see cref="None"/>: no amber band.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public readonly struct Tolerance : IEquatable<Tolerance>
{
    private Tolerance(ToleranceKind kind, double amount)
    {
        Kind = kind;
        Amount = amount + 0.0;
    }

    /// <summary>Gets the tolerance with no amber band.</summary>
    public static Tolerance None => default;

    /// <summary>Gets how the band is measured.</summary>
    public ToleranceKind Kind { get; }

    /// <summary>Gets the width of the band: in the KPI's unit for <see cref="ToleranceKind.Absolute"/>, a fraction of the threshold for <see cref="ToleranceKind.Relative"/>.</summary>
    public double Amount { get; }

    /// <summary>Creates an absolute band in the KPI's own unit (percentage points for percentages).</summary>
    /// <param name="amount">The width; finite and not negative.</param>
    /// <returns>The tolerance.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative, NaN or infinite.</exception>
    public static Tolerance Absolute(double amount)
    {
        Preconditions.CheckRange(amount, 0.0, double.MaxValue, nameof(amount));
        return new Tolerance(ToleranceKind.Absolute, amount);
    }

    /// <summary>Creates a band relative to the threshold, such as 0.10 for "within 10% of target".</summary>
    /// <param name="fraction">The width as a fraction of the threshold's magnitude, from 0 to 1.</param>
    /// <returns>The tolerance.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fraction"/> is outside [0, 1] or NaN.</exception>
    public static Tolerance Relative(double fraction)
    {
        Preconditions.CheckRange(fraction, 0.0, 1.0, nameof(fraction));
        return new Tolerance(ToleranceKind.Relative, fraction);
    }

    /// <summary>Gets the band's width in the KPI's unit for a given threshold.</summary>
    /// <param name="threshold">The target threshold.</param>
    /// <returns>The width; 0 for <see cref="None"/>.</returns>
    public double WidthFor(double threshold) => Kind switch
    {
        ToleranceKind.Absolute => Amount,
        ToleranceKind.Relative => Math.Abs(threshold) * Amount,
        _ => 0.0,
    };

    /// <inheritdoc/>
    public bool Equals(Tolerance other) => Kind == other.Kind && Amount.Equals(other.Amount);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Tolerance other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Amount);

    /// <summary>Compares two tolerances for equality.</summary>
    public static bool operator ==(Tolerance left, Tolerance right) => left.Equals(right);

    /// <summary>Compares two tolerances for inequality.</summary>
    public static bool operator !=(Tolerance left, Tolerance right) => !left.Equals(right);

    /// <summary>Describes the band, such as "none", "1 absolute" or "10% relative" (culture-invariant).</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Kind switch
    {
        ToleranceKind.Absolute => Amount.ToString("0.###", CultureInfo.InvariantCulture) + " absolute",
        ToleranceKind.Relative => (Amount * 100).ToString("0.###", CultureInfo.InvariantCulture) + "% relative",
        _ => "none",
    };
}
