using System.Globalization;
using System.Text;
using KpiCore.Risk;
using static KpiCore.Sample.Rendering.HtmlSvg;

namespace KpiCore.Sample.Rendering;

/// <summary>The risk register in HTML: the residual heat map and the register table.</summary>
internal static class HtmlRiskCharts
{
    /// <summary>Appends the residual heat map: number of risks per impact x likelihood cell, coloured by band.</summary>
    internal static void AppendHeatMap(StringBuilder html, RiskRegister risks)
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

    /// <summary>Appends the register as a table with every column (<see cref="RiskColumns"/>), the residual score coloured by RAG.</summary>
    internal static void AppendTable(StringBuilder html, RiskRegister risks, PackDocument document)
    {
        html.Append("<h3>Risk register (residual, after mitigation)</h3>\n<table class=\"risks\">\n<thead><tr>");
        foreach (string heading in RiskColumns.Headings)
        {
            html.Append("<th>").Append(H(heading)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (RiskRegisterEntry entry in risks.Entries)
        {
            AppendRow(html, RiskColumns.Cells(entry, document), entry.ResidualStatus);
        }

        foreach (string[] closed in RiskColumns.Closed(document))
        {
            AppendRow(html, closed, KpiCore.Kpis.RagStatus.NotAssessed);
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void AppendRow(StringBuilder html, string[] cells, KpiCore.Kpis.RagStatus rag)
    {
        html.Append("<tr>");
        for (int c = 0; c < cells.Length; c++)
        {
            string css = c == RiskColumns.ScoreColumn && rag != KpiCore.Kpis.RagStatus.NotAssessed ? " class=\"v rag-" + CellFormat.RagWord(rag) + "\"" : string.Empty;
            html.Append("<td").Append(css).Append('>').Append(H(cells[c])).Append("</td>");
        }

        html.Append("</tr>\n");
    }
}
