namespace KpiCore.Availability;

/// <summary>Whether an outage was planned maintenance or an unplanned failure.</summary>
/// <remarks>The default value is <see cref="Unplanned"/>.</remarks>
public enum OutageKind
{
    /// <summary>An unplanned failure; always counted as downtime.</summary>
    Unplanned = 0,

    /// <summary>
    /// Planned maintenance; counted as downtime or excluded from both downtime and measured time, as the service's
    /// <see cref="AvailabilityPolicy.PlannedMaintenance"/> says.
    /// </summary>
    Planned = 1,
}
