using System.Globalization;

namespace KpiCore.Satisfaction;

/// <summary>A k-point answer scale from <see cref="Min"/> to <see cref="Max"/> whole points, such as "out of 7" (1-7).</summary>
/// <remarks>Both bounds are inclusive. Equality compares both bounds. The default value is the degenerate scale 0-0, which no calculator accepts.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public readonly struct SatisfactionScale : IEquatable<SatisfactionScale>, IFormattable
{
    /// <summary>Creates a scale.</summary>
    /// <param name="min">The lowest answer; not negative.</param>
    /// <param name="max">The highest answer; greater than <paramref name="min"/> and at most 1000.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="min"/> is negative, or <paramref name="max"/> is not above <paramref name="min"/> or above 1000.</exception>
    public SatisfactionScale(int min, int max)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(min);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(max, min);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(max, 1000);
        Min = min;
        Max = max;
    }

    /// <summary>Gets the 1-5 scale (typical CSAT).</summary>
    public static SatisfactionScale OneToFive => new(1, 5);

    /// <summary>Gets the 1-7 scale ("User Satisfaction Survey (out of 7)" in the source report).</summary>
    public static SatisfactionScale OneToSeven => new(1, 7);

    /// <summary>Gets the 1-9 scale ("Process Success Index (out of 9)" in the source report).</summary>
    public static SatisfactionScale OneToNine => new(1, 9);

    /// <summary>Gets the lowest answer.</summary>
    public int Min { get; }

    /// <summary>Gets the highest answer.</summary>
    public int Max { get; }

    /// <summary>Gets the number of points on the scale, <see cref="Max"/> − <see cref="Min"/> + 1.</summary>
    public int Points => Max - Min + 1;

    /// <summary>Gets whether an answer is on the scale.</summary>
    /// <param name="score">The answer.</param>
    /// <returns>True when <see cref="Min"/> ≤ <paramref name="score"/> ≤ <see cref="Max"/>.</returns>
    public bool Contains(int score) => score >= Min && score <= Max;

    /// <inheritdoc/>
    public bool Equals(SatisfactionScale other) => Min == other.Min && Max == other.Max;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SatisfactionScale other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Min, Max);

    /// <summary>Compares two scales for equality.</summary>
    public static bool operator ==(SatisfactionScale left, SatisfactionScale right) => left.Equals(right);

    /// <summary>Compares two scales for inequality.</summary>
    public static bool operator !=(SatisfactionScale left, SatisfactionScale right) => !left.Equals(right);

    /// <summary>Formats the scale as "1-7" in the current culture.</summary>
    /// <returns>The text.</returns>
#pragma warning disable RS0030 // Display follows the user's culture, as BCL numbers do.
    public override string ToString() => ToString(null, CultureInfo.CurrentCulture);
#pragma warning restore RS0030

    /// <inheritdoc/>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        Min.ToString(format, formatProvider) + "-" + Max.ToString(format, formatProvider);
}
