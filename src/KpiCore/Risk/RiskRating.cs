using System.Globalization;

namespace KpiCore.Risk;

/// <summary>An assessment of a risk as an impact level and a likelihood level, such as impact 3 × likelihood 2.</summary>
/// <remarks>
/// Levels are whole numbers from 1; whether they fit a particular scale is checked by the <see cref="RiskMatrix"/> or
/// <see cref="RiskRegister"/> that scores them. Equality compares both levels. The default value (0, 0) is not a valid
/// assessment and no matrix accepts it.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public readonly struct RiskRating : IEquatable<RiskRating>, IFormattable
{
    /// <summary>Creates an assessment.</summary>
    /// <param name="impact">The impact level; at least 1.</param>
    /// <param name="likelihood">The likelihood level; at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="impact"/> or <paramref name="likelihood"/> is below 1.</exception>
    public RiskRating(int impact, int likelihood)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(impact, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(likelihood, 1);
        Impact = impact;
        Likelihood = likelihood;
    }

    /// <summary>Gets the impact level.</summary>
    public int Impact { get; }

    /// <summary>Gets the likelihood level.</summary>
    public int Likelihood { get; }

    /// <inheritdoc/>
    public bool Equals(RiskRating other) => Impact == other.Impact && Likelihood == other.Likelihood;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RiskRating other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Impact, Likelihood);

    /// <summary>Compares two assessments for equality.</summary>
    public static bool operator ==(RiskRating left, RiskRating right) => left.Equals(right);

    /// <summary>Compares two assessments for inequality.</summary>
    public static bool operator !=(RiskRating left, RiskRating right) => !left.Equals(right);

    /// <summary>Formats the assessment as "I3 × L2" in the current culture.</summary>
    /// <returns>The text.</returns>
#pragma warning disable RS0030 // Display follows the user's culture, as BCL numbers do.
    public override string ToString() => ToString(null, CultureInfo.CurrentCulture);
#pragma warning restore RS0030

    /// <inheritdoc/>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        "I" + Impact.ToString(format, formatProvider) + " × L" + Likelihood.ToString(format, formatProvider);
}
