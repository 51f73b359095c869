using KpiCore.Kpis;

namespace KpiCore.Planning;

/// <summary>
/// One objective of a business plan, as the committee report's "Business Plan" table sets it out: the objective, its key
/// activities, its progress milestones, its success criteria and its current status, with an explicit RAG when the plan
/// sets one by hand.
/// </summary>
/// <remarks>Immutable. The lists keep their order (the report's paragraphs); none holds a blank entry.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public sealed class BusinessObjective
{
    /// <summary>Creates an objective.</summary>
    /// <param name="id">The objective's identifier, unique in its plan, such as "BP1"; not empty.</param>
    /// <param name="title">The objective, such as "Implementation of infrastructure improvements"; not empty.</param>
    /// <param name="keyActivities">The key activities, in order; may be empty.</param>
    /// <param name="milestones">The progress milestones, in order; may be empty.</param>
    /// <param name="successCriteria">The success criteria, in order; may be empty.</param>
    /// <param name="currentStatus">The current status for the reporting month, paragraph by paragraph; may be empty.</param>
    /// <param name="ragOverride">The RAG the plan sets by hand (green, amber or red), which wins over the derived one; null to derive it.</param>
    /// <exception cref="ArgumentNullException">A list is null, or holds a null milestone.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="title"/> is empty, or a text list holds a blank entry.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ragOverride"/> is not green, amber or red.</exception>
    public BusinessObjective(string id, string title, IEnumerable<string> keyActivities, IEnumerable<Milestone> milestones,
        IEnumerable<string> successCriteria, IEnumerable<string> currentStatus, RagStatus? ragOverride = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(milestones);
        if (ragOverride is RagStatus rag && rag is not (RagStatus.Green or RagStatus.Amber or RagStatus.Red))
        {
            throw new ArgumentOutOfRangeException(nameof(ragOverride), rag, "An explicit RAG must be Green, Amber or Red.");
        }

        Milestone[] steps = [.. milestones];
        if (Array.Exists(steps, m => m is null))
        {
            throw new ArgumentNullException(nameof(milestones), "Milestones must not contain null.");
        }

        Id = id;
        Title = title;
        KeyActivities = TextList(keyActivities, nameof(keyActivities));
        Milestones = steps.AsReadOnly();
        SuccessCriteria = TextList(successCriteria, nameof(successCriteria));
        CurrentStatus = TextList(currentStatus, nameof(currentStatus));
        RagOverride = ragOverride;
    }

    /// <summary>Gets the objective's identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the objective.</summary>
    public string Title { get; }

    /// <summary>Gets the key activities, in order.</summary>
    public IReadOnlyList<string> KeyActivities { get; }

    /// <summary>Gets the progress milestones, in order.</summary>
    public IReadOnlyList<Milestone> Milestones { get; }

    /// <summary>Gets the success criteria, in order.</summary>
    public IReadOnlyList<string> SuccessCriteria { get; }

    /// <summary>Gets the current status for the reporting month, paragraph by paragraph.</summary>
    public IReadOnlyList<string> CurrentStatus { get; }

    /// <summary>Gets the RAG the plan sets by hand, or null when it is derived (<see cref="BusinessPlanRagRule"/>).</summary>
    public RagStatus? RagOverride { get; }

    /// <summary>Returns the id and the objective.</summary>
    /// <returns>Such as "BP6: Implementation of infrastructure improvements".</returns>
    public override string ToString() => Id + ": " + Title;

    internal static IReadOnlyList<string> TextList(IEnumerable<string> items, string paramName)
    {
        ArgumentNullException.ThrowIfNull(items, paramName);
        string[] copy = [.. items];
        Utility.Preconditions.CheckArgument(Array.TrueForAll(copy, s => !string.IsNullOrWhiteSpace(s)), paramName, "Entries must not be null or blank.");
        return copy.AsReadOnly();
    }
}
