using System.Globalization;

namespace KpiCore.Risk;

/// <summary>The movement of one risk's residual score between a previous and the current register, matched by risk id.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public sealed class RiskMovement
{
    internal RiskMovement(string riskId, RiskMovementKind kind, RiskScore? previousScore, RiskScore? currentScore)
    {
        RiskId = riskId;
        Kind = kind;
        PreviousScore = previousScore;
        CurrentScore = currentScore;
    }

    /// <summary>Gets the risk's id.</summary>
    public string RiskId { get; }

    /// <summary>Gets how the residual score moved.</summary>
    public RiskMovementKind Kind { get; }

    /// <summary>Gets the residual score in the previous register, or null for a new risk.</summary>
    public RiskScore? PreviousScore { get; }

    /// <summary>Gets the residual score in the current register, or null for a closed risk.</summary>
    public RiskScore? CurrentScore { get; }

    /// <summary>Describes the movement, such as "R1 Up 3 -> 6".</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{RiskId} {Kind} {PreviousScore?.ToString(null, CultureInfo.InvariantCulture) ?? "-"} -> {CurrentScore?.ToString(null, CultureInfo.InvariantCulture) ?? "-"}");
}
