using KpiCore.Availability;
using KpiCore.Reporting;
using KpiCore.Risk;
using KpiCore.Sample.Input.Formats;
using KpiCore.Sample.Input.Profiles;
using KpiCore.Satisfaction;
using KpiCore.ServiceDesk;
using NodaTime;

namespace KpiCore.Sample.Input;

/// <summary>The one table reader over the record formats (<see cref="RecordFormat{T}"/>, columns documented in samples/data/README.md).</summary>
/// <remarks>
/// The reader streams its file row by row. A row is either loaded as one record or reported with one problem per bad
/// field (<c>file:line: field: reason</c>); reading goes on. A missing file, an unreadable header or a missing required
/// column is one problem for the whole file (line 0 or the header's line) and loads nothing. The <c>Read...</c> methods
/// below are the readers of the input folder's files, each a format given to <see cref="Read{T}"/>.
/// </remarks>
internal static class InputFiles
{
    /// <summary>The zone of offset-less input times: <c>--input-zone</c>, else the profile's, else the reporting zone.</summary>
    internal static DateTimeZone InputZone(ImportProfile profile, DateTimeZone zone, DateTimeZone? inputZone) =>
        inputZone ?? (profile.InputZone is string id ? DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) ?? zone : zone);

    /// <summary>How a profile's instants are read: its date-time formats, in its input zone.</summary>
    internal static InstantReader InstantsOf(ImportProfile profile, DateTimeZone zone, DateTimeZone? inputZone) =>
        new(InputZone(profile, zone, inputZone), profile.DateTimeFormats);

    /// <summary>Reads a file in a record format.</summary>
    /// <param name="path">The file.</param>
    /// <param name="file">The name shown in problems.</param>
    /// <param name="format">The format (a new instance per file: it holds the file's repeated-key checks).</param>
    /// <param name="problems">Where problems go.</param>
    /// <param name="summary">The file's summary, for its accounting line.</param>
    /// <param name="profile">The dialect (delimiter, encoding); null = comma-separated UTF-8.</param>
    /// <returns>The records read.</returns>
    internal static List<T> Read<T>(string path, string file, RecordFormat<T> format, List<InputProblem> problems, out InputFileSummary summary, ImportProfile? profile = null)
        where T : class
    {
        var result = new List<T>();
        summary = Read(path, file, [.. format.Required], problems, profile, table => format.Opened(table, problems), row =>
        {
            T? record = format.Parse(new RowParser(row, format.Instants, problems));
            if (record is null)
            {
                return false;
            }

            result.Add(record);
            return true;
        });
        return result;
    }

    /// <summary>Reads a file in a record format, giving each record to <paramref name="take"/> as it is read (none is kept).</summary>
    /// <param name="path">The file.</param>
    /// <param name="file">The name shown in problems.</param>
    /// <param name="format">The format (a new instance per file).</param>
    /// <param name="problems">Where problems go.</param>
    /// <param name="take">Receives each record read, in file order.</param>
    /// <param name="profile">The dialect (delimiter, encoding); null = comma-separated UTF-8.</param>
    /// <returns>The file's summary, for its accounting line.</returns>
    internal static InputFileSummary Stream<T>(string path, string file, RecordFormat<T> format, List<InputProblem> problems, Action<T> take, ImportProfile? profile = null)
        where T : class =>
        Read(path, file, [.. format.Required], problems, profile, table => format.Opened(table, problems), row =>
        {
            T? record = format.Parse(new RowParser(row, format.Instants, problems));
            if (record is null)
            {
                return false;
            }

            take(record);
            return true;
        });

    /// <summary>Reads a table in a profile's dialect (delimiter, encoding), calling <paramref name="load"/> for each row.</summary>
    internal static InputFileSummary ReadTable(string path, string file, string[] required, List<InputProblem> problems, ImportProfile profile, Func<CsvRow, bool> load) =>
        Read(path, file, required, problems, profile, null, load);

    /// <summary>Reads services.csv.</summary>
    internal static List<ServiceDefinition> ReadServices(string path, string file, DateTimeZone zone, List<InputProblem> problems, out InputFileSummary summary, NameBook? names = null) =>
        Read(path, file, new ServicesFormat(zone, names), problems, out summary);

    /// <summary>Reads outages.csv, or an outages export through an import profile (null = kpicore); offset-less times are read in <paramref name="zone"/> unless the profile or <paramref name="inputZone"/> names another.</summary>
    internal static List<Sourced<Outage>> ReadOutages(string path, string file, DateTimeZone zone, List<InputProblem> problems, out InputFileSummary summary, NameBook? names = null, ImportProfile? profile = null, DateTimeZone? inputZone = null)
    {
        (OutagesFormat format, ImportProfile dialect) = OutagesFormatOf(zone, names, profile, inputZone);
        return Read(path, file, format, problems, out summary, dialect);
    }

    /// <summary>
    /// Streams outages.csv (or an outages export, as <see cref="ReadOutages"/> reads it), giving each outage to
    /// <paramref name="take"/> as it is read; a pre-pass finds the references met more than once, so that the
    /// repeated-reference check keeps only those.
    /// </summary>
    internal static InputFileSummary StreamOutages(string path, string file, DateTimeZone zone, List<InputProblem> problems, NameBook names, ImportProfile? profile, DateTimeZone? inputZone, Action<Sourced<Outage>> take)
    {
        (OutagesFormat format, ImportProfile dialect) = OutagesFormatOf(zone, names, profile, inputZone, path);
        return Stream(path, file, format, problems, take, dialect);
    }

    /// <summary>The outages format of a profile, and the profile it reads by: a calls-only profile (Jira, TOPdesk) leaves outages.csv in kpicore's format.</summary>
    private static (OutagesFormat Format, ImportProfile Profile) OutagesFormatOf(DateTimeZone zone, NameBook? names, ImportProfile? profile, DateTimeZone? inputZone, string? path = null)
    {
        profile = profile is { DescribesOutages: true } ? profile : BuiltInProfiles.KpiCore();
        return (new OutagesFormat(InstantsOf(profile, zone, inputZone), profile, names, path), profile);
    }

    /// <summary>Reads monitoring.csv: the intervals in which each service was monitored.</summary>
    internal static List<Sourced<MonitoredInterval>> ReadMonitoring(string path, string file, DateTimeZone zone, List<InputProblem> problems, out InputFileSummary summary, NameBook? names = null) =>
        Read(path, file, new MonitoringFormat(zone, names), problems, out summary);

    /// <summary>Reads calls.csv, or a calls export through an import profile (null = kpicore); <paramref name="notes"/> receives excluded ids and on-hold totals.</summary>
    internal static List<Sourced<Call>> ReadCalls(string path, string file, DateTimeZone zone, List<InputProblem> problems, out InputFileSummary summary, NameBook? names = null, ImportProfile? profile = null, DateTimeZone? inputZone = null, CallImportNotes? notes = null)
    {
        profile ??= BuiltInProfiles.KpiCore();
        return Read(path, file, new CallsFormat(InstantsOf(profile, zone, inputZone), profile, names, notes), problems, out summary, profile);
    }

    /// <summary>Reads responses.csv; scores outside 0-10 are left to the NPS calculator, which reports them.</summary>
    internal static List<Sourced<SurveyResponse>> ReadResponses(string path, string file, DateTimeZone zone, List<InputProblem> problems, out InputFileSummary summary, NameBook? names = null) =>
        Read(path, file, new ResponsesFormat(zone, names, path), problems, out summary);

    /// <summary>Reads risks.csv; impact and likelihood levels are 1 to <paramref name="levels"/>.</summary>
    internal static List<Sourced<RiskRecord>> ReadRisks(string path, string file, DateTimeZone zone, List<InputProblem> problems, out InputFileSummary summary, int levels = 5) =>
        Read(path, file, new RisksFormat(zone, levels), problems, out summary);

    /// <summary>Reads exceptions.csv: commentary per organisation, KPI row and month (blank month = the whole pack).</summary>
    internal static List<Sourced<ExceptionNote>> ReadExceptions(string path, string file, DateTimeZone zone, List<InputProblem> problems, out InputFileSummary summary, NameBook? names = null) =>
        Read(path, file, new ExceptionsFormat(zone, names), problems, out summary);

    /// <summary>The field separator a profile declares (a comma for none).</summary>
    internal static byte DelimiterOf(ImportProfile? profile) =>
        profile is null ? (byte)',' : profile.Delimiter is "\\t" or "\t" ? (byte)'\t' : (byte)profile.Delimiter[0];

    /// <summary>Whether a profile declares its files Windows-1252.</summary>
    internal static bool IsWindows1252(ImportProfile? profile) =>
        profile is not null && string.Equals(profile.Encoding, "windows-1252", StringComparison.OrdinalIgnoreCase);

    private static InputFileSummary Read(string path, string file, string[] required, List<InputProblem> problems, ImportProfile? profile, Action<CsvTable>? opened, Func<CsvRow, bool> load)
    {
        using CsvTable? table = CsvTable.Open(path, file, required, problems, DelimiterOf(profile), IsWindows1252(profile));
        if (table is null)
        {
            return new InputFileSummary(file, false, 0);
        }

        opened?.Invoke(table);

        foreach (CsvRow row in table.Rows())
        {
            load(row);
        }

        return new InputFileSummary(file, true, table.RowCount);
    }
}
