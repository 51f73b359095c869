using System.Globalization;
using KpiCore.Utility;

namespace KpiCore.Risk;

/// <summary>A risk score: impact × likelihood on the register's matrix (1-9 on 3×3, 1-25 on 5×5), or a residual derived from it.</summary>
/// <remarks>
/// Usually a whole number; a residual derived by a mitigation percentage can be fractional (6 with 50% mitigation is 3,
/// 9 with 50% is 4.5). Finite and not negative; -0 is stored as 0. Equality and ordering compare the exact number. The
/// default value is 0.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public readonly struct RiskScore : IEquatable<RiskScore>, IComparable<RiskScore>, IFormattable
{
    /// <summary>Creates a score.</summary>
    /// <param name="value">The score; finite and not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN, infinite or negative.</exception>
    public RiskScore(double value)
    {
        Preconditions.CheckRange(value, 0.0, double.MaxValue, nameof(value));
        Value = value + 0.0;
    }

    /// <summary>Gets the score.</summary>
    public double Value { get; }

    /// <inheritdoc/>
    public bool Equals(RiskScore other) => Value.Equals(other.Value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RiskScore other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Value.GetHashCode();

    /// <inheritdoc/>
    public int CompareTo(RiskScore other) => Value.CompareTo(other.Value);

    /// <summary>Compares two scores for equality.</summary>
    public static bool operator ==(RiskScore left, RiskScore right) => left.Equals(right);

    /// <summary>Compares two scores for inequality.</summary>
    public static bool operator !=(RiskScore left, RiskScore right) => !left.Equals(right);

    /// <summary>Gets whether the left score is lower.</summary>
    public static bool operator <(RiskScore left, RiskScore right) => left.CompareTo(right) < 0;

    /// <summary>Gets whether the left score is higher.</summary>
    public static bool operator >(RiskScore left, RiskScore right) => left.CompareTo(right) > 0;

    /// <summary>Gets whether the left score is lower or equal.</summary>
    public static bool operator <=(RiskScore left, RiskScore right) => left.CompareTo(right) <= 0;

    /// <summary>Gets whether the left score is higher or equal.</summary>
    public static bool operator >=(RiskScore left, RiskScore right) => left.CompareTo(right) >= 0;

    /// <summary>Formats the score with up to two decimals ("6", "4.5") in the current culture.</summary>
    /// <returns>The text.</returns>
#pragma warning disable RS0030 // Display follows the user's culture, as BCL numbers do.
    public override string ToString() => ToString(null, CultureInfo.CurrentCulture);
#pragma warning restore RS0030

    /// <summary>Formats the score.</summary>
    /// <param name="format">A numeric format; null for "0.##".</param>
    /// <param name="formatProvider">The culture; null for the current culture.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider) => Value.ToString(format ?? "0.##", formatProvider);
}
