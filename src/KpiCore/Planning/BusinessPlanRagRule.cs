using System.Globalization;
using KpiCore.Kpis;
using NodaTime;

namespace KpiCore.Planning;

/// <summary>
/// How an objective's RAG is derived from its milestones as of a date (the end of the reporting period), with a
/// tolerance for lateness and a window for milestones coming due.
/// </summary>
/// <remarks>
/// <para>
/// Only milestones that have a due date and are not done by the date (<see cref="Milestone.IsDoneBy"/>) are judged; a
/// done milestone never makes an objective amber or red, even if it was done late. For each judged milestone, days late
/// = date - due (0 on the due date itself):
/// </para>
/// <list type="bullet">
/// <item><b>red</b> when it is more than <see cref="OverdueToleranceDays"/> days late;</item>
/// <item><b>amber</b> when it is late by 1 to <see cref="OverdueToleranceDays"/> days (overdue within the tolerance), or
/// is due within the next <see cref="DueSoonDays"/> days (due on the date itself up to <see cref="DueSoonDays"/> days after it);</item>
/// <item>otherwise it raises nothing.</item>
/// </list>
/// <para>
/// The objective takes its worst milestone's colour. With no amber or red milestone it is <b>green</b> when it has at
/// least one milestone that is dated or done (there is progress to judge), and <see cref="RagStatus.NotAssessed"/>
/// otherwise (no milestone, or none dated and none done: "all dates TBC"). An explicit RAG in the plan
/// (<see cref="BusinessObjective.RagOverride"/>) wins over the derived one; <see cref="ObjectiveEvaluation"/> keeps both.
/// </para>
/// <para>
/// The defaults (<see cref="Default"/>): a tolerance of <see cref="DefaultOverdueToleranceDays"/> days (a milestone that
/// slipped by up to a month is amber, beyond that red) and a window of <see cref="DefaultDueSoonDays"/> days. Immutable.
/// </para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public sealed class BusinessPlanRagRule
{
    /// <summary>The default tolerance for lateness: 30 days.</summary>
    public const int DefaultOverdueToleranceDays = 30;

    /// <summary>The default window for milestones coming due: 30 days.</summary>
    public const int DefaultDueSoonDays = 30;

    /// <summary>Creates a rule.</summary>
    /// <param name="overdueToleranceDays">How many days late a milestone may be and still be amber; 0 makes every late milestone red.</param>
    /// <param name="dueSoonDays">How many days ahead a milestone coming due makes its objective amber; 0 means only one due on the date itself.</param>
    /// <exception cref="ArgumentOutOfRangeException">A number of days is negative or more than 3650.</exception>
    public BusinessPlanRagRule(int overdueToleranceDays = DefaultOverdueToleranceDays, int dueSoonDays = DefaultDueSoonDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(overdueToleranceDays);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(overdueToleranceDays, 3650);
        ArgumentOutOfRangeException.ThrowIfNegative(dueSoonDays);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dueSoonDays, 3650);
        OverdueToleranceDays = overdueToleranceDays;
        DueSoonDays = dueSoonDays;
    }

    /// <summary>Gets the rule with the default tolerance and window (30 and 30 days).</summary>
    public static BusinessPlanRagRule Default { get; } = new();

    /// <summary>Gets how many days late a milestone may be and still be amber.</summary>
    public int OverdueToleranceDays { get; }

    /// <summary>Gets how many days ahead a milestone coming due makes its objective amber.</summary>
    public int DueSoonDays { get; }

    /// <summary>Evaluates an objective as of a date.</summary>
    /// <param name="objective">The objective.</param>
    /// <param name="asOf">The date, normally the last day of the reporting period.</param>
    /// <returns>The RAG, the rule's own RAG beside an explicit one, the milestones that decided it and the reason.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="objective"/> is null.</exception>
    public ObjectiveEvaluation Evaluate(BusinessObjective objective, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(objective);
        var overdue = new List<Milestone>();
        var dueSoon = new List<Milestone>();
        bool red = false;
        int done = 0, dated = 0;
        Milestone? worst = null;
        int worstLate = int.MinValue;
        foreach (Milestone milestone in objective.Milestones)
        {
            if (milestone.IsDoneBy(asOf))
            {
                done++;
                continue;
            }

            if (milestone.Due is not LocalDate due)
            {
                continue;
            }

            dated++;
            int late = Period.DaysBetween(due, asOf);
            if (late > 0)
            {
                overdue.Add(milestone);
                red |= late > OverdueToleranceDays;
            }
            else if (-late <= DueSoonDays)
            {
                dueSoon.Add(milestone);
            }

            if (late > worstLate && (late > 0 || -late <= DueSoonDays))
            {
                (worst, worstLate) = (milestone, late);
            }
        }

        RagStatus derived = red ? RagStatus.Red
            : overdue.Count > 0 || dueSoon.Count > 0 ? RagStatus.Amber
            : done + dated > 0 ? RagStatus.Green
            : RagStatus.NotAssessed;
        string reason = Reason(derived, worst, worstLate, done, objective.Milestones.Count);
        RagStatus status = objective.RagOverride ?? derived;
        if (objective.RagOverride is RagStatus set)
        {
            reason = string.Create(CultureInfo.InvariantCulture, $"{Word(set)}, set in the plan; the rule gives {Word(derived).ToLowerInvariant()}: {reason}");
        }

        return new ObjectiveEvaluation(objective, asOf, status, derived, reason, overdue.AsReadOnly(), dueSoon.AsReadOnly(), done);
    }

    /// <summary>Returns the rule's settings.</summary>
    /// <returns>Such as "red when a milestone is more than 30 days late; amber when late within 30 days or due within 30 days".</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"red when a milestone is more than {OverdueToleranceDays} days late; amber when late within {OverdueToleranceDays} days or due within {DueSoonDays} days");

    private string Reason(RagStatus derived, Milestone? worst, int late, int done, int count)
    {
        string progress = string.Create(CultureInfo.InvariantCulture, $"{done} of {count} milestone{(count == 1 ? string.Empty : "s")} done");
        return derived switch
        {
            RagStatus.Red or RagStatus.Amber when late > 0 => string.Create(CultureInfo.InvariantCulture,
                $"'{worst!.Text}' was due {worst.Due:uuuu'-'MM'-'dd} and is {late} day{(late == 1 ? string.Empty : "s")} late (tolerance {OverdueToleranceDays} days); {progress}."),
            RagStatus.Amber => string.Create(CultureInfo.InvariantCulture,
                $"'{worst!.Text}' is due {worst.Due:uuuu'-'MM'-'dd}, {(late == 0 ? "on the date itself" : string.Create(CultureInfo.InvariantCulture, $"in {-late} day{(late == -1 ? string.Empty : "s")}"))} (window {DueSoonDays} days); {progress}."),
            RagStatus.Green => string.Create(CultureInfo.InvariantCulture, $"No milestone late or due within {DueSoonDays} days; {progress}."),
            _ => count == 0 ? "No milestones to judge." : "No milestone has a due date or is done, so there is nothing to judge.",
        };
    }

    private static string Word(RagStatus rag) => rag switch
    {
        RagStatus.Green => "Green",
        RagStatus.Amber => "Amber",
        RagStatus.Red => "Red",
        _ => "Not assessed",
    };
}
