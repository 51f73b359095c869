using System.Globalization;
using KpiCore.Sample.Input.Formats;
using KpiCore.ServiceDesk;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Sample.Commands;

// What sla writes: the per-call CSV and the per-priority tables.
internal static partial class SlaCommand
{
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

    /// <summary>Says where the per-call CSV went and as of when its calls were judged (both paths, list and streamed).</summary>
    private static void WritePerCallLine(TextWriter output, List<ReportingPeriod> periods, Instant asOf, DateTimeZone tz, string outPath) =>
        output.WriteLine(periods.Count > 0
            ? $"Per-call results (as of {CommandSupport.Format(asOf, tz)}): {outPath}"
            : $"Per-call results (no reporting month, so no call is evaluated; rejected records are listed): {outPath}");

    /// <summary>Neutralises text that a spreadsheet would run as a formula (a leading =, +, -, @, tab or CR gets a leading apostrophe).</summary>
    internal static string Safe(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private static void WriteTables(TextWriter output, List<ServiceDeskReport> reports, HashSet<YearMonth> noCalls)
    {
        bool[] gap = [.. reports.Select(r => noCalls.Contains(r.Period.CalendarMonth!.Value))];
        string Cell(int month, string text) => gap[month] ? "UNVL" : text;
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
                table.Add([$"{priority.Code} calls resolved within SLA", target, .. row.Select((p, i) => Cell(i, p?.WithinSla.ToString() ?? "N/A"))]);
                table.Add([$"  met / judged", string.Empty, .. row.Select((p, i) => Cell(i, p is null ? "0/0" : string.Create(CultureInfo.InvariantCulture, $"{p.Met}/{p.Judged}")))]);
                table.Add([$"Volume of {priority.Code} calls", string.Empty, .. row.Select((p, i) => Cell(i, (p?.Logged ?? 0).ToString(CultureInfo.InvariantCulture)))]);
            }

            table.Add(["Overall SLA performance", string.Empty, .. figures.Select((f, i) => Cell(i, f?.OverallWithinSla.ToString() ?? "N/A"))]);
            table.Add(["Total volume of calls", string.Empty, .. figures.Select((f, i) => Cell(i, (f?.Logged ?? 0).ToString(CultureInfo.InvariantCulture)))]);
            table.Add(["Calls open at period end", "Decrease", .. figures.Select((f, i) => Cell(i, (f?.OpenAtPeriodEnd ?? 0).ToString(CultureInfo.InvariantCulture)))]);
            table.Add(["Number of problem records", string.Empty, .. figures.Select((f, i) => Cell(i, (f?.ProblemRecordsLogged ?? 0).ToString(CultureInfo.InvariantCulture)))]);
            table.Add(["Number of change records", string.Empty, .. figures.Select((f, i) => Cell(i, (f?.ChangeRecordsLogged ?? 0).ToString(CultureInfo.InvariantCulture)))]);
            CommandSupport.WriteTable(output, table, rightAlignFrom: 1);
        }

        output.WriteLine();
        output.WriteLine("% within SLA = met / judged over calls resolved in the month (a call whose on-hold data cannot be right is counted but not judged); N/A = none judged. Open = logged before the month end and not resolved by it." + (gap.Contains(true) ? " UNVL = no call was logged in the month: no data." : string.Empty));
    }
}
