using System.Text.Json.Serialization;

namespace KpiCore.Configuration;

/// <summary>One service of an organisation's catalogue in a configuration file, see <see cref="KpiCoreSettings.Services"/>.</summary>
/// <remarks>Example: <c>{ "name": "Website", "targetPercent": 99.9, "calendar": "24x7", "plannedMaintenance": "counted" }</c>.</remarks>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)] // a misspelt optional setting must not fall back to its default unseen
public sealed class ServiceSettings
{
    /// <summary>Gets or sets the service's name as outages name it.</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets the availability target as a percentage (at least); none when absent.</summary>
    public double? TargetPercent { get; set; }

    /// <summary>Gets or sets the name of the calendar of the service's hours; <c>24x7</c> (the default) measures all day.</summary>
    public string? Calendar { get; set; }

    /// <summary>Gets or sets how planned maintenance counts: <c>counted</c> (default, as the source report) or <c>excluded</c>.</summary>
    public string? PlannedMaintenance { get; set; }
}
