using System.CommandLine;
using KpiCore.Kpis;
using KpiCore.Sample.Input;
using KpiCore.Sample.Input.Formats;
using KpiCore.Sample.Pack;
using KpiCore.ServiceDesk;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Sample.Commands;

/// <summary>
/// <c>sla --calls FILE [--month 2017-09] [--out FILE] [--zone Europe/London]</c>: writes one CSV row per call (id,
/// priority, logged, resolved, SLA minutes used, breach instant, status) and prints the per-priority monthly table, per
/// organisation, under the default UK council SLA policy.
/// </summary>
internal static partial class SlaCommand
{
    /// <summary>The most months one run reports when no --month is given.</summary>
    internal const int MaxMonths = 36;

    internal static Command Create(TextWriter output, TextWriter error) =>
        HostCommand.Create("sla", "Service-desk SLA per call and per priority and month (default UK council policy: P1 4 h 24x7, P2 8 working hours, P3 3 and P4 5 working days).", error, options =>
    {
        Option<string?> calls = options.WithFile(new("--calls") { HelpName = "FILE", Description = "(required) The calls export: with --profile kpicore, calls.csv (id, organisation, priority, type, logged, first_response, resolved, on_hold, service, category); with another profile, that tool's columns." });
        options.WithMonth()
            .WithOut("Where to write the per-call CSV (default sla-calls.csv in the current folder).", "sla-calls.csv")
            .WithZone()
            .WithImport(organisationColumn: true)
            .WithConfig();
        Option<string?> history = options.WithHistory();
        return run => Execute(run.File(calls), run.File(history), run.Zone, run.Import, run.Month, run.Out!, output, error, policy: run.Configuration?.SlaPolicy);
    });

    /// <summary>Runs <c>sla</c>: the per-call CSV to <paramref name="outPath"/>, the tables to <paramref name="output"/>, problems and accounting to <paramref name="error"/>.</summary>
    /// <param name="callsPath">The calls file (--calls).</param>
    /// <param name="historyPath">The ticket history (--history), or null.</param>
    /// <param name="tz">The reporting zone.</param>
    /// <param name="import">The import profile and input zone.</param>
    /// <param name="only">The one month to report (--month), or null for the calls' months.</param>
    /// <param name="outPath">The per-call CSV's path.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="streamed">
    /// True (the default, without a history file) to stream the calls in two passes, in memory that does not grow with
    /// their number (months first, then each call evaluated and written as it is read); false for the former path
    /// (every call in a list), kept to test the streamed one against. A history file needs the calls by id, and a
    /// pipe cannot be read twice, so with either the calls are in a list.
    /// </param>
    /// <param name="policy">The SLA policy (<c>--config</c>); null for the UK council default.</param>
    /// <returns>The exit code.</returns>
    internal static int Execute(string? callsPath, string? historyPath, DateTimeZone tz, ImportOptions import, YearMonth? only, string outPath, TextWriter output, TextWriter error, bool streamed = true, SlaPolicy? policy = null)
    {
        policy ??= SlaPolicy.UkCouncilDefault();
        if (streamed && historyPath is null && StreamingCalls.CanStream(callsPath))
        {
            return ExecuteStreamed(callsPath, tz, import, only, outPath, output, error, policy);
        }

        var problems = new List<InputProblem>();
        var notes = new CallImportNotes();
        if (!CommandSupport.TryRead(callsPath, "--calls", problems, (p, f, pr) => (InputFiles.ReadCalls(p, f, tz, pr, out var s, null, import.Profile, import.InputZone, notes), s), error, out List<Sourced<Call>> rows, out InputFileSummary? summary))
        {
            return CommandSupport.UsageError;
        }

        var files = new List<InputFileSummary> { summary! };
        var fromHistory = new HashSet<Call>(ReferenceEqualityComparer.Instance);
        if (historyPath is not null)
        {
            if (!CommandSupport.CheckFile(historyPath, "--history", error))
            {
                return CommandSupport.UsageError;
            }

            var instants = new InstantReader(InputFiles.InputZone(import.Profile, tz, import.InputZone), import.Profile.DateTimeFormats);
            var historyProblems = new List<InputProblem>();
            rows = CallHistory.Apply(rows, historyPath, historyPath, import.Profile, instants, notes, historyProblems, out InputFileSummary historySummary, out fromHistory);
            if (!historySummary.Present)
            {
                historyProblems.ForEach(error.WriteLine);
                return CommandSupport.UsageError;
            }

            problems.AddRange(historyProblems);
            files.Add(historySummary);
        }

        var logged = new SortedDictionary<YearMonth, int>();
        rows.ForEach(r => Count(logged, r.Record.Logged, tz));
        List<ReportingPeriod> periods = Periods(rows.Count > 0 ? rows[0].File : string.Empty, logged, only, tz);
        var reports = new List<ServiceDeskReport>();
        foreach (ReportingPeriod period in periods)
        {
            reports.Add(ServiceDeskCalculator.Calculate(rows.Select(r => r.Record), policy, period));
        }

        var rejected = new HashSet<int>();
        if (reports.Count > 0)
        {
            foreach (RejectedRecord record in reports[0].Rejected)
            {
                rejected.Add(record.Index);
                problems.Add(DataSet.Locate(rows, record));
            }
        }

        // A call whose on-hold data cannot be right still counts (volume, open, resolved) but its SLA is not judged.
        var notJudged = new HashSet<int>();
        foreach (RejectedRecord record in reports.SelectMany(r => r.NotJudged))
        {
            if (notJudged.Add(record.Index))
            {
                problems.Add(DataSet.LocateWarning(rows, record, NotJudgedConsequence, import.Profile.Calls));
            }
        }

        // A call that shows in no reported month (logged after, or resolved before) is outside the reporting range.
        foreach (Sourced<Call> row in rows)
        {
            if (!Shows(periods, row.Record))
            {
                problems.Add(new InputProblem(row.File, row.Line, "logged", "outside the months reported", ProblemKind.Outside));
            }
        }

        Instant asOf = periods.Count > 0 ? periods[^1].End : default;
        if (!TryWriteOut(outPath, error, temp =>
        {
            using var csv = new CsvWriter(temp);
            WriteHeader(csv);
            for (int i = 0; i < rows.Count; i++)
            {
                Call call = rows[i].Record;
                WriteCall(csv, call, rejected.Contains(i), policy, asOf, tz, HoldSource(call, fromHistory.Contains(call)));
            }
        }))
        {
            return CommandSupport.UsageError;
        }

        WritePerCallLine(output, periods, asOf, tz, outPath);
        WriteTables(output, reports, NoCallsLogged(periods, logged, Path.GetFileName(callsPath)!, error));
        return CommandSupport.Finish(problems, files, error);
    }

    private const string NotJudgedConsequence = "its SLA is not judged (left out of % within SLA)";

    /// <summary>
    /// The reported months in which not one call was logged, each warned about on <paramref name="error"/>: an export
    /// with a gap (or a --month it does not reach) says nothing about those months, so their figures are UNVL (no data),
    /// never 0 calls and N/A.
    /// </summary>
    private static HashSet<YearMonth> NoCallsLogged(List<ReportingPeriod> periods, SortedDictionary<YearMonth, int> logged, string file, TextWriter error)
    {
        var gaps = new HashSet<YearMonth>();
        foreach (YearMonth month in periods.Select(p => p.CalendarMonth!.Value).Where(m => !logged.ContainsKey(m)))
        {
            gaps.Add(month);
            error.WriteLine($"warning: {file}: no call was logged in {ReportingRange.Iso(month)}; its figures are UNVL (no data), not 0 calls.");
        }

        return gaps;
    }

    private static void Count(SortedDictionary<YearMonth, int> months, Instant logged, DateTimeZone zone)
    {
        YearMonth month = logged.InZone(zone).Date.ToYearMonth();
        months[month] = months.GetValueOrDefault(month) + 1;
    }

    /// <summary>Whether a call shows in a reported month: logged before its end and not resolved before its start.</summary>
    private static bool Shows(List<ReportingPeriod> periods, Call call) =>
        periods.Exists(p => call.Logged < p.End && !(call.Resolved is Instant r && r < p.Start));

    private static List<ReportingPeriod> Periods(string file, SortedDictionary<YearMonth, int> counts, YearMonth? only, DateTimeZone zone)
    {
        if (only is YearMonth single)
        {
            return [ReportingPeriod.Month(single, zone)];
        }

        if (counts.Count == 0)
        {
            return [];
        }

        // Months in which calls were logged. A first month with under a quarter of the next month's calls holds only
        // calls carried into the data (logged before the export's first month) and is not reported.
        // A stray record far from the rest (a typo'd year) does not widen the months: see ReportingRange.
        (YearMonth first, YearMonth last) = ReportingRange.SpanOf(ReportingRange.Source.FromCounts(file, counts))!.Value;
        if (first < last && counts.GetValueOrDefault(first) * 4 < counts.GetValueOrDefault(first.PlusMonths(1)))
        {
            first = first.PlusMonths(1);
        }

        var periods = new List<ReportingPeriod>();
        for (YearMonth m = first; m <= last && periods.Count < MaxMonths; m = m.PlusMonths(1))
        {
            periods.Add(ReportingPeriod.Month(m, zone));
        }

        return periods;
    }
}
