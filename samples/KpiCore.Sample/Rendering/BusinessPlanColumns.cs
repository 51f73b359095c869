using System.Globalization;
using KpiCore.Kpis;
using KpiCore.Planning;
using NodaTime;

namespace KpiCore.Sample.Rendering;

/// <summary>
/// The business plan's columns as every renderer shows them, written once: the report's five (objective, key activity,
/// progress milestones, success criteria, current status) plus the RAG and why.
/// </summary>
internal static class BusinessPlanColumns
{
    /// <summary>The column headings, in display order; the current status is headed with the pack's last month.</summary>
    internal static string[] Headings(PackDocument document) =>
        ["Id", "Objective", "Key activity", "Progress milestones", "Success criteria", "Current status (" + CellFormat.Month(document.Months[^1]) + ")", "RAG", "Why"];

    /// <summary>The index of the RAG column.</summary>
    internal const int RagColumn = 6;

    /// <summary>One objective's cells, each a list of paragraphs, in <see cref="Headings"/> order.</summary>
    internal static IReadOnlyList<string>[] Cells(ObjectiveEvaluation evaluation)
    {
        BusinessObjective o = evaluation.Objective;
        return
        [
            [o.Id],
            [o.Title],
            o.KeyActivities,
            [.. o.Milestones.Select(Milestone)],
            o.SuccessCriteria,
            o.CurrentStatus,
            [Rag(evaluation)],
            [evaluation.Reason],
        ];
    }

    /// <summary>The RAG word, marked "(set)" when the plan sets it by hand: "red", "amber (set)", "not assessed".</summary>
    internal static string Rag(ObjectiveEvaluation evaluation) =>
        (evaluation.Status == RagStatus.NotAssessed ? "not assessed" : CellFormat.RagWord(evaluation.Status)) + (evaluation.IsOverridden ? " (set)" : string.Empty);

    /// <summary>The rule's sentence, for the note under the table.</summary>
    internal static string RuleNote(PackDocument document) => string.Create(CultureInfo.InvariantCulture,
        $"RAG as of {document.BusinessPlan[0].AsOf:d MMMM uuuu}: {document.BusinessPlanRule}; green otherwise when a milestone is dated or done; not assessed when none is; \"(set)\" = set in the plan by hand.");

    /// <summary>A milestone with its dates: "PSN Remediation complete by June 2017. [due 2017-06-30]" or "... [due 2017-06-30, done]".</summary>
    internal static string Milestone(Milestone milestone)
    {
        var notes = new List<string>();
        if (milestone.Due is LocalDate due)
        {
            notes.Add("due " + Iso(due));
        }

        if (milestone.CompletedOn is LocalDate done)
        {
            notes.Add("done " + Iso(done));
        }
        else if (milestone.IsCompleted)
        {
            notes.Add("done");
        }

        return notes.Count == 0 ? milestone.Text : milestone.Text + " [" + string.Join(", ", notes) + "]";
    }

    private static string Iso(LocalDate date) => date.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture);
}
