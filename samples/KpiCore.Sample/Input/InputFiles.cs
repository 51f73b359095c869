using KpiCore.Availability;
using KpiCore.Sample.Input.Profiles;
using KpiCore.ServiceDesk;
using NodaTime;

namespace KpiCore.Sample.Input;

/// <summary>Typed readers, one per input format (columns documented in samples/data/README.md).</summary>
/// <remarks>
/// Each reader streams its file row by row. A row is either loaded as one record or reported with one problem per bad
/// field (<c>file:line: field: reason</c>); reading goes on. A missing file, an unreadable header or a missing required
/// column is one problem for the whole file (line 0 or the header's line) and loads nothing.
/// </remarks>
internal static partial class InputFiles
{
    // Only the columns without which a row means nothing are required in the header; the others may be left out.
    private static readonly string[] ServiceRequired = ["organisation", "service"];
    private static readonly string[] MonitoringRequired = ["organisation", "service", "start", "end"];
    private static readonly string[] ResponseRequired = ["organisation", "responded", "score"];
    private static readonly string[] RiskRequired = ["id", "description", "residual_impact", "residual_likelihood"];
    private static readonly string[] ExceptionRequired = ["organisation", "row", "text"];

    private static readonly Dictionary<string, bool> YesNo = new(StringComparer.OrdinalIgnoreCase)
    {
        ["yes"] = true,
        ["no"] = false,
    };

    private static readonly Dictionary<string, OutageKind> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["planned"] = OutageKind.Planned,
        ["unplanned"] = OutageKind.Unplanned,
    };

    private static readonly Dictionary<string, OutageImpact> Impacts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["full"] = OutageImpact.Full,
        ["partial"] = OutageImpact.Partial,
        ["degraded"] = OutageImpact.Degraded,
    };

    private static readonly Dictionary<string, CallType> CallTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["incident"] = CallType.Incident,
        ["service-request"] = CallType.ServiceRequest,
        ["problem"] = CallType.Problem,
        ["change"] = CallType.Change,
    };

    private static readonly Dictionary<string, IsoDayOfWeek> Days = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Mon"] = IsoDayOfWeek.Monday,
        ["Tue"] = IsoDayOfWeek.Tuesday,
        ["Wed"] = IsoDayOfWeek.Wednesday,
        ["Thu"] = IsoDayOfWeek.Thursday,
        ["Fri"] = IsoDayOfWeek.Friday,
        ["Sat"] = IsoDayOfWeek.Saturday,
        ["Sun"] = IsoDayOfWeek.Sunday,
    };

    /// <summary>The zone of offset-less input times: <c>--input-zone</c>, else the profile's, else the reporting zone.</summary>
    internal static DateTimeZone InputZone(ImportProfile profile, DateTimeZone zone, DateTimeZone? inputZone) =>
        inputZone ?? (profile.InputZone is string id ? DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) ?? zone : zone);

    /// <summary>Reads a table in a profile's dialect (delimiter, encoding), calling <paramref name="load"/> for each row.</summary>
    internal static InputFileSummary ReadTable(string path, string file, string[] required, List<InputProblem> problems, ImportProfile profile, Func<CsvRow, bool> load) =>
        Read(path, file, required, problems, profile, null, load);

    private static InputFileSummary Read(string path, string file, string[] required, List<InputProblem> problems, Func<CsvRow, bool> load) =>
        Read(path, file, required, problems, null, null, load);

    private static InputFileSummary Read(string path, string file, string[] required, List<InputProblem> problems, ImportProfile? profile, Action<CsvTable>? opened, Func<CsvRow, bool> load)
    {
        byte delimiter = profile is null ? (byte)',' : profile.Delimiter is "\\t" or "\t" ? (byte)'\t' : (byte)profile.Delimiter[0];
        bool windows1252 = profile is not null && string.Equals(profile.Encoding, "windows-1252", StringComparison.OrdinalIgnoreCase);
        using CsvTable? table = CsvTable.Open(path, file, required, problems, delimiter, windows1252);
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
