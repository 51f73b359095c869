using KpiCore.Kpis;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Availability;

/// <summary>One service's availability figures for one reporting period.</summary>
/// <remarks>
/// <para>
/// <b>Definitions.</b> Measured time = the period (up to the as-of instant), inside the service hours and the monitored
/// intervals, less planned maintenance when the policy excludes it. Downtime = the union of the service's counted
/// outages inside measured time, each instant weighted by the largest impact weight of the outages covering it, so
/// overlapping outages count once. Availability = 1 - downtime / measured time, in percent; "UNVL" when nothing was
/// measured (never 100%). Allowed downtime (the error budget) = (100% - target) x measured time: for a whole month of
/// 745 hours at 99.9% that is 44 min 42 s. Burn rate = (downtime / measured time) / (1 - target) = downtime / allowed
/// downtime: 1 means the budget is exactly used up. The target is met when downtime &lt;= allowed downtime, decided on
/// exact durations (the threshold read as its shortest decimal, 99.9 as 0.999), never on the rounded percentage.
/// </para>
/// <para>
/// <b>Outages for count, longest, MTTR and MTBF</b> are the maximal stretches of unweighted downtime (counted outages
/// with a weight above 0) inside measured time and within the period, measured in service hours; stretches with no
/// service time are dropped. An outage that crosses a period boundary is split there (at local midnight of the period's
/// zone) and counted in both periods. Mean time to restore = their total / their number; mean time between failures =
/// (measured time - their total) / their number (ITIL's mean uptime between breaks).
/// </para>
/// <para>Durations are exact to the nanosecond; weighted durations are rounded to the nearest nanosecond for display only.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public sealed class ServiceAvailability
{
    internal ServiceAvailability(
        string service,
        ReportingPeriod period,
        AvailabilityPolicy policy,
        bool isComplete,
        long measuredNanos,
        decimal downtimeNanos,
        decimal unplannedNanos,
        long excludedNanos,
        int outageCount,
        long longestNanos,
        long outageTotalNanos,
        KpiValue previous)
    {
        Service = service;
        Period = period;
        Policy = policy;
        IsComplete = isComplete;
        MeasuredTime = Duration.FromNanoseconds(measuredNanos);
        Downtime = Round(downtimeNanos);
        UnplannedDowntime = Round(unplannedNanos);
        PlannedDowntime = Downtime - UnplannedDowntime;
        ExcludedMaintenance = Duration.FromNanoseconds(excludedNanos);
        OutageCount = outageCount;
        LongestOutage = Duration.FromNanoseconds(longestNanos);
        if (outageCount > 0)
        {
            MeanTimeToRestore = Duration.FromNanoseconds(outageTotalNanos / outageCount);
            MeanTimeBetweenFailures = Duration.FromNanoseconds((measuredNanos - outageTotalNanos) / outageCount);
        }

        if (measuredNanos > 0)
        {
            decimal down = Math.Min(downtimeNanos, measuredNanos);
            double percent = (double)(100m * (measuredNanos - down) / measuredNanos);
            Availability = KpiValue.Measured(Math.Clamp(percent, 0.0, 100.0), KpiUnit.Percent);
        }
        else
        {
            Availability = KpiValue.Unavailable;
        }

        KpiTarget target = policy.Target;
        TargetEvaluation evaluation = target.Evaluate(Availability, previous);
        if (target.Direction == TargetDirection.AtLeast)
        {
            decimal allowed = measuredNanos * (100m - (decimal)target.Threshold) / 100m;
            AllowedDowntime = Round(allowed);
            ErrorBudgetRemaining = Round(allowed - downtimeNanos);
            if (allowed > 0m)
            {
                BurnRate = (double)(downtimeNanos / allowed);
            }

            if (measuredNanos > 0)
            {
                bool met = downtimeNanos <= allowed;
                RagStatus rag = met
                    ? RagStatus.Green
                    : evaluation.Outcome == TargetOutcome.Missed
                        ? evaluation.Rag
                        : target.AmberTolerance == Tolerance.None ? RagStatus.Red : RagStatus.Amber;
                evaluation = new TargetEvaluation(met ? TargetOutcome.Met : TargetOutcome.Missed, rag, evaluation.Trend, evaluation.IsImprovement);
            }
        }

        Evaluation = evaluation;
    }

    /// <summary>Restores figures exactly as they were computed (the JSON reader's path); nothing is worked out again.</summary>
    internal ServiceAvailability(string service, ReportingPeriod period, AvailabilityPolicy policy, bool isComplete, Duration measuredTime,
        Duration downtime, Duration unplannedDowntime, Duration excludedMaintenance, KpiValue availability, int outageCount,
        Duration longestOutage, Duration? meanTimeToRestore, Duration? meanTimeBetweenFailures, Duration? allowedDowntime,
        Duration? errorBudgetRemaining, double? burnRate, TargetEvaluation evaluation)
    {
        Service = service;
        Period = period;
        Policy = policy;
        IsComplete = isComplete;
        MeasuredTime = measuredTime;
        Downtime = downtime;
        UnplannedDowntime = unplannedDowntime;
        PlannedDowntime = downtime - unplannedDowntime;
        ExcludedMaintenance = excludedMaintenance;
        Availability = availability;
        OutageCount = outageCount;
        LongestOutage = longestOutage;
        MeanTimeToRestore = meanTimeToRestore;
        MeanTimeBetweenFailures = meanTimeBetweenFailures;
        AllowedDowntime = allowedDowntime;
        ErrorBudgetRemaining = errorBudgetRemaining;
        BurnRate = burnRate;
        Evaluation = evaluation;
    }

    /// <summary>Gets the service name.</summary>
    public string Service { get; }

    /// <summary>Gets the reporting period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the policy the figures were computed under.</summary>
    public AvailabilityPolicy Policy { get; }

    /// <summary>Gets a value indicating whether the period had ended by the as-of instant; an incomplete period is measured only up to it.</summary>
    public bool IsComplete { get; }

    /// <summary>Gets the measured time: the period up to the as-of instant, in service hours and monitored time, less excluded maintenance.</summary>
    public Duration MeasuredTime { get; }

    /// <summary>Gets the weighted downtime inside measured time (planned plus unplanned).</summary>
    public Duration Downtime { get; }

    /// <summary>Gets the part of <see cref="Downtime"/> due to planned maintenance only (time also covered by an unplanned outage is unplanned); zero when maintenance is excluded.</summary>
    public Duration PlannedDowntime { get; }

    /// <summary>Gets the part of <see cref="Downtime"/> due to unplanned outages.</summary>
    public Duration UnplannedDowntime { get; }

    /// <summary>Gets the planned maintenance removed from measured time (in service hours and monitored time) when the policy excludes it; zero otherwise.</summary>
    public Duration ExcludedMaintenance { get; }

    /// <summary>Gets the availability in percent, or <see cref="KpiValue.Unavailable"/> ("UNVL") when no time was measured.</summary>
    public KpiValue Availability { get; }

    /// <summary>Gets the number of outages: maximal stretches of downtime inside measured time and the period.</summary>
    public int OutageCount { get; }

    /// <summary>Gets the longest outage in service time; zero when there was none.</summary>
    public Duration LongestOutage { get; }

    /// <summary>Gets the mean time to restore (unweighted outage time / outage count), or <see langword="null"/> with no outage.</summary>
    public Duration? MeanTimeToRestore { get; }

    /// <summary>Gets the mean time between failures ((measured time - outage time) / outage count), or <see langword="null"/> with no outage.</summary>
    public Duration? MeanTimeBetweenFailures { get; }

    /// <summary>Gets the allowed downtime (error budget) for the target: (100% - target) x measured time; <see langword="null"/> without a target.</summary>
    public Duration? AllowedDowntime { get; }

    /// <summary>Gets the error budget left: allowed downtime - downtime, negative when overspent; <see langword="null"/> without a target.</summary>
    public Duration? ErrorBudgetRemaining { get; }

    /// <summary>
    /// Gets the burn rate: the downtime share divided by the allowed share, which is also the fraction of the error budget
    /// used (1 = all of it); <see langword="null"/> without a target or when the budget is zero (target 100% or nothing measured).
    /// </summary>
    public double? BurnRate { get; }

    /// <summary>Gets the judgement against the target: met or missed decided on exact durations, RAG colour, and trend against the previous period in the report.</summary>
    public TargetEvaluation Evaluation { get; }

    /// <summary>Gets met, missed, or not assessed (no target, or "UNVL").</summary>
    public TargetOutcome Outcome => Evaluation.Outcome;

    /// <summary>Describes the figure, such as "Website 2017-09: 97.27% (target 99.9%, Missed)" (culture-invariant).</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Service} {Period}: {Availability} (target {Policy.Target}, {Outcome})");

    private static Duration Round(decimal nanos) =>
        Duration.FromNanoseconds((long)Math.Round(nanos, MidpointRounding.AwayFromZero));
}
