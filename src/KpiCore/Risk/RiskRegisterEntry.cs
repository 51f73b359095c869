using KpiCore.Kpis;

namespace KpiCore.Risk;

/// <summary>A risk as scored and rated by a register.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public sealed class RiskRegisterEntry
{
    internal RiskRegisterEntry(RiskRecord risk, RiskScore? inherentScore, RiskScore residualScore, RiskBands bands)
    {
        Risk = risk;
        InherentScore = inherentScore;
        ResidualScore = residualScore;
        InherentStatus = inherentScore is { } inherent ? bands.Rate(inherent) : RagStatus.NotAssessed;
        ResidualStatus = bands.Rate(residualScore);
    }

    /// <summary>Restores an entry as a register rated it (the JSON reader's path).</summary>
    internal RiskRegisterEntry(RiskRecord risk, RiskScore? inherentScore, RiskScore residualScore, RagStatus inherentStatus, RagStatus residualStatus)
    {
        Risk = risk;
        InherentScore = inherentScore;
        ResidualScore = residualScore;
        InherentStatus = inherentStatus;
        ResidualStatus = residualStatus;
    }

    /// <summary>Gets the risk.</summary>
    public RiskRecord Risk { get; }

    /// <summary>Gets the score before mitigation, or null when the risk has no inherent assessment.</summary>
    public RiskScore? InherentScore { get; }

    /// <summary>Gets the score after mitigation.</summary>
    public RiskScore ResidualScore { get; }

    /// <summary>Gets the RAG status of the inherent score, or <see cref="RagStatus.NotAssessed"/> without one.</summary>
    public RagStatus InherentStatus { get; }

    /// <summary>Gets the RAG status of the residual score.</summary>
    public RagStatus ResidualStatus { get; }

    /// <summary>Gets whether the residual score is above the inherent one, which mitigation should never cause: flag it for review.</summary>
    public bool ResidualAboveInherent => InherentScore is { } inherent && ResidualScore > inherent;

    /// <summary>Summarises the entry on one line, such as "R1 residual 4 (Amber), inherent 9 (Red)" (culture-invariant).</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{Risk.Id} residual {ResidualScore.ToString(null, System.Globalization.CultureInfo.InvariantCulture)} ({ResidualStatus}), inherent {(InherentScore is { } inherent ? inherent.ToString(null, System.Globalization.CultureInfo.InvariantCulture) + " (" + InherentStatus + ")" : "not assessed")}");
}
