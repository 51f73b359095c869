using System.Globalization;

namespace KpiCore.Satisfaction;

/// <summary>One answer to the Net Promoter question "how likely are you to recommend us", from 0 to 10.</summary>
/// <remarks>
/// Stored in one byte, so an array of ratings is as compact as the raw answers. Equality and ordering compare the answer.
/// The default value is a rating of 0 (a detractor).
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public readonly struct NpsRating : IEquatable<NpsRating>, IComparable<NpsRating>, IFormattable
{
    /// <summary>The lowest answer, 0.</summary>
    public const int MinValue = 0;

    /// <summary>The highest answer, 10.</summary>
    public const int MaxValue = 10;

    private readonly byte _value;

    /// <summary>Creates a rating.</summary>
    /// <param name="value">The answer, from 0 to 10 inclusive.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside [0, 10].</exception>
    public NpsRating(int value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, MinValue);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MaxValue);
        _value = (byte)value;
    }

    /// <summary>Gets the answer, from 0 to 10.</summary>
    public int Value => _value;

    /// <summary>Gets the group of the answer: promoter (9-10), passive (7-8) or detractor (0-6).</summary>
    public NpsCategory Category => CategoryOf(_value);

    /// <summary>Gets whether <paramref name="value"/> is a valid answer (0 to 10).</summary>
    /// <param name="value">The answer to check.</param>
    /// <returns>True when the value is from 0 to 10 inclusive.</returns>
    public static bool IsValid(int value) => value is >= MinValue and <= MaxValue;

    /// <inheritdoc/>
    public bool Equals(NpsRating other) => _value == other._value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is NpsRating other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value;

    /// <inheritdoc/>
    public int CompareTo(NpsRating other) => _value.CompareTo(other._value);

    /// <summary>Compares two ratings for equality.</summary>
    public static bool operator ==(NpsRating left, NpsRating right) => left.Equals(right);

    /// <summary>Compares two ratings for inequality.</summary>
    public static bool operator !=(NpsRating left, NpsRating right) => !left.Equals(right);

    /// <summary>Gets whether the left rating is lower.</summary>
    public static bool operator <(NpsRating left, NpsRating right) => left.CompareTo(right) < 0;

    /// <summary>Gets whether the left rating is higher.</summary>
    public static bool operator >(NpsRating left, NpsRating right) => left.CompareTo(right) > 0;

    /// <summary>Gets whether the left rating is lower or equal.</summary>
    public static bool operator <=(NpsRating left, NpsRating right) => left.CompareTo(right) <= 0;

    /// <summary>Gets whether the left rating is higher or equal.</summary>
    public static bool operator >=(NpsRating left, NpsRating right) => left.CompareTo(right) >= 0;

    /// <summary>Formats the answer as a whole number in the current culture.</summary>
    /// <returns>The answer, such as "9".</returns>
#pragma warning disable RS0030 // Display follows the user's culture, as BCL numbers do.
    public override string ToString() => ToString(null, CultureInfo.CurrentCulture);
#pragma warning restore RS0030

    /// <inheritdoc/>
    public string ToString(string? format, IFormatProvider? formatProvider) => Value.ToString(format, formatProvider);

    internal static NpsCategory CategoryOf(int value) => value >= 9
        ? NpsCategory.Promoter
        : value >= 7 ? NpsCategory.Passive : NpsCategory.Detractor;
}
