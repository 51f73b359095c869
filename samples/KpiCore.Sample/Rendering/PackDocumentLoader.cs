using System.Globalization;
using KpiCore.Availability;
using KpiCore.Kpis;
using KpiCore.Reporting;
using KpiCore.Risk;
using KpiCore.Sample.Input;
using KpiCore.Sample.Pack;
using KpiCore.Satisfaction;
using KpiCore.ServiceDesk;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Sample.Rendering;

/// <summary>
/// Runs the calculators on a loaded <see cref="DataSet"/> and assembles the <see cref="PackDocument"/>: one pack per
/// organisation plus the combined one, the NPS counts, the risk register and every rejected row as
/// <c>file:line: field: reason</c>.
/// </summary>
internal static class PackDocumentLoader
{
    /// <summary>The document's title.</summary>
    internal const string Title = "ICT Shared Service performance pack";

    /// <summary>Builds the document.</summary>
    /// <param name="data">The loaded input; the problems found while building (calculators' rejections, records outside the reporting range) are added to its <see cref="DataSet.Problems"/>.</param>
    /// <param name="months">The months to report; null to infer them from the data (<see cref="ReportingRange"/>).</param>
    /// <param name="progress">Receives a line per step of a long run; may be null.</param>
    /// <param name="notice">Receives the sentences an analyst must read: the reporting range and how it was chosen, and warnings about it; may be null.</param>
    /// <param name="riskLevels">The levels of the risk register's scales: 3 (the report's 3x3 register) or 5.</param>
    /// <returns>The document, or null when the data has no dated record to report on.</returns>
    internal static PackDocument? Build(DataSet data, IReadOnlyList<YearMonth>? months, Action<string>? progress, Action<string>? notice = null, int riskLevels = 3)
    {
        ArgumentNullException.ThrowIfNull(data);
        DateTimeZone zone = data.Zone;
        List<InputProblem> problems = data.Problems;
        if (months is null)
        {
            var warnings = new List<string>();
            if (InferMonths(data, warnings) is not { } inferred)
            {
                return null;
            }

            months = inferred;
            notice?.Invoke(string.Create(CultureInfo.InvariantCulture,
                $"reporting range: {CellFormat.IsoMonth(months[0])} to {CellFormat.IsoMonth(months[^1])} ({months.Count} months), inferred from the data; give --from and --to to choose it."));
            warnings.ForEach(w => notice?.Invoke("warning: " + w));
        }
        else
        {
            notice?.Invoke(string.Create(CultureInfo.InvariantCulture,
                $"reporting range: {CellFormat.IsoMonth(months[0])} to {CellFormat.IsoMonth(months[^1])} ({months.Count} months), as given."));
        }

        if (months.Count == 0)
        {
            return null;
        }

        ReportingPeriod[] periods = months.Select(m => ReportingPeriod.Month(m, zone)).ToArray();
        Instant rangeStart = periods[0].Start;
        Instant asOf = periods[^1].End;
        bool[] callMonths = CallsCoverage(data, months);
        MarkOutside(data, months, periods, callMonths);
        var builder = new PerformancePackBuilder(months);
        // Availability, per organisation.
        foreach (string organisation in data.Organisations)
        {
            if (!data.Services.TryGetValue(organisation, out ServiceCatalogue? catalogue) || catalogue.Count == 0)
            {
                continue;
            }

            progress?.Invoke(string.Create(CultureInfo.InvariantCulture, $"availability: {organisation}, {catalogue.Count} services"));
            Sourced<Outage>[] outages = data.Outages.Where(o => string.Equals(o.Organisation, organisation, StringComparison.Ordinal)).ToArray();
            AvailabilityReport report = AvailabilityCalculator.Calculate(outages.Select(o => o.Record), catalogue, periods, asOf);
            problems.AddRange(report.Rejected.Select(r => DataSet.Locate(outages, r)));
            builder.AddAvailability(organisation, report);
        }

        // Service desk, per month of the calls export's coverage (outside it the figures are UNVL: no evidence);
        // every report sees every call, so rejections are taken once.
        SlaPolicy policy = PolicyFor(zone);
        Call[] calls = [.. data.Calls.Select(c => c.Record)];
        var rejectedCalls = new SortedSet<int>();
        var notJudgedCalls = new HashSet<int>();
        if (calls.Length > 0)
        {
            for (int i = 0; i < periods.Length; i++)
            {
                if (!callMonths[i])
                {
                    continue;
                }

                progress?.Invoke(string.Create(CultureInfo.InvariantCulture, $"service desk: {CellFormat.IsoMonth(months[i])} ({i + 1}/{periods.Length}), {calls.Length} calls"));
                ServiceDeskReport report = ServiceDeskCalculator.Report(calls, policy, periods[i]);
                foreach (RejectedRecord rejected in report.Rejected)
                {
                    if (rejectedCalls.Add(rejected.Index))
                    {
                        problems.Add(DataSet.Locate(data.Calls, rejected));
                    }
                }

                foreach (RejectedRecord notJudged in report.NotJudged)
                {
                    if (notJudgedCalls.Add(notJudged.Index))
                    {
                        problems.Add(DataSet.LocateWarning(data.Calls, notJudged, "its SLA is not judged (left out of % within SLA)"));
                    }
                }

                builder.AddServiceDesk(report, policy);
            }
        }

        // Net Promoter Score per organisation and month. Within the survey file's coverage a month without responses
        // is N/A (surveyed, nobody answered); outside it, or for an organisation with no response at all, UNVL.
        progress?.Invoke(string.Create(CultureInfo.InvariantCulture, $"survey: {data.Responses.Count} responses"));
        if (data.Responses.Count > 0 && ReportingRange.SpanOf(ResponsesSource(data)) is { } surveyCover)
        {
            foreach (string organisation in data.Responses.Select(r => r.Organisation).Distinct(StringComparer.Ordinal))
            {
                foreach (YearMonth month in months.Where(m => m >= surveyCover.First && m <= surveyCover.Last))
                {
                    builder.AddNetPromoterScore(organisation, month, NpsSummary.FromCounts(0, 0, 0));
                }
            }
        }

        foreach (var group in data.Responses
            .Select((r, index) => (Response: r, Index: index))
            .GroupBy(x => (x.Response.Organisation, Month: YearMonthOf(x.Response.Record.RespondedAt, zone))))
        {
            if (!months.Contains(group.Key.Month))
            {
                continue;
            }

            Sourced<SurveyResponse>[] rows = group.Select(x => x.Response).ToArray();
            NpsResponseSummary summary = NetPromoterScore.SummarizeResponses(rows.Select(r => r.Record));
            problems.AddRange(summary.Rejected.Select(r => DataSet.Locate(rows, r)));
            builder.AddNetPromoterScore(group.Key.Organisation, group.Key.Month, summary.Summary);
        }

        // Exceptions commentary: the builder places each note on its row (without regard to case) or lists it as
        // rejected; a note for a month outside the pack is counted as outside the reporting range (MarkOutside).
        var noteLines = new Dictionary<ExceptionNote, Sourced<ExceptionNote>>(ReferenceEqualityComparer.Instance);
        foreach (string organisation in data.Organisations)
        {
            if (!data.Exceptions.TryGetValue(organisation, out IReadOnlyList<Sourced<ExceptionNote>>? notes))
            {
                continue;
            }

            foreach (Sourced<ExceptionNote> sourced in notes)
            {
                if (sourced.Record.Month is not YearMonth month || months.Contains(month))
                {
                    noteLines[sourced.Record] = sourced;
                    builder.AddException(organisation, sourced.Record);
                }
            }
        }

        RiskRegister? register = BuildRisks(data, problems, riskLevels);
        // Packs in the order of the input files.
        var packs = data.Organisations.Select(builder.Build).ToList();
        foreach (RejectedNote rejected in packs.SelectMany(p => p.RejectedNotes))
        {
            Sourced<ExceptionNote> sourced = noteLines[rejected.Note];
            problems.Add(new InputProblem(sourced.File, sourced.Line, "row", rejected.Reason));
        }

        if (data.Organisations.Count > 1)
        {
            packs.Add(builder.BuildCombined());
        }

        var nps = new Dictionary<string, IReadOnlyList<NpsSummary?>>(StringComparer.Ordinal);
        foreach (PerformancePack pack in packs)
        {
            string? organisation = ReferenceEquals(pack, packs[^1]) && data.Organisations.Count > 1 ? null : pack.Organisation;
            NpsSummary?[] summaries = months.Select(m => builder.NetPromoterScoreFor(organisation, m)).Select(s => s is { HasResponses: true } ? s : null).ToArray();
            if (summaries.Any(s => s is not null))
            {
                nps[pack.Organisation] = summaries;
            }
        }

        return new PackDocument(Title, packs, nps, register, problems.Where(p => p.Kind != ProblemKind.Outside).Select(p => p.ToString()).ToList());
    }

    /// <summary>
    /// Which months the calls export covers: those of its main run of records (with the carry-over rule, see
    /// <see cref="ReportingRange"/>) and any other month in which a call was logged. Outside them the service-desk
    /// figures are UNVL: an export that does not reach a month says nothing about its calls.
    /// </summary>
    private static bool[] CallsCoverage(DataSet data, IReadOnlyList<YearMonth> months)
    {
        var covered = new bool[months.Count];
        if (data.Calls.Count == 0 || ReportingRange.SpanOf(CallsSource(data)) is not { } span)
        {
            return covered;
        }

        var logged = data.Calls.Select(c => YearMonthOf(c.Record.Logged, data.Zone)).ToHashSet();
        for (int i = 0; i < months.Count; i++)
        {
            covered[i] = (months[i] >= span.First && months[i] <= span.Last) || logged.Contains(months[i]);
        }

        return covered;
    }

    /// <summary>
    /// Counts every record that lies wholly outside the reporting range as such: an outage or monitored interval that
    /// does not overlap it, a call whose life (logged to resolved, or to the end) touches no month the calls cover, a
    /// response or an exception note dated in another month. Such records are not lost and do not widen the range.
    /// </summary>
    private static void MarkOutside(DataSet data, IReadOnlyList<YearMonth> months, ReportingPeriod[] periods, bool[] callMonths)
    {
        var problems = data.Problems;
        Instant start = periods[0].Start;
        Instant end = periods[^1].End;
        string range = string.Create(CultureInfo.InvariantCulture, $"{CellFormat.IsoMonth(months[0])} to {CellFormat.IsoMonth(months[^1])}");
        void Outside<T>(Sourced<T> row, string field)
            where T : class =>
            problems.Add(new InputProblem(row.File, row.Line, field, range, ProblemKind.Outside));

        foreach (Sourced<Outage> outage in data.Outages)
        {
            Instant last = outage.Record.End ?? end;
            if (outage.Record.Start >= end || (last <= start && !(last == start && outage.Record.Start == start)))
            {
                Outside(outage, "start");
            }
        }

        foreach (Sourced<Call> call in data.Calls)
        {
            // The call shows in month i when it was logged before the month's end and not resolved before its start.
            bool shown = false;
            for (int i = 0; i < periods.Length && !shown; i++)
            {
                shown = callMonths[i] && call.Record.Logged < periods[i].End && !(call.Record.Resolved is Instant r && r < periods[i].Start);
            }

            if (!shown)
            {
                Outside(call, "logged");
            }
        }

        foreach (Sourced<SurveyResponse> response in data.Responses)
        {
            if (!months.Contains(YearMonthOf(response.Record.RespondedAt, data.Zone)))
            {
                Outside(response, "responded");
            }
        }

        foreach (IReadOnlyList<Sourced<ExceptionNote>> notes in data.Exceptions.Values)
        {
            foreach (Sourced<ExceptionNote> note in notes)
            {
                if (note.Record.Month is YearMonth month && !months.Contains(month))
                {
                    Outside(note, "month");
                }
            }
        }
    }

    /// <summary>Gives the SLA policy: the UK council default, on office hours in the run's zone.</summary>
    internal static SlaPolicy PolicyFor(DateTimeZone zone)
    {
        if (zone.Id == "Europe/London")
        {
            return SlaPolicy.UkCouncilDefault();
        }

        IReadOnlySet<LocalDate> holidays = UkBankHolidays.Official(UkDivision.EnglandAndWales)
            .DatesBetween(new LocalDate(UkBankHolidays.MinYear, 1, 1), new LocalDate(UkBankHolidays.MaxYear, 12, 31));
        WorkingCalendar hours = WorkingCalendar.Create(zone)
            .WithHours(IsoDayOfWeek.Monday, IsoDayOfWeek.Friday, new LocalTime(8, 0), new LocalTime(18, 0))
            .WithClosedDates(holidays);
        return SlaPolicy.UkCouncilDefault(hours);
    }

    private static RiskRegister? BuildRisks(DataSet data, List<InputProblem> problems, int levels)
    {
        if (data.Risks.Count == 0)
        {
            return null;
        }

        // The scale is chosen (default 3x3, as in the report), never guessed from the data, so one record cannot
        // re-band the register; the reader already rejects off-scale levels and repeated ids with their lines, and
        // the library's checks are mapped back to lines too.
        (RiskMatrix matrix, RiskBands bands) = levels == 3 ? (RiskMatrix.ThreeByThree, RiskBands.ThreeByThree) : (RiskMatrix.FiveByFive, RiskBands.TriBorough);
        RiskRegisterResult result = RiskRegister.Create(data.Risks.Select(r => r.Record), matrix, bands);
        problems.AddRange(result.Rejected.Select(r => DataSet.Locate(data.Risks, r)));
        return result.Register;
    }

    private static YearMonth YearMonthOf(Instant instant, DateTimeZone zone)
    {
        LocalDate date = instant.InZone(zone).Date;
        return new YearMonth(date.Year, date.Month);
    }

    private static ReportingRange.Source CallsSource(DataSet data) => new(
        data.Calls.Count > 0 ? data.Calls[0].File : "calls.csv",
        [.. data.Calls.Select(c => YearMonthOf(c.Record.Logged, data.Zone))],
        [.. data.Calls.Where(c => c.Record.Resolved.HasValue).Select(c => YearMonthOf(c.Record.Resolved!.Value, data.Zone))]);

    private static ReportingRange.Source ResponsesSource(DataSet data) => new(
        data.Responses.Count > 0 ? data.Responses[0].File : "responses.csv",
        [.. data.Responses.Select(r => YearMonthOf(r.Record.RespondedAt, data.Zone))]);

    /// <summary>Infers the reporting months from the outages, responses and calls (see <see cref="ReportingRange"/>).</summary>
    private static List<YearMonth>? InferMonths(DataSet data, List<string> warnings)
    {
        DateTimeZone zone = data.Zone;
        var sources = new List<ReportingRange.Source>();
        if (data.Outages.Count > 0)
        {
            sources.Add(new(data.Outages[0].File, [.. data.Outages.Select(o => YearMonthOf(o.Record.Start, zone))]));
        }

        if (data.Responses.Count > 0)
        {
            sources.Add(ResponsesSource(data));
        }

        if (data.Calls.Count > 0)
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
                $"the data spans {count} months ({CellFormat.IsoMonth(range.First)} to {CellFormat.IsoMonth(range.Last)}); the pack reports the last {ReportingRange.MaxMonths}: give --from and --to to choose."));
            range = (range.Last.PlusMonths(1 - ReportingRange.MaxMonths), range.Last);
        }

        var months = new List<YearMonth>();
        for (YearMonth m = range.First; m <= range.Last; m = m.PlusMonths(1))
        {
            months.Add(m);
        }

        return months;
    }
}
