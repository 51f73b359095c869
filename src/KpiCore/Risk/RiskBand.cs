using System.Globalization;
using KpiCore.Kpis;

namespace KpiCore.Risk;

/// <summary>A range of risk scores, <see cref="From"/> to <see cref="To"/> inclusive, with the RAG status it is reported as.</summary>
/// <remarks>Equality compares the bounds and the status. The default value (0-0, not assessed) is not accepted by <see cref="RiskBands"/>.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public readonly struct RiskBand : IEquatable<RiskBand>
{
    /// <summary>Creates a band.</summary>
    /// <param name="from">The lowest score in the band; not negative.</param>
    /// <param name="to">The highest score in the band; at least <paramref name="from"/>.</param>
    /// <param name="status">The status of scores in the band: green, amber or red.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="from"/> is negative, <paramref name="to"/> is below <paramref name="from"/>, or <paramref name="status"/> is not green, amber or red.</exception>
    public RiskBand(int from, int to, RagStatus status)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(from);
        ArgumentOutOfRangeException.ThrowIfLessThan(to, from);
        if (status is not (RagStatus.Green or RagStatus.Amber or RagStatus.Red))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "A band's status must be Green, Amber or Red.");
        }

        From = from;
        To = to;
        Status = status;
    }

    /// <summary>Gets the lowest score in the band.</summary>
    public int From { get; }

    /// <summary>Gets the highest score in the band.</summary>
    public int To { get; }

    /// <summary>Gets the status of scores in the band.</summary>
    public RagStatus Status { get; }

    /// <summary>Gets whether a score lies in the band, bounds included.</summary>
    /// <param name="score">The score.</param>
    /// <returns>True when <see cref="From"/> ≤ score ≤ <see cref="To"/>.</returns>
    public bool Contains(RiskScore score) => score.Value >= From && score.Value <= To;

    /// <inheritdoc/>
    public bool Equals(RiskBand other) => From == other.From && To == other.To && Status == other.Status;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RiskBand other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(From, To, Status);

    /// <summary>Compares two bands for equality.</summary>
    public static bool operator ==(RiskBand left, RiskBand right) => left.Equals(right);

    /// <summary>Compares two bands for inequality.</summary>
    public static bool operator !=(RiskBand left, RiskBand right) => !left.Equals(right);

    /// <summary>Describes the band, such as "16-25 Red".</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{From}-{To} {Status}");
}
