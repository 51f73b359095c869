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
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public sealed class PrioritySlaFigures
{
    internal PrioritySlaFigures(string organisation, ReportingPeriod period, SlaBasis basis, PrioritySla sla, PriorityTally tally)
        : this(organisation, period, basis, sla.Priority, sla.ComplianceTarget, sla.SmallSampleRule, tally.Logged, tally.Resolved, tally.Met,
            tally.NotJudged, tally.OpenAtEnd, Minutes(tally.WorkingTimes.PercentileMinutes(50)), Minutes(tally.WorkingTimes.PercentileMinutes(90)),
            Minutes(tally.ElapsedTimes.PercentileMinutes(50)), Minutes(tally.ElapsedTimes.PercentileMinutes(90)))
    {
    }

    private PrioritySlaFigures(string organisation, ReportingPeriod period, SlaBasis basis, Priority priority, KpiTarget complianceTarget,
        SmallSampleRule smallSampleRule, long logged, long resolved, long met, long notJudged, long openAtPeriodEnd,
        Duration? medianWorkingTime, Duration? percentile90WorkingTime, Duration? medianElapsedTime, Duration? percentile90ElapsedTime)
    {
        Organisation = organisation;
        Period = period;
        Basis = basis;
        Priority = priority;
        ComplianceTarget = complianceTarget;
        SmallSampleRule = smallSampleRule;
        Logged = logged;
        Resolved = resolved;
        Met = met;
        NotJudged = notJudged;
        OpenAtPeriodEnd = openAtPeriodEnd;
        MedianWorkingTime = medianWorkingTime;
        Percentile90WorkingTime = percentile90WorkingTime;
        MedianElapsedTime = medianElapsedTime;
        Percentile90ElapsedTime = percentile90ElapsedTime;

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

    /// <summary>
    /// Creates the figures from their counts, as the calculator would have: the percentage within SLA, its Wilson
    /// interval and the judgement (small-sample rule or compliance target) are worked out from them. For consumers'
    /// tests and for reading figures back (JSON).
    /// </summary>
    /// <param name="organisation">The organisation; not blank.</param>
    /// <param name="period">The reporting period.</param>
    /// <param name="priority">The priority.</param>
    /// <param name="complianceTarget">The priority's compliance target.</param>
    /// <param name="logged">Calls logged in the period; not negative.</param>
    /// <param name="resolved">Calls resolved on the report's basis; not negative.</param>
    /// <param name="met">Judged calls resolved within their SLA; from 0 to <paramref name="resolved"/> − <paramref name="notJudged"/>.</param>
    /// <param name="notJudged">Resolved calls whose SLA could not be judged; from 0 to <paramref name="resolved"/>.</param>
    /// <param name="openAtPeriodEnd">Calls open at the end of the period; not negative.</param>
    /// <param name="basis">The report's basis.</param>
    /// <param name="smallSampleRule">The priority's small-sample rule; none by default.</param>
    /// <param name="medianWorkingTime">The median working (SLA clock) time; null when nothing was judged.</param>
    /// <param name="percentile90WorkingTime">The 90th percentile working time.</param>
    /// <param name="medianElapsedTime">The median elapsed time; null when nothing was resolved.</param>
    /// <param name="percentile90ElapsedTime">The 90th percentile elapsed time.</param>
    /// <returns>The figures.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> or <paramref name="complianceTarget"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="organisation"/> is blank, or a count is negative or does not fit the others.</exception>
    public static PrioritySlaFigures FromCounts(string organisation, ReportingPeriod period, Priority priority, KpiTarget complianceTarget,
        long logged, long resolved, long met, long notJudged = 0, long openAtPeriodEnd = 0, SlaBasis basis = SlaBasis.ResolvedInPeriod,
        SmallSampleRule smallSampleRule = default, Duration? medianWorkingTime = null, Duration? percentile90WorkingTime = null,
        Duration? medianElapsedTime = null, Duration? percentile90ElapsedTime = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organisation);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(complianceTarget);
        ArgumentOutOfRangeException.ThrowIfNegative(logged);
        ArgumentOutOfRangeException.ThrowIfNegative(resolved);
        ArgumentOutOfRangeException.ThrowIfNegative(notJudged);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(notJudged, resolved);
        ArgumentOutOfRangeException.ThrowIfNegative(met);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(met, resolved - notJudged);
        ArgumentOutOfRangeException.ThrowIfNegative(openAtPeriodEnd);
        if (basis is not (SlaBasis.ResolvedInPeriod or SlaBasis.LoggedInPeriod))
        {
            throw new ArgumentOutOfRangeException(nameof(basis), basis, "Basis must be ResolvedInPeriod or LoggedInPeriod.");
        }

        if (priority.Rank == 0)
        {
            throw new ArgumentException("The priority must not be the default value.", nameof(priority));
        }

        return new PrioritySlaFigures(organisation, period, basis, priority, complianceTarget, smallSampleRule, logged, resolved, met, notJudged,
            openAtPeriodEnd, medianWorkingTime, percentile90WorkingTime, medianElapsedTime, percentile90ElapsedTime);
    }

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
