using System.Globalization;
using System.Net;
using KpiCore.Kpis;

namespace KpiCore.Sample.Rendering;

/// <summary>What the HTML renderer and its charts share: escaping, invariant number formats, SVG openings and colours.</summary>
internal static class HtmlSvg
{
    /// <summary>The colours of the series of a line or dot chart, in order.</summary>
    internal static readonly string[] SeriesColours = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#17becf"];

    /// <summary>HTML-escapes text for element content and attribute values.</summary>
    internal static string H(string text) => WebUtility.HtmlEncode(text);

    /// <summary>A number with up to two decimals, invariant: "99.5", "20".</summary>
    internal static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Opens an inline SVG with its accessible label.</summary>
    internal static string SvgOpen(int width, int height, string label) =>
        Inv($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"") + H(label) + "\">\n";

    /// <summary>The bar colour of a RAG status.</summary>
    internal static string RagFill(RagStatus rag) => rag switch
    {
        RagStatus.Green => "#43a047",
        RagStatus.Amber => "#fb8c00",
        RagStatus.Red => "#e53935",
        _ => "#90a4ae",
    };

    /// <summary>The cell colour of a RAG status in the heat map.</summary>
    internal static string RagBackground(RagStatus rag) => rag switch
    {
        RagStatus.Green => "#a5d6a7",
        RagStatus.Amber => "#ffcc80",
        RagStatus.Red => "#ef9a9a",
        _ => "#eceff1",
    };

    /// <summary>Formats interpolated text in the invariant culture.</summary>
    internal static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
