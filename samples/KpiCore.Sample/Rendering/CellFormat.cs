using System.Globalization;
using KpiCore.Kpis;
using KpiCore.Reporting;
using NodaTime;

namespace KpiCore.Sample.Rendering;

/// <summary>Formatting shared by the renderers, so that every output shows the same text for the same figure.</summary>
internal static class CellFormat
{
    /// <summary>A month as the report heads its columns: "Apr-17".</summary>
    internal static string Month(YearMonth month) =>
        CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(month.Month) + "-" +
        (month.Year % 100).ToString("00", CultureInfo.InvariantCulture);

    /// <summary>A month in ISO form: "2017-04".</summary>
    internal static string IsoMonth(YearMonth month) =>
        string.Create(CultureInfo.InvariantCulture, $"{month.Year:0000}-{month.Month:00}");

    /// <summary>A figure as the report prints it: "99.62%", "100%", "3596", "70.98", "N/A", "UNVL".</summary>
    internal static string Value(KpiValue value) => value.ToString(null, CultureInfo.InvariantCulture);

    /// <summary>
    /// One cell of a row as the pack prints it. A percentage shows exactly the row's decimals (see <see cref="KpiRow.Decimals"/>,
    /// set in the layout; with the report's 2: "100.00%", "99.50%", "57.14%"), and one below 100 is never shown as "100%"
    /// (99.996% is "99.99%"). Other figures show at most the row's decimals ("20", "70.98"); counts are whole numbers.
    /// </summary>
    internal static string Value(KpiRow row, int index)
    {
        KpiValue value = row.Values[index];
        if (!value.IsMeasured || value.Unit == KpiUnit.Count || (value.Unit != KpiUnit.Percent && row.Decimals == KpiRow.DefaultDecimals))
        {
            return Value(value);
        }

        bool percent = value.Unit == KpiUnit.Percent;
        string format = row.Decimals == 0 ? "0" : "0." + new string(percent ? '0' : '#', row.Decimals);
        double shown = value.Value;
        double step = Math.Pow(10, -row.Decimals);
        if (percent && shown < 100.0 && Math.Round(shown, row.Decimals, MidpointRounding.AwayFromZero) >= 100.0)
        {
            shown = 100.0 - step; // never round a miss up to 100%
        }

        string text = shown.ToString(format, CultureInfo.InvariantCulture);
        return percent ? text + "%" : text;
    }

    /// <summary>A target as the report prints it: "99.9%", "Decrease", or empty for none.</summary>
    internal static string Target(KpiTarget target) => target.ToString();

    /// <summary>The RAG of one cell: the row's target judged on that month's figure and the previous one.</summary>
    internal static RagStatus Rag(KpiRow row, int index) => row.Evaluate(index).Rag;

    /// <summary>A short word for a RAG status: "green", "amber", "red" or "none".</summary>
    internal static string RagWord(RagStatus rag) => rag switch
    {
        RagStatus.Green => "green",
        RagStatus.Amber => "amber",
        RagStatus.Red => "red",
        _ => "none",
    };

    /// <summary>Gives the trend arrow of one cell against the previous month: "▲", "▼", "=" or empty.</summary>
    internal static string Trend(KpiRow row, int index) => row.Evaluate(index).Trend switch
    {
        KpiTrend.Up => "▲",
        KpiTrend.Down => "▼",
        KpiTrend.Unchanged => "=",
        _ => string.Empty,
    };

    /// <summary>A figure's confidence interval: "65.1 to 76.3 (95%, n=312)"; empty where the figure has none.</summary>
    internal static string Interval(KpiRow row, int index) => row.Intervals[index] is KpiInterval ci
        ? string.Create(CultureInfo.InvariantCulture, $"{ci.Lower:0.##} to {ci.Upper:0.##} ({ci.Level * 100:0.#}%, n={ci.SampleSize})")
        : string.Empty;

    /// <summary>The rows of a pack that have an interval in some month (NPS, satisfaction, process success), in pack order.</summary>
    internal static IEnumerable<KpiRow> RowsWithIntervals(PerformancePack pack) =>
        pack.Sections.SelectMany(s => s.Rows).Where(r => r.Intervals.Any(i => i is not null));
}
