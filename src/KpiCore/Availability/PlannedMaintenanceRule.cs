namespace KpiCore.Availability;

/// <summary>How planned maintenance (<see cref="OutageKind.Planned"/> outages) enters the availability figure.</summary>
/// <remarks>The default value is <see cref="Counted"/>, as in the source report: "we report availability on a 24x7 basis and do not exclude any planned maintenance".</remarks>
public enum PlannedMaintenanceRule
{
    /// <summary>Planned maintenance is downtime like any outage.</summary>
    Counted = 0,

    /// <summary>Planned maintenance is removed from both downtime and measured time.</summary>
    /// <remarks>
    /// Only maintenance whose impact weight is above 0 is removed (zero-weight maintenance was never downtime). With
    /// weight 1 excluding never gives a lower figure than counting; with a fractional weight it can, because the removed
    /// time was partly up: it is removed whole, not by its weight.
    /// </remarks>
    Excluded = 1,
}
