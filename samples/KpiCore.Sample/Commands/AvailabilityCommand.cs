using System.CommandLine;
using System.Globalization;
using KpiCore.Availability;
using KpiCore.Kpis;
using KpiCore.Sample.Input;
using KpiCore.Sample.Pack;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Sample.Commands;

/// <summary>
/// <c>availability --outages FILE --month 2017-09 [--services FILE] [--monitoring FILE] [--zone Europe/London]</c>:
/// one row per organisation and service with measured time, downtime, availability and the target's verdict.
/// </summary>
internal static class AvailabilityCommand
{
    private static readonly string[] Header = ["Organisation", "Service", "Target", "Measured", "Downtime", "Planned", "Unplanned", "Outages", "Budget left", "Availability", "Result"];

    internal static Command Create(TextWriter output, TextWriter error) =>
        HostCommand.Create("availability", "Availability per service for one month: measured time, downtime (planned/unplanned), availability, error budget, target met or missed.", error, options =>
    {
        Option<string?> outages = options.WithFile(new("--outages") { HelpName = "FILE", Description = "(required) The outages export: with --profile kpicore, outages.csv (organisation, service, reference, start, end, kind, impact, description); with servicenow, the outage table (cmdb_ci, cmdb_ci.company, number, begin, end, type)." });
        Option<string?> services = options.WithFile(new("--services") { HelpName = "FILE", Description = "services.csv with targets and service hours; without it every service in the outages is 24x7 with no target." });
        Option<string?> monitoring = options.WithFile(new("--monitoring") { HelpName = "FILE", Description = "monitoring.csv: the intervals in which services were monitored (unmonitored months are UNVL)." });
        options.WithMonth(required: true).WithZone().WithImport();
        return run =>
        {
            DateTimeZone tz = run.Zone;
            YearMonth yearMonth = run.Month!.Value;
            ImportOptions import = run.Import;
            var problems = new List<InputProblem>();
            var files = new List<InputFileSummary>();
            // services.csv first: it defines the names, and its spelling is the one shown.
            var names = new NameBook();
            InputFileSummary? summary;
            List<ServiceDefinition> definitions = [];
            if (run.File(services) is string servicesPath)
            {
                if (!CommandSupport.TryRead(servicesPath, "--services", problems, (p, f, pr) => (InputFiles.ReadServices(p, f, tz!, pr, out var s, names), s), error, out definitions, out summary))
                {
                    return CommandSupport.UsageError;
                }

                files.Add(summary!);
            }

            // Streamed: each service's union of downtime is kept, not the records (the services.csv filter at the row).
            var filter = new ServicesFilter(definitions, problems);
            var store = new OutageStore(tz!);
            if (!CommandSupport.TryRead(run.File(outages), "--outages", problems, (p, f, pr) => (0, InputFiles.StreamOutages(p, f, tz!, pr, names, import.Profile, import.InputZone, outage =>
                {
                    if (filter.KnownService(outage, outage.Record.Service, "outage"))
                    {
                        store.Add(outage);
                    }
                })), error, out _, out InputFileSummary? outagesFile))
            {
                return CommandSupport.UsageError;
            }

            files.Add(outagesFile!);

            List<Sourced<MonitoredInterval>> monitored = [];
            if (run.File(monitoring) is string monitoringPath)
            {
                if (!CommandSupport.TryRead(monitoringPath, "--monitoring", problems, (p, f, pr) => (InputFiles.ReadMonitoring(p, f, tz!, pr, out var s, names), s), error, out monitored, out summary))
                {
                    return CommandSupport.UsageError;
                }

                files.Add(summary!);
            }

            DataSet data = DataSet.Build(definitions, [], monitored, [], [], [], [], problems, files, tz!, streamedOutages: store);
            problems = data.Problems;
            ReportingPeriod period = ReportingPeriod.Month(yearMonth, tz);
            outagesFile!.OutsideCount = store.OutsideCount(yearMonth, yearMonth);

            output.WriteLine($"Availability {yearMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture)} ({tz!.Id}), {CommandSupport.Format(period.Start, tz)} to {CommandSupport.Format(period.End, tz)}; open outages end at the end of the month.");
            var table = new List<string[]> { Header };
            foreach (string organisation in data.Organisations)
            {
                if (!data.Services.TryGetValue(organisation, out ServiceCatalogue? catalogue))
                {
                    continue;
                }

                // Streamed rows were checked at reading, so the report has nothing to reject.
                AvailabilityReport report = store.Report(organisation, catalogue, [period], period.End);
                foreach (ServiceAvailability result in report.ForPeriod(period))
                {
                    table.Add(
                    [
                        organisation,
                        result.Service,
                        result.Policy.Target.Direction == TargetDirection.None ? "-" : result.Policy.Target.Threshold.ToString("0.##", CultureInfo.InvariantCulture) + "%",
                        CommandSupport.Hms(result.MeasuredTime),
                        CommandSupport.Hms(result.Downtime),
                        CommandSupport.Hms(result.PlannedDowntime),
                        CommandSupport.Hms(result.UnplannedDowntime),
                        result.OutageCount.ToString(CultureInfo.InvariantCulture),
                        result.ErrorBudgetRemaining is Duration left ? CommandSupport.Hms(left) : "-",
                        result.Availability.IsMeasured ? result.Availability.Value.ToString("0.00", CultureInfo.InvariantCulture) + "%" : result.Availability.ToString(),
                        result.Outcome switch { TargetOutcome.Met => "met", TargetOutcome.Missed => "MISSED", _ => "-" },
                    ]);
                }
            }

            CommandSupport.WriteTable(output, table, rightAlignFrom: 2);
            output.WriteLine("Durations are hours:minutes:seconds. Availability = 1 - downtime / measured time; UNVL = no evidence the service was watched (no monitoring rows, and the month is outside the months the outage log covers).");
            return CommandSupport.Finish(problems, files, error);
        };
    });
}
