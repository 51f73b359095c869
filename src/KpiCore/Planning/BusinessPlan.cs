using System.Globalization;
using KpiCore.Kpis;
using NodaTime;

namespace KpiCore.Planning;

/// <summary>
/// A business plan: the objectives a shared service aims to achieve over a year, in the committee report's order, each
/// with its activities, milestones, success criteria and current status; evaluated to a RAG per objective as of a date.
/// </summary>
/// <remarks>Immutable. Objective ids are unique (ordinal comparison).</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public sealed class BusinessPlan
{
    /// <summary>Creates a plan from trusted objectives.</summary>
    /// <param name="objectives">The objectives in display order; ids must be unique.</param>
    /// <exception cref="ArgumentNullException"><paramref name="objectives"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">Two objectives have the same id.</exception>
    public BusinessPlan(IEnumerable<BusinessObjective> objectives)
    {
        ArgumentNullException.ThrowIfNull(objectives);
        BusinessObjective[] copy = [.. objectives];
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (BusinessObjective objective in copy)
        {
            ArgumentNullException.ThrowIfNull(objective, nameof(objectives));
            Utility.Preconditions.CheckArgument(ids.Add(objective.Id), nameof(objectives),
                string.Create(CultureInfo.InvariantCulture, $"The objective id '{objective.Id}' appears more than once."));
        }

        Objectives = copy.AsReadOnly();
    }

    /// <summary>Gets a plan without objectives.</summary>
    public static BusinessPlan Empty { get; } = new([]);

    /// <summary>Gets the objectives in display order.</summary>
    public IReadOnlyList<BusinessObjective> Objectives { get; }

    /// <summary>Builds a plan from the rows of a flat export (one row per milestone, the objective's fields repeated or left blank), rejecting (not throwing for) each row that cannot be used.</summary>
    /// <param name="rows">The rows; null elements are rejected, not thrown.</param>
    /// <returns>The plan of the accepted rows, the input count and the rejected rows with their reasons.</returns>
    /// <remarks>
    /// <para>
    /// Rows are grouped by <see cref="BusinessPlanRow.ObjectiveId"/> (ordinal); objectives keep the order of their first
    /// accepted row, milestones the order of their rows. An objective's fields (title, key activities, success
    /// criteria, current status, explicit RAG) are those of its first accepted row, which must give the title. A later
    /// row of the same objective may leave a field blank (null) or repeat it exactly; a row that gives a different value,
    /// or a value its first row left blank, is rejected whole (its milestone too), with the field and the position of
    /// the first row, so a typo in a repeated column can never silently change an objective.
    /// </para>
    /// <para>
    /// Rejections (0-based position, objective id, field, reason): a null row (field "Row"); a first row without the
    /// objective's title ("Objective"); an inconsistent repeat ("Objective", "KeyActivities", "SuccessCriteria",
    /// "CurrentStatus" or "Rag"). Nothing is excluded.
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    public static BusinessPlanResult FromRows(IEnumerable<BusinessPlanRow?> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var objectives = new List<(BusinessPlanRow First, int Position, List<Milestone> Milestones)>();
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        var rejected = new List<RejectedRecord>();
        int index = 0;
        foreach (BusinessPlanRow? row in rows)
        {
            if (row is null)
            {
                rejected.Add(new RejectedRecord(index, null, "Row", "The record is null."));
            }
            else if (!byId.TryGetValue(row.ObjectiveId, out int at))
            {
                if (row.Objective is null)
                {
                    rejected.Add(new RejectedRecord(index, row.ObjectiveId, nameof(BusinessPlanRow.Objective), string.Create(CultureInfo.InvariantCulture,
                        $"The first row of objective '{row.ObjectiveId}' must give the objective's title.")));
                }
                else
                {
                    byId.Add(row.ObjectiveId, objectives.Count);
                    objectives.Add((row, index, row.Milestone is null ? [] : [row.Milestone]));
                }
            }
            else if (Inconsistency(objectives[at].First, objectives[at].Position, row) is (string field, string reason))
            {
                rejected.Add(new RejectedRecord(index, row.ObjectiveId, field, reason));
            }
            else if (row.Milestone is not null)
            {
                objectives[at].Milestones.Add(row.Milestone);
            }

            index = checked(index + 1);
        }

        BusinessObjective[] built = [.. objectives.Select(o => new BusinessObjective(o.First.ObjectiveId, o.First.Objective!, o.First.KeyActivities ?? [],
            o.Milestones, o.First.SuccessCriteria ?? [], o.First.CurrentStatus ?? [], o.First.Rag))];
        return new BusinessPlanResult(new BusinessPlan(built), index, rejected.AsReadOnly());
    }

    /// <summary>Evaluates every objective as of a date.</summary>
    /// <param name="asOf">The date, normally the last day of the reporting period.</param>
    /// <param name="rule">The rule; null for <see cref="BusinessPlanRagRule.Default"/>.</param>
    /// <returns>One evaluation per objective, in plan order.</returns>
    public IReadOnlyList<ObjectiveEvaluation> Evaluate(LocalDate asOf, BusinessPlanRagRule? rule = null)
    {
        rule ??= BusinessPlanRagRule.Default;
        return Objectives.Select(o => rule.Evaluate(o, asOf)).ToList().AsReadOnly();
    }

    /// <summary>Finds the first field of a later row that differs from the objective's first row.</summary>
    private static (string Field, string Reason)? Inconsistency(BusinessPlanRow first, int position, BusinessPlanRow row)
    {
        string Describe(string what, string? standing, string given) => standing is null
            ? string.Create(CultureInfo.InvariantCulture, $"Objective '{row.ObjectiveId}' gives its {what} here ('{Shorten(given)}'), but its first row (position {position}) leaves it blank; give the objective's fields on its first row.")
            : string.Create(CultureInfo.InvariantCulture, $"Objective '{row.ObjectiveId}' has a different {what} here ('{Shorten(given)}') than on its first row (position {position}: '{Shorten(standing)}'); repeat it exactly or leave it blank.");

        static bool Differs(IReadOnlyList<string>? standing, IReadOnlyList<string>? given) =>
            given is not null && (standing is null || !standing.SequenceEqual(given, StringComparer.Ordinal));

        static string? Join(IReadOnlyList<string>? items) => items is null ? null : string.Join(" / ", items);

        if (row.Objective is not null && !string.Equals(first.Objective, row.Objective, StringComparison.Ordinal))
        {
            return (nameof(BusinessPlanRow.Objective), Describe("title", first.Objective, row.Objective));
        }

        if (Differs(first.KeyActivities, row.KeyActivities))
        {
            return (nameof(BusinessPlanRow.KeyActivities), Describe("key activities", Join(first.KeyActivities), Join(row.KeyActivities)!));
        }

        if (Differs(first.SuccessCriteria, row.SuccessCriteria))
        {
            return (nameof(BusinessPlanRow.SuccessCriteria), Describe("success criteria", Join(first.SuccessCriteria), Join(row.SuccessCriteria)!));
        }

        if (Differs(first.CurrentStatus, row.CurrentStatus))
        {
            return (nameof(BusinessPlanRow.CurrentStatus), Describe("current status", Join(first.CurrentStatus), Join(row.CurrentStatus)!));
        }

        return row.Rag is RagStatus rag && first.Rag != rag
            ? (nameof(BusinessPlanRow.Rag), Describe("RAG", first.Rag?.ToString(), rag.ToString()))
            : null;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "...");
}
