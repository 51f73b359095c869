using System.Globalization;
using System.Text;
using static KpiCore.Sample.Rendering.HtmlSvg;

namespace KpiCore.Sample.Rendering;

/// <summary>The HTML cover block on the pack's first page: committee, report date, period, data as of, source files and their records.</summary>
internal static class HtmlCover
{
    /// <summary>Appends the cover block, when the document has one.</summary>
    internal static void Append(StringBuilder html, PackDocument document)
    {
        if (document.Cover is not PackCover cover)
        {
            return;
        }

        html.Append("<section class=\"cover\">\n<dl>\n");
        foreach ((string label, string value) in cover.Items(document.Months))
        {
            html.Append("<dt>").Append(H(label)).Append("</dt><dd>").Append(H(value)).Append("</dd>\n");
        }

        html.Append("</dl>\n<table class=\"sources\">\n<caption>Source files</caption>\n")
            .Append("<thead><tr><th>File</th><th>Records</th><th>Counted</th><th>Rejected</th><th>Excluded</th><th>Outside the period</th></tr></thead>\n<tbody>\n");
        foreach (var source in cover.Sources)
        {
            html.Append("<tr><td>").Append(H(source.File)).Append("</td>");
            foreach (int count in new[] { source.Records, source.Counted, source.Rejected, source.Excluded, source.Outside })
            {
                html.Append("<td class=\"v\">").Append(count.ToString(CultureInfo.InvariantCulture)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }
}
