using KpiCore.Sample.Input.Formats.Exports;

namespace KpiCore.Sample.Input.Profiles;

/// <summary>The profiles built into the host, one per registered export: <c>kpicore</c> (the host's own columns, the default), <c>servicenow</c>, <c>jira</c> and <c>topdesk</c>.</summary>
/// <remarks>Each call returns a new profile, so a caller may change it (an option overriding a column) without touching the others.</remarks>
internal static class BuiltInProfiles
{
    /// <summary>Gets the registered exports, the host's own first; a new ITSM export is one class and one entry here.</summary>
    internal static IReadOnlyList<ExportFormat> Exports { get; } = [new KpiCoreExport(), new ServiceNowExport(), new JiraExport(), new TopdeskExport()];

    /// <summary>Gets the names of the built-in profiles.</summary>
    internal static IReadOnlyList<string> Names { get; } = [.. Exports.Select(e => e.Name)];

    /// <summary>Finds a built-in profile by name (case-insensitive).</summary>
    internal static ImportProfile? Find(string name) =>
        Exports.FirstOrDefault(e => string.Equals(e.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))?.Profile();

    /// <summary>The host's own columns (samples/data/README.md): ISO 8601 instants, offset-less ones read in <c>--zone</c>.</summary>
    internal static ImportProfile KpiCore() => new KpiCoreExport().Profile();

    /// <summary>ServiceNow's exports (<see cref="ServiceNowExport"/>).</summary>
    internal static ImportProfile ServiceNow() => new ServiceNowExport().Profile();

    /// <summary>Jira Service Management's export (<see cref="JiraExport"/>).</summary>
    internal static ImportProfile Jira() => new JiraExport().Profile();

    /// <summary>TOPdesk's incident export (<see cref="TopdeskExport"/>).</summary>
    internal static ImportProfile Topdesk() => new TopdeskExport().Profile();
}
