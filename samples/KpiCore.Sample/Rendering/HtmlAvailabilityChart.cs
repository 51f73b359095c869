using System.Text;
using KpiCore.Kpis;
using KpiCore.Reporting;
using static KpiCore.Sample.Rendering.HtmlSvg;

namespace KpiCore.Sample.Rendering;

/// <summary>The availability chart of a pack: per service a bar for the last month coloured by RAG, dots for earlier months, and the row's target as a black line.</summary>
internal static class HtmlAvailabilityChart
{
    /// <summary>Appends the chart of a pack, or nothing when the pack has no availability rows.</summary>
    internal static void Append(StringBuilder html, PerformancePack pack)
    {
        PackSection? section = pack.FindSection(PackSectionKind.Availability);
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
        string lastMonth = CellFormat.Month(pack.Months[^1]);
        html.Append("<figure class=\"chart availability\">\n<figcaption>Availability per system against target (bar: ")
            .Append(H(lastMonth)).Append("; dots: earlier months)</figcaption>\n");
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
                    .Append(H(row.Name + " " + lastMonth + ": " + CellFormat.Value(row, lastIndex))).Append("</title></rect>");
                html.Append(Inv($"<text x=\"{X(100) + 6}\" y=\"{y + 15}\" font-size=\"11\">")).Append(H(CellFormat.Value(row, lastIndex))).Append("</text>");
            }
            else
            {
                html.Append(Inv($"<text x=\"{labelWidth + 6}\" y=\"{y + 15}\" font-size=\"11\" fill=\"#4a148c\" font-weight=\"600\">"))
                    .Append(H(CellFormat.Value(row, lastIndex))).Append("</text>");
            }

            for (int i = 0; i < lastIndex; i++)
            {
                if (row.Values[i].TryGetValue(out double earlier))
                {
                    html.Append(Inv($"<circle cx=\"{X(Math.Max(earlier, low)):0.#}\" cy=\"{y + 11}\" r=\"3\" fill=\"#fff\" stroke=\"#333\" stroke-width=\"1\"><title>"))
                        .Append(H(row.Name + " " + CellFormat.Month(pack.Months[i]) + ": " + CellFormat.Value(row, i))).Append("</title></circle>");
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
}
