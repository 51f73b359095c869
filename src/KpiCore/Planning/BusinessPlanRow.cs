using KpiCore.Kpis;

namespace KpiCore.Planning;

/// <summary>
/// One row of a flat business-plan export: an objective's id, the objective's fields (given on its first row and
/// optionally repeated), and at most one milestone. <see cref="BusinessPlan.FromRows"/> groups rows into objectives.
/// </summary>
/// <remarks>Immutable. A null field is "not given on this row"; an empty list is "given, and empty".</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public sealed class BusinessPlanRow
{
    /// <summary>Creates a row.</summary>
    /// <param name="objectiveId">The objective the row belongs to; not empty.</param>
    /// <param name="objective">The objective's title, or null when not given on this row.</param>
    /// <param name="keyActivities">The key activities, or null when not given on this row.</param>
    /// <param name="successCriteria">The success criteria, or null when not given on this row.</param>
    /// <param name="currentStatus">The current status paragraphs, or null when not given on this row.</param>
    /// <param name="rag">The explicit RAG (green, amber or red), or null when not given on this row.</param>
    /// <param name="milestone">The row's milestone, or null for a row with none.</param>
    /// <exception cref="ArgumentException"><paramref name="objectiveId"/> is empty, <paramref name="objective"/> is blank, or a list holds a blank entry.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rag"/> is not green, amber or red.</exception>
    public BusinessPlanRow(string objectiveId, string? objective = null, IEnumerable<string>? keyActivities = null, IEnumerable<string>? successCriteria = null,
        IEnumerable<string>? currentStatus = null, RagStatus? rag = null, Milestone? milestone = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(objectiveId);
        if (objective is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(objective);
        }

        if (rag is RagStatus r && r is not (RagStatus.Green or RagStatus.Amber or RagStatus.Red))
        {
            throw new ArgumentOutOfRangeException(nameof(rag), r, "An explicit RAG must be Green, Amber or Red.");
        }

        ObjectiveId = objectiveId;
        Objective = objective;
        KeyActivities = keyActivities is null ? null : BusinessObjective.TextList(keyActivities, nameof(keyActivities));
        SuccessCriteria = successCriteria is null ? null : BusinessObjective.TextList(successCriteria, nameof(successCriteria));
        CurrentStatus = currentStatus is null ? null : BusinessObjective.TextList(currentStatus, nameof(currentStatus));
        Rag = rag;
        Milestone = milestone;
    }

    /// <summary>Gets the objective the row belongs to.</summary>
    public string ObjectiveId { get; }

    /// <summary>Gets the objective's title, or null when not given on this row.</summary>
    public string? Objective { get; }

    /// <summary>Gets the key activities, or null when not given on this row.</summary>
    public IReadOnlyList<string>? KeyActivities { get; }

    /// <summary>Gets the success criteria, or null when not given on this row.</summary>
    public IReadOnlyList<string>? SuccessCriteria { get; }

    /// <summary>Gets the current status paragraphs, or null when not given on this row.</summary>
    public IReadOnlyList<string>? CurrentStatus { get; }

    /// <summary>Gets the explicit RAG, or null when not given on this row.</summary>
    public RagStatus? Rag { get; }

    /// <summary>Gets the row's milestone, or null.</summary>
    public Milestone? Milestone { get; }
}
