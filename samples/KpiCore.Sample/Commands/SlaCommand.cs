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
            .WithImport(organisationColumn: true);
        Option<string?> history = options.WithHistory();
        return run =>
        {
            DateTimeZone tz = run.Zone;
            ImportOptions import = run.Import;
            YearMonth? only = run.Month;
            var problems = new List<InputProblem>();
            var notes = new CallImportNotes();
            if (!CommandSupport.TryRead(run.File(calls), "--calls", problems, (p, f, pr) => (InputFiles.ReadCalls(p, f, tz!, pr, out var s, null, import.Profile, import.InputZone, notes), s), error, out List<Sourced<Call>> rows, out InputFileSummary? summary))
            {
                return CommandSupport.UsageError;
            }

            var files = new List<InputFileSummary> { summary! };
            var fromHistory = new HashSet<Call>(ReferenceEqualityComparer.Instance);
            if (run.File(history) is string historyPath)
            {
                if (!CommandSupport.CheckFile(historyPath, "--history", error))
                {
                    return CommandSupport.UsageError;
                }

                var instants = new InstantReader(InputFiles.InputZone(import.Profile, tz!, import.InputZone), import.Profile.DateTimeFormats);
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

            List<ReportingPeriod> periods = Periods(rows, only, tz!);
            SlaPolicy policy = SlaPolicy.UkCouncilDefault();
            var reports = new List<ServiceDeskReport>();
            foreach (ReportingPeriod period in periods)
            {
                reports.Add(ServiceDeskCalculator.Report(rows.Select(r => r.Record), policy, period));
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
                    problems.Add(DataSet.LocateWarning(rows, record, "its SLA is not judged (left out of % within SLA)", run.Import.Profile.Calls));
                }
            }

            // A call that shows in no reported month (logged after, or resolved before) is outside the reporting range.
            foreach (Sourced<Call> row in rows)
            {
                if (!periods.Any(p => row.Record.Logged < p.End && !(row.Record.Resolved is Instant r && r < p.Start)))
                {
                    problems.Add(new InputProblem(row.File, row.Line, "logged", "outside the months reported", ProblemKind.Outside));
                }
            }

            Instant asOf = periods.Count > 0 ? periods[^1].End : default;
            string path = run.Out!;
            if (!TryWriteOut(path, error, temp => WriteCalls(temp, rows, rejected, policy, asOf, tz!, call => HoldSource(call, fromHistory.Contains(call)))))
            {
                return CommandSupport.UsageError;
            }

            output.WriteLine($"Per-call results (as of {(periods.Count > 0 ? CommandSupport.Format(asOf, tz!) : "-")}): {path}");
            WriteTables(output, reports);
            return CommandSupport.Finish(problems, files, error);
        };
    });

    private static List<ReportingPeriod> Periods(List<Sourced<Call>> rows, YearMonth? only, DateTimeZone zone)
    {
        if (only is YearMonth single)
        {
            return [ReportingPeriod.Month(single, zone)];
        }

        if (rows.Count == 0)
        {
            return [];
        }

        // Months in which calls were logged. A first month with under a quarter of the next month's calls holds only
        // calls carried into the data (logged before the export's first month) and is not reported.
        // A stray record far from the rest (a typo'd year) does not widen the months: see ReportingRange.
        (YearMonth first, YearMonth last) = ReportingRange.SpanOf(new ReportingRange.Source(rows[0].File, [.. rows.Select(r => r.Record.Logged.InZone(zone).Date.ToYearMonth())]))!.Value;
        var counts = rows.GroupBy(r => r.Record.Logged.InZone(zone).Date.ToYearMonth()).ToDictionary(g => g.Key, g => g.Count());
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

    private static void WriteCalls(string path, List<Sourced<Call>> rows, HashSet<int> rejected, SlaPolicy policy, Instant asOf, DateTimeZone zone, Func<Call, string> holdSource)
    {
        using var csv = new CsvWriter(path);
        csv.Write("id", "organisation", "priority", "type", "logged", "resolved", "sla_minutes_used", "target_minutes", "breach_instant", "status", "hold_source");
        for (int i = 0; i < rows.Count; i++)
        {
            Call call = rows[i].Record;
            string logged = CommandSupport.Format(call.Logged, zone);
            string? resolved = call.Resolved is Instant r ? CommandSupport.Format(r, zone) : null;
            string type = CallsFormat.TypeName(call.Type);
            if (rejected.Contains(i))
            {
                csv.Write(Safe(call.Id), Safe(call.Organisation), call.Priority.Code, type, logged, resolved, null, null, null, "rejected", holdSource(call));
                continue;
            }

            if (call.Type is CallType.Problem or CallType.Change || !policy.TryGet(call.Priority, out _))
            {
                csv.Write(Safe(call.Id), Safe(call.Organisation), call.Priority.Code, type, logged, resolved, null, null, null, "no-sla", holdSource(call));
                continue;
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
                CommandSupport.Format(result.BreachInstant, zone), status, holdSource(call));
        }
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
