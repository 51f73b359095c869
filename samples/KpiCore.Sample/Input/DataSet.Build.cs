using System.Globalization;
using KpiCore.Availability;
using KpiCore.Reporting;
using KpiCore.Risk;
using KpiCore.Satisfaction;
using KpiCore.ServiceDesk;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Sample.Input;

// Building a data set from records already read: names, the services.csv filter, coverage.
internal sealed partial class DataSet
{
    /// <summary>The problem of a record whose organisation services.csv does not define.</summary>
    internal static InputProblem UnknownOrganisation<T>(Sourced<T> row, string servicesFile, string what)
        where T : class =>
        new(row.File, row.Line, "organisation",
            string.Create(CultureInfo.InvariantCulture, $"The organisation '{row.Organisation}' is not defined in {servicesFile} (names match without regard to case); the {what} is not counted."));

    /// <summary>Builds a data set from records already read (used by <see cref="Load"/> and by single-file commands).</summary>
    /// <remarks>
    /// <para>
    /// Names: organisations and services are matched without regard to case or surrounding space and shown as first
    /// written (the readers share a <see cref="NameBook"/>). When services.csv defines any service, it defines the
    /// organisations and their services: an outage or monitoring row naming a service it does not define, and a call,
    /// response or exception naming an organisation it does not define, is rejected with that reason. Without
    /// services.csv, organisations and services are those the records name. An exception note must name an
    /// organisation that has records.
    /// </para>
    /// <para>
    /// Coverage (what says a service was watched, so that a month with no outage is 100% and not "no data"): a
    /// service's monitoring rows when it has any; otherwise its organisation's outage log, declared complete for
    /// <paramref name="outageLogCover"/> when given, else for the months from the first to the last month (in the zone)
    /// in which the organisation's outage log has any record. Time outside coverage is not measured, and a month with no
    /// measured time is UNVL.
    /// </para>
    /// <para>
    /// <paramref name="streamedCallOrganisations"/> and <paramref name="streamedResponseOrganisations"/>: the organisations
    /// of calls and of survey responses streamed past the lists (already filtered against services.csv, their problems
    /// already added), in order of first appearance. <paramref name="streamedOutages"/>: the outages streamed past the
    /// list (already filtered the same way), which give their organisations, services and log coverage as the list would.
    /// </para>
    /// </remarks>
    internal static DataSet Build(
        List<ServiceDefinition> services,
        List<Sourced<Outage>> outages,
        List<Sourced<MonitoredInterval>> monitoring,
        List<Sourced<Call>> calls,
        List<Sourced<SurveyResponse>> responses,
        List<Sourced<RiskRecord>> risks,
        List<Sourced<ExceptionNote>> exceptions,
        List<InputProblem> problems,
        List<InputFileSummary> files,
        DateTimeZone zone,
        (YearMonth First, YearMonth Last)? outageLogCover = null,
        IReadOnlyList<string>? streamedCallOrganisations = null,
        IReadOnlyList<string>? streamedResponseOrganisations = null,
        Pack.OutageStore? streamedOutages = null)
    {
        var filter = new ServicesFilter(services, problems);
        bool catalogueGiven = filter.Filters;
        outages = [.. outages.Where(o => filter.KnownService(o, o.Record.Service, "outage"))];
        monitoring = [.. monitoring.Where(m => filter.KnownService(m, m.Record.Service, "monitoring row"))];
        calls = [.. calls.Where(c => filter.KnownOrganisation(c, "call"))];
        responses = [.. responses.Where(r => filter.KnownOrganisation(r, "response"))];
        exceptions = [.. exceptions.Where(e => filter.KnownOrganisation(e, "note"))];

        var organisations = new List<string>();
        var known = new HashSet<string>(StringComparer.Ordinal);
        void Note(string organisation)
        {
            if (organisation.Length > 0 && known.Add(organisation))
            {
                organisations.Add(organisation);
            }
        }

        services.ForEach(s => Note(s.Organisation));
        outages.ForEach(o => Note(o.Organisation));
        streamedOutages?.Organisations.ToList().ForEach(Note);
        monitoring.ForEach(m => Note(m.Organisation));
        calls.ForEach(c => Note(c.Organisation));
        streamedCallOrganisations?.ToList().ForEach(Note);
        responses.ForEach(r => Note(r.Organisation));
        streamedResponseOrganisations?.ToList().ForEach(Note);

        // An exception note about an organisation with no records would add an empty, all-UNVL pack.
        exceptions = [.. exceptions.Where(e =>
        {
            if (known.Contains(e.Organisation))
            {
                return true;
            }

            problems.Add(new InputProblem(e.File, e.Line, "organisation",
                string.Create(CultureInfo.InvariantCulture, $"The organisation '{e.Organisation}' has no services, outages, calls or responses to comment on.")));
            return false;
        })];

        var intervals = new Dictionary<(string Organisation, string Service), List<Interval>>();
        foreach (Sourced<MonitoredInterval> row in monitoring)
        {
            if (!intervals.TryGetValue((row.Organisation, row.Record.Service), out List<Interval>? list))
            {
                intervals[(row.Organisation, row.Record.Service)] = list = [];
            }

            list.Add(row.Record.Interval);
        }

        var monitored = new Dictionary<string, IReadOnlyDictionary<string, IntervalSet>>(StringComparer.Ordinal);
        foreach (var group in intervals.GroupBy(pair => pair.Key.Organisation, StringComparer.Ordinal))
        {
            monitored[group.Key] = group.ToDictionary(pair => pair.Key.Service, pair => IntervalSet.FromIntervals(pair.Value), StringComparer.Ordinal);
        }

        // The outage log's coverage per organisation: declared, or the months from its first to its last record.
        var logCover = new Dictionary<string, (YearMonth First, YearMonth Last)>(StringComparer.Ordinal);
        foreach (var group in outages.GroupBy(o => o.Organisation, StringComparer.Ordinal))
        {
            logCover[group.Key] = outageLogCover ?? (
                group.Min(o => o.Record.Start).InZone(zone).Date.ToYearMonth(),
                group.Max(o => o.Record.Start).InZone(zone).Date.ToYearMonth());
        }

        foreach (string organisation in streamedOutages?.Organisations ?? [])
        {
            logCover[organisation] = outageLogCover ?? streamedOutages!.StartMonths(organisation);
        }

        if (outageLogCover is { } declared)
        {
            foreach (string organisation in organisations)
            {
                logCover[organisation] = declared;
            }
        }

        IntervalSet Coverage(string organisation, string service)
        {
            if (monitored.TryGetValue(organisation, out var sets) && sets.TryGetValue(service, out IntervalSet? set))
            {
                return set;
            }

            if (logCover.TryGetValue(organisation, out var cover))
            {
                Instant from = ReportingPeriod.Month(cover.First, zone).Start;
                Instant to = ReportingPeriod.Month(cover.Last, zone).End;
                return IntervalSet.FromIntervals([new Interval(from, to)]);
            }

            return IntervalSet.Empty;
        }

        var catalogues = new Dictionary<string, ServiceCatalogue>(StringComparer.Ordinal);
        foreach (ServiceDefinition service in services)
        {
            AvailabilityPolicy policy = service.Policy.WithMonitoring(Coverage(service.Organisation, service.Service));
            catalogues[service.Organisation] = (catalogues.GetValueOrDefault(service.Organisation) ?? ServiceCatalogue.Empty).With(service.Service, policy);
        }

        if (!catalogueGiven)
        {
            // Without services.csv, the services are those the outage log names: 24x7, no target.
            foreach (Sourced<Outage> outage in outages)
            {
                ServiceCatalogue catalogue = catalogues.GetValueOrDefault(outage.Organisation) ?? ServiceCatalogue.Empty;
                if (!catalogue.Contains(outage.Record.Service))
                {
                    catalogues[outage.Organisation] = catalogue.With(outage.Record.Service, AvailabilityPolicy.Default.WithMonitoring(Coverage(outage.Organisation, outage.Record.Service)));
                }
            }

            foreach (string organisation in streamedOutages?.Organisations ?? [])
            {
                foreach (string service in streamedOutages!.ServicesOf(organisation))
                {
                    ServiceCatalogue catalogue = catalogues.GetValueOrDefault(organisation) ?? ServiceCatalogue.Empty;
                    catalogues[organisation] = catalogue.With(service, AvailabilityPolicy.Default.WithMonitoring(Coverage(organisation, service)));
                }
            }
        }

        var notes = new Dictionary<string, IReadOnlyList<Sourced<ExceptionNote>>>(StringComparer.Ordinal);
        foreach (var group in exceptions.GroupBy(e => e.Organisation, StringComparer.Ordinal))
        {
            notes[group.Key] = group.ToList().AsReadOnly();
        }

        List<InputProblem> ordered = [.. problems.OrderBy(p => Array.FindIndex(FileNames, n => string.Equals(n, p.File, StringComparison.OrdinalIgnoreCase))).ThenBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line)];
        problems.Clear();
        problems.AddRange(ordered);
        return new DataSet(organisations.AsReadOnly(), catalogues, outages.AsReadOnly(), monitored, calls.AsReadOnly(), responses.AsReadOnly(),
            risks.AsReadOnly(), notes, problems, files.AsReadOnly(), zone, logCover);
    }
}
