using System.Globalization;
using KpiCore.Sample.Input;
using NodaTime;

namespace KpiCore.Sample.Pack;

/// <summary>
/// The months of a pack as the data gives them: the inferred reporting range (<see cref="ReportingRange"/>) when none
/// is given, and which of the months the calls export covers.
/// </summary>
internal static class PackMonths
{
    /// <summary>The local month of an instant in a zone.</summary>
    internal static YearMonth YearMonthOf(Instant instant, DateTimeZone zone)
    {
        LocalDate date = instant.InZone(zone).Date;
        return new YearMonth(date.Year, date.Month);
    }

    /// <summary>Infers the reporting months from the outages, responses and calls (see <see cref="ReportingRange"/>).</summary>
    /// <param name="data">The data set.</param>
    /// <param name="warnings">Receives the inference's warnings.</param>
    /// <param name="calls">The calls' months when a streaming store counted them; null to take them from the data set's calls.</param>
    /// <returns>The months, or null when no file has a dated record.</returns>
    internal static List<YearMonth>? Infer(DataSet data, List<string> warnings, CallMonthStore? calls = null)
    {
        DateTimeZone zone = data.Zone;
        var sources = new List<ReportingRange.Source>();
        if (data.OutageStore is { Count: > 0 } outages)
        {
            sources.Add(outages.Source());
        }
        else if (data.Outages.Count > 0)
        {
            sources.Add(new(data.Outages[0].File, [.. data.Outages.Select(o => YearMonthOf(o.Record.Start, zone))]));
        }

        if (data.ResponseCount > 0)
        {
            sources.Add(ResponsesSource(data));
        }

        if (calls is { Count: > 0 })
        {
            sources.Add(calls.Source());
        }
        else if (calls is null && data.Calls.Count > 0)
        {
            sources.Add(CallsSource(data));
        }

        if (ReportingRange.Infer(sources, warnings) is not { } range)
        {
            return null;
        }

        int count = ReportingRange.MonthsBetween(range.First, range.Last) + 1;
        if (count > ReportingRange.MaxMonths)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"the data spans {count} months ({ReportingRange.Iso(range.First)} to {ReportingRange.Iso(range.Last)}); the pack reports the last {ReportingRange.MaxMonths}: give --from and --to to choose."));
            range = (range.Last.PlusMonths(1 - ReportingRange.MaxMonths), range.Last);
        }

        var months = new List<YearMonth>();
        for (YearMonth m = range.First; m <= range.Last; m = m.PlusMonths(1))
        {
            months.Add(m);
        }

        return months;
    }

    /// <summary>
    /// Which months the calls export covers: those in which a call was logged. Outside them the service-desk figures are
    /// UNVL: an export that does not reach a month says nothing about its calls, and a month inside the export's main
    /// run of records (see <see cref="ReportingRange"/>) in which not one call was logged is a gap in the export, not a
    /// month without calls (its volumes would read 0 and its SLA percentages N/A); that month gets a warning.
    /// </summary>
    /// <param name="data">The data set.</param>
    /// <param name="months">The months reported.</param>
    /// <param name="calls">The calls' months when a streaming store counted them; null to take them from the data set's calls.</param>
    /// <param name="warnings">Receives a sentence per month inside the export's run with no call logged; may be null.</param>
    internal static bool[] CallsCoverage(DataSet data, IReadOnlyList<YearMonth> months, CallMonthStore? calls = null, List<string>? warnings = null)
    {
        var covered = new bool[months.Count];
        ReportingRange.Source? source = calls is null ? (data.Calls.Count == 0 ? null : CallsSource(data)) : calls.Count == 0 ? null : calls.Source();
        if (source is null || ReportingRange.SpanOf(source) is not { } span)
        {
            return covered;
        }

        HashSet<YearMonth> logged = calls is null ? data.Calls.Select(c => YearMonthOf(c.Record.Logged, data.Zone)).ToHashSet() : calls.LoggedMonths.Keys.ToHashSet();
        for (int i = 0; i < months.Count; i++)
        {
            covered[i] = logged.Contains(months[i]);
            if (!covered[i] && months[i] >= span.First && months[i] <= span.Last)
            {
                warnings?.Add($"{source.File}: no call was logged in {ReportingRange.Iso(months[i])}, inside the months the export covers; its service-desk figures are UNVL (no data), not 0 calls.");
            }
        }

        return covered;
    }

    /// <summary>The calls file's months for the inference: logged and resolved.</summary>
    internal static ReportingRange.Source CallsSource(DataSet data) => new(
        data.Calls.Count > 0 ? data.Calls[0].File : "calls.csv",
        [.. data.Calls.Select(c => YearMonthOf(c.Record.Logged, data.Zone))],
        [.. data.Calls.Where(c => c.Record.Resolved.HasValue).Select(c => YearMonthOf(c.Record.Resolved!.Value, data.Zone))]);

    /// <summary>The survey file's months for the inference.</summary>
    internal static ReportingRange.Source ResponsesSource(DataSet data) => data.ResponseStore?.Source() ?? new(
        data.Responses.Count > 0 ? data.Responses[0].File : "responses.csv",
        [.. data.Responses.Select(r => YearMonthOf(r.Record.RespondedAt, data.Zone))]);
}
