using System.Globalization;
using KpiCore.Sample.Input;
using NodaTime;
using NodaTime.Text;

namespace KpiCore.Sample.Audit;

/// <summary>
/// Reads a published pack in the host's <c>pack.csv</c> layout: a header naming organisation, section, KPI, target,
/// month and the figure as printed (column <c>Figure</c> or the host's <c>Display</c>), in any order, any case, with
/// any other columns (Value, Status, RAG, Trend) tolerated; RAG is used when present.
/// </summary>
/// <remarks>
/// UTF-8 with or without a BOM, CRLF or LF, RFC 4180 quoting (the host's <see cref="CsvReader"/>). Months as
/// <c>2017-04</c>, <c>2017-04-01</c>, <c>Apr-17</c>, <c>APR 17</c>, <c>Apr-2017</c> or <c>April 2017</c> (what a
/// spreadsheet makes of them). A bad record is never dropped in silence: it is listed as
/// <c>file:line: field: sentence</c> and counted as rejected.
/// </remarks>
internal static class PublishedPackReader
{
    private static readonly string[] FigureColumns = ["figure", "display"];
    private static readonly string[] RequiredColumns = ["organisation", "kpi", "month"];
    private static readonly YearMonthPattern[] MonthPatterns =
        [.. new[] { "uuuu'-'MM", "MMM'-'yy", "MMM' 'yy", "MMM'-'uuuu", "MMM' 'uuuu", "MMMM'-'yy", "MMMM' 'yy", "MMMM' 'uuuu" }.Select(YearMonthPattern.CreateWithInvariantCulture)];

    /// <summary>The result of reading: the pack (null when the file could not be used at all), the problems and the counts.</summary>
    internal sealed record Result(PublishedPack? Pack, IReadOnlyList<string> Problems, int Records, int Rejected)
    {
        /// <summary>Gets the accounting line, such as <c>pack.csv: 510 records: 510 read, 0 rejected</c>.</summary>
        internal string Account(string file) =>
            string.Create(CultureInfo.InvariantCulture, $"{file}: {Records} records: {Records - Rejected} read, {Rejected} rejected");
    }

    /// <summary>Reads a file; <paramref name="file"/> is the name shown in messages.</summary>
    internal static Result Read(string path, string file)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            return Read(stream, file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new Result(null, [$"{file}: -: the file cannot be read: {ex.Message}"], 0, 0);
        }
    }

    /// <summary>Reads a stream (left open by the caller's using).</summary>
    internal static Result Read(Stream stream, string file)
    {
        using var reader = new CsvReader(stream);
        var problems = new List<string>();
        if (!reader.TryRead(out CsvRecord header) || header.Error is not null)
        {
            string why = header.Error ?? "the file is empty";
            return new Result(null, [$"{file}:1: header: {why}; the first line must name the columns Organisation, Section, KPI, Target, Month and Figure (or Display)."], 0, 0);
        }

        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < header.Fields.Length; i++)
        {
            columns.TryAdd(header.Fields[i].Trim(), i);
        }

        int figureColumn = FigureColumns.Select(c => columns.GetValueOrDefault(c, -1)).FirstOrDefault(i => i >= 0, -1);
        string[] missing = [.. RequiredColumns.Where(c => !columns.ContainsKey(c)).Concat(figureColumn < 0 ? ["figure (or display)"] : [])];
        if (missing.Length > 0)
        {
            return new Result(null, [$"{file}:{header.Line}: header: the column(s) {string.Join(", ", missing)} are missing; a published pack needs Organisation, KPI, Month and Figure (or Display), and may have Section, Target and RAG."], 0, 0);
        }

        int organisation = columns["organisation"], kpi = columns["kpi"], month = columns["month"];
        int section = columns.GetValueOrDefault("section", -1), target = columns.GetValueOrDefault("target", -1), rag = columns.GetValueOrDefault("rag", -1);
        var rows = new List<PublishedRow>();
        var seen = new Dictionary<(string, string, YearMonth), int>();
        int records = 0, rejected = 0;
        while (reader.TryRead(out CsvRecord record))
        {
            records++;
            PublishedRow? row = null;
            string? problem = record.Error is not null ? $"-: {record.Error}" : Parse(record, out row);
            if (problem is null && row is not null && !seen.TryAdd((row.Organisation, row.Kpi, row.Month), row.Line))
            {
                problem = string.Create(CultureInfo.InvariantCulture, $"month: {row.Organisation} / {row.Kpi} / {FormatMonth(row.Month)} is already on line {seen[(row.Organisation, row.Kpi, row.Month)]}; each figure may appear once.");
            }

            if (problem is not null)
            {
                rejected++;
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{file}:{record.Line}: {problem}"));
            }
            else
            {
                rows.Add(row!);
            }
        }

        return new Result(new PublishedPack(rows), problems, records, rejected);

        string? Parse(CsvRecord record, out PublishedRow? row)
        {
            row = null;
            string Field(int index) => index >= 0 && index < record.Fields.Length ? record.Fields[index].Trim() : string.Empty;
            string org = Field(organisation), name = Field(kpi), monthText = Field(month), figureText = Field(figureColumn);
            if (org.Length == 0)
            {
                return "organisation: the organisation is empty.";
            }

            if (name.Length == 0)
            {
                return "kpi: the KPI name is empty.";
            }

            if (!TryParseMonth(monthText, out YearMonth yearMonth))
            {
                return $"month: '{Shorten(monthText)}' is not a month (2017-04 or Apr-17).";
            }

            if (!PublishedFigure.TryParse(figureText, out PublishedFigure figure))
            {
                string field = header.Fields[figureColumn].Trim();
                return $"{field}: '{Shorten(figureText)}' is not a figure (a number such as 3596 or 57.14%, N/A or UNVL).";
            }

            var candidate = new PublishedRow(record.Line, org, Field(section), name, Field(target), yearMonth, figure, rag >= 0 ? Field(rag).ToLowerInvariant() : null);
            bool percentRow = candidate.Kind.Role is KpiRole.Availability or KpiRole.PrioritySla or KpiRole.OverallSla;
            if (percentRow && figure.Kind == FigureKind.Number)
            {
                string field = header.Fields[figureColumn].Trim();
                return $"{field}: '{Shorten(figureText)}' has no % sign, but {name} is a percentage (a spreadsheet may have saved 57.14% as 0.5714).";
            }

            bool countRow = candidate.Kind.Role is KpiRole.PriorityVolume or KpiRole.TotalVolume or KpiRole.OpenCalls;
            if (countRow && figure.IsNumeric && !figure.IsCount)
            {
                string field = header.Fields[figureColumn].Trim();
                return $"{field}: '{Shorten(figureText)}' is not a whole number of calls, but {name} is a count.";
            }

            row = candidate;
            return null;
        }
    }

    /// <summary>Reads a month as the host writes it (2017-04) or as a spreadsheet or the report heads it (Apr-17, SEP 17).</summary>
    internal static bool TryParseMonth(string text, out YearMonth month)
    {
        month = default;
        foreach (YearMonthPattern pattern in MonthPatterns)
        {
            ParseResult<YearMonth> parsed = pattern.Parse(text);
            if (parsed.Success)
            {
                month = parsed.Value;
                return true;
            }
        }

        ParseResult<LocalDate> date = LocalDatePattern.Iso.Parse(text);
        if (date.Success)
        {
            month = date.Value.ToYearMonth();
            return true;
        }

        return false;
    }

    /// <summary>Formats a month as yyyy-MM.</summary>
    internal static string FormatMonth(YearMonth month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string Shorten(string value) => value.Length <= 40 ? value : string.Concat(value.AsSpan(0, 40), "...");
}
