namespace KpiCore.Availability;

/// <summary>How badly an outage affected its service; the service's policy gives each level its weight.</summary>
/// <remarks>The default value is <see cref="Full"/>. See <see cref="AvailabilityPolicy.GetImpactWeight(OutageImpact)"/>.</remarks>
public enum OutageImpact
{
    /// <summary>The service was unavailable; always weighs 1 (the whole outage is downtime).</summary>
    Full = 0,

    /// <summary>Part of the service (some users, sites or functions) was unavailable; weighs 1 unless the policy says otherwise.</summary>
    Partial = 1,

    /// <summary>The service worked but was degraded (slow, reduced capacity); weighs 0 unless the policy says otherwise.</summary>
    Degraded = 2,
}
