using System.Text;

namespace KpiCore.Sample.Audit;

/// <summary>
/// Writes findings as <c>findings.csv</c>: columns organisation, kpi, month (yyyy-MM, empty when the finding covers
/// several), rule, severity (error or warning), detail; RFC 4180 (comma-separated, CRLF, a field with a comma, quote or
/// line break quoted, quotes doubled), invariant culture, UTF-8 without a BOM. A cell a spreadsheet would run as a
/// formula (starting with =, +, -, @) gets a leading single quote.
/// </summary>
internal static class FindingsWriter
{
    /// <summary>The header line's columns.</summary>
    internal static readonly string[] Header = ["organisation", "kpi", "month", "rule", "severity", "detail"];

    /// <summary>Renders the findings as CSV text.</summary>
    internal static string Render(IEnumerable<Finding> findings)
    {
        var text = new StringBuilder();
        WriteRow(text, Header);
        foreach (Finding finding in findings)
        {
            WriteRow(text,
            [
                finding.Organisation,
                finding.Kpi,
                finding.Month is { } month ? PublishedPackReader.FormatMonth(month) : string.Empty,
                finding.Rule,
                Word(finding.Severity),
                finding.Detail,
            ]);
        }

        return text.ToString();
    }

    /// <summary>The severity as written: "error" or "warning".</summary>
    internal static string Word(Severity severity) => severity == Severity.Error ? "error" : "warning";

    /// <summary>Quotes one cell per RFC 4180 when needed, after neutralising a formula.</summary>
    internal static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static void WriteRow(StringBuilder text, IEnumerable<string> cells)
    {
        text.AppendJoin(',', cells.Select(Cell));
        text.Append("\r\n");
    }
}
