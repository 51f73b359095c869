using System.Globalization;
using System.Text;
using KpiCore.Kpis;
using KpiCore.Reporting;
using static KpiCore.Sample.Rendering.HtmlSvg;

namespace KpiCore.Sample.Rendering;

/// <summary>
/// The Net Promoter Score chart: each pack's monthly score with its 95% confidence interval (the intervals the NPS rows
/// carry), and the row's target as a dashed line.
/// </summary>
internal static class HtmlNpsChart
{
    /// <summary>Appends the chart of every pack whose NPS row has an interval in some month.</summary>
    internal static void Append(StringBuilder html, PackDocument document)
    {
        var series = new List<(string Name, KpiRow Row)>();
        KpiTarget? target = null;
        foreach (PerformancePack pack in document.Packs)
        {
            if (pack.FindRowByKey(PackRowKeys.NetPromoterScore) is not KpiRow row)
            {
                continue;
            }

            target ??= row.Target.Direction == TargetDirection.AtLeast ? row.Target : null;
            if (row.Intervals.Any(i => i is not null))
            {
                series.Add((pack.Organisation, row));
            }
        }

        double? threshold = target?.Threshold;
        double low = threshold ?? 0, high = threshold ?? 0;
        foreach (var (_, row) in series)
        {
            foreach (KpiInterval? ci in row.Intervals)
            {
                if (ci is not null)
                {
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
        html.Append("<figure class=\"chart nps\">\n<figcaption>Net Promoter Score per month with its 95% confidence interval (adjusted Wald)")
            .Append(threshold is double t ? "; dashed: target " + F(t) : string.Empty).Append("</figcaption>\n");
        html.Append(SvgOpen(width, height, "Net Promoter Score with confidence intervals"));
        for (double tick = low; tick <= high + 0.0001; tick += 10)
        {
            html.Append(Inv($"<line x1=\"{left}\" y1=\"{Y(tick):0.#}\" x2=\"{left + plotWidth}\" y2=\"{Y(tick):0.#}\" stroke=\"#e3e6ea\"/>"))
                .Append(Inv($"<text x=\"{left - 6}\" y=\"{Y(tick) + 4:0.#}\" font-size=\"11\" text-anchor=\"end\" fill=\"#555\">{F(tick)}</text>"));
        }

        if (threshold is double line)
        {
            html.Append(Inv($"<line x1=\"{left}\" y1=\"{Y(line):0.#}\" x2=\"{left + plotWidth}\" y2=\"{Y(line):0.#}\" stroke=\"#111\" stroke-dasharray=\"6 4\"/>"));
        }

        for (int i = 0; i < months; i++)
        {
            html.Append(Inv($"<text x=\"{left + (band * (i + 0.5)):0.#}\" y=\"{top + plotHeight + 16}\" font-size=\"11\" text-anchor=\"middle\" fill=\"#555\">"))
                .Append(H(CellFormat.Month(document.Months[i]))).Append("</text>");
        }

        for (int s = 0; s < series.Count; s++)
        {
            string colour = SeriesColours[s % SeriesColours.Length];
            (string name, KpiRow row) = series[s];
            for (int i = 0; i < Math.Min(months, row.Values.Count); i++)
            {
                if (row.Intervals[i] is not KpiInterval ci || !row.Values[i].TryGetValue(out double score))
                {
                    continue;
                }

                double x = left + (band * i) + (band * (s + 1) / (series.Count + 1));
                string tip = string.Create(CultureInfo.InvariantCulture,
                    $"{name} {CellFormat.Month(document.Months[i])}: NPS {score:0.##} (95% CI {ci.Lower:0.#} to {ci.Upper:0.#}, n = {ci.SampleSize})");
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
}
