using KpiCore.Sample.Input.Profiles;
using NodaTime;

namespace KpiCore.Sample.Input;

/// <summary>How a run reads its calls and outages: the import profile, the zone of offset-less times, and files given instead of those in the data folder.</summary>
internal sealed class ImportOptions
{
    /// <summary>Gets or sets the import profile (default kpicore).</summary>
    public ImportProfile Profile { get; set; } = BuiltInProfiles.KpiCore();

    /// <summary>Gets or sets the zone of offset-less input times (<c>--input-zone</c>); null = the profile's, else the reporting zone.</summary>
    public DateTimeZone? InputZone { get; set; }

    /// <summary>Gets or sets a calls file read instead of the folder's calls.csv (<c>--calls</c>).</summary>
    public string? CallsPath { get; set; }

    /// <summary>Gets or sets an outages file read instead of the folder's outages.csv (<c>--outages</c>).</summary>
    public string? OutagesPath { get; set; }

    /// <summary>Gets or sets a ticket history whose state changes give the calls' on-hold time (<c>--history</c>).</summary>
    public string? HistoryPath { get; set; }
}
