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

    /// <summary>Appends the register as a table, residual scores coloured by RAG.</summary>
    internal static void AppendTable(StringBuilder html, RiskRegister risks)
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
}
