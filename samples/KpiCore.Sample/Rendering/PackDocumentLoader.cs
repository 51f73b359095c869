using System.Globalization;
using KpiCore.Availability;
using KpiCore.Kpis;
using KpiCore.Reporting;
using KpiCore.Risk;
using KpiCore.Sample.Input;
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
    /// <param name="data">The loaded input.</param>
    /// <param name="months">
    /// The months to report; null for every month from the first to the last with outages, survey responses or calls
    /// (calls without their carry-overs: see <c>MonthsWithData</c>).
    /// </param>
    /// <param name="progress">Receives a line per step of a long run; may be null.</param>
    /// <returns>The document, or null when the data has no dated record to report on.</returns>
    internal static PackDocument? Build(DataSet data, IReadOnlyList<YearMonth>? months, Action<string>? progress)
    {
        ArgumentNullException.ThrowIfNull(data);
        DateTimeZone zone = data.Zone;
        var problems = new List<InputProblem>(data.Problems);
        months ??= MonthsWithData(data);
        if (months.Count == 0)
        {
            return null;
        }

        ReportingPeriod[] periods = months.Select(m => ReportingPeriod.Month(m, zone)).ToArray();
        Instant asOf = periods[^1].End;
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

        // Service desk, per month; every report sees every call, so rejections are taken once.
        SlaPolicy policy = PolicyFor(zone);
        Call[] calls = WithSharedOrganisationNames(data.Calls.Select(c => c.Record));
        var rejectedCalls = new SortedSet<int>();
        if (calls.Length > 0)
        {
            for (int i = 0; i < periods.Length; i++)
            {
                progress?.Invoke(string.Create(CultureInfo.InvariantCulture, $"service desk: {CellFormat.IsoMonth(months[i])} ({i + 1}/{periods.Length}), {calls.Length} calls"));
                ServiceDeskReport report = ServiceDeskCalculator.Report(calls, policy, periods[i]);
                foreach (RejectedRecord rejected in report.Rejected)
                {
                    if (rejectedCalls.Add(rejected.Index))
                    {
                        problems.Add(DataSet.Locate(data.Calls, rejected));
                    }
                }

                builder.AddServiceDesk(report, policy);
            }
        }

        // Net Promoter Score per organisation and month.
        progress?.Invoke(string.Create(CultureInfo.InvariantCulture, $"survey: {data.Responses.Count} responses"));
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

        // Exceptions commentary: a note must name a row of its organisation's pack and a month of the pack.
        foreach (string organisation in data.Organisations)
        {
            if (!data.Exceptions.TryGetValue(organisation, out IReadOnlyList<ExceptionNote>? notes))
            {
                continue;
            }

            string[] rows = builder.Build(organisation).Sections.SelectMany(s => s.Rows).Select(r => r.Name).ToArray();
            foreach (ExceptionNote note in notes)
            {
                bool known = rows.Contains(note.RowName, StringComparer.Ordinal)
                    || rows.Count(r => r.StartsWith(note.RowName + " ", StringComparison.Ordinal)) == 1;
                if (!known)
                {
                    problems.Add(new InputProblem("exceptions.csv", 0, "row",
                        string.Create(CultureInfo.InvariantCulture, $"{organisation}: '{note.RowName}' is not a row of the pack.")));
                }
                else if (note.Month is YearMonth month && !months.Contains(month))
                {
                    problems.Add(new InputProblem("exceptions.csv", 0, "month",
                        string.Create(CultureInfo.InvariantCulture, $"{organisation}: {CellFormat.IsoMonth(month)} is outside the pack's months.")));
                }
                else
                {
                    builder.AddException(organisation, note);
                }
            }
        }

        RiskRegister? register = BuildRisks(data, problems);
        // Packs in the order of the input files.
        var packs = data.Organisations.Select(builder.Build).ToList();
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

        return new PackDocument(Title, packs, nps, register, problems.Select(p => p.ToString()).ToList());
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

    // Gives every call of an organisation the same organisation string instance. The service-desk accumulator finds
    // organisations by reference first; with one string per CSV row it falls back to hashing on every call, and that
    // path overflows in the library's checked arithmetic when the hash is negative (reported to the service-desk
    // owner). Sharing instances is also what the accumulator is tuned for.
    private static Call[] WithSharedOrganisationNames(IEnumerable<Call> source)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var calls = new List<Call>();
        foreach (Call call in source)
        {
            if (!names.TryGetValue(call.Organisation, out string? shared))
            {
                names.Add(call.Organisation, shared = call.Organisation);
            }

            calls.Add(ReferenceEquals(shared, call.Organisation)
                ? call
                : new Call(call.Id, shared, call.Priority, call.Type, call.Logged, call.Resolved, call.FirstResponse, call.OnHold, call.Service, call.Category));
        }

        return [.. calls];
    }

    private static RiskRegister? BuildRisks(DataSet data, List<InputProblem> problems)
    {
        if (data.Risks.Count == 0)
        {
            return null;
        }

        bool small = data.Risks.All(r => Fits(r.Record.Residual, 3) && Fits(r.Record.Inherent, 3));
        try
        {
            return small
                ? new RiskRegister(data.Risks.Select(r => r.Record), RiskMatrix.ThreeByThree, RiskBands.ThreeByThree)
                : new RiskRegister(data.Risks.Select(r => r.Record), RiskMatrix.FiveByFive, RiskBands.TriBorough);
        }
        catch (ArgumentException ex)
        {
            problems.Add(new InputProblem("risks.csv", 0, "-", ex.Message.Split(" (Parameter", 2)[0]));
            return null;
        }

        static bool Fits(RiskRating? rating, int max) => rating is not { } r || (r.Impact <= max && r.Likelihood <= max);
    }

    private static YearMonth YearMonthOf(Instant instant, DateTimeZone zone)
    {
        LocalDate date = instant.InZone(zone).Date;
        return new YearMonth(date.Year, date.Month);
    }

    private static List<YearMonth> MonthsWithData(DataSet data)
    {
        DateTimeZone zone = data.Zone;
        var spans = new List<(YearMonth First, YearMonth Last)>();
        void Span(IEnumerable<Instant> source)
        {
            Instant[] all = source.ToArray();
            if (all.Length > 0)
            {
                spans.Add((YearMonthOf(all.Min(), zone), YearMonthOf(all.Max(), zone)));
            }
        }

        Span(data.Outages.Select(o => o.Record.Start));
        Span(data.Responses.Select(r => r.Record.RespondedAt));

        // Exports of calls include older calls still open at the start and calls resolved after the end (carry-overs):
        // the calls' months run from the later of the first logged and first resolved month to the earlier of the last
        // logged and last resolved month.
        Instant[] logged = data.Calls.Select(c => c.Record.Logged).ToArray();
        Instant[] resolved = data.Calls.Where(c => c.Record.Resolved.HasValue).Select(c => c.Record.Resolved!.Value).ToArray();
        if (logged.Length > 0)
        {
            YearMonth first = YearMonthOf(logged.Min(), zone);
            YearMonth last = YearMonthOf(logged.Max(), zone);
            if (resolved.Length > 0)
            {
                YearMonth firstResolved = YearMonthOf(resolved.Min(), zone);
                YearMonth lastResolved = YearMonthOf(resolved.Max(), zone);
                first = firstResolved > first && firstResolved <= last ? firstResolved : first;
                last = lastResolved < last && lastResolved >= first ? lastResolved : last;
            }

            spans.Add((first, last));
        }

        if (spans.Count == 0)
        {
            return [];
        }

        YearMonth from = spans.Min(s => s.First);
        YearMonth to = spans.Max(s => s.Last);
        var months = new List<YearMonth>();
        for (YearMonth m = from; m <= to && months.Count < 120; m = m.PlusMonths(1))
        {
            months.Add(m);
        }

        return months;
    }
}
