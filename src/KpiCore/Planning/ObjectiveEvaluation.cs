using KpiCore.Kpis;
using NodaTime;

namespace KpiCore.Planning;

/// <summary>An objective's RAG as of a date, by a <see cref="BusinessPlanRagRule"/> or set in the plan, with why.</summary>
/// <remarks>Immutable; made by <see cref="BusinessPlanRagRule.Evaluate"/> and <see cref="BusinessPlan.Evaluate"/>.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public sealed class ObjectiveEvaluation
{
    internal ObjectiveEvaluation(BusinessObjective objective, LocalDate asOf, RagStatus status, RagStatus ruleStatus, string reason,
        IReadOnlyList<Milestone> overdue, IReadOnlyList<Milestone> dueSoon, int doneCount)
    {
        Objective = objective;
        AsOf = asOf;
        Status = status;
        RuleStatus = ruleStatus;
        Reason = reason;
        Overdue = overdue;
        DueSoon = dueSoon;
        DoneCount = doneCount;
    }

    /// <summary>Gets the objective.</summary>
    public BusinessObjective Objective { get; }

    /// <summary>Gets the date the objective was judged at.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the objective's RAG: the plan's explicit one when it sets one, else <see cref="RuleStatus"/>.</summary>
    public RagStatus Status { get; }

    /// <summary>Gets the RAG the rule derives from the milestones, whether or not the plan overrides it.</summary>
    public RagStatus RuleStatus { get; }

    /// <summary>Gets whether the plan sets the RAG by hand (<see cref="BusinessObjective.RagOverride"/>).</summary>
    public bool IsOverridden => Objective.RagOverride is not null;

    /// <summary>Gets one sentence saying why (the deciding milestone and its dates, or that the plan sets the RAG).</summary>
    public string Reason { get; }

    /// <summary>Gets the milestones not done by <see cref="AsOf"/> whose due date has passed, in plan order.</summary>
    public IReadOnlyList<Milestone> Overdue { get; }

    /// <summary>Gets the milestones not done that are due within the rule's window, in plan order.</summary>
    public IReadOnlyList<Milestone> DueSoon { get; }

    /// <summary>Gets how many milestones were done by <see cref="AsOf"/>.</summary>
    public int DoneCount { get; }
}
