using System.Globalization;
using System.Net;
using System.Text;
using KpiCore.Kpis;
using KpiCore.Reporting;
using KpiCore.Risk;
using KpiCore.Satisfaction;

namespace KpiCore.Sample.Rendering;

/// <summary>
/// Writes the packs as one self-contained HTML file: KPI tables with RAG colours (N/A and UNVL shown as such),
/// exceptions commentary, inline SVG charts (availability per system against target, SLA % per priority over the
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
        table.risks thead th { text-align: left; }
        .charts { display: flex; flex-wrap: wrap; gap: 18px; margin-top: 14px; align-items: flex-start; }
        figure { margin: 0; border: 1px solid var(--rule); border-radius: 4px; padding: 8px; background: #fff; }
        figcaption { font-weight: 600; color: var(--head); margin-bottom: 4px; font-size: 14px; }
        svg text { font-family: inherit; }
        .problems li { font-family: Consolas, "DejaVu Sans Mono", monospace; font-size: 13px; }
        @page { size: A4 landscape; margin: 10mm; }
        @media print {
          body { margin: 0; max-width: none; }
          nav { display: none; }
          section.pack { break-before: page; }
          table { font-size: 10px; }
          th, td { padding: 2px 5px; }
          figure, table, tr { break-inside: avoid; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """;

    private static readonly string[] SeriesColours = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#17becf"];

    /// <summary>Renders the document.</summary>
    internal static string Render(PackDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(H(document.Title)).Append("</title>\n<style>\n").Append(Css).Append("\n</style>\n</head>\n<body>\n");
        html.Append("<header>\n<h1>").Append(H(document.Title)).Append("</h1>\n");
        html.Append("<p class=\"meta\">").Append(H(CellFormat.Month(document.Months[0]))).Append(" to ")
            .Append(H(CellFormat.Month(document.Months[^1]))).Append(" · availability on a 24x7 basis unless a service states its hours · made with KpiCore</p>\n");
        html.Append("<p class=\"legend\"><span class=\"rag-green\">target met</span><span class=\"rag-amber\">missed within tolerance</span>")
            .Append("<span class=\"rag-red\">missed</span><span class=\"na\">N/A: nothing to measure</span>")
            .Append("<span class=\"unvl\">UNVL: data unavailable</span></p>\n");
        html.Append("<nav>");
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

        for (int p = 0; p < document.Packs.Count; p++)
        {
            PerformancePack pack = document.Packs[p];
            html.Append("<section class=\"pack\" id=\"pack-").Append(p.ToString(CultureInfo.InvariantCulture)).Append("\">\n");
            html.Append("<h2>").Append(H(pack.Organisation)).Append(" KPIs</h2>\n");
            AppendTable(html, pack);
            AppendExceptions(html, pack);
            html.Append("<div class=\"charts\">\n");
            AppendAvailabilityChart(html, pack);
            AppendSlaChart(html, pack);
            html.Append("</div>\n</section>\n");
        }

        html.Append("<section id=\"nps\">\n<h2>Net Promoter Score</h2>\n<div class=\"charts\">\n");
        AppendNpsChart(html, document);
        html.Append("</div>\n</section>\n");

        if (document.Risks is RiskRegister risks)
        {
            html.Append("<section id=\"risks\">\n<h2>Risks</h2>\n<div class=\"charts\">\n");
            AppendHeatMap(html, risks);
            html.Append("</div>\n");
            AppendRiskTable(html, risks);
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

    /// <summary>HTML-escapes text for element content and attribute values.</summary>
    internal static string H(string text) => WebUtility.HtmlEncode(text);

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

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
                    html.Append("<td class=\"").Append(css).Append("\" title=\"").Append(H(title)).Append("\">").Append(H(CellFormat.Value(value)));
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

    private static void AppendAvailabilityChart(StringBuilder html, PerformancePack pack)
    {
        PackSection? section = pack.Sections.FirstOrDefault(s => s.Title == PerformancePackBuilder.AvailabilitySectionTitle);
        if (section is null || section.Rows.Count == 0)
        {
            return;
        }

        double low = 100;
        foreach (KpiRow row in section.Rows)
        {
            foreach (KpiValue value in row.Values)
            {
                if (value.TryGetValue(out double v))
                {
                    low = Math.Min(low, v);
                }
            }

            if (row.Target.Direction == TargetDirection.AtLeast)
            {
                low = Math.Min(low, row.Target.Threshold);
            }
        }

        low = Math.Max(0, Math.Floor(low - 0.5));
        double step = (100 - low) <= 2 ? 0.5 : (100 - low) <= 5 ? 1 : (100 - low) <= 12 ? 2 : (100 - low) <= 30 ? 5 : 10;
        const int labelWidth = 170, plotWidth = 380, rowHeight = 22, top = 26;
        int height = top + (section.Rows.Count * rowHeight) + 30;
        int width = labelWidth + plotWidth + 70;
        double X(double percent) => labelWidth + ((percent - low) / (100 - low) * plotWidth);
        YearMonthText last = new(pack.Months[^1]);
        html.Append("<figure class=\"chart availability\">\n<figcaption>Availability per system against target (bar: ")
            .Append(H(last.Text)).Append("; dots: earlier months)</figcaption>\n");
        html.Append(SvgOpen(width, height, "Availability per system against target for " + pack.Organisation));
        for (double tick = low; tick <= 100.0001; tick += step)
        {
            double x = X(tick);
            html.Append(Inv($"<line x1=\"{x:0.#}\" y1=\"{top - 6}\" x2=\"{x:0.#}\" y2=\"{height - 24}\" stroke=\"#e3e6ea\"/>"))
                .Append(Inv($"<text x=\"{x:0.#}\" y=\"{height - 10}\" font-size=\"11\" text-anchor=\"middle\" fill=\"#555\">{F(tick)}%</text>"));
        }

        for (int r = 0; r < section.Rows.Count; r++)
        {
            KpiRow row = section.Rows[r];
            int y = top + (r * rowHeight);
            html.Append(Inv($"<text x=\"{labelWidth - 8}\" y=\"{y + 14}\" font-size=\"12\" text-anchor=\"end\">")).Append(H(row.Name)).Append("</text>");
            int lastIndex = row.Values.Count - 1;
            KpiValue current = row.Values[lastIndex];
            if (current.TryGetValue(out double value))
            {
                string fill = RagFill(row.Evaluate(lastIndex).Rag);
                double x = X(Math.Max(value, low));
                html.Append(Inv($"<rect x=\"{labelWidth}\" y=\"{y + 4}\" width=\"{Math.Max(1, x - labelWidth):0.#}\" height=\"{rowHeight - 8}\" fill=\"{fill}\" rx=\"2\"><title>"))
                    .Append(H(row.Name + " " + last.Text + ": " + CellFormat.Value(current))).Append("</title></rect>");
                html.Append(Inv($"<text x=\"{X(100) + 6}\" y=\"{y + 15}\" font-size=\"11\">")).Append(H(CellFormat.Value(current))).Append("</text>");
            }
            else
            {
                html.Append(Inv($"<text x=\"{labelWidth + 6}\" y=\"{y + 15}\" font-size=\"11\" fill=\"#4a148c\" font-weight=\"600\">"))
                    .Append(H(CellFormat.Value(current))).Append("</text>");
            }

            for (int i = 0; i < lastIndex; i++)
            {
                if (row.Values[i].TryGetValue(out double earlier))
                {
                    html.Append(Inv($"<circle cx=\"{X(Math.Max(earlier, low)):0.#}\" cy=\"{y + 11}\" r=\"3\" fill=\"#fff\" stroke=\"#333\" stroke-width=\"1\"><title>"))
                        .Append(H(row.Name + " " + CellFormat.Month(pack.Months[i]) + ": " + CellFormat.Value(row.Values[i]))).Append("</title></circle>");
                }
            }

            if (row.Target.Direction == TargetDirection.AtLeast)
            {
                double tx = X(row.Target.Threshold);
                html.Append(Inv($"<line x1=\"{tx:0.#}\" y1=\"{y + 1}\" x2=\"{tx:0.#}\" y2=\"{y + rowHeight - 1}\" stroke=\"#111\" stroke-width=\"2\"><title>"))
                    .Append(H("target " + CellFormat.Target(row.Target))).Append("</title></line>");
            }
        }

        html.Append(Inv($"<text x=\"{labelWidth}\" y=\"14\" font-size=\"11\" fill=\"#555\">black line = target; bar colour = RAG</text>"));
        html.Append("</svg>\n</figure>\n");
    }

    private static void AppendSlaChart(StringBuilder html, PerformancePack pack)
    {
        PackSection? section = pack.Sections.FirstOrDefault(s => s.Title == PerformancePackBuilder.ServiceDeskSectionTitle);
        if (section is null)
        {
            return;
        }

        List<KpiRow> series = section.Rows
            .Where(r => r.Target.Direction == TargetDirection.AtLeast && r.Target.Unit == KpiUnit.Percent || r.Name == PerformancePackBuilder.OverallSlaRowName)
            .ToList();
        if (series.Count == 0)
        {
            return;
        }

        double low = 100;
        foreach (KpiRow row in series)
        {
            foreach (KpiValue value in row.Values)
            {
                if (value.TryGetValue(out double v))
                {
                    low = Math.Min(low, v);
                }
            }
        }

        low = Math.Max(0, Math.Floor((low - 5) / 10) * 10);
        const int left = 44, top = 14, plotWidth = 400, plotHeight = 200;
        int months = pack.Months.Count;
        int width = left + plotWidth + 20;
        int legendRows = (series.Count + 1) / 2;
        int height = top + plotHeight + 30 + (legendRows * 18);
        double X(int i) => left + (months == 1 ? plotWidth / 2.0 : i * (plotWidth / (double)(months - 1)));
        double Y(double percent) => top + ((100 - percent) / (100 - low) * plotHeight);
        html.Append("<figure class=\"chart sla\">\n<figcaption>% of calls resolved within SLA, per priority (dashed: target)</figcaption>\n");
        html.Append(SvgOpen(width, height, "SLA percentage per priority over the months for " + pack.Organisation));
        for (double tick = low; tick <= 100.0001; tick += 10)
        {
            html.Append(Inv($"<line x1=\"{left}\" y1=\"{Y(tick):0.#}\" x2=\"{left + plotWidth}\" y2=\"{Y(tick):0.#}\" stroke=\"#e3e6ea\"/>"))
                .Append(Inv($"<text x=\"{left - 6}\" y=\"{Y(tick) + 4:0.#}\" font-size=\"11\" text-anchor=\"end\" fill=\"#555\">{F(tick)}%</text>"));
        }

        for (int i = 0; i < months; i++)
        {
            html.Append(Inv($"<text x=\"{X(i):0.#}\" y=\"{top + plotHeight + 16}\" font-size=\"11\" text-anchor=\"middle\" fill=\"#555\">"))
                .Append(H(CellFormat.Month(pack.Months[i]))).Append("</text>");
        }

        for (int s = 0; s < series.Count; s++)
        {
            KpiRow row = series[s];
            bool overall = row.Name == PerformancePackBuilder.OverallSlaRowName;
            string colour = overall ? "#111" : SeriesColours[s % SeriesColours.Length];
            if (row.Target.Direction == TargetDirection.AtLeast && row.Target.Threshold >= low)
            {
                double ty = Y(row.Target.Threshold);
                html.Append(Inv($"<line x1=\"{left}\" y1=\"{ty:0.#}\" x2=\"{left + plotWidth}\" y2=\"{ty:0.#}\" stroke=\"{colour}\" stroke-dasharray=\"5 4\" stroke-width=\"1\" opacity=\"0.7\"/>"));
            }

            var segment = new List<string>();
            void Flush()
            {
                if (segment.Count > 1)
                {
                    html.Append("<polyline fill=\"none\" stroke=\"").Append(colour).Append("\" stroke-width=\"").Append(overall ? "2.5" : "2")
                        .Append("\" points=\"").AppendJoin(' ', segment).Append("\"/>");
                }

                segment.Clear();
            }

            for (int i = 0; i < months; i++)
            {
                if (row.Values[i].TryGetValue(out double v))
                {
                    segment.Add(Inv($"{X(i):0.#},{Y(v):0.#}"));
                    html.Append(Inv($"<circle cx=\"{X(i):0.#}\" cy=\"{Y(v):0.#}\" r=\"3.5\" fill=\"{colour}\"><title>"))
                        .Append(H(row.Name + " " + CellFormat.Month(pack.Months[i]) + ": " + CellFormat.Value(row.Values[i]))).Append("</title></circle>");
                }
                else
                {
                    Flush();
                }
            }

            Flush();
            int lx = left + (s % 2 * 210);
            int ly = top + plotHeight + 34 + (s / 2 * 18);
            html.Append(Inv($"<rect x=\"{lx}\" y=\"{ly - 9}\" width=\"14\" height=\"4\" fill=\"{colour}\"/>"))
                .Append(Inv($"<text x=\"{lx + 20}\" y=\"{ly - 3}\" font-size=\"11\">")).Append(H(row.Name)).Append("</text>");
        }

        html.Append("</svg>\n</figure>\n");
    }

    private static void AppendNpsChart(StringBuilder html, PackDocument document)
    {
        var series = new List<(string Name, IReadOnlyList<NpsSummary?> Summaries)>();
        foreach (PerformancePack pack in document.Packs)
        {
            if (document.Nps.TryGetValue(pack.Organisation, out IReadOnlyList<NpsSummary?>? summaries))
            {
                series.Add((pack.Organisation, summaries));
            }
        }

        double low = 20, high = 20;
        foreach (var (_, summaries) in series)
        {
            foreach (NpsSummary? summary in summaries)
            {
                if (summary is { HasResponses: true })
                {
                    NpsConfidenceInterval ci = summary.ConfidenceInterval();
                    low = Math.Min(low, ci.Lower);
                    high = Math.Max(high, ci.Upper);
                }
            }
        }

        low = Math.Max(-100, Math.Floor((low - 5) / 10) * 10);
        high = Math.Min(100, Math.Ceiling((high + 5) / 10) * 10);
        const int left = 44, top = 14, plotWidth = 620, plotHeight = 240;
        int months = document.Months.Count;
        int width = left + plotWidth + 20;
        int height = top + plotHeight + 52;
        double band = plotWidth / (double)months;
        double Y(double score) => top + ((high - score) / (high - low) * plotHeight);
        html.Append("<figure class=\"chart nps\">\n<figcaption>Net Promoter Score per month with its 95% confidence interval (adjusted Wald); dashed: target 20</figcaption>\n");
        html.Append(SvgOpen(width, height, "Net Promoter Score with confidence intervals"));
        for (double tick = low; tick <= high + 0.0001; tick += 10)
        {
            html.Append(Inv($"<line x1=\"{left}\" y1=\"{Y(tick):0.#}\" x2=\"{left + plotWidth}\" y2=\"{Y(tick):0.#}\" stroke=\"#e3e6ea\"/>"))
                .Append(Inv($"<text x=\"{left - 6}\" y=\"{Y(tick) + 4:0.#}\" font-size=\"11\" text-anchor=\"end\" fill=\"#555\">{F(tick)}</text>"));
        }

        html.Append(Inv($"<line x1=\"{left}\" y1=\"{Y(20):0.#}\" x2=\"{left + plotWidth}\" y2=\"{Y(20):0.#}\" stroke=\"#111\" stroke-dasharray=\"6 4\"/>"));
        for (int i = 0; i < months; i++)
        {
            html.Append(Inv($"<text x=\"{left + (band * (i + 0.5)):0.#}\" y=\"{top + plotHeight + 16}\" font-size=\"11\" text-anchor=\"middle\" fill=\"#555\">"))
                .Append(H(CellFormat.Month(document.Months[i]))).Append("</text>");
        }

        for (int s = 0; s < series.Count; s++)
        {
            string colour = SeriesColours[s % SeriesColours.Length];
            (string name, IReadOnlyList<NpsSummary?> summaries) = series[s];
            for (int i = 0; i < Math.Min(months, summaries.Count); i++)
            {
                if (summaries[i] is not { HasResponses: true } summary)
                {
                    continue;
                }

                NpsConfidenceInterval ci = summary.ConfidenceInterval();
                double x = left + (band * i) + (band * (s + 1) / (series.Count + 1));
                double score = summary.Score.Value;
                string tip = string.Create(CultureInfo.InvariantCulture,
                    $"{name} {CellFormat.Month(document.Months[i])}: NPS {score:0.##} (95% CI {ci.Lower:0.#} to {ci.Upper:0.#}, n = {summary.Total})");
                html.Append(Inv($"<line x1=\"{x:0.#}\" y1=\"{Y(ci.Upper):0.#}\" x2=\"{x:0.#}\" y2=\"{Y(ci.Lower):0.#}\" stroke=\"{colour}\" stroke-width=\"1.5\"/>"))
                    .Append(Inv($"<line x1=\"{x - 4:0.#}\" y1=\"{Y(ci.Upper):0.#}\" x2=\"{x + 4:0.#}\" y2=\"{Y(ci.Upper):0.#}\" stroke=\"{colour}\"/>"))
                    .Append(Inv($"<line x1=\"{x - 4:0.#}\" y1=\"{Y(ci.Lower):0.#}\" x2=\"{x + 4:0.#}\" y2=\"{Y(ci.Lower):0.#}\" stroke=\"{colour}\"/>"))
                    .Append(Inv($"<circle cx=\"{x:0.#}\" cy=\"{Y(score):0.#}\" r=\"4\" fill=\"{colour}\"><title>")).Append(H(tip)).Append("</title></circle>");
            }

            int lx = left + (s * 160);
            int ly = top + plotHeight + 40;
            html.Append(Inv($"<circle cx=\"{lx + 5}\" cy=\"{ly - 4}\" r=\"4\" fill=\"{colour}\"/>"))
                .Append(Inv($"<text x=\"{lx + 14}\" y=\"{ly}\" font-size=\"12\">")).Append(H(name)).Append("</text>");
        }

        if (series.Count == 0)
        {
            html.Append(Inv($"<text x=\"{left + 10}\" y=\"{top + 30}\" font-size=\"13\" fill=\"#616161\">N/A: no survey responses</text>"));
        }

        html.Append("</svg>\n</figure>\n");
    }

    private static void AppendHeatMap(StringBuilder html, RiskRegister risks)
    {
        RiskHeatMap map = risks.HeatMap(RiskStage.Residual);
        RiskScale impact = risks.Matrix.ImpactScale;
        RiskScale likelihood = risks.Matrix.LikelihoodScale;
        const int cell = 70, left = 110, top = 16;
        int width = left + (likelihood.Levels * cell) + 20;
        int height = top + (impact.Levels * cell) + 50;
        html.Append("<figure class=\"chart heatmap\">\n<figcaption>Risk heat map: residual impact × likelihood (number of risks per cell)</figcaption>\n");
        html.Append(SvgOpen(width, height, "Residual risk heat map"));
        for (int i = impact.Levels; i >= 1; i--)
        {
            int y = top + ((impact.Levels - i) * cell);
            html.Append(Inv($"<text x=\"{left - 8}\" y=\"{y + (cell / 2) + 4}\" font-size=\"12\" text-anchor=\"end\">")).Append(H(i.ToString(CultureInfo.InvariantCulture) + " " + impact.LabelOf(i))).Append("</text>");
            for (int l = 1; l <= likelihood.Levels; l++)
            {
                int x = left + ((l - 1) * cell);
                RiskScore score = risks.Matrix.Score(new RiskRating(i, l));
                string fill = RagBackground(risks.Bands.Rate(score));
                int count = map.Count(i, l);
                html.Append(Inv($"<rect x=\"{x}\" y=\"{y}\" width=\"{cell - 2}\" height=\"{cell - 2}\" fill=\"{fill}\" stroke=\"#fff\"><title>"))
                    .Append(H(string.Create(CultureInfo.InvariantCulture, $"impact {i} x likelihood {l}: score {score}, {count} risk(s)"))).Append("</title></rect>");
                html.Append(Inv($"<text x=\"{x + (cell / 2) - 1}\" y=\"{y + (cell / 2) + 8}\" font-size=\"{(count > 0 ? 22 : 12)}\" text-anchor=\"middle\" fill=\"#222\" font-weight=\"{(count > 0 ? "700" : "400")}\">"))
                    .Append(count > 0 ? count.ToString(CultureInfo.InvariantCulture) : "·").Append("</text>");
            }
        }

        for (int l = 1; l <= likelihood.Levels; l++)
        {
            html.Append(Inv($"<text x=\"{left + ((l - 1) * cell) + (cell / 2)}\" y=\"{top + (impact.Levels * cell) + 16}\" font-size=\"12\" text-anchor=\"middle\">"))
                .Append(H(l.ToString(CultureInfo.InvariantCulture) + " " + likelihood.LabelOf(l))).Append("</text>");
        }

        html.Append(Inv($"<text x=\"{left + (likelihood.Levels * cell / 2)}\" y=\"{top + (impact.Levels * cell) + 38}\" font-size=\"12\" text-anchor=\"middle\" fill=\"#555\">likelihood (next 12 months) →</text>"));
        html.Append(Inv($"<text x=\"14\" y=\"{top + 12}\" font-size=\"12\" fill=\"#555\">impact ↑</text>"));
        html.Append("</svg>\n</figure>\n");
    }

    private static void AppendRiskTable(StringBuilder html, RiskRegister risks)
    {
        html.Append("<h3>Risk register (residual, after mitigation)</h3>\n<table class=\"risks\">\n<thead><tr><th>Risk</th><th>Owner</th><th>Impact</th><th>Likelihood</th><th>Score</th><th>Mitigation</th></tr></thead>\n<tbody>\n");
        foreach (RiskRegisterEntry entry in risks.Entries)
        {
            RiskRecord risk = entry.Risk;
            string impact = risk.Residual is { } r ? r.Impact.ToString(CultureInfo.InvariantCulture) : string.Empty;
            string likelihood = risk.Residual is { } q ? q.Likelihood.ToString(CultureInfo.InvariantCulture) : string.Empty;
            html.Append("<tr><td class=\"name\" style=\"white-space:normal\">").Append(H(risk.Description)).Append("</td><td>").Append(H(risk.Owner ?? string.Empty))
                .Append("</td><td class=\"v\">").Append(H(impact)).Append("</td><td class=\"v\">").Append(H(likelihood))
                .Append("</td><td class=\"v rag-").Append(CellFormat.RagWord(entry.ResidualStatus)).Append("\">")
                .Append(H(entry.ResidualScore.ToString(null, CultureInfo.InvariantCulture))).Append("</td><td>")
                .Append(H(string.Join(" ", risk.MitigationActions))).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static string SvgOpen(int width, int height, string label) =>
        Inv($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"") + H(label) + "\">\n";

    private static string RagFill(RagStatus rag) => rag switch
    {
        RagStatus.Green => "#43a047",
        RagStatus.Amber => "#fb8c00",
        RagStatus.Red => "#e53935",
        _ => "#90a4ae",
    };

    private static string RagBackground(RagStatus rag) => rag switch
    {
        RagStatus.Green => "#a5d6a7",
        RagStatus.Amber => "#ffcc80",
        RagStatus.Red => "#ef9a9a",
        _ => "#eceff1",
    };

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private readonly struct YearMonthText(NodaTime.YearMonth month)
    {
        public string Text { get; } = CellFormat.Month(month);
    }
}
