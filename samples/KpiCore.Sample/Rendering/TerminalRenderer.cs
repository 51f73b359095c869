using KpiCore.Kpis;
using KpiCore.Reporting;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace KpiCore.Sample.Rendering;

/// <summary>
/// Shows the document in the terminal: the cover, the business plan (a block per objective), each pack as a
/// Spectre.Console table with RAG colours, its confidence intervals and exceptions commentary, the risk register in full,
/// and a legend; or, for a pipe, the same as plain lines.
/// </summary>
internal static class TerminalRenderer
{
    /// <summary>The fewest characters a KPI label column gets before the table drops its borders to make room.</summary>
    private const int BorderedLabelWidth = 28;

    /// <summary>
    /// Renders the document to a console as tables that fit its width (<see cref="Profile.Width"/>): labels are wrapped
    /// at word boundaries, a word longer than the column is cut with an ellipsis, and a narrow console (such as 80
    /// columns) gets tables without borders so the figures keep their width.
    /// </summary>
    internal static void Render(PackDocument document, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(console);
        console.Write(new Rule("[bold]" + Markup.Escape(document.Title) + "[/]").LeftJustified());
        RenderCover(document, console);
        RenderBusinessPlan(document, console);
        foreach (PerformancePack pack in document.Packs)
        {
            string[] targets = [.. pack.Sections.SelectMany(s => s.Rows).Select(r => CellFormat.Target(r.Target))];
            int targetWidth = targets.Append("Target").Max(t => t.Length);
            int[] monthWidths = [.. pack.Months.Select((m, i) =>
                pack.Sections.SelectMany(s => s.Rows).Select(r => CellFormat.Value(r, i).Length).Append(CellFormat.Month(m).Length).Max())];
            int columns = 2 + monthWidths.Length;
            int figures = targetWidth + monthWidths.Sum();
            int width = console.Profile.Width;
            int bordered = width - figures - (2 * columns) - (columns + 1);
            bool borders = bordered >= BorderedLabelWidth;
            int labelWidth = Math.Max(8, borders ? bordered : width - figures - (columns - 1) - 1);

            var table = new Table().Title("[bold]" + Markup.Escape(pack.Organisation) + " KPIs[/]");
            if (borders)
            {
                table.Border(TableBorder.Rounded);
            }
            else
            {
                table.Border(TableBorder.None);
            }

            var padding = borders ? new Padding(1, 0, 1, 0) : new Padding(0, 0, 1, 0);
            table.AddColumn(new TableColumn("[bold]KPI[/]").Width(labelWidth).NoWrap().Padding(padding));
            table.AddColumn(new TableColumn("[bold]Target[/]").RightAligned().Width(targetWidth).NoWrap().Padding(padding));
            for (int i = 0; i < pack.Months.Count; i++)
            {
                table.AddColumn(new TableColumn("[bold]" + CellFormat.Month(pack.Months[i]) + "[/]").RightAligned().Width(monthWidths[i]).NoWrap().Padding(padding));
            }

            foreach (PackSection section in pack.Sections)
            {
                var header = new List<IRenderable> { Label(section.Title.ToUpperInvariant(), labelWidth, "bold underline"), Text.Empty };
                header.AddRange(pack.Months.Select(_ => Text.Empty));
                table.AddRow(header);
                foreach (KpiRow row in section.Rows)
                {
                    var cells = new List<IRenderable> { Label(row.Name, labelWidth, null), new Markup(Markup.Escape(CellFormat.Target(row.Target))) };
                    for (int i = 0; i < pack.Months.Count; i++)
                    {
                        cells.Add(new Markup(Cell(row, i)));
                    }

                    table.AddRow(cells);
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

    /// <summary>
    /// Renders the document as plain text for a pipe or a file: no colours, no box drawing and no fixed width; one line
    /// per row, its cells separated by " | ", a judged figure followed by its RAG letter (G, A or R).
    /// </summary>
    internal static void RenderPlain(PackDocument document, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(document.Title);
        if (document.Cover is PackCover cover)
        {
            foreach ((string label, string value) in cover.Items(document.Months))
            {
                output.WriteLine(label + ": " + value);
            }

            output.WriteLine("Source files:");
            cover.Sources.Select(s => "  " + s).ToList().ForEach(output.WriteLine);
        }

        // The business plan, intervals and risks are blocks of text: the same blocks as on a terminal, without colour or wrapping.
        IAnsiConsole plain = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Out = new AnsiConsoleOutput(output), Interactive = InteractionSupport.No });
        plain.Profile.Width = int.MaxValue / 2;
        output.WriteLine();
        RenderBusinessPlan(document, plain);

        foreach (PerformancePack pack in document.Packs)
        {
            output.WriteLine();
            output.WriteLine(pack.Organisation + " KPIs");
            output.WriteLine(string.Join(" | ", PlainHeader.Concat(pack.Months.Select(CellFormat.Month))));
            foreach (PackSection section in pack.Sections)
            {
                output.WriteLine(section.Title.ToUpperInvariant());
                foreach (KpiRow row in section.Rows)
                {
                    IEnumerable<string> cells = Enumerable.Range(0, pack.Months.Count).Select(i => CellFormat.Rag(row, i) switch
                    {
                        RagStatus.Green => CellFormat.Value(row, i) + " G",
                        RagStatus.Amber => CellFormat.Value(row, i) + " A",
                        RagStatus.Red => CellFormat.Value(row, i) + " R",
                        _ => CellFormat.Value(row, i),
                    });
                    output.WriteLine(string.Join(" | ", new[] { row.Name, CellFormat.Target(row.Target) }.Concat(cells)));
                }
            }

            if (pack.Exceptions.Count > 0)
            {
                output.WriteLine("Exceptions");
                foreach (ExceptionNote note in pack.Exceptions)
                {
                    string month = note.Month is { } m ? " (" + CellFormat.Month(m) + ")" : string.Empty;
                    output.WriteLine("  " + note.RowName + month + ": " + note.Text);
                }
            }

            RenderIntervals(pack, plain);
        }

        output.WriteLine();
        RenderRisks(document, plain);
        output.WriteLine(PlainLegend);
    }

    private static readonly string[] PlainHeader = ["KPI", "Target"];

    /// <summary>The key printed under the plain tables.</summary>
    internal const string PlainLegend =
        "Legend: G target met, A missed within tolerance, R missed, no letter: not judged; N/A nothing to measure, UNVL data unavailable.";

    /// <summary>Wraps a label at word boundaries into lines of at most <paramref name="width"/> characters; a longer word is cut with an ellipsis.</summary>
    internal static IReadOnlyList<string> Wrap(string text, int width)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 2);
        var lines = new List<string>();
        var line = new System.Text.StringBuilder();
        foreach (string word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            string piece = word.Length > width ? word[..(width - 1)] + "…" : word;
            if (line.Length > 0 && line.Length + 1 + piece.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(piece);
        }

        lines.Add(line.ToString());
        return lines;
    }

    private static Markup Label(string text, int width, string? style)
    {
        string escaped = string.Join("\n", Wrap(text, width).Select(Markup.Escape));
        return new Markup(style is null ? escaped : "[" + style + "]" + escaped + "[/]").Overflow(Overflow.Ellipsis);
    }

    private static void RenderCover(PackDocument document, IAnsiConsole console)
    {
        if (document.Cover is not PackCover cover)
        {
            return;
        }

        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        foreach ((string label, string value) in cover.Items(document.Months))
        {
            grid.AddRow(new Markup("[bold]" + Markup.Escape(label) + "[/]"), new Markup(Markup.Escape(value)));
        }

        grid.AddRow(new Markup("[bold]Source files[/]"), new Markup(Markup.Escape(string.Join("\n", cover.Sources.Select(s => s.ToString())))));
        console.Write(grid);
        console.WriteLine();
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
