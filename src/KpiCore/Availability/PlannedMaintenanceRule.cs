namespace KpiCore.Availability;

/// <summary>How planned maintenance (<see cref="OutageKind.Planned"/> outages) enters the availability figure.</summary>
/// <remarks>The default value is <see cref="Counted"/>, as in the source report: "we report availability on a 24x7 basis and do not exclude any planned maintenance".</remarks>
public enum PlannedMaintenanceRule
{
    /// <summary>Planned maintenance is downtime like any outage.</summary>
    Counted = 0,

    /// <summary>Planned maintenance is removed from both downtime and measured time, so it neither lowers nor raises the figure.</summary>
    Excluded = 1,
}
