using System.Globalization;
using System.Text;
using KpiCore.Kpis;
using KpiCore.Reporting;
using KpiCore.Risk;
using static KpiCore.Sample.Rendering.HtmlSvg;

namespace KpiCore.Sample.Rendering;

/// <summary>
/// Writes the packs as one self-contained HTML file: the business plan with each objective's RAG, KPI tables with RAG
/// colours (N/A and UNVL shown as such), confidence intervals, exceptions commentary, inline SVG charts (availability per system against target, SLA % per priority over the
/// months, NPS with its 95% interval, the risk heat map) and print CSS. No scripts, no external resources; every piece
/// of text is HTML-escaped.
/// </summary>
internal static class HtmlRenderer
{
    private const string Css = """
        :root { --green:#1b5e20; --green-bg:#c8e6c9; --amber:#8a4b00; --amber-bg:#ffe0b2; --red:#b71c1c; --red-bg:#ffcdd2;
                --unvl:#4a148c; --unvl-bg:#ede7f6; --na:#616161; --ink:#1a1a1a; --rule:#c9ced6; --head:#1f3a5f; }
        * { box-sizing: border-box; }
        body { font-family: "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); margin: 24px auto; max-width: 1200px; padding: 0 16px; line-height: 1.35; }
        h1 { color: var(--head); margin: 0 0 4px; font-size: 26px; }
        h2 { color: var(--head); border-bottom: 2px solid var(--head); padding-bottom: 4px; margin-top: 36px; }
        h3 { color: var(--head); margin: 20px 0 8px; font-size: 16px; }
        .meta { color: #555; margin: 0 0 12px; }
        nav a { margin-right: 14px; color: var(--head); }
        .legend span { display: inline-block; padding: 2px 8px; margin: 2px 6px 2px 0; border-radius: 3px; font-size: 13px; }
        table { border-collapse: collapse; width: 100%; font-size: 14px; }
        th, td { border: 1px solid var(--rule); padding: 4px 8px; }
        thead th { background: var(--head); color: #fff; text-align: right; }
        thead th:first-child, thead th:nth-child(2) { text-align: left; }
        tr.section th { background: #e8edf3; text-align: left; letter-spacing: .04em; font-size: 13px; }
        td.name { white-space: nowrap; }
        td.target { color: #333; white-space: nowrap; }
        td.v { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .rag-green { background: var(--green-bg); color: var(--green); }
        .rag-amber { background: var(--amber-bg); color: var(--amber); font-weight: 600; }
        .rag-red { background: var(--red-bg); color: var(--red); font-weight: 700; }
        .na { color: var(--na); font-style: italic; }
        .unvl { background: repeating-linear-gradient(135deg, var(--unvl-bg), var(--unvl-bg) 4px, #fff 4px, #fff 8px); color: var(--unvl); font-weight: 600; }
        .trend { font-size: 10px; color: #777; margin-left: 3px; }
        table.notes td:first-child { white-space: nowrap; font-weight: 600; }
        table.risks thead th, table.plan thead th { text-align: left; }
        table.plan td, table.risks td { vertical-align: top; }
        table.plan p { margin: 0 0 4px; }
        .charts { display: flex; flex-wrap: wrap; gap: 18px; margin-top: 14px; align-items: flex-start; }
        figure { margin: 0; border: 1px solid var(--rule); border-radius: 4px; padding: 8px; background: #fff; }
        figcaption { font-weight: 600; color: var(--head); margin-bottom: 4px; font-size: 14px; }
        svg text { font-family: inherit; }
        .problems li { font-family: Consolas, "DejaVu Sans Mono", monospace; font-size: 13px; }
        .cover { display: flex; flex-wrap: wrap; gap: 12px 36px; align-items: flex-start; margin: 8px 0 14px; }
        .cover dl { display: grid; grid-template-columns: max-content auto; gap: 4px 14px; margin: 0; font-size: 15px; }
        .cover dt { font-weight: 600; color: var(--head); }
        .cover dd { margin: 0; }
        table.sources { width: auto; font-size: 13px; }
        table.sources caption { text-align: left; font-weight: 600; color: var(--head); padding-bottom: 4px; }
        table.sources thead th:first-child { text-align: left; }
        @page { size: A4 landscape; margin: 10mm; }
        @media print {
          body { margin: 0; max-width: none; padding: 0; }
          nav { display: none; }
          header { break-after: page; }
          section.pack, section#nps, section#risks { break-before: page; }
          h2 { margin-top: 0; }
          h1, h2, h3, figcaption, caption { break-after: avoid; break-inside: avoid; }
          table { font-size: 10px; }
          th, td { padding: 2px 5px; }
          thead { display: table-header-group; }
          figure, tr, .cover, table.notes, table.sources { break-inside: avoid; }
          .charts { orphans: 1; widows: 1; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """;

    /// <summary>Renders the document.</summary>
    internal static string Render(PackDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(H(document.Title)).Append("</title>\n<style>\n").Append(Css).Append("\n</style>\n</head>\n<body>\n");
        html.Append("<header>\n<h1>").Append(H(document.Title)).Append("</h1>\n");
        HtmlCover.Append(html, document);
        html.Append("<p class=\"meta\">").Append(H(CellFormat.Month(document.Months[0]))).Append(" to ")
            .Append(H(CellFormat.Month(document.Months[^1]))).Append(" · availability on a 24x7 basis unless a service states its hours · made with KpiCore</p>\n");
        html.Append("<p class=\"legend\"><span class=\"rag-green\">target met</span><span class=\"rag-amber\">missed within tolerance</span>")
            .Append("<span class=\"rag-red\">missed</span><span class=\"na\">N/A: nothing to measure</span>")
            .Append("<span class=\"unvl\">UNVL: data unavailable</span></p>\n");
        html.Append("<nav>");
        if (document.BusinessPlan.Count > 0)
        {
            html.Append("<a href=\"#business-plan\">").Append(H(document.BusinessPlanTitle)).Append("</a>");
        }

        for (int p = 0; p < document.Packs.Count; p++)
        {
            html.Append("<a href=\"#pack-").Append(p.ToString(CultureInfo.InvariantCulture)).Append("\">").Append(H(document.Packs[p].Organisation)).Append("</a>");
        }

        html.Append("<a href=\"#nps\">Net Promoter Score</a>");
        if (document.Risks is not null)
        {
            html.Append("<a href=\"#risks\">Risks</a>");
        }

        html.Append("</nav>\n</header>\n");
        AppendBusinessPlan(html, document);

        for (int p = 0; p < document.Packs.Count; p++)
        {
            PerformancePack pack = document.Packs[p];
            html.Append("<section class=\"pack\" id=\"pack-").Append(p.ToString(CultureInfo.InvariantCulture)).Append("\">\n");
            html.Append("<h2>").Append(H(pack.Organisation)).Append(" KPIs</h2>\n");
            AppendTable(html, pack);
            AppendIntervals(html, pack);
            AppendExceptions(html, pack);
            html.Append("<div class=\"charts\">\n");
            HtmlAvailabilityChart.Append(html, pack);
            HtmlSlaChart.Append(html, pack);
            html.Append("</div>\n</section>\n");
        }

        html.Append("<section id=\"nps\">\n<h2>Net Promoter Score</h2>\n<div class=\"charts\">\n");
        HtmlNpsChart.Append(html, document);
        html.Append("</div>\n</section>\n");

        if (document.Risks is RiskRegister risks)
        {
            html.Append("<section id=\"risks\">\n<h2>Risks</h2>\n<div class=\"charts\">\n");
            HtmlRiskCharts.AppendHeatMap(html, risks);
            html.Append("</div>\n");
            HtmlRiskCharts.AppendTable(html, risks, document);
            html.Append("</section>\n");
        }

        if (document.Problems.Count > 0)
        {
            html.Append("<section id=\"problems\">\n<h2>Rejected input rows</h2>\n<ul class=\"problems\">\n");
            foreach (string problem in document.Problems)
            {
                html.Append("<li>").Append(H(problem)).Append("</li>\n");
            }

            html.Append("</ul>\n</section>\n");
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendTable(StringBuilder html, PerformancePack pack)
    {
        html.Append("<table class=\"kpi\">\n<thead><tr><th>KPI</th><th>Target</th>");
        foreach (var month in pack.Months)
        {
            html.Append("<th>").Append(H(CellFormat.Month(month))).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (PackSection section in pack.Sections)
        {
            html.Append("<tr class=\"section\"><th colspan=\"").Append((pack.Months.Count + 2).ToString(CultureInfo.InvariantCulture)).Append("\">")
                .Append(H(section.Title.ToUpperInvariant())).Append("</th></tr>\n");
            foreach (KpiRow row in section.Rows)
            {
                html.Append("<tr><td class=\"name\">").Append(H(row.Name)).Append("</td><td class=\"target\">").Append(H(CellFormat.Target(row.Target))).Append("</td>");
                for (int i = 0; i < pack.Months.Count; i++)
                {
                    KpiValue value = row.Values[i];
                    TargetEvaluation evaluation = row.Evaluate(i);
                    string css = value.Kind switch
                    {
                        KpiValueKind.NotApplicable => "v na",
                        KpiValueKind.Unavailable => "v unvl",
                        _ => evaluation.Rag == RagStatus.NotAssessed ? "v" : "v rag-" + CellFormat.RagWord(evaluation.Rag),
                    };
                    string title = value.Kind switch
                    {
                        KpiValueKind.NotApplicable => "not applicable: nothing to measure",
                        KpiValueKind.Unavailable => "unavailable: no data",
                        _ => evaluation.Outcome.ToString(),
                    };
                    html.Append("<td class=\"").Append(css).Append("\" title=\"").Append(H(title)).Append("\">").Append(H(CellFormat.Value(row, i)));
                    string trend = CellFormat.Trend(row, i);
                    if (trend.Length > 0 && row.Target.Direction == TargetDirection.DecreaseOnPrevious)
                    {
                        html.Append("<span class=\"trend\">").Append(H(trend)).Append("</span>");
                    }

                    html.Append("</td>");
                }

                html.Append("</tr>\n");
            }
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void AppendBusinessPlan(StringBuilder html, PackDocument document)
    {
        if (document.BusinessPlan.Count == 0)
        {
            return;
        }

        html.Append("<section id=\"business-plan\">\n<h2>").Append(H(document.BusinessPlanTitle)).Append("</h2>\n<table class=\"plan\">\n<thead><tr>");
        foreach (string heading in BusinessPlanColumns.Headings(document))
        {
            html.Append("<th>").Append(H(heading)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var evaluation in document.BusinessPlan)
        {
            IReadOnlyList<string>[] cells = BusinessPlanColumns.Cells(evaluation);
            html.Append("<tr>");
            for (int c = 0; c < cells.Length; c++)
            {
                string css = c == BusinessPlanColumns.RagColumn && evaluation.Status != RagStatus.NotAssessed ? " class=\"rag-" + CellFormat.RagWord(evaluation.Status) + "\"" : string.Empty;
                html.Append("<td").Append(css).Append('>');
                foreach (string paragraph in cells[c])
                {
                    html.Append("<p>").Append(H(paragraph)).Append("</p>");
                }

                html.Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n<p class=\"meta\">").Append(H(BusinessPlanColumns.RuleNote(document))).Append("</p>\n</section>\n");
    }

    private static void AppendIntervals(StringBuilder html, PerformancePack pack)
    {
        KpiRow[] rows = [.. CellFormat.RowsWithIntervals(pack)];
        if (rows.Length == 0)
        {
            return;
        }

        html.Append("<h3>Confidence intervals</h3>\n<table class=\"notes\">\n<thead><tr><th>KPI</th>");
        foreach (var month in pack.Months)
        {
            html.Append("<th>").Append(H(CellFormat.Month(month))).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (KpiRow row in rows)
        {
            html.Append("<tr><td>").Append(H(row.Name)).Append("</td>");
            for (int i = 0; i < pack.Months.Count; i++)
            {
                html.Append("<td class=\"v\">").Append(H(CellFormat.Interval(row, i))).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void AppendExceptions(StringBuilder html, PerformancePack pack)
    {
        if (pack.Exceptions.Count == 0)
        {
            return;
        }

        html.Append("<h3>Exceptions</h3>\n<table class=\"notes\">\n<tbody>\n");
        foreach (ExceptionNote note in pack.Exceptions)
        {
            html.Append("<tr><td>").Append(H(note.RowName)).Append("</td><td>")
                .Append(H(note.Month is { } m ? CellFormat.Month(m) : "all months")).Append("</td><td>")
                .Append(H(note.Text)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }
}
