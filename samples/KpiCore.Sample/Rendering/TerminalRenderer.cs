using KpiCore.Kpis;
using KpiCore.Reporting;
using Spectre.Console;

namespace KpiCore.Sample.Rendering;

/// <summary>
/// Shows the document in the terminal: the business plan (a block per objective), each pack as a Spectre.Console table
/// with RAG colours, its confidence intervals and exceptions commentary, the risk register in full, and a legend.
/// </summary>
internal static class TerminalRenderer
{
    /// <summary>Renders the document to a console.</summary>
    internal static void Render(PackDocument document, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(console);
        console.Write(new Rule("[bold]" + Markup.Escape(document.Title) + "[/]").LeftJustified());
        RenderBusinessPlan(document, console);
        foreach (PerformancePack pack in document.Packs)
        {
            var table = new Table().Border(TableBorder.Rounded).Title("[bold]" + Markup.Escape(pack.Organisation) + " KPIs[/]");
            table.AddColumn(new TableColumn("[bold]KPI[/]"));
            table.AddColumn(new TableColumn("[bold]Target[/]").RightAligned());
            foreach (var month in pack.Months)
            {
                table.AddColumn(new TableColumn("[bold]" + CellFormat.Month(month) + "[/]").RightAligned());
            }

            foreach (PackSection section in pack.Sections)
            {
                var header = new List<string> { "[bold underline]" + Markup.Escape(section.Title.ToUpperInvariant()) + "[/]", string.Empty };
                header.AddRange(pack.Months.Select(_ => string.Empty));
                table.AddRow(header.ToArray());
                foreach (KpiRow row in section.Rows)
                {
                    var cells = new List<string> { Markup.Escape(row.Name), Markup.Escape(CellFormat.Target(row.Target)) };
                    for (int i = 0; i < pack.Months.Count; i++)
                    {
                        cells.Add(Cell(row, i));
                    }

                    table.AddRow(cells.ToArray());
                }
            }

            console.Write(table);
            RenderIntervals(pack, console);
            if (pack.Exceptions.Count > 0)
            {
                console.MarkupLine("[bold]Exceptions[/]");
                foreach (ExceptionNote note in pack.Exceptions)
                {
                    string month = note.Month is { } m ? " (" + CellFormat.Month(m) + ")" : string.Empty;
                    console.MarkupLine("  [bold]" + Markup.Escape(note.RowName) + "[/]" + Markup.Escape(month) + ": " + Markup.Escape(note.Text));
                }
            }

            console.WriteLine();
        }

        RenderRisks(document, console);
        console.MarkupLine(Legend);
    }

    /// <summary>The colour key printed under the tables.</summary>
    internal const string Legend =
        "Legend: [green]green[/] target met, [yellow]amber[/] missed within tolerance, [red]red[/] missed, plain: not judged; " +
        "[grey]N/A[/] nothing to measure, [fuchsia]UNVL[/] data unavailable.";

    /// <summary>The business plan as a list (one block per objective), so that long text wraps at any width.</summary>
    private static void RenderBusinessPlan(PackDocument document, IAnsiConsole console)
    {
        if (document.BusinessPlan.Count == 0)
        {
            return;
        }

        console.MarkupLine("[bold underline]" + Markup.Escape(document.BusinessPlanTitle.ToUpperInvariant()) + "[/]");
        string[] headings = BusinessPlanColumns.Headings(document);
        foreach (var evaluation in document.BusinessPlan)
        {
            IReadOnlyList<string>[] cells = BusinessPlanColumns.Cells(evaluation);
            console.MarkupLine(Colour(evaluation.Status, "[" + BusinessPlanColumns.Rag(evaluation) + "]") + " [bold]" + Markup.Escape(cells[0][0] + " " + cells[1][0]) + "[/]");
            for (int c = 2; c < cells.Length; c++)
            {
                if (c == BusinessPlanColumns.RagColumn || cells[c].Count == 0)
                {
                    continue;
                }

                console.MarkupLine("  [bold]" + Markup.Escape(headings[c]) + ":[/]");
                foreach (string paragraph in cells[c])
                {
                    console.MarkupLine("    - " + Markup.Escape(paragraph));
                }
            }
        }

        console.MarkupLine("[grey]" + Markup.Escape(BusinessPlanColumns.RuleNote(document)) + "[/]");
        console.WriteLine();
    }

    /// <summary>The confidence intervals of a pack's rows that have them (NPS, satisfaction, process success).</summary>
    private static void RenderIntervals(PerformancePack pack, IAnsiConsole console)
    {
        KpiRow[] rows = [.. CellFormat.RowsWithIntervals(pack)];
        if (rows.Length == 0)
        {
            return;
        }

        console.MarkupLine("[bold]Confidence intervals[/]");
        foreach (KpiRow row in rows)
        {
            IEnumerable<string> months = Enumerable.Range(0, pack.Months.Count)
                .Where(i => row.Intervals[i] is not null)
                .Select(i => CellFormat.Month(pack.Months[i]) + " " + CellFormat.Interval(row, i));
            console.MarkupLine("  [bold]" + Markup.Escape(row.Name) + "[/]: " + Markup.Escape(string.Join("; ", months)));
        }
    }

    /// <summary>The risk register in full, one block per risk: every column of the report plus inherent score, RAG and movement.</summary>
    private static void RenderRisks(PackDocument document, IAnsiConsole console)
    {
        if (document.Risks is not { } risks)
        {
            return;
        }

        console.MarkupLine("[bold underline]RISKS[/]");
        foreach (var entry in risks.Entries)
        {
            string[] cells = RiskColumns.Cells(entry, document);
            console.MarkupLine(Colour(entry.ResidualStatus, "[" + cells[RiskColumns.ScoreColumn] + " " + cells[RiskColumns.ScoreColumn + 1] + "]") + " [bold]" + Markup.Escape(cells[0] + " " + cells[1]) + "[/]");
            for (int c = 0; c < cells.Length; c++)
            {
                console.MarkupLine("  [bold]" + Markup.Escape(RiskColumns.Headings[c]) + ":[/] " + Markup.Escape(cells[c].Length == 0 ? "-" : cells[c]));
            }
        }

        foreach (string[] closed in RiskColumns.Closed(document))
        {
            console.MarkupLine("  " + Markup.Escape(closed[0] + ": " + closed[RiskColumns.MovementColumn]));
        }

        console.WriteLine();
    }

    private static string Colour(RagStatus rag, string text) => rag switch
    {
        RagStatus.Green => "[green]" + Markup.Escape(text) + "[/]",
        RagStatus.Amber => "[yellow]" + Markup.Escape(text) + "[/]",
        RagStatus.Red => "[bold red]" + Markup.Escape(text) + "[/]",
        _ => Markup.Escape(text),
    };

    private static string Cell(KpiRow row, int index)
    {
        KpiValue value = row.Values[index];
        RagStatus rag = CellFormat.Rag(row, index);
        string text = Markup.Escape(CellFormat.Value(row, index));
        return value.Kind switch
        {
            KpiValueKind.NotApplicable => "[grey]" + text + "[/]",
            KpiValueKind.Unavailable => "[fuchsia]" + text + "[/]",
            _ => rag switch
            {
                RagStatus.Green => "[green]" + text + "[/]",
                RagStatus.Amber => "[yellow]" + text + "[/]",
                RagStatus.Red => "[bold red]" + text + "[/]",
                _ => text,
            },
        };
    }
}
