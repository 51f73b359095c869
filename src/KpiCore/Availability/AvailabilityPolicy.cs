using KpiCore.Kpis;
using KpiCore.Time;
using KpiCore.Utility;

namespace KpiCore.Availability;

/// <summary>
/// How one service's availability is measured: its service hours, whether planned maintenance counts, when it was
/// monitored, how much partial and degraded outages weigh, and its target.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Default"/> is the source report's basis: 24x7, planned maintenance counted, always monitored, no target.
/// Policies are immutable; the <c>With</c> methods return changed copies.
/// </para>
/// <para>
/// <b>Impact weights.</b> A full outage weighs 1. A partial outage weighs 1 by default and a degraded one 0; both can be
/// set from 0 to 1. Tools disagree (Atlassian Statuspage counts partial outages at 0.3, incident.io at 1, both count
/// degraded service as up). The default 1 for partial outages does not hide downtime from a committee: users who could
/// not use the service were down, and a lower weight must be a stated choice of the policy. Degraded service is still
/// available, so by default it is not downtime (it still appears in the records). Where outages overlap, each instant
/// counts once, at the largest weight of the outages covering it.
/// </para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public sealed class AvailabilityPolicy
{
    private AvailabilityPolicy(
        KpiTarget target,
        WorkingCalendar? serviceHours,
        PlannedMaintenanceRule plannedMaintenance,
        IntervalSet? monitoring,
        double partialWeight,
        double degradedWeight)
    {
        Target = target;
        ServiceHours = serviceHours;
        PlannedMaintenance = plannedMaintenance;
        Monitoring = monitoring;
        PartialWeight = partialWeight;
        DegradedWeight = degradedWeight;
    }

    /// <summary>Gets the report's basis: 24x7, planned maintenance counted, always monitored, partial outages 1, degraded 0, no target.</summary>
    public static AvailabilityPolicy Default { get; } = new(KpiTarget.None, null, PlannedMaintenanceRule.Counted, null, 1.0, 0.0);

    /// <summary>Gets the target: <see cref="KpiTarget.None"/> or an "at least" percentage such as 99.9%.</summary>
    public KpiTarget Target { get; }

    /// <summary>Gets the service hours, or <see langword="null"/> for 24x7 (every instant of the period is service time).</summary>
    /// <remarks>Measured time and downtime only count time inside the calendar's working intervals.</remarks>
    public WorkingCalendar? ServiceHours { get; }

    /// <summary>Gets a value indicating whether the service is measured around the clock (<see cref="ServiceHours"/> is null).</summary>
    public bool IsTwentyFourSeven => ServiceHours is null;

    /// <summary>Gets whether planned maintenance is counted as downtime (the default) or excluded from downtime and measured time.</summary>
    public PlannedMaintenanceRule PlannedMaintenance { get; }

    /// <summary>Gets the intervals in which the service was monitored, or <see langword="null"/> when it always was.</summary>
    /// <remarks>Time outside monitoring is not measured; a period with no monitored time is "UNVL".</remarks>
    public IntervalSet? Monitoring { get; }

    /// <summary>Gets the weight of a partial outage, from 0 to 1 (default 1).</summary>
    public double PartialWeight { get; }

    /// <summary>Gets the weight of a degraded-service outage, from 0 to 1 (default 0).</summary>
    public double DegradedWeight { get; }

    /// <summary>Creates the default policy with a target, such as <c>AvailabilityPolicy.AtLeast(99.9)</c>.</summary>
    /// <param name="targetPercent">The lowest availability that meets the target, in percent, from 0 to 100.</param>
    /// <returns>The policy: 24x7, planned maintenance counted, always monitored, default weights, at least <paramref name="targetPercent"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="targetPercent"/> is NaN or outside [0, 100].</exception>
    public static AvailabilityPolicy AtLeast(double targetPercent)
    {
        Preconditions.CheckRange(targetPercent, 0.0, 100.0, nameof(targetPercent));
        return Default.WithTarget(KpiTarget.AtLeast(targetPercent, KpiUnit.Percent));
    }

    /// <summary>Gets the weight of an impact level.</summary>
    /// <param name="impact">The level.</param>
    /// <returns>1 for <see cref="OutageImpact.Full"/>, else <see cref="PartialWeight"/> or <see cref="DegradedWeight"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="impact"/> is not a defined value.</exception>
    public double GetImpactWeight(OutageImpact impact) => impact switch
    {
        OutageImpact.Full => 1.0,
        OutageImpact.Partial => PartialWeight,
        OutageImpact.Degraded => DegradedWeight,
        _ => throw new ArgumentOutOfRangeException(nameof(impact), impact, "Value must be Full, Partial or Degraded."),
    };

    /// <summary>Returns a copy with another target.</summary>
    /// <param name="target">The target: <see cref="KpiTarget.None"/> or <see cref="KpiTarget.AtLeast"/> in <see cref="KpiUnit.Percent"/>.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="target"/> is neither none nor an "at least" percentage.</exception>
    public AvailabilityPolicy WithTarget(KpiTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        bool valid = target.Direction == TargetDirection.None
            || (target.Direction == TargetDirection.AtLeast && target.Unit == KpiUnit.Percent);
        Preconditions.CheckArgument(valid, nameof(target), "An availability target must be KpiTarget.None or an at-least percentage.");
        return new AvailabilityPolicy(target, ServiceHours, PlannedMaintenance, Monitoring, PartialWeight, DegradedWeight);
    }

    /// <summary>Returns a copy measured only inside the working intervals of <paramref name="serviceHours"/>.</summary>
    /// <param name="serviceHours">The service hours, such as 08:00-18:00 Monday to Friday; <see langword="null"/> for 24x7.</param>
    /// <returns>The new policy.</returns>
    public AvailabilityPolicy WithServiceHours(WorkingCalendar? serviceHours) =>
        new(Target, serviceHours, PlannedMaintenance, Monitoring, PartialWeight, DegradedWeight);

    /// <summary>Returns a copy with planned maintenance counted or excluded.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rule"/> is not a defined value.</exception>
    public AvailabilityPolicy WithPlannedMaintenance(PlannedMaintenanceRule rule)
    {
        if (rule is not (PlannedMaintenanceRule.Counted or PlannedMaintenanceRule.Excluded))
        {
            throw new ArgumentOutOfRangeException(nameof(rule), rule, "Value must be Counted or Excluded.");
        }

        return new AvailabilityPolicy(Target, ServiceHours, rule, Monitoring, PartialWeight, DegradedWeight);
    }

    /// <summary>Returns a copy that measures only inside <paramref name="monitoring"/>.</summary>
    /// <param name="monitoring">When the service was monitored; <see langword="null"/> for always. An empty set makes every period "UNVL".</param>
    /// <returns>The new policy.</returns>
    public AvailabilityPolicy WithMonitoring(IntervalSet? monitoring) =>
        new(Target, ServiceHours, PlannedMaintenance, monitoring, PartialWeight, DegradedWeight);

    /// <summary>Returns a copy with other weights for partial and degraded outages (a full outage always weighs 1).</summary>
    /// <param name="partial">The weight of a partial outage, from 0 to 1; Statuspage uses 0.3.</param>
    /// <param name="degraded">The weight of a degraded-service outage, from 0 to 1.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A weight is NaN or outside [0, 1].</exception>
    public AvailabilityPolicy WithImpactWeights(double partial, double degraded)
    {
        Preconditions.CheckRange(partial, 0.0, 1.0, nameof(partial));
        Preconditions.CheckRange(degraded, 0.0, 1.0, nameof(degraded));
        return new AvailabilityPolicy(Target, ServiceHours, PlannedMaintenance, Monitoring, partial + 0.0, degraded + 0.0);
    }
}
