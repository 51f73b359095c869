using System.CommandLine;
using System.Globalization;
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
internal static class SlaCommand
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

        output.WriteLine($"Per-call results (as of {(periods.Count > 0 ? CommandSupport.Format(asOf, tz) : "-")}): {outPath}");
        WriteTables(output, reports);
        return CommandSupport.Finish(problems, files, error);
    }

    private const string NotJudgedConsequence = "its SLA is not judged (left out of % within SLA)";

    /// <summary>
    /// The streamed <c>sla</c>: a first pass counts the calls' logged months (the months reported and the as-of instant
    /// depend on all of them), a second feeds one accumulator per month and writes each call's row as it is read. The
    /// same figures, rows and messages as the list path: the duplicate-id check is a <see cref="CallIdTable"/> (the
    /// first record with an id stands; the library's sentence for the rest), rejections and not-judged warnings are
    /// placed by the accumulators' positions, and the calls outside the months are counted, not listed.
    /// </summary>
    private static int ExecuteStreamed(string? callsPath, DateTimeZone tz, ImportOptions import, YearMonth? only, string outPath, TextWriter output, TextWriter error, SlaPolicy policy)
    {
        if (!CommandSupport.CheckFile(callsPath, "--calls", error))
        {
            return CommandSupport.UsageError;
        }

        InstantReader instants = InputFiles.InstantsOf(import.Profile, tz, import.InputZone);
        var fileProblems = new List<InputProblem>();
        var logged = new SortedDictionary<YearMonth, int>();
        string? firstFile = null;
        InputFileSummary Pass(List<InputProblem> problems, Action<Sourced<Call>, long, Func<long, string>> sink) =>
            StreamingCalls.Read(callsPath, callsPath, tz, instants, import.Profile, new NameBook(), new CallImportNotes(), null, ServicesFormat.Name, problems,
                new StreamingCallsOptions(policy, 1) { Sink = sink }, out _, out _);
        InputFileSummary summary = Pass(fileProblems, (call, _, _) =>
        {
            firstFile ??= call.File;
            Count(logged, call.Record.Logged, tz);
        });
        if (!summary.Present)
        {
            fileProblems.ForEach(error.WriteLine);
            return CommandSupport.UsageError;
        }

        List<ReportingPeriod> periods = Periods(firstFile ?? string.Empty, logged, only, tz);
        Instant asOf = periods.Count > 0 ? periods[^1].End : default;
        var options = new SlaReportOptions(SlaBasis.ResolvedInPeriod, DuplicateIdCheck.None);
        ServiceDeskAccumulator[] accumulators = [.. periods.Select(p => new ServiceDeskAccumulator(policy, p, options))];
        var ids = new CallIdTable();
        var problems = new List<InputProblem>(fileProblems);
        var rejectedAt = new Dictionary<int, (string File, int Line)>(); // accumulator position -> the call's line
        var suspects = new Dictionary<int, (string File, int Line)>();
        int fed = 0;
        int outside = 0;
        if (!TryWriteOut(outPath, error, temp =>
        {
            using var csv = new CsvWriter(temp);
            WriteHeader(csv);
            Pass([], (sourced, offset, idAt) =>
            {
                Call call = sourced.Record;
                bool rejected = false;
                if (accumulators.Length > 0)
                {
                    if (!ids.TryAdd(call.Id, offset, idAt, out _))
                    {
                        rejected = true;
                        problems.Add(new InputProblem(sourced.File, sourced.Line, DataSet.ColumnOf("Id"), CallMonthStore.RepeatedId(call.Id)));
                    }
                    else
                    {
                        int position = fed++;
                        foreach (ServiceDeskAccumulator accumulator in accumulators)
                        {
                            rejected = !accumulator.Add(call);
                        }

                        if (rejected)
                        {
                            rejectedAt[position] = (sourced.File, sourced.Line);
                        }
                        else if (CallMonthStore.IsSuspect(call))
                        {
                            suspects[position] = (sourced.File, sourced.Line);
                        }
                    }
                }

                if (!rejected && !Shows(periods, call))
                {
                    outside++;
                }

                WriteCall(csv, call, rejected, policy, asOf, tz, HoldSource(call, false));
            });
        }))
        {
            return CommandSupport.UsageError;
        }

        List<ServiceDeskReport> reports = [.. accumulators.Select(a => a.ToReport())];
        if (reports.Count > 0)
        {
            foreach (RejectedRecord record in reports[0].Rejected)
            {
                (string file, int line) = rejectedAt[record.Index];
                problems.Add(new InputProblem(file, line, DataSet.ColumnOf(record.Field), record.Reason));
            }
        }

        var notJudged = new HashSet<int>();
        foreach (RejectedRecord record in reports.SelectMany(r => r.NotJudged))
        {
            if (notJudged.Add(record.Index))
            {
                (string file, int line) = suspects[record.Index];
                problems.Add(new InputProblem(file, line, import.Profile.Calls.ColumnOf(record.Field), record.Reason.TrimEnd('.') + "; " + NotJudgedConsequence + ".", ProblemKind.Warning));
            }
        }

        summary.OutsideCount = outside;
        output.WriteLine($"Per-call results (as of {(periods.Count > 0 ? CommandSupport.Format(asOf, tz) : "-")}): {outPath}");
        WriteTables(output, reports);
        return CommandSupport.Finish(problems, [summary], error);
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

    /// <summary>Writes the --out file through <see cref="OutputFolder"/>: its folder locked, the file staged and moved into place.</summary>
    private static bool TryWriteOut(string path, TextWriter error, Action<string> write)
    {
        using OutputFolder? folder = OutputFolder.TryOpenForFile(path, "--out", error, out string fileName);
        if (folder is null)
        {
            return false;
        }

        try
        {
            write(folder.Stage(fileName));
            folder.Commit();
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"--out: {path}: {ex.Message}");
            return false;
        }
    }

    // Where the call's on-hold time came from; a call with both pauses and a total is not judged (the total may already
    // hold the pauses), and says so here as well as in its status.
    private static string HoldSource(Call call, bool fromHistory)
    {
        string pauses = fromHistory ? "history" : call.OnHold.Count > 0 ? "intervals" : string.Empty;
        return (pauses.Length > 0, call.OnHoldTotal is not null) switch
        {
            (true, true) => pauses + "+total",
            (true, false) => pauses,
            (false, true) => "total",
            _ => "none",
        };
    }

    private static void WriteHeader(CsvWriter csv) =>
        csv.Write("id", "organisation", "priority", "type", "logged", "resolved", "sla_minutes_used", "target_minutes", "breach_instant", "status", "hold_source");

    /// <summary>Writes one call's row: rejected, no SLA, or its evaluation as of the last month's end.</summary>
    private static void WriteCall(CsvWriter csv, Call call, bool rejected, SlaPolicy policy, Instant asOf, DateTimeZone zone, string holdSource)
    {
        string logged = CommandSupport.Format(call.Logged, zone);
        string? resolved = call.Resolved is Instant r ? CommandSupport.Format(r, zone) : null;
        string type = CallsFormat.TypeName(call.Type);
        if (rejected)
        {
            csv.Write(Safe(call.Id), Safe(call.Organisation), call.Priority.Code, type, logged, resolved, null, null, null, "rejected", holdSource);
            return;
        }

        if (call.Type is CallType.Problem or CallType.Change || !policy.TryGet(call.Priority, out _))
        {
            csv.Write(Safe(call.Id), Safe(call.Organisation), call.Priority.Code, type, logged, resolved, null, null, null, "no-sla", holdSource);
            return;
        }

        CallSlaResult result = policy.Evaluate(call, asOf);
        string status = result.Status switch
        {
            CallSlaStatus.Met => "met",
            CallSlaStatus.Breached => "breached",
            CallSlaStatus.InProgressOnTrack => "in-progress",
            CallSlaStatus.NotJudged => "not-judged: " + result.NotJudgedReason,
            _ => "in-progress-breached",
        };
        csv.Write(Safe(call.Id), Safe(call.Organisation), call.Priority.Code, type, logged, resolved,
            result.SlaTimeUsed.TotalMinutes.ToString("0.##", CultureInfo.InvariantCulture),
            result.Target.TotalMinutes.ToString("0.##", CultureInfo.InvariantCulture),
            CommandSupport.Format(result.BreachInstant, zone), status, holdSource);
    }

    /// <summary>Neutralises text that a spreadsheet would run as a formula (a leading =, +, -, @, tab or CR gets a leading apostrophe).</summary>
    internal static string Safe(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private static void WriteTables(TextWriter output, List<ServiceDeskReport> reports)
    {
        var organisations = reports.SelectMany(r => r.Organisations.Select(o => o.Organisation)).Distinct(StringComparer.Ordinal).ToList();
        var priorities = reports.SelectMany(r => r.Organisations).SelectMany(o => o.Priorities).Select(p => p.Priority).Distinct().Order().ToList();
        foreach (string organisation in organisations)
        {
            output.WriteLine();
            output.WriteLine($"{organisation} service desk");
            var header = new List<string> { "KPI", "Target" };
            header.AddRange(reports.Select(r => r.Period.CalendarMonth!.Value.ToString("MMM-yy", CultureInfo.InvariantCulture).ToUpperInvariant()));
            var table = new List<string[]> { header.ToArray() };
            OrganisationSlaFigures?[] figures = [.. reports.Select(r => r.TryGet(organisation, out OrganisationSlaFigures? f) ? f : null)];
            foreach (Priority priority in priorities)
            {
                PrioritySlaFigures?[] row = [.. figures.Select(f => f is not null && f.TryGet(priority, out PrioritySlaFigures? p) ? p : null)];
                string target = row.FirstOrDefault(p => p is not null)?.ComplianceTarget.Threshold.ToString("0.##", CultureInfo.InvariantCulture) + "%";
                table.Add([$"{priority.Code} calls resolved within SLA", target, .. row.Select(p => p?.WithinSla.ToString() ?? "N/A")]);
                table.Add([$"  met / judged", string.Empty, .. row.Select(p => p is null ? "0/0" : string.Create(CultureInfo.InvariantCulture, $"{p.Met}/{p.Judged}"))]);
                table.Add([$"Volume of {priority.Code} calls", string.Empty, .. row.Select(p => (p?.Logged ?? 0).ToString(CultureInfo.InvariantCulture))]);
            }

            table.Add(["Overall SLA performance", string.Empty, .. figures.Select(f => f?.OverallWithinSla.ToString() ?? "N/A")]);
            table.Add(["Total volume of calls", string.Empty, .. figures.Select(f => (f?.Logged ?? 0).ToString(CultureInfo.InvariantCulture))]);
            table.Add(["Calls open at period end", "Decrease", .. figures.Select(f => (f?.OpenAtPeriodEnd ?? 0).ToString(CultureInfo.InvariantCulture))]);
            table.Add(["Number of problem records", string.Empty, .. figures.Select(f => (f?.ProblemRecordsLogged ?? 0).ToString(CultureInfo.InvariantCulture))]);
            table.Add(["Number of change records", string.Empty, .. figures.Select(f => (f?.ChangeRecordsLogged ?? 0).ToString(CultureInfo.InvariantCulture))]);
            CommandSupport.WriteTable(output, table, rightAlignFrom: 1);
        }

        output.WriteLine();
        output.WriteLine("% within SLA = met / judged over calls resolved in the month (a call whose on-hold data cannot be right is counted but not judged); N/A = none judged. Open = logged before the month end and not resolved by it.");
    }
}
