using System.Globalization;
using KpiCore.Kpis;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.ServiceDesk;

/// <summary>One organisation's SLA figures for one priority in one reporting period: volume, resolved, met, the percentage with its interval, resolution-time percentiles, calls open at the end, and the judgement against the target.</summary>
/// <remarks>
/// <para>
/// <see cref="Logged"/> ("volume") counts calls logged in the period. <see cref="Resolved"/> and <see cref="Met"/> are
/// taken over the <see cref="Basis"/>: by default the calls resolved in the period, whenever logged. A resolved call
/// whose on-hold data is inconsistent with its life cannot be judged: it counts in <see cref="Resolved"/> and in
/// <see cref="NotJudged"/>, not in <see cref="Met"/> or <see cref="Missed"/>, so <see cref="Judged"/> =
/// <see cref="Resolved"/> - <see cref="NotJudged"/> = <see cref="Met"/> + <see cref="Missed"/>.
/// <see cref="WithinSla"/> = <see cref="Met"/> / <see cref="Judged"/>, and N/A when <see cref="Judged"/> is 0; the
/// small-sample rule applies to <see cref="Judged"/>.
/// <see cref="OpenAtPeriodEnd"/> counts calls logged before the period's end and not resolved by it (open calls from
/// earlier periods included).
/// </para>
/// <para>
/// Resolution-time percentiles are nearest-rank (the ⌈p·n⌉-th smallest: of the <see cref="Judged"/> calls for working
/// time, of the <see cref="Resolved"/> calls for elapsed time) on
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
        NotJudged = tally.NotJudged;
        OpenAtPeriodEnd = tally.OpenAtEnd;
        MedianWorkingTime = Minutes(tally.WorkingTimes.PercentileMinutes(50));
        Percentile90WorkingTime = Minutes(tally.WorkingTimes.PercentileMinutes(90));
        MedianElapsedTime = Minutes(tally.ElapsedTimes.PercentileMinutes(50));
        Percentile90ElapsedTime = Minutes(tally.ElapsedTimes.PercentileMinutes(90));

        if (Judged == 0)
        {
            WithinSla = WithinSlaLower = WithinSlaUpper = KpiValue.NotApplicable;
            Evaluation = ComplianceTarget.Evaluate(KpiValue.NotApplicable);
            JudgedBy = SlaJudgement.NotAssessed;
            return;
        }

        WithinSla = KpiValue.FromPercentage(Percentage.FromRatio(Met, Judged));
        (double lower, double upper) = WilsonInterval.Compute(Met, Judged);
        WithinSlaLower = KpiValue.FromPercentage(Percentage.FromFraction(lower));
        WithinSlaUpper = KpiValue.FromPercentage(Percentage.FromFraction(upper));
        if (SmallSampleRule.AppliesTo(Judged))
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

    /// <summary>Gets the number of resolved calls in the basis (see <see cref="Basis"/>), judged or not.</summary>
    public long Resolved { get; }

    /// <summary>Gets how many of <see cref="Resolved"/> could not be judged, because their on-hold data is inconsistent with their life (see <see cref="ServiceDeskReport.NotJudged"/>).</summary>
    public long NotJudged { get; }

    /// <summary>Gets how many of <see cref="Resolved"/> were judged met or missed: <see cref="Resolved"/> - <see cref="NotJudged"/>, the percentage's denominator.</summary>
    public long Judged => Resolved - NotJudged;

    /// <summary>Gets how many of <see cref="Judged"/> met the resolution target.</summary>
    public long Met { get; }

    /// <summary>Gets how many of <see cref="Judged"/> missed the resolution target.</summary>
    public long Missed => Judged - Met;

    /// <summary>Gets the number of calls logged before the period's end and not resolved by it.</summary>
    public long OpenAtPeriodEnd { get; }

    /// <summary>Gets "% resolved within SLA": <see cref="Met"/> / <see cref="Judged"/> in percent, or N/A when no resolved call could be judged.</summary>
    public KpiValue WithinSla { get; }

    /// <summary>Gets the lower end of the 95% Wilson score interval of <see cref="WithinSla"/>, or N/A.</summary>
    public KpiValue WithinSlaLower { get; }

    /// <summary>Gets the upper end of the 95% Wilson score interval of <see cref="WithinSla"/>, or N/A.</summary>
    public KpiValue WithinSlaUpper { get; }

    /// <summary>Gets the median SLA (working) time to resolve of the judged calls, in whole minutes, or null when none was judged.</summary>
    public Duration? MedianWorkingTime { get; }

    /// <summary>Gets the 90th percentile SLA (working) time to resolve of the judged calls, in whole minutes, or null when none was judged.</summary>
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

    /// <summary>Describes the figures, such as "Brent P2 2017-04: 5/7 = 71.43% (volume 7, open 3)" (culture-invariant), with ", not judged 1" when calls could not be judged.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Organisation} {Priority} {Period}: {Met}/{Judged} = {WithinSla} (volume {Logged}, open {OpenAtPeriodEnd}{(NotJudged > 0 ? $", not judged {NotJudged}" : string.Empty)})");

    private static Duration? Minutes(long? minutes) => minutes switch
    {
        null => null,
        long.MaxValue => Duration.FromMinutes(1L << 24),
        long m => Duration.FromMinutes(m),
    };
}
