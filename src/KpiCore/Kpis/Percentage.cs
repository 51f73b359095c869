using System.Globalization;
using KpiCore.Utility;

namespace KpiCore.Kpis;

/// <summary>A proportion from 0% to 100% inclusive, such as measured availability or the share of calls resolved within SLA.</summary>
/// <remarks>
/// Stored as a fraction in [0, 1]; equality and ordering compare it exactly. The default value is 0%.
/// Create one with <see cref="FromPercent(double)"/> or <see cref="FromFraction(double)"/> so the unit is always explicit.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public readonly struct Percentage : IEquatable<Percentage>, IComparable<Percentage>, IFormattable
{
    private readonly double _fraction;

    private Percentage(double fraction) => _fraction = fraction + 0.0; // -0.0 would format as "-0%"

    /// <summary>Gets 0%.</summary>
    public static Percentage Zero => default;

    /// <summary>Gets 100%.</summary>
    public static Percentage Hundred => new(1.0);

    /// <summary>Gets the value as a fraction from 0 to 1.</summary>
    public double Fraction => _fraction;

    /// <summary>Gets the value in percent, from 0 to 100.</summary>
    public double Percent => _fraction * 100.0;

    /// <summary>Creates a percentage from a value in percent, such as 99.9 for 99.9%.</summary>
    /// <param name="percent">The value in percent, from 0 to 100 inclusive.</param>
    /// <returns>The percentage.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is NaN or outside [0, 100].</exception>
    public static Percentage FromPercent(double percent)
    {
        Preconditions.CheckRange(percent, 0.0, 100.0, nameof(percent));
        return new Percentage(percent / 100.0);
    }

    /// <summary>Creates a percentage from a fraction, such as 0.999 for 99.9%.</summary>
    /// <param name="fraction">The fraction, from 0 to 1 inclusive.</param>
    /// <returns>The percentage.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fraction"/> is NaN or outside [0, 1].</exception>
    public static Percentage FromFraction(double fraction)
    {
        Preconditions.CheckRange(fraction, 0.0, 1.0, nameof(fraction));
        return new Percentage(fraction);
    }

    /// <summary>Creates the percentage <paramref name="part"/> / <paramref name="whole"/> from exact counts.</summary>
    /// <param name="part">The count that meets the condition, from 0 to <paramref name="whole"/>.</param>
    /// <param name="whole">The total count; must be positive.</param>
    /// <returns>The ratio as a percentage.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="whole"/> is not positive, or <paramref name="part"/> is outside [0, <paramref name="whole"/>].</exception>
    public static Percentage FromRatio(long part, long whole)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(whole);
        ArgumentOutOfRangeException.ThrowIfNegative(part);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(part, whole);
        return new Percentage((double)part / whole);
    }

    /// <inheritdoc/>
    public bool Equals(Percentage other) => _fraction.Equals(other._fraction);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Percentage other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _fraction.GetHashCode();

    /// <inheritdoc/>
    public int CompareTo(Percentage other) => _fraction.CompareTo(other._fraction);

    /// <summary>Compares two percentages for equality.</summary>
    public static bool operator ==(Percentage left, Percentage right) => left.Equals(right);

    /// <summary>Compares two percentages for inequality.</summary>
    public static bool operator !=(Percentage left, Percentage right) => !left.Equals(right);

    /// <summary>Returns whether <paramref name="left"/> is smaller than <paramref name="right"/>.</summary>
    public static bool operator <(Percentage left, Percentage right) => left.CompareTo(right) < 0;

    /// <summary>Returns whether <paramref name="left"/> is greater than <paramref name="right"/>.</summary>
    public static bool operator >(Percentage left, Percentage right) => left.CompareTo(right) > 0;

    /// <summary>Returns whether <paramref name="left"/> is smaller than or equal to <paramref name="right"/>.</summary>
    public static bool operator <=(Percentage left, Percentage right) => left.CompareTo(right) <= 0;

    /// <summary>Returns whether <paramref name="left"/> is greater than or equal to <paramref name="right"/>.</summary>
    public static bool operator >=(Percentage left, Percentage right) => left.CompareTo(right) >= 0;

    /// <summary>Formats the value in percent with up to three decimals and a % sign, in the current culture.</summary>
    /// <returns>For example "99.9%".</returns>
#pragma warning disable RS0030 // Display follows the user's culture, as BCL numbers do.
    public override string ToString() => ToString(null, CultureInfo.CurrentCulture);
#pragma warning restore RS0030

    /// <summary>Formats the value in percent with a numeric format (default "0.###") followed by a % sign.</summary>
    /// <param name="format">A numeric format string applied to <see cref="Percent"/>; null for "0.###".</param>
    /// <param name="formatProvider">The culture; null for the current culture.</param>
    /// <returns>The formatted percentage.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        Percent.ToString(format ?? "0.###", formatProvider) + "%";
}
