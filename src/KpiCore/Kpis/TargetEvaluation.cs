namespace KpiCore.Kpis;

/// <summary>The judgement of one figure against its target: met or missed, its RAG colour and its trend.</summary>
/// <remarks>The default value is not assessed, with no colour and no trend.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public readonly struct TargetEvaluation : IEquatable<TargetEvaluation>
{
    /// <summary>Creates an evaluation.</summary>
    /// <param name="outcome">Met, missed or not assessed.</param>
    /// <param name="rag">The colour.</param>
    /// <param name="trend">The movement since the previous period.</param>
    /// <param name="isImprovement">Whether the movement is in the target's favourable direction; null when that cannot be said.</param>
    public TargetEvaluation(TargetOutcome outcome, RagStatus rag, KpiTrend trend, bool? isImprovement)
    {
        Outcome = outcome;
        Rag = rag;
        Trend = trend;
        IsImprovement = isImprovement;
    }

    /// <summary>Gets whether the target was met.</summary>
    public TargetOutcome Outcome { get; }

    /// <summary>Gets the RAG colour: green when met, amber when missed within the tolerance, red otherwise.</summary>
    public RagStatus Rag { get; }

    /// <summary>Gets the movement since the previous period.</summary>
    public KpiTrend Trend { get; }

    /// <summary>Gets whether the movement is favourable for the target's direction (up for "at least", down for "at most"); null with no direction or no movement to judge.</summary>
    public bool? IsImprovement { get; }

    /// <inheritdoc/>
    public bool Equals(TargetEvaluation other) =>
        Outcome == other.Outcome && Rag == other.Rag && Trend == other.Trend && IsImprovement == other.IsImprovement;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TargetEvaluation other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Outcome, Rag, Trend, IsImprovement);

    /// <summary>Compares two evaluations for equality.</summary>
    public static bool operator ==(TargetEvaluation left, TargetEvaluation right) => left.Equals(right);

    /// <summary>Compares two evaluations for inequality.</summary>
    public static bool operator !=(TargetEvaluation left, TargetEvaluation right) => !left.Equals(right);

    /// <summary>Describes the evaluation, such as "Missed (Amber), Up".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Outcome} ({Rag}), {Trend}";
}
