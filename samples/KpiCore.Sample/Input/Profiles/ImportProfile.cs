using System.Text.Json.Serialization;

namespace KpiCore.Sample.Input.Profiles;

/// <summary>
/// How one tool's exports are read: the column of each field, the priority labels, the date-time formats, the zone of
/// offset-less times, the delimiter and encoding, which records are excluded and where on-hold time comes from.
/// </summary>
/// <remarks>
/// Built-in profiles are in <see cref="BuiltInProfiles"/>; a profile file is JSON with these properties in camelCase
/// (see <see cref="ProfileLoader"/> and the README, "Import profiles"). Column names match without regard to case.
/// </remarks>
internal sealed class ImportProfile
{
    /// <summary>Gets or sets the profile's name, shown in messages.</summary>
    public string Name { get; set; } = "kpicore";

    /// <summary>Gets or sets the built-in profile a profile file starts from (its properties override the base's); null = kpicore.</summary>
    public string? Base { get; set; }

    /// <summary>Gets or sets the field separator: <c>,</c> (default), <c>;</c>, <c>|</c> or <c>\t</c> (tab).</summary>
    public string Delimiter { get; set; } = ",";

    /// <summary>Gets or sets the encoding: <c>utf-8</c> (default; a field that is not UTF-8 is read as Windows-1252 and flagged) or <c>windows-1252</c>.</summary>
    public string Encoding { get; set; } = "utf-8";

    /// <summary>Gets or sets the IANA zone in which offset-less times are read; null = the reporting zone (<c>--zone</c>). <c>--input-zone</c> overrides it.</summary>
    public string? InputZone { get; set; }

    /// <summary>
    /// Gets or sets the NodaTime local date-time patterns tried in order (an offset <c>Z</c>, <c>±HH:mm</c> or <c>±HHmm</c>
    /// may follow any of them); null = ISO 8601 as in the kpicore files.
    /// </summary>
    public List<string>? DateTimeFormats { get; set; }

    /// <summary>Gets or sets how calls are read.</summary>
    public CallProfile Calls { get; set; } = new();

    /// <summary>Gets or sets how outages are read.</summary>
    public OutageProfile Outages { get; set; } = new();

    /// <summary>
    /// Gets or sets whether the profile describes an outage export (kpicore and ServiceNow do; Jira and TOPdesk have none).
    /// A profile that does not reads outages.csv as kpicore's, with kpicore's delimiter and date formats: its own
    /// formats are for its calls. Set from the built-in base, or by an <c>outages</c> object in a profile file.
    /// </summary>
    [JsonIgnore]
    public bool DescribesOutages { get; set; } = true;

    /// <summary>Gets or sets how a ticket history is read and which states pause the clock.</summary>
    public HistoryProfile History { get; set; } = new();
}
