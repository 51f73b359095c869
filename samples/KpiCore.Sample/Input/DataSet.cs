using System.Globalization;
using KpiCore.Availability;
using KpiCore.Kpis;
using KpiCore.Reporting;
using KpiCore.Risk;
using KpiCore.Satisfaction;
using KpiCore.ServiceDesk;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Sample.Input;

/// <summary>
/// Everything in an input folder (services.csv, outages.csv, monitoring.csv, calls.csv, responses.csv, risks.csv,
/// exceptions.csv), read into library records with the file and line of each, and every problem found.
/// </summary>
/// <remarks>
/// Every file is optional: a missing one loads nothing and is no problem. A file that is there but cannot be used (no
/// header, a required column missing, unreadable) is one problem for the whole file. Every data row of every file is
/// either loaded or reported (<see cref="Files"/> counts them). Problems found later by the calculators (an outage
/// that ends before it starts, a repeated call id, a score of 11) are mapped back to <c>file:line</c> with
/// <see cref="Locate{T}"/>.
/// </remarks>
internal sealed class DataSet
{
    /// <summary>The file names the loader looks for, in reading order.</summary>
    internal static readonly string[] FileNames = ["services.csv", "outages.csv", "monitoring.csv", "calls.csv", "responses.csv", "risks.csv", "exceptions.csv"];

    private DataSet(
        IReadOnlyList<string> organisations,
        IReadOnlyDictionary<string, ServiceCatalogue> services,
        IReadOnlyList<Sourced<Outage>> outages,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, IntervalSet>> monitored,
        IReadOnlyList<Sourced<Call>> calls,
        IReadOnlyList<Sourced<SurveyResponse>> responses,
        IReadOnlyList<Sourced<RiskRecord>> risks,
        IReadOnlyDictionary<string, IReadOnlyList<ExceptionNote>> exceptions,
        IReadOnlyList<InputProblem> problems,
        IReadOnlyList<InputFileSummary> files,
        DateTimeZone zone)
    {
        Organisations = organisations;
        Services = services;
        Outages = outages;
        MonitoredIntervals = monitored;
        Calls = calls;
        Responses = responses;
        Risks = risks;
        Exceptions = exceptions;
        Problems = problems;
        Files = files;
        Zone = zone;
    }

    /// <summary>Gets the organisations in order of first appearance (services.csv first, then the other files).</summary>
    public IReadOnlyList<string> Organisations { get; }

    /// <summary>
    /// Gets each organisation's service catalogue (report order = file order) with target, service hours, planned
    /// maintenance rule and monitoring already in each policy. An organisation with outages but no row in services.csv
    /// gets its outages' services, 24x7, no target.
    /// </summary>
    public IReadOnlyDictionary<string, ServiceCatalogue> Services { get; }

    /// <summary>Gets the outages with their organisation, file and line.</summary>
    public IReadOnlyList<Sourced<Outage>> Outages { get; }

    /// <summary>Gets, per organisation and service, the union of its monitored intervals (only services with monitoring rows).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, IntervalSet>> MonitoredIntervals { get; }

    /// <summary>Gets the service-desk calls (incidents, service requests, problems, changes) with file and line.</summary>
    public IReadOnlyList<Sourced<Call>> Calls { get; }

    /// <summary>Gets the survey responses with file and line (scores not yet checked against 0-10: the NPS calculator reports those).</summary>
    public IReadOnlyList<Sourced<SurveyResponse>> Responses { get; }

    /// <summary>Gets the risks (impact and likelihood 1-5, ids unique) with file and line; risks have no organisation.</summary>
    public IReadOnlyList<Sourced<RiskRecord>> Risks { get; }

    /// <summary>Gets the exception notes per organisation, in file order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<ExceptionNote>> Exceptions { get; }

    /// <summary>Gets every problem found while reading, in file then line order.</summary>
    public IReadOnlyList<InputProblem> Problems { get; }

    /// <summary>Gets, per file looked for, whether it was there and how many rows were read, loaded and rejected.</summary>
    public IReadOnlyList<InputFileSummary> Files { get; }

    /// <summary>Gets the zone in which local times were read.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets whether a file that is there could not be used at all (a problem on line 0 or in its header).</summary>
    public bool HasFileErrors => Problems.Any(p => p.Line == 0 || Files.Any(f => f.File == p.File && !f.Present));

    /// <summary>Loads every known file in <paramref name="directory"/>.</summary>
    /// <param name="directory">The folder; when it does not exist the result is empty with one problem.</param>
    /// <param name="zone">The zone for local date-times without an offset.</param>
    /// <returns>The data set.</returns>
    public static DataSet Load(string directory, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(zone);
        var problems = new List<InputProblem>();
        if (!Directory.Exists(directory))
        {
            problems.Add(new InputProblem(directory, 0, "-", "The folder does not exist."));
            return Build([], [], [], [], [], [], [], problems, [], zone);
        }

        var files = new List<InputFileSummary>();
        string PathOf(string name) => Path.Combine(directory, name);
        T ReadIfThere<T>(string name, Func<string, List<InputProblem>, (T Items, InputFileSummary Summary)> read)
            where T : new()
        {
            if (!File.Exists(PathOf(name)))
            {
                files.Add(new InputFileSummary(name, false, 0, 0));
                return new T();
            }

            (T items, InputFileSummary summary) = read(PathOf(name), problems);
            files.Add(summary);
            return items;
        }

        List<ServiceDefinition> services = ReadIfThere("services.csv", (p, pr) => (InputFiles.ReadServices(p, "services.csv", zone, pr, out var s), s));
        List<Sourced<Outage>> outages = ReadIfThere("outages.csv", (p, pr) => (InputFiles.ReadOutages(p, "outages.csv", zone, pr, out var s), s));
        List<Sourced<MonitoredInterval>> monitoring = ReadIfThere("monitoring.csv", (p, pr) => (InputFiles.ReadMonitoring(p, "monitoring.csv", zone, pr, out var s), s));
        List<Sourced<Call>> calls = ReadIfThere("calls.csv", (p, pr) => (InputFiles.ReadCalls(p, "calls.csv", zone, pr, out var s), s));
        List<Sourced<SurveyResponse>> responses = ReadIfThere("responses.csv", (p, pr) => (InputFiles.ReadResponses(p, "responses.csv", zone, pr, out var s), s));
        List<Sourced<RiskRecord>> risks = ReadIfThere("risks.csv", (p, pr) => (InputFiles.ReadRisks(p, "risks.csv", zone, pr, out var s), s));
        List<Sourced<ExceptionNote>> exceptions = ReadIfThere("exceptions.csv", (p, pr) => (InputFiles.ReadExceptions(p, "exceptions.csv", zone, pr, out var s), s));
        return Build(services, outages, monitoring, calls, responses, risks, exceptions, problems, files, zone);
    }

    /// <summary>Builds a data set from records already read (used by <see cref="Load"/> and by single-file commands).</summary>
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
        DateTimeZone zone)
    {
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
        monitoring.ForEach(m => Note(m.Organisation));
        calls.ForEach(c => Note(c.Organisation));
        responses.ForEach(r => Note(r.Organisation));
        exceptions.ForEach(e => Note(e.Organisation));

        // Monitoring per organisation and service; rows naming a service that services.csv does not define are reported.
        var defined = services.Select(s => (s.Organisation, s.Service)).ToHashSet();
        var definedOrganisations = services.Select(s => s.Organisation).ToHashSet(StringComparer.Ordinal);
        var intervals = new Dictionary<(string Organisation, string Service), List<Interval>>();
        int dropped = 0;
        foreach (Sourced<MonitoredInterval> row in monitoring)
        {
            if (definedOrganisations.Contains(row.Organisation) && !defined.Contains((row.Organisation, row.Record.Service)))
            {
                problems.Add(new InputProblem(row.File, row.Line, "service",
                    string.Create(CultureInfo.InvariantCulture, $"The service '{row.Record.Service}' of {row.Organisation} is not in services.csv.")));
                dropped++;
                continue;
            }

            if (!intervals.TryGetValue((row.Organisation, row.Record.Service), out List<Interval>? list))
            {
                intervals[(row.Organisation, row.Record.Service)] = list = [];
            }

            list.Add(row.Record.Interval);
        }

        if (dropped > 0)
        {
            int index = files.FindIndex(f => f.File == monitoring[0].File);
            if (index >= 0)
            {
                InputFileSummary old = files[index];
                files[index] = new InputFileSummary(old.File, old.Present, old.Rows, old.Loaded - dropped);
            }
        }

        var monitored = new Dictionary<string, IReadOnlyDictionary<string, IntervalSet>>(StringComparer.Ordinal);
        foreach (var group in intervals.GroupBy(pair => pair.Key.Organisation, StringComparer.Ordinal))
        {
            monitored[group.Key] = group.ToDictionary(pair => pair.Key.Service, pair => IntervalSet.FromIntervals(pair.Value), StringComparer.Ordinal);
        }

        var catalogues = new Dictionary<string, ServiceCatalogue>(StringComparer.Ordinal);
        foreach (ServiceDefinition service in services)
        {
            AvailabilityPolicy policy = service.Policy;
            if (monitored.TryGetValue(service.Organisation, out var sets) && sets.TryGetValue(service.Service, out IntervalSet? set))
            {
                policy = policy.WithMonitoring(set);
            }

            catalogues[service.Organisation] = (catalogues.GetValueOrDefault(service.Organisation) ?? ServiceCatalogue.Empty).With(service.Service, policy);
        }

        foreach (Sourced<Outage> outage in outages)
        {
            if (!definedOrganisations.Contains(outage.Organisation))
            {
                ServiceCatalogue catalogue = catalogues.GetValueOrDefault(outage.Organisation) ?? ServiceCatalogue.Empty;
                if (!catalogue.Contains(outage.Record.Service))
                {
                    AvailabilityPolicy policy = AvailabilityPolicy.Default;
                    if (monitored.TryGetValue(outage.Organisation, out var sets) && sets.TryGetValue(outage.Record.Service, out IntervalSet? set))
                    {
                        policy = policy.WithMonitoring(set);
                    }

                    catalogues[outage.Organisation] = catalogue.With(outage.Record.Service, policy);
                }
            }
        }

        var notes = new Dictionary<string, IReadOnlyList<ExceptionNote>>(StringComparer.Ordinal);
        foreach (var group in exceptions.GroupBy(e => e.Organisation, StringComparer.Ordinal))
        {
            notes[group.Key] = group.Select(e => e.Record).ToList().AsReadOnly();
        }

        List<InputProblem> ordered = [.. problems.OrderBy(p => Array.IndexOf(FileNames, p.File)).ThenBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line)];
        return new DataSet(organisations.AsReadOnly(), catalogues, outages.AsReadOnly(), monitored, calls.AsReadOnly(), responses.AsReadOnly(),
            risks.AsReadOnly(), notes, ordered.AsReadOnly(), files.AsReadOnly(), zone);
    }

    /// <summary>Maps a calculator's rejected record back to the file and line of the record it names.</summary>
    /// <param name="input">The list that was given to the calculator, in the same order.</param>
    /// <param name="rejected">The rejected record; its index is a position in <paramref name="input"/>.</param>
    /// <returns>The problem as <c>file:line: field: reason</c>.</returns>
    public static InputProblem Locate<T>(IReadOnlyList<Sourced<T>> input, RejectedRecord rejected)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(rejected);
        Sourced<T> source = input[rejected.Index];
        return new InputProblem(source.File, source.Line, ColumnOf(rejected.Field), rejected.Reason);
    }

    /// <summary>Translates a library field name (such as <c>FirstResponse</c>) to its CSV column (<c>first_response</c>).</summary>
    internal static string ColumnOf(string field) => field switch
    {
        "FirstResponse" => "first_response",
        "OnHold" => "on_hold",
        "RespondedAt" => "responded",
        _ => field.ToLowerInvariant(),
    };
}
