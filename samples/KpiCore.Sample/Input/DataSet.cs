using System.Globalization;
using KpiCore.Availability;
using KpiCore.Planning;
using KpiCore.Reporting;
using KpiCore.Risk;
using KpiCore.Sample.Input.Formats;
using KpiCore.Sample.Input.Profiles;
using KpiCore.Satisfaction;
using KpiCore.ServiceDesk;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Sample.Input;

/// <summary>
/// Everything in an input folder (services.csv, outages.csv, monitoring.csv, calls.csv, responses.csv, risks.csv,
/// exceptions.csv, objectives.csv, surveys.csv, risks-previous.csv), read into library records with the file and line of each, and every problem found.
/// </summary>
/// <remarks>
/// Every file is optional: a missing one loads nothing and is no problem. A file that is there but cannot be used (no
/// header, a required column missing, unreadable) is one problem for the whole file. Every data row of every file is
/// either loaded or reported (<see cref="Files"/> counts them). Problems found later by the calculators (an outage
/// that ends before it starts, a repeated call id, a score of 11) are mapped back to <c>file:line</c> with
/// <see cref="Locate{T}"/>.
/// </remarks>
internal sealed partial class DataSet
{
    /// <summary>The file names the loader looks for, in reading order.</summary>
    internal static readonly string[] FileNames = [ServicesFormat.Name, OutagesFormat.Name, MonitoringFormat.Name, CallsFormat.Name, ResponsesFormat.Name, RisksFormat.Name, ExceptionsFormat.Name, ObjectivesFormat.Name, SurveysFormat.Name, RisksFormat.PreviousName];

    private DataSet(
        IReadOnlyList<string> organisations,
        IReadOnlyDictionary<string, ServiceCatalogue> services,
        IReadOnlyList<Sourced<Outage>> outages,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, IntervalSet>> monitored,
        IReadOnlyList<Sourced<Call>> calls,
        IReadOnlyList<Sourced<SurveyResponse>> responses,
        IReadOnlyList<Sourced<RiskRecord>> risks,
        IReadOnlyDictionary<string, IReadOnlyList<Sourced<ExceptionNote>>> exceptions,
        List<InputProblem> problems,
        IReadOnlyList<InputFileSummary> files,
        DateTimeZone zone,
        IReadOnlyDictionary<string, (YearMonth First, YearMonth Last)> outageLogCover)
    {
        OutageLogCover = outageLogCover;
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
    public IReadOnlyDictionary<string, ServiceCatalogue> Services { get; private set; }

    /// <summary>Gets or sets the SLA policy the calls are judged by (<c>--config</c>); null for the UK council default in the run's zone.</summary>
    internal KpiCore.ServiceDesk.SlaPolicy? Policy { get; set; }

    /// <summary>
    /// Replaces the service catalogue of each organisation a configuration file lists (<c>--config</c>'s <c>services</c>)
    /// by the file's; an organisation the data does not have is named in a notice and otherwise ignored, since a pack
    /// has a table only for organisations with records.
    /// </summary>
    internal void UseServices(IReadOnlyDictionary<string, ServiceCatalogue> configured, TextWriter notice)
    {
        var services = new Dictionary<string, ServiceCatalogue>(Services, StringComparer.OrdinalIgnoreCase);
        foreach ((string organisation, ServiceCatalogue catalogue) in configured)
        {
            string? known = Organisations.FirstOrDefault(o => string.Equals(o, organisation, StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                notice.WriteLine($"--config: services.{organisation}: the data has no organisation of this name (it has {string.Join(", ", Organisations)}); its services are not used.");
                continue;
            }

            services[known] = catalogue;
        }

        Services = services.AsReadOnly();
    }

    /// <summary>Gets the outages with their organisation, file and line; empty when they were streamed (<see cref="OutageStore"/>).</summary>
    public IReadOnlyList<Sourced<Outage>> Outages { get; }

    /// <summary>Gets the streamed outages' unions and counts (<c>pack</c>), or null when they are in <see cref="Outages"/>.</summary>
    internal Pack.OutageStore? OutageStore { get; private set; }

    /// <summary>Gets the streamed outages file's summary, to which the outages outside the reporting range are added as a count.</summary>
    internal InputFileSummary? StreamedOutagesFile { get; private set; }

    /// <summary>Gets the number of outages loaded, listed or streamed.</summary>
    internal int OutageCount => OutageStore?.Count ?? Outages.Count;

    /// <summary>Gets, per organisation and service, the union of its monitored intervals (only services with monitoring rows).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, IntervalSet>> MonitoredIntervals { get; }

    /// <summary>Gets the service-desk calls (incidents, service requests, problems, changes) with file and line; empty when they were streamed (<see cref="CallStore"/>).</summary>
    public IReadOnlyList<Sourced<Call>> Calls { get; }

    /// <summary>Gets the store the calls were streamed into (<see cref="StreamingCalls"/>), or null when they were read into <see cref="Calls"/>.</summary>
    internal Pack.CallMonthStore? CallStore { get; private set; }

    /// <summary>Gets the calls file's summary when the calls were streamed, to give it the count of calls outside the reporting range.</summary>
    internal InputFileSummary? StreamedCallsFile { get; private set; }

    /// <summary>Gets the calls export's columns (the import profile's), to name a column in a problem with a call.</summary>
    public CallProfile CallColumns { get; private set; } = new();

    /// <summary>Gets the survey responses with file and line (scores not yet checked against 0-10: the NPS calculator reports those); empty when they were streamed (<see cref="ResponseStore"/>).</summary>
    public IReadOnlyList<Sourced<SurveyResponse>> Responses { get; }

    /// <summary>Gets the streamed survey responses' tallies (<c>pack</c>), or null when they are in <see cref="Responses"/>.</summary>
    internal Pack.ResponseMonthStore? ResponseStore { get; private set; }

    /// <summary>Gets the streamed responses file's summary, to which the responses outside the reporting range are added as a count.</summary>
    internal InputFileSummary? StreamedResponsesFile { get; private set; }

    /// <summary>Gets the number of survey responses loaded, listed or streamed.</summary>
    internal int ResponseCount => ResponseStore?.Count ?? Responses.Count;

    /// <summary>Gets the risks (impact and likelihood 1-5, ids unique) with file and line; risks have no organisation.</summary>
    public IReadOnlyList<Sourced<RiskRecord>> Risks { get; }

    /// <summary>Gets the business plan's rows (objectives.csv), one per milestone, with file and line; grouped into objectives by the pack.</summary>
    public IReadOnlyList<Sourced<BusinessPlanRow>> Objectives { get; private set; } = [];

    /// <summary>Gets the satisfaction and process-success survey answers (surveys.csv) with file and line; scores not yet checked against their scales.</summary>
    public IReadOnlyList<Sourced<SurveysFormat.Answer>> Surveys { get; private set; } = [];

    /// <summary>Gets the previous risk register (risks-previous.csv), to show each risk's movement; empty when there is none.</summary>
    public IReadOnlyList<Sourced<RiskRecord>> PreviousRisks { get; private set; } = [];

    /// <summary>Gets the exception notes per organisation, in file order, with their lines.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Sourced<ExceptionNote>>> Exceptions { get; }

    /// <summary>Gets every problem found while reading, in file then line order; later stages (calculators, the pack) add theirs.</summary>
    public List<InputProblem> Problems { get; }

    /// <summary>Gets, per organisation with an outage log, the months it is taken as complete for (declared or inferred).</summary>
    public IReadOnlyDictionary<string, (YearMonth First, YearMonth Last)> OutageLogCover { get; }

    /// <summary>Gets, per file looked for, whether it was there and how many rows were read, loaded and rejected.</summary>
    public IReadOnlyList<InputFileSummary> Files { get; }

    /// <summary>Gets what reading the calls found beside them (excluded ids, on-hold totals).</summary>
    internal CallImportNotes CallNotes { get; private set; } = new();

    /// <summary>Gets the zone in which local times were read.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets whether a file that is there could not be used at all (a whole-file problem, or a problem in its header).</summary>
    public bool HasFileErrors => InputFileSummary.AnyWholeFileProblem(Problems, [.. Files]);

    /// <summary>Loads every known file in <paramref name="directory"/>.</summary>
    /// <param name="directory">The folder; when it does not exist the result is empty with one problem.</param>
    /// <param name="zone">The zone for local date-times without an offset.</param>
    /// <param name="riskLevels">The levels of the risk register's impact and likelihood scales (3 or 5).</param>
    /// <param name="outageLogCover">The months the outage log is declared complete for, or null to infer them (see <see cref="Build"/>).</param>
    /// <param name="import">The import profile and the files given instead of the folder's calls.csv and outages.csv; null = kpicore, the folder's files.</param>
    /// <param name="streaming">
    /// When given, the calls are streamed into a <see cref="CallStore"/> (no list of calls is kept; <see cref="Calls"/>
    /// is empty), the survey responses into a <see cref="ResponseStore"/> (<see cref="Responses"/> is empty) and, unless
    /// <see cref="StreamingCallsOptions.StreamOutages"/> is false, the outages into an <see cref="OutageStore"/> (<see cref="Outages"/> is empty); with a history file (<see cref="ImportOptions.HistoryPath"/>), which needs the calls by id, they are
    /// read into <see cref="Calls"/> as without it.
    /// </param>
    /// <returns>The data set.</returns>
    /// <remarks>
    /// Input files are found without regard to case (<c>Calls.csv</c> is calls.csv); two files whose names differ only in
    /// case are an error for that input. Every other file in the folder gets a warning that it was not read (README files
    /// excepted), so a misnamed export is never ignored in silence.
    /// </remarks>
    public static DataSet Load(string directory, DateTimeZone zone, int riskLevels = 3, (YearMonth First, YearMonth Last)? outageLogCover = null, ImportOptions? import = null, StreamingCallsOptions? streaming = null)
    {
        import ??= new ImportOptions();
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(zone);
        var problems = new List<InputProblem>();
        if (!Directory.Exists(directory))
        {
            problems.Add(new InputProblem(directory, 0, "-", File.Exists(directory) ? "This is a file, not a folder of input files." : "The folder does not exist."));
            return Build([], [], [], [], [], [], [], problems, [], zone, outageLogCover);
        }

        string[] present;
        try
        {
            present = [.. Directory.EnumerateFiles(directory).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add(new InputProblem(directory, 0, "-", "The folder cannot be read: " + ex.Message));
            return Build([], [], [], [], [], [], [], problems, [], zone, outageLogCover);
        }

        var files = new List<InputFileSummary>();
        var names = new NameBook();
        T ReadIfThere<T>(string name, Func<string, string, List<InputProblem>, (T Items, InputFileSummary Summary)> read, string? given = null)
            where T : new()
        {
            if (given is not null)
            {
                foreach (string ignored in present.Where(f => string.Equals(f, name, StringComparison.OrdinalIgnoreCase)))
                {
                    problems.Add(new InputProblem(ignored, 0, "-", string.Create(CultureInfo.InvariantCulture, $"Not read: {given} is read instead (given on the command line)."), ProblemKind.Warning));
                }

                (T givenItems, InputFileSummary givenSummary) = read(given, given, problems);
                files.Add(givenSummary);
                return givenItems;
            }

            string[] matches = [.. present.Where(f => string.Equals(f, name, StringComparison.OrdinalIgnoreCase))];
            if (matches.Length == 0)
            {
                files.Add(new InputFileSummary(name, false, 0));
                return new T();
            }

            if (matches.Length > 1)
            {
                problems.Add(new InputProblem(name, 0, "-", string.Create(CultureInfo.InvariantCulture,
                    $"The folder has {matches.Length} files named {name} in different case ({string.Join(", ", matches)}); keep one.")));
                files.Add(new InputFileSummary(name, false, 0));
                return new T();
            }

            (T items, InputFileSummary summary) = read(Path.Combine(directory, matches[0]), matches[0], problems);
            files.Add(summary);
            return items;
        }

        // --input-zone says how offset-less times are read in every file; a profile's own zone (ServiceNow's UTC) is
        // for the export it describes (calls and outages) only.
        DateTimeZone ownFormatZone = import.InputZone ?? zone;
        List<ServiceDefinition> services = ReadIfThere(ServicesFormat.Name, (p, f, pr) => (InputFiles.ReadServices(p, f, ownFormatZone, pr, out var s, names), s));
        var filter = new ServicesFilter(services, problems);
        Pack.OutageStore? outageStore = null;
        InputFileSummary? streamedOutages = null;
        List<Sourced<Outage>> outages = streaming is not { StreamOutages: true }
            ? ReadIfThere(OutagesFormat.Name, (p, f, pr) => (InputFiles.ReadOutages(p, f, zone, pr, out var s, names, import.Profile, import.InputZone), s), import.OutagesPath)
            : ReadIfThere(OutagesFormat.Name, (p, f, pr) =>
            {
                // Streamed: the services.csv filter (Build's, same words) at the row, after the row's own problems.
                var store = new Pack.OutageStore(zone);
                streamedOutages = InputFiles.StreamOutages(p, f, zone, pr, names, import.Profile, import.InputZone, outage =>
                {
                    if (filter.KnownService(outage, outage.Record.Service, "outage"))
                    {
                        store.Add(outage);
                    }
                });
                outageStore = store;
                return (new List<Sourced<Outage>>(), streamedOutages);
            }, import.OutagesPath);
        List<Sourced<MonitoredInterval>> monitoring = ReadIfThere(MonitoringFormat.Name, (p, f, pr) => (InputFiles.ReadMonitoring(p, f, ownFormatZone, pr, out var s, names), s));
        var callNotes = new CallImportNotes();
        Pack.CallMonthStore? callStore = null;
        List<string>? streamedOrganisations = null;
        InputFileSummary? streamedFile = null;
        List<Sourced<Call>> calls;
        if (streaming is not null && import.HistoryPath is null)
        {
            calls = ReadIfThere(CallsFormat.Name, (p, f, pr) =>
            {
                if (!StreamingCalls.CanStream(p))
                {
                    return (InputFiles.ReadCalls(p, f, zone, pr, out var listed, names, import.Profile, import.InputZone, callNotes), listed);
                }

                streamedFile = StreamingCalls.Read(p, f, zone, InputFiles.InstantsOf(import.Profile, zone, import.InputZone), import.Profile, names, callNotes,
                    filter.Organisations, filter.File, pr, streaming, out callStore, out streamedOrganisations);
                return (new List<Sourced<Call>>(), streamedFile);
            }, import.CallsPath);
        }
        else
        {
            calls = ReadIfThere(CallsFormat.Name, (p, f, pr) => (InputFiles.ReadCalls(p, f, zone, pr, out var s, names, import.Profile, import.InputZone, callNotes), s), import.CallsPath);
        }

        if (import.HistoryPath is string historyPath)
        {
            var instants = new InstantReader(InputFiles.InputZone(import.Profile, zone, import.InputZone), import.Profile.DateTimeFormats);
            calls = CallHistory.Apply(calls, historyPath, historyPath, import.Profile, instants, callNotes, problems, out InputFileSummary historySummary, out _);
            files.Add(historySummary);
        }

        Pack.ResponseMonthStore? responseStore = null;
        InputFileSummary? streamedResponses = null;
        List<Sourced<SurveyResponse>> responses = streaming is null
            ? ReadIfThere(ResponsesFormat.Name, (p, f, pr) => (InputFiles.ReadResponses(p, f, ownFormatZone, pr, out var s, names), s))
            : ReadIfThere(ResponsesFormat.Name, (p, f, pr) =>
            {
                // Streamed: the organisation filter (Build's, same words) at the row, after the row's own warnings.
                var store = new Pack.ResponseMonthStore(zone);
                streamedResponses = InputFiles.Stream(p, f, new ResponsesFormat(ownFormatZone, names, p), pr, response =>
                {
                    if (filter.KnownOrganisation(response, "response"))
                    {
                        store.Add(response);
                    }
                });
                responseStore = store;
                return (new List<Sourced<SurveyResponse>>(), streamedResponses);
            });
        List<Sourced<RiskRecord>> risks = ReadIfThere(RisksFormat.Name, (p, f, pr) => (InputFiles.ReadRisks(p, f, ownFormatZone, pr, out var s, riskLevels), s));
        List<Sourced<ExceptionNote>> exceptions = ReadIfThere(ExceptionsFormat.Name, (p, f, pr) => (InputFiles.ReadExceptions(p, f, ownFormatZone, pr, out var s, names), s));
        List<Sourced<BusinessPlanRow>> objectives = ReadIfThere(ObjectivesFormat.Name, (p, f, pr) => (InputFiles.Read(p, f, new ObjectivesFormat(ownFormatZone), pr, out var s), s));
        List<Sourced<SurveysFormat.Answer>> surveys = ReadIfThere(SurveysFormat.Name, (p, f, pr) => (InputFiles.Read(p, f, new SurveysFormat(ownFormatZone, names), pr, out var s), s));
        List<Sourced<RiskRecord>> previousRisks = ReadIfThere(RisksFormat.PreviousName, (p, f, pr) => (InputFiles.Read(p, f, new RisksFormat(ownFormatZone, riskLevels, RisksFormat.PreviousName), pr, out var s), s));
        foreach (string other in present.Where(f => !FileNames.Contains(f, StringComparer.OrdinalIgnoreCase) && !f.StartsWith("README", StringComparison.OrdinalIgnoreCase)))
        {
            problems.Add(new InputProblem(other, 0, "-", string.Create(CultureInfo.InvariantCulture,
                $"Not read: the input files are {string.Join(", ", FileNames)} (names in any case)."), ProblemKind.Warning));
        }

        DataSet loaded = Build(services, outages, monitoring, calls, responses, risks, exceptions, problems, files, zone, outageLogCover, streamedOrganisations, responseStore?.Organisations, outageStore);
        loaded.CallColumns = import.Profile.Calls;
        loaded.CallNotes = callNotes;
        (loaded.Objectives, loaded.Surveys, loaded.PreviousRisks) = (objectives.AsReadOnly(), surveys.AsReadOnly(), previousRisks.AsReadOnly());
        loaded.CallStore = callStore;
        loaded.StreamedCallsFile = streamedFile;
        loaded.ResponseStore = responseStore;
        loaded.OutageStore = outageStore;
        loaded.StreamedOutagesFile = streamedOutages;
        loaded.StreamedResponsesFile = streamedResponses;
        return loaded;
    }
}
