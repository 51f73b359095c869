using System.Globalization;
using KpiCore.Kpis;
using KpiCore.Planning;
using NodaTime;
using NodaTime.Text;

namespace KpiCore.Sample.Input.Formats;

/// <summary>
/// objectives.csv: the business plan, one row per progress milestone. The objective's own fields are given on its first
/// row and may be repeated (exactly) or left blank on its later rows; a later row that gives a different value is
/// rejected by the library's <see cref="BusinessPlan.FromRows"/>, naming the field and the first row.
/// </summary>
/// <remarks>
/// <para>Columns (required in bold):</para>
/// <list type="bullet">
/// <item><b>objective_id</b>: the objective's id, such as <c>BP6</c>; the rows of one objective share it.</item>
/// <item><b>objective</b>: the objective (required on the objective's first row).</item>
/// <item>key_activities, success_criteria, status (the current status for the month): one item per line of the cell
/// (a quoted cell may hold line breaks, as Excel's Alt+Enter writes them); blank lines are dropped.</item>
/// <item>rag: <c>red</c>, <c>amber</c> or <c>green</c> set by hand, which wins over the derived RAG; blank = derive it.</item>
/// <item>milestone: the milestone's text; blank for a row with the objective's fields only.</item>
/// <item>due: <c>yyyy-MM-dd</c>, or <c>yyyy-MM</c> for the last day of that month ("by May 2017"); blank = no date (TBC).</item>
/// <item>done: <c>yyyy-MM-dd</c> (done on that date), <c>yes</c> (done, date not given) or blank / <c>no</c> (not done).</item>
/// </list>
/// <para>
/// A row is rejected for a blank objective_id, a due or done value that is not a date (or <c>yes</c>/<c>no</c>), a rag
/// that is not red, amber or green, or a due or done date without a milestone.
/// </para>
/// </remarks>
internal sealed class ObjectivesFormat : RecordFormat<Sourced<BusinessPlanRow>>
{
    /// <summary>The file's name.</summary>
    internal const string Name = "objectives.csv";

    private static readonly string[] AllColumns = ["objective_id", "objective", "key_activities", "success_criteria", "status", "rag", "milestone", "due", "done"];
    private static readonly string[] RequiredColumns = ["objective_id", "objective"];

    private static readonly Dictionary<string, RagStatus> Rags = new(StringComparer.OrdinalIgnoreCase)
    {
        ["red"] = RagStatus.Red,
        ["amber"] = RagStatus.Amber,
        ["green"] = RagStatus.Green,
    };

    /// <summary>Creates the format.</summary>
    /// <param name="zone">The zone of offset-less times (the file has none; kept for the format's shape).</param>
    internal ObjectivesFormat(DateTimeZone zone)
        : base(Name, AllColumns, RequiredColumns, new InstantReader(zone))
    {
    }

    /// <inheritdoc/>
    internal override Sourced<BusinessPlanRow>? Parse(RowParser row)
    {
        string id = row.Text("objective_id");
        string? objective = row.OptionalText("objective");
        IReadOnlyList<string>? activities = Items(row, "key_activities");
        IReadOnlyList<string>? criteria = Items(row, "success_criteria");
        IReadOnlyList<string>? status = Items(row, "status");
        RagStatus? rag = row.Row["rag"].Length == 0 ? null : row.Choice("rag", Rags, RagStatus.NotAssessed);
        string? text = row.OptionalText("milestone");
        LocalDate? due = Due(row);
        (LocalDate? doneOn, bool done) = Done(row);
        if (text is null && (due is not null || done))
        {
            row.Fail(due is not null ? "due" : "done", "A due or done date needs a milestone in the same row.");
        }

        if (!row.Ok)
        {
            return null;
        }

        Milestone? milestone = text is null ? null : new Milestone(text, due, doneOn, done);
        return new Sourced<BusinessPlanRow>(new BusinessPlanRow(id, objective, activities, criteria, status, rag, milestone), string.Empty, row.Row.File, row.Row.Line);
    }

    /// <inheritdoc/>
    internal override string?[] Write(Sourced<BusinessPlanRow> record)
    {
        BusinessPlanRow r = record.Record;
        Milestone? m = r.Milestone;
        return
        [
            r.ObjectiveId, r.Objective, Lines(r.KeyActivities), Lines(r.SuccessCriteria), Lines(r.CurrentStatus),
            r.Rag is RagStatus rag ? rag.ToString().ToLowerInvariant() : null,
            m?.Text, m?.Due is LocalDate due ? FormatText.Date(due) : null,
            m?.CompletedOn is LocalDate on ? FormatText.Date(on) : m is { IsCompleted: true } ? "yes" : null,
        ];
    }

    /// <summary>The items of a multi-line cell, one per non-blank line; null when the cell is blank.</summary>
    private static string[]? Items(RowParser row, string column)
    {
        string? text = row.FreeText(column);
        string[] items = text is null ? [] : [.. text.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0)];
        return items.Length == 0 ? null : items;
    }

    private static string? Lines(IReadOnlyList<string>? items) => items is null || items.Count == 0 ? null : string.Join("\n", items);

    private static LocalDate? Due(RowParser row)
    {
        string text = row.Row["due"];
        if (text.Length == 0)
        {
            return null;
        }

        if (LocalDatePattern.Iso.Parse(text) is { Success: true } day && SupportedRange.Contains(day.Value))
        {
            return day.Value;
        }

        if (YearMonthPattern.Iso.Parse(text) is { Success: true } month && SupportedRange.Contains(month.Value))
        {
            return month.Value.OnDayOfMonth(1).PlusMonths(1).PlusDays(-1);
        }

        row.Fail("due", string.Create(CultureInfo.InvariantCulture, $"'{RowParser.Shorten(text)}' is not a date in the form yyyy-MM-dd, or a month yyyy-MM (its last day), from {SupportedRange.Describe}."));
        return null;
    }

    private static (LocalDate? On, bool Done) Done(RowParser row)
    {
        string text = row.Row["done"];
        if (text.Length == 0 || string.Equals(text, "no", StringComparison.OrdinalIgnoreCase))
        {
            return (null, false);
        }

        if (string.Equals(text, "yes", StringComparison.OrdinalIgnoreCase))
        {
            return (null, true);
        }

        if (LocalDatePattern.Iso.Parse(text) is { Success: true } day && SupportedRange.Contains(day.Value))
        {
            return (day.Value, true);
        }

        row.Fail("done", string.Create(CultureInfo.InvariantCulture, $"'{RowParser.Shorten(text)}' is not a date in the form yyyy-MM-dd, 'yes' or 'no'."));
        return (null, false);
    }
}
