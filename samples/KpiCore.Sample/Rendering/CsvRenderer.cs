using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using KpiCore.Kpis;
using KpiCore.Reporting;

namespace KpiCore.Sample.Rendering;

/// <summary>
/// Writes the packs as CSV, one row per organisation x KPI x month (RFC 4180: comma-separated, CRLF line ends, fields
/// with commas, quotes or line breaks quoted, quotes doubled). Cells that a spreadsheet would run as a formula (they
/// start with =, +, -, @, tab or carriage return) are neutralised with a leading single quote, except plain decimal
/// numbers such as -24.55, which a spreadsheet reads as numbers.
/// </summary>
internal static partial class CsvRenderer
{
    internal static readonly string[] Header =
        ["Organisation", "Section", "KPI", "Target", "Month", "Value", "Display", "Status", "RAG", "Trend", "Interval lower", "Interval upper", "Interval level", "Sample size"];

    /// <summary>The name of the business plan's CSV file, written beside pack.csv.</summary>
    internal const string BusinessPlanFile = "pack-business-plan.csv";

    /// <summary>The name of the risk register's CSV file, written beside pack.csv.</summary>
    internal const string RisksFile = "pack-risks.csv";

    /// <summary>Renders the document.</summary>
    internal static string Render(PackDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = new StringBuilder();
        WriteRow(text, Header);
        foreach (PerformancePack pack in document.Packs)
        {
            foreach (PackSection section in pack.Sections)
            {
                foreach (KpiRow row in section.Rows)
                {
                    for (int i = 0; i < pack.Months.Count; i++)
                    {
                        KpiValue value = row.Values[i];
                        TargetEvaluation evaluation = row.Evaluate(i);
                        KpiInterval? interval = row.Intervals[i];
                        WriteRow(text,
                        [
                            pack.Organisation,
                            section.Title,
                            row.Name,
                            CellFormat.Target(row.Target),
                            CellFormat.IsoMonth(pack.Months[i]),
                            value.TryGetValue(out double number) ? number.ToString("R", CultureInfo.InvariantCulture) : string.Empty,
                            CellFormat.Value(row, i),
                            value.Kind.ToString(),
                            CellFormat.RagWord(evaluation.Rag),
                            evaluation.Trend.ToString(),
                            interval is null ? string.Empty : interval.Lower.ToString("R", CultureInfo.InvariantCulture),
                            interval is null ? string.Empty : interval.Upper.ToString("R", CultureInfo.InvariantCulture),
                            interval is null ? string.Empty : interval.Level.ToString("R", CultureInfo.InvariantCulture),
                            interval is null ? string.Empty : interval.SampleSize.ToString(CultureInfo.InvariantCulture),
                        ]);
                    }
                }
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Renders the business plan (pack-business-plan.csv): one row per objective with the report's columns, its RAG as of
    /// the pack's last day and why; a cell's paragraphs are separated by line breaks. The header only when there is no plan.
    /// </summary>
    internal static string RenderBusinessPlan(PackDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = new StringBuilder();
        WriteRow(text, ["Plan", "As of", .. BusinessPlanColumns.Headings(document)]);
        foreach (var evaluation in document.BusinessPlan)
        {
            WriteRow(text, [document.BusinessPlanTitle, evaluation.AsOf.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture),
                .. BusinessPlanColumns.Cells(evaluation).Select(c => string.Join("\n", c))]);
        }

        return text.ToString();
    }

    /// <summary>Renders the risk register (pack-risks.csv): one row per risk, every column of the report plus inherent score, RAG and movement; the header only when there is no register.</summary>
    internal static string RenderRisks(PackDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = new StringBuilder();
        WriteRow(text, RiskColumns.Headings);
        foreach (var entry in document.Risks?.Entries ?? [])
        {
            WriteRow(text, RiskColumns.Cells(entry, document));
        }

        foreach (string[] closed in RiskColumns.Closed(document))
        {
            WriteRow(text, closed);
        }

        return text.ToString();
    }

    /// <summary>The columns of pack-cover.csv: the cover's items on every row, one row per source file.</summary>
    internal static readonly string[] CoverHeader =
        ["Committee", "Report date", "Period from", "Period to", "Data as of", "File", "Records", "Counted", "Rejected", "Excluded", "Outside the period"];

    /// <summary>Renders the cover block as its own small table (pack-cover.csv), so that pack.csv stays one table of figures.</summary>
    /// <returns>The text, or null when the document has no cover.</returns>
    internal static string? RenderCover(PackDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Cover is not PackCover cover)
        {
            return null;
        }

        var text = new StringBuilder();
        WriteRow(text, CoverHeader);
        string[] items =
        [
            cover.Committee,
            cover.ReportDate.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
            CellFormat.IsoMonth(document.Months[0]),
            CellFormat.IsoMonth(document.Months[^1]),
            cover.DataAsOfIso,
        ];
        foreach (var source in cover.Sources)
        {
            WriteRow(text, [.. items, source.File, .. new[] { source.Records, source.Counted, source.Rejected, source.Excluded, source.Outside }.Select(n => n.ToString(CultureInfo.InvariantCulture))]);
        }

        return text.ToString();
    }

    /// <summary>Makes one cell safe for spreadsheets and quotes it per RFC 4180 when needed.</summary>
    internal static string Cell(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !PlainNumber().IsMatch(value))
        {
            value = "'" + value;
        }

        bool quote = value.AsSpan().IndexOfAny(",\"\r\n") >= 0;
        return quote ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static void WriteRow(StringBuilder text, IEnumerable<string> cells)
    {
        text.AppendJoin(',', cells.Select(Cell));
        text.Append("\r\n");
    }

    [GeneratedRegex(@"^[+-]?[0-9]+(\.[0-9]+)?(E[+-]?[0-9]+)?%?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumber();
}
