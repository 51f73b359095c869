using System.Text.Json.Serialization;

namespace KpiCore.Configuration;

/// <summary>The SLA of one priority in a configuration file, see <see cref="KpiCoreSettings.Sla"/>.</summary>
/// <remarks>Example: <c>{ "priority": "P3", "calendar": "office", "resolutionWorkingDays": 3, "targetPercent": 80 }</c>.</remarks>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)] // a misspelt optional setting must not fall back to its default unseen
public sealed class PrioritySettings
{
    /// <summary>Gets or sets the priority's code as calls carry it, such as <c>P1</c>.</summary>
    public string? Priority { get; set; }

    /// <summary>Gets or sets the priority's rank (1 most urgent); default the number in a <c>P&lt;n&gt;</c> code.</summary>
    public int? Rank { get; set; }

    /// <summary>Gets or sets the name of the calendar the clocks run on (a key of <see cref="KpiCoreSettings.Calendars"/>, or <c>24x7</c> in the first calendar's zone or London).</summary>
    public string? Calendar { get; set; }

    /// <summary>Gets or sets the resolution target in working hours (give this or <see cref="ResolutionWorkingDays"/>).</summary>
    public double? ResolutionHours { get; set; }

    /// <summary>Gets or sets the resolution target in working days of the calendar (its nominal working day).</summary>
    public int? ResolutionWorkingDays { get; set; }

    /// <summary>Gets or sets the first-response target in working hours; none when absent.</summary>
    public double? ResponseHours { get; set; }

    /// <summary>Gets or sets the target for the period's "% resolved within SLA", as a percentage (at least).</summary>
    public double? TargetPercent { get; set; }

    /// <summary>Gets or sets whether on-hold time stops the clocks; default true.</summary>
    public bool OnHoldStopsClock { get; set; } = true;
}
