using System.Text;
using KpiCore.Kpis;
using KpiCore.Reporting;
using static KpiCore.Sample.Rendering.HtmlSvg;

namespace KpiCore.Sample.Rendering;

/// <summary>The SLA chart of a pack: "% resolved within SLA" per priority and overall over the months, each priority's target (from its row) dashed.</summary>
internal static class HtmlSlaChart
{
    /// <summary>Appends the chart of a pack, or nothing when the pack has no SLA rows.</summary>
    internal static void Append(StringBuilder html, PerformancePack pack)
    {
        PackSection? section = pack.FindSection(PackSectionKind.ServiceDesk);
        if (section is null)
        {
            return;
        }

        List<KpiRow> series = section.Rows
            .Where(r => r.Key.StartsWith(PackRowKeys.SlaPrefix, StringComparison.Ordinal) || r.Key == PackRowKeys.OverallSla)
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
            bool overall = row.Key == PackRowKeys.OverallSla;
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
                        .Append(H(row.Name + " " + CellFormat.Month(pack.Months[i]) + ": " + CellFormat.Value(row, i))).Append("</title></circle>");
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
}
