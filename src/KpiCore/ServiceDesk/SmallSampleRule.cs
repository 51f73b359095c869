using System.Globalization;

namespace KpiCore.ServiceDesk;

/// <summary>
/// A small-sample rule of the kind service contracts pair with a percentage target: "with fewer than
/// <see cref="FewerThanCalls"/> calls, no more than <see cref="MaximumMisses"/> may miss".
/// </summary>
/// <remarks>
/// The number of calls is the denominator of the period's percentage (by default the calls resolved in the period).
/// When the rule applies it replaces the percentage target for that period: a period with 39 calls and 2 misses passes
/// "fewer than 40, at most 2" although 37/39 is 94.87%. The default value (<see cref="None"/>) never applies.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public readonly struct SmallSampleRule : IEquatable<SmallSampleRule>
{
    /// <summary>Creates a rule.</summary>
    /// <param name="fewerThanCalls">The rule applies to periods with fewer calls than this; positive.</param>
    /// <param name="maximumMisses">How many calls may miss the SLA in such a period; zero or positive.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fewerThanCalls"/> is not positive, or <paramref name="maximumMisses"/> is negative.</exception>
    public SmallSampleRule(int fewerThanCalls, int maximumMisses)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(fewerThanCalls);
        ArgumentOutOfRangeException.ThrowIfNegative(maximumMisses);
        FewerThanCalls = fewerThanCalls;
        MaximumMisses = maximumMisses;
    }

    /// <summary>Gets the rule that never applies (the default value).</summary>
    public static SmallSampleRule None => default;

    /// <summary>Gets the number of calls from which the rule no longer applies; 0 for <see cref="None"/>.</summary>
    public int FewerThanCalls { get; }

    /// <summary>Gets how many calls may miss in a period the rule applies to.</summary>
    public int MaximumMisses { get; }

    /// <summary>Gets whether the rule applies to a period with <paramref name="calls"/> calls (more than none and fewer than <see cref="FewerThanCalls"/>).</summary>
    /// <param name="calls">The number of calls judged.</param>
    /// <returns><see langword="true"/> when the rule judges the period.</returns>
    public bool AppliesTo(long calls) => calls > 0 && calls < FewerThanCalls;

    /// <inheritdoc/>
    public bool Equals(SmallSampleRule other) => FewerThanCalls == other.FewerThanCalls && MaximumMisses == other.MaximumMisses;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SmallSampleRule other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(FewerThanCalls, MaximumMisses);

    /// <summary>Compares two rules for equality.</summary>
    public static bool operator ==(SmallSampleRule left, SmallSampleRule right) => left.Equals(right);

    /// <summary>Compares two rules for inequality.</summary>
    public static bool operator !=(SmallSampleRule left, SmallSampleRule right) => !left.Equals(right);

    /// <summary>Describes the rule, such as "fewer than 40 calls: at most 2 may miss" (culture-invariant).</summary>
    /// <returns>The description; "none" for <see cref="None"/>.</returns>
    public override string ToString() => FewerThanCalls == 0
        ? "none"
        : string.Create(CultureInfo.InvariantCulture, $"fewer than {FewerThanCalls} calls: at most {MaximumMisses} may miss");
}
