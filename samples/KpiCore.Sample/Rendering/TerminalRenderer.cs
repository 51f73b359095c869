using KpiCore.Kpis;
using KpiCore.Reporting;
using Spectre.Console;

namespace KpiCore.Sample.Rendering;

/// <summary>Shows the packs in the terminal as Spectre.Console tables with RAG colours, a legend and the exceptions commentary.</summary>
internal static class TerminalRenderer
{
    /// <summary>Renders the document to a console.</summary>
    internal static void Render(PackDocument document, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(console);
        console.Write(new Rule("[bold]" + Markup.Escape(document.Title) + "[/]").LeftJustified());
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

        console.MarkupLine(Legend);
    }

    /// <summary>The colour key printed under the tables.</summary>
    internal const string Legend =
        "Legend: [green]green[/] target met, [yellow]amber[/] missed within tolerance, [red]red[/] missed, plain: not judged; " +
        "[grey]N/A[/] nothing to measure, [fuchsia]UNVL[/] data unavailable.";

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
