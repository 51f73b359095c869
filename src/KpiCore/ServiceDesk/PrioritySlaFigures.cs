using System.Globalization;
using KpiCore.Kpis;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.ServiceDesk;

/// <summary>One organisation's SLA figures for one priority in one reporting period: volume, resolved, met, the percentage with its interval, resolution-time percentiles, calls open at the end, and the judgement against the target.</summary>
/// <remarks>
/// <para>
/// <see cref="Logged"/> ("volume") counts calls logged in the period. <see cref="Resolved"/> and <see cref="Met"/> are
/// taken over the <see cref="Basis"/>: by default the calls resolved in the period, whenever logged.
/// <see cref="WithinSla"/> = <see cref="Met"/> / <see cref="Resolved"/>, and N/A when <see cref="Resolved"/> is 0.
/// <see cref="OpenAtPeriodEnd"/> counts calls logged before the period's end and not resolved by it (open calls from
/// earlier periods included).
/// </para>
/// <para>
/// Resolution-time percentiles are nearest-rank (the ⌈p·n⌉-th smallest of the <see cref="Resolved"/> calls) on
/// durations truncated to whole minutes, exact up to 2^16 minutes (45.5 days), then within 1/32768 of the value
/// (rounded down), and reported as 2^24 minutes when the duration is at least that (31.9 years). They are null when
/// nothing was resolved. Working time is the SLA clock (on-hold removed when the policy says so); elapsed time is
/// wall-clock time from logged to resolved.
/// </para>
/// </remarks>
public sealed class PrioritySlaFigures
{
    internal PrioritySlaFigures(string organisation, ReportingPeriod period, SlaBasis basis, PrioritySla sla, PriorityTally tally)
    {
        Organisation = organisation;
        Period = period;
        Basis = basis;
        Priority = sla.Priority;
        ComplianceTarget = sla.ComplianceTarget;
        SmallSampleRule = sla.SmallSampleRule;
        Logged = tally.Logged;
        Resolved = tally.Resolved;
        Met = tally.Met;
        OpenAtPeriodEnd = tally.OpenAtEnd;
        MedianWorkingTime = Minutes(tally.WorkingTimes.PercentileMinutes(50));
        Percentile90WorkingTime = Minutes(tally.WorkingTimes.PercentileMinutes(90));
        MedianElapsedTime = Minutes(tally.ElapsedTimes.PercentileMinutes(50));
        Percentile90ElapsedTime = Minutes(tally.ElapsedTimes.PercentileMinutes(90));

        if (Resolved == 0)
        {
            WithinSla = WithinSlaLower = WithinSlaUpper = KpiValue.NotApplicable;
            Evaluation = ComplianceTarget.Evaluate(KpiValue.NotApplicable);
            JudgedBy = SlaJudgement.NotAssessed;
            return;
        }

        WithinSla = KpiValue.FromPercentage(Percentage.FromRatio(Met, Resolved));
        (double lower, double upper) = WilsonInterval.Compute(Met, Resolved);
        WithinSlaLower = KpiValue.FromPercentage(Percentage.FromFraction(lower));
        WithinSlaUpper = KpiValue.FromPercentage(Percentage.FromFraction(upper));
        if (SmallSampleRule.AppliesTo(Resolved))
        {
            bool passed = Missed <= SmallSampleRule.MaximumMisses;
            Evaluation = new TargetEvaluation(passed ? TargetOutcome.Met : TargetOutcome.Missed, passed ? RagStatus.Green : RagStatus.Red, KpiTrend.NotAssessed, null);
            JudgedBy = SlaJudgement.SmallSampleRule;
        }
        else
        {
            Evaluation = ComplianceTarget.Evaluate(WithinSla);
            JudgedBy = Evaluation.Outcome == TargetOutcome.NotAssessed ? SlaJudgement.NotAssessed : SlaJudgement.ComplianceTarget;
        }
    }

    /// <summary>Gets the organisation (council).</summary>
    public string Organisation { get; }

    /// <summary>Gets the reporting period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets which calls <see cref="Resolved"/>, <see cref="Met"/> and the percentage are taken over.</summary>
    public SlaBasis Basis { get; }

    /// <summary>Gets the priority.</summary>
    public Priority Priority { get; }

    /// <summary>Gets the number of calls logged in the period (the report's "Volume of P1 Calls").</summary>
    public long Logged { get; }

    /// <summary>Gets the number of resolved calls the percentage is taken over (see <see cref="Basis"/>).</summary>
    public long Resolved { get; }

    /// <summary>Gets how many of <see cref="Resolved"/> met the resolution target.</summary>
    public long Met { get; }

    /// <summary>Gets how many of <see cref="Resolved"/> missed the resolution target.</summary>
    public long Missed => Resolved - Met;

    /// <summary>Gets the number of calls logged before the period's end and not resolved by it.</summary>
    public long OpenAtPeriodEnd { get; }

    /// <summary>Gets "% resolved within SLA": <see cref="Met"/> / <see cref="Resolved"/> in percent, or N/A when nothing was resolved.</summary>
    public KpiValue WithinSla { get; }

    /// <summary>Gets the lower end of the 95% Wilson score interval of <see cref="WithinSla"/>, or N/A.</summary>
    public KpiValue WithinSlaLower { get; }

    /// <summary>Gets the upper end of the 95% Wilson score interval of <see cref="WithinSla"/>, or N/A.</summary>
    public KpiValue WithinSlaUpper { get; }

    /// <summary>Gets the median SLA (working) time to resolve, in whole minutes, or null when nothing was resolved.</summary>
    public Duration? MedianWorkingTime { get; }

    /// <summary>Gets the 90th percentile SLA (working) time to resolve, in whole minutes, or null when nothing was resolved.</summary>
    public Duration? Percentile90WorkingTime { get; }

    /// <summary>Gets the median wall-clock time to resolve, in whole minutes, or null when nothing was resolved.</summary>
    public Duration? MedianElapsedTime { get; }

    /// <summary>Gets the 90th percentile wall-clock time to resolve, in whole minutes, or null when nothing was resolved.</summary>
    public Duration? Percentile90ElapsedTime { get; }

    /// <summary>Gets the compliance target of the priority.</summary>
    public KpiTarget ComplianceTarget { get; }

    /// <summary>Gets the small-sample rule of the priority (<see cref="SmallSampleRule.None"/> if none).</summary>
    public SmallSampleRule SmallSampleRule { get; }

    /// <summary>Gets the judgement: met or missed and its colour (green or red under the small-sample rule); not assessed when N/A.</summary>
    public TargetEvaluation Evaluation { get; }

    /// <summary>Gets which rule gave <see cref="Evaluation"/>.</summary>
    public SlaJudgement JudgedBy { get; }

    /// <summary>Describes the figures, such as "Brent P2 2017-04: 5/7 = 71.43% (volume 7, open 3)" (culture-invariant).</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Organisation} {Priority} {Period}: {Met}/{Resolved} = {WithinSla} (volume {Logged}, open {OpenAtPeriodEnd})");

    private static Duration? Minutes(long? minutes) => minutes switch
    {
        null => null,
        long.MaxValue => Duration.FromMinutes(1L << 24),
        long m => Duration.FromMinutes(m),
    };
}
