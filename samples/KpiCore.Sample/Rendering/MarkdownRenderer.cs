using System.Text;
using KpiCore.Kpis;
using KpiCore.Reporting;

namespace KpiCore.Sample.Rendering;

/// <summary>
/// Writes the document as GitHub-flavoured Markdown: the business plan, then each pack's KPI table (a RAG marker before
/// each judged figure), its confidence intervals and exceptions, then the risk register in full; all text escaped.
/// </summary>
internal static class MarkdownRenderer
{
    /// <summary>Renders the document.</summary>
    internal static string Render(PackDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = new StringBuilder();
        text.Append("# ").Append(Escape(document.Title)).Append("\n\n");
        AppendCover(text, document);
        text.Append("Legend: 🟢 target met, 🟠 missed within tolerance, 🔴 missed, no marker: not judged. ")
            .Append("N/A = nothing to measure (for example no calls of that priority); UNVL = data unavailable.\n\n");
        AppendBusinessPlan(text, document);
        foreach (PerformancePack pack in document.Packs)
        {
            text.Append("## ").Append(Escape(pack.Organisation)).Append(" KPIs\n\n");
            text.Append("| KPI | Target |");
            foreach (var month in pack.Months)
            {
                text.Append(' ').Append(CellFormat.Month(month)).Append(" |");
            }

            text.Append("\n|---|---|");
            text.Append(string.Concat(Enumerable.Repeat("---:|", pack.Months.Count)));
            text.Append('\n');
            foreach (PackSection section in pack.Sections)
            {
                text.Append("| **").Append(Escape(section.Title.ToUpperInvariant())).Append("** | |");
                text.Append(string.Concat(Enumerable.Repeat(" |", pack.Months.Count)));
                text.Append('\n');
                foreach (KpiRow row in section.Rows)
                {
                    text.Append("| ").Append(Escape(row.Name)).Append(" | ").Append(Escape(CellFormat.Target(row.Target))).Append(" |");
                    for (int i = 0; i < pack.Months.Count; i++)
                    {
                        string marker = Marker(CellFormat.Rag(row, i));
                        text.Append(' ').Append(marker).Append(Escape(CellFormat.Value(row, i))).Append(" |");
                    }

                    text.Append('\n');
                }
            }

            text.Append('\n');
            AppendIntervals(text, pack);
            if (pack.Exceptions.Count > 0)
            {
                text.Append("### Exceptions\n\n| KPI | Month | Explanation |\n|---|---|---|\n");
                foreach (ExceptionNote note in pack.Exceptions)
                {
                    text.Append("| ").Append(Escape(note.RowName)).Append(" | ")
                        .Append(note.Month is { } m ? CellFormat.Month(m) : "all").Append(" | ")
                        .Append(Escape(note.Text)).Append(" |\n");
                }

                text.Append('\n');
            }
        }

        AppendRisks(text, document);
        if (document.Problems.Count > 0)
        {
            text.Append("## Rejected input rows\n\n");
            foreach (string problem in document.Problems)
            {
                text.Append("- ").Append(Escape(problem)).Append('\n');
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static void AppendBusinessPlan(StringBuilder text, PackDocument document)
    {
        if (document.BusinessPlan.Count == 0)
        {
            return;
        }

        text.Append("## ").Append(Escape(document.BusinessPlanTitle)).Append("\n\n");
        string[] headings = BusinessPlanColumns.Headings(document);
        text.Append("| ").AppendJoin(" | ", headings.Select(Escape)).Append(" |\n|").Append(string.Concat(Enumerable.Repeat("---|", headings.Length))).Append('\n');
        foreach (var evaluation in document.BusinessPlan)
        {
            IReadOnlyList<string>[] cells = BusinessPlanColumns.Cells(evaluation);
            string marker = Marker(evaluation.Status);
            text.Append("| ").AppendJoin(" | ", cells.Select((c, i) => (i == BusinessPlanColumns.RagColumn ? marker : string.Empty) + string.Join("<br>", c.Select(Escape)))).Append(" |\n");
        }

        text.Append('\n').Append(Escape(BusinessPlanColumns.RuleNote(document))).Append("\n\n");
    }

    private static void AppendIntervals(StringBuilder text, PerformancePack pack)
    {
        KpiRow[] rows = [.. CellFormat.RowsWithIntervals(pack)];
        if (rows.Length == 0)
        {
            return;
        }

        text.Append("### Confidence intervals\n\n| KPI |");
        foreach (var month in pack.Months)
        {
            text.Append(' ').Append(CellFormat.Month(month)).Append(" |");
        }

        text.Append("\n|---|").Append(string.Concat(Enumerable.Repeat("---:|", pack.Months.Count))).Append('\n');
        foreach (KpiRow row in rows)
        {
            text.Append("| ").Append(Escape(row.Name)).Append(" |");
            for (int i = 0; i < pack.Months.Count; i++)
            {
                text.Append(' ').Append(Escape(CellFormat.Interval(row, i))).Append(" |");
            }

            text.Append('\n');
        }

        text.Append('\n');
    }

    private static void AppendRisks(StringBuilder text, PackDocument document)
    {
        if (document.Risks is not { } risks)
        {
            return;
        }

        text.Append("## Risks\n\n| ").AppendJoin(" | ", RiskColumns.Headings.Select(Escape)).Append(" |\n|")
            .Append(string.Concat(Enumerable.Repeat("---|", RiskColumns.Headings.Length))).Append('\n');
        foreach (var entry in risks.Entries)
        {
            string[] cells = RiskColumns.Cells(entry, document);
            cells = [.. cells.Select((c, i) => i == RiskColumns.ScoreColumn ? Marker(entry.ResidualStatus) + Escape(c) : Escape(c))];
            text.Append("| ").AppendJoin(" | ", cells).Append(" |\n");
        }

        foreach (string[] closed in RiskColumns.Closed(document))
        {
            text.Append("| ").AppendJoin(" | ", closed.Select(Escape)).Append(" |\n");
        }

        text.Append('\n');
    }

    private static string Marker(RagStatus rag) => rag switch
    {
        RagStatus.Green => "🟢 ",
        RagStatus.Amber => "🟠 ",
        RagStatus.Red => "🔴 ",
        _ => string.Empty,
    };

    /// <summary>The cover block: committee, report date, period, data as of, then the source files and their records.</summary>
    private static void AppendCover(StringBuilder text, PackDocument document)
    {
        if (document.Cover is not PackCover cover)
        {
            return;
        }

        text.Append("| | |\n|---|---|\n");
        foreach ((string label, string value) in cover.Items(document.Months))
        {
            text.Append("| **").Append(Escape(label)).Append("** | ").Append(Escape(value)).Append(" |\n");
        }

        text.Append("\n| Source file | Records | Counted | Rejected | Excluded | Outside the period |\n|---|---:|---:|---:|---:|---:|\n");
        foreach (var source in cover.Sources)
        {
            text.Append("| ").Append(Escape(source.File)).Append(" |");
            foreach (int count in new[] { source.Records, source.Counted, source.Rejected, source.Excluded, source.Outside })
            {
                text.Append(' ').Append(count.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(" |");
            }

            text.Append('\n');
        }

        text.Append('\n');
    }

    /// <summary>Escapes Markdown and inline HTML so that text shows literally; line breaks become spaces.</summary>
    internal static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = new StringBuilder(value.Length);
        foreach (char c in value)
        {
            switch (c)
            {
                case '&': text.Append("&amp;"); break;
                case '<': text.Append("&lt;"); break;
                case '>': text.Append("&gt;"); break;
                case '\r' or '\n': text.Append(' '); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '#' or '~': text.Append('\\').Append(c); break;
                default: text.Append(c); break;
            }
        }

        return text.ToString();
    }
}
