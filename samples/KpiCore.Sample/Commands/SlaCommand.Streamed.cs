using KpiCore.Kpis;
using KpiCore.Sample.Input;
using KpiCore.Sample.Input.Formats;
using KpiCore.Sample.Pack;
using KpiCore.Sample.Progress;
using KpiCore.ServiceDesk;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Sample.Commands;

// The streamed path of sla: the calls read in two passes, not held in a list.
internal static partial class SlaCommand
{
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
        IProgressSink progress = HostProgress.Current;
        InputFileSummary Pass(string pass, List<InputProblem> problems, Action<Sourced<Call>, long, Func<long, string>> sink)
        {
            using IDisposable label = HostProgress.Use(new PassProgress(progress, pass));
            return StreamingCalls.Read(callsPath, callsPath, tz, instants, import.Profile, new NameBook(), new CallImportNotes(), null, ServicesFormat.Name, problems,
                new StreamingCallsOptions(policy, 1) { Sink = sink }, out _, out _);
        }

        InputFileSummary summary = Pass("pass 1 of 2: months", fileProblems, (call, _, _) =>
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
        // One accumulator for every month (each call checked and timed once); its report of a month equals that of a
        // ServiceDeskAccumulator for the month's period fed the same calls (the library's property tests).
        MonthlyServiceDeskAccumulator? monthly = periods.Count > 0 ? new MonthlyServiceDeskAccumulator(policy, tz, options) : null;
        var idSet = new CallIdSet(); // ids that end in a number, about a bit each in sequence (as pack's store)
        var ids = new CallIdTable(); // the others
        var problems = new List<InputProblem>(fileProblems);
        var rejectedAt = new Dictionary<int, (string File, int Line)>(); // accumulator position -> the call's line
        var suspects = new Dictionary<int, (string File, int Line)>();
        int fed = 0;
        int outside = 0;
        if (!TryWriteOut(outPath, error, temp =>
        {
            using var csv = new CsvWriter(temp);
            WriteHeader(csv);
            Pass("pass 2 of 2: each call's SLA", [], (sourced, offset, idAt) =>
            {
                Call call = sourced.Record;
                bool rejected = false;
                if (monthly is not null)
                {
                    CallIdSet.Answer held = idSet.TryAdd(call.Id);
                    if (held == CallIdSet.Answer.Present || (held == CallIdSet.Answer.NotHeld && !ids.TryAdd(call.Id, offset, idAt, out _)))
                    {
                        rejected = true;
                        problems.Add(new InputProblem(sourced.File, sourced.Line, DataSet.ColumnOf("Id"), CallMonthStore.RepeatedId(call.Id)));
                    }
                    else
                    {
                        int position = fed++;
                        rejected = !monthly.Add(call);

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

        List<ServiceDeskReport> reports = monthly is null ? [] : [.. periods.Select(p => monthly.ToReport(p.CalendarMonth!.Value))];
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
        WritePerCallLine(output, periods, asOf, tz, outPath);
        WriteTables(output, reports, NoCallsLogged(periods, logged, Path.GetFileName(callsPath)!, error));
        return CommandSupport.Finish(problems, [summary], error);
    }
}
