using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KpiCore.Availability;
using KpiCore.Kpis;
using NodaTime;

namespace KpiCore.Tests.Availability;

public sealed class AvailabilityCalculatorPropertyTests
{
    private const long NanosPerMinute = 60_000_000_000L;

    [Property(Arbitrary = [typeof(AvailabilityArbitraries)], MaxTest = 300)]
    public Property Calculate_SmallScenario_MatchesMinuteGridModel(AvailabilityScenario s)
    {
        AvailabilityReport report = s.Run();
        ReferenceAvailabilityModel.Figures[] expected = ReferenceAvailabilityModel.Compute(s, s.Outages, s.Exclude);
        bool ok = report.Counted == s.Outages.Length && report.Rejected.Count == 0;
        for (int day = 0; day < 2; day++)
        {
            ServiceAvailability actual = report.Results[day];
            ReferenceAvailabilityModel.Figures e = expected[day];
            ok &= actual.MeasuredTime == Duration.FromMinutes(e.MeasuredMinutes);
            ok &= Math.Abs(actual.Downtime.ToInt64Nanoseconds() - (e.Downtime * NanosPerMinute)) <= 1000.0; // the model sums doubles
            ok &= Math.Abs(actual.UnplannedDowntime.ToInt64Nanoseconds() - (e.Unplanned * NanosPerMinute)) <= 1000.0;
            ok &= actual.ExcludedMaintenance == Duration.FromMinutes(e.ExcludedMinutes);
            ok &= actual.OutageCount == e.Count;
            ok &= actual.LongestOutage == Duration.FromMinutes(e.LongestMinutes);
            ok &= e.Count == 0
                ? actual.MeanTimeToRestore is null
                : actual.MeanTimeToRestore == Duration.FromNanoseconds(e.OutageMinutes * NanosPerMinute / e.Count);
            if (e.MeasuredMinutes == 0)
            {
                ok &= actual.Availability == KpiValue.Unavailable && actual.Outcome == TargetOutcome.NotAssessed;
            }
            else
            {
                double percent = 100.0 * (1.0 - (e.Downtime / e.MeasuredMinutes));
                ok &= Math.Abs(actual.Availability.Value - percent) < 1e-9;
                ok &= actual.Outcome == (e.Downtime <= (0.01 * e.MeasuredMinutes) + 1e-12 ? TargetOutcome.Met : TargetOutcome.Missed);
            }
        }

        return ok.Label(s + " => " + string.Join(" | ", report.Results.Select(r =>
            $"m={r.MeasuredTime} d={r.Downtime} u={r.UnplannedDowntime} x={r.ExcludedMaintenance} n={r.OutageCount} l={r.LongestOutage}"))
            + " expected " + string.Join(" | ", expected.Select(e => e.ToString())));
    }

    [Property(Arbitrary = [typeof(AvailabilityArbitraries)], MaxTest = 300)]
    public bool Calculate_AnyScenario_AvailabilityWithinZeroAndHundred(AvailabilityScenario s) =>
        s.Run().Results.All(r => !r.Availability.IsMeasured || r.Availability.Value is >= 0.0 and <= 100.0);

    [Property(Arbitrary = [typeof(AvailabilityArbitraries)], MaxTest = 300)]
    public Property Calculate_AddingAnOutage_NeverRaisesAvailability(AvailabilityScenario s)
    {
        AvailabilityReport before = s.Run();
        AvailabilityReport after = s.Run([.. s.Outages, s.Extra]);
        bool ok = true;
        for (int day = 0; day < 2; day++)
        {
            // Adding planned maintenance under the exclusion rule shrinks measured time, so compare downtime shares only where measured time is unchanged.
            ServiceAvailability b = before.Results[day], a = after.Results[day];
            if (a.MeasuredTime == b.MeasuredTime && b.Availability.IsMeasured)
            {
                ok &= a.Availability.Value <= b.Availability.Value && a.Downtime >= b.Downtime;
            }
        }

        return ok.Label(s.ToString());
    }

    [Property(Arbitrary = [typeof(AvailabilityArbitraries)], MaxTest = 300)]
    public Property Calculate_AddingAnUnplannedOutage_NeverRaisesAvailability(AvailabilityScenario s)
    {
        ModelOutage extra = s.Extra with { Kind = OutageKind.Unplanned };
        AvailabilityReport before = s.Run();
        AvailabilityReport after = s.Run([.. s.Outages, extra]);
        bool ok = true;
        for (int day = 0; day < 2; day++)
        {
            ServiceAvailability b = before.Results[day], a = after.Results[day];
            ok &= a.MeasuredTime == b.MeasuredTime && a.Downtime >= b.Downtime
                && (!b.Availability.IsMeasured || a.Availability.Value <= b.Availability.Value);
        }

        return ok.Label(s.ToString());
    }

    [Property(Arbitrary = [typeof(AvailabilityArbitraries)], MaxTest = 300)]
    public Property Calculate_SplittingAnOutageIntoAdjacentPieces_ChangesNothing(AvailabilityScenario s, PositiveInt cut)
    {
        if (s.Outages.Length == 0 || s.Outages[0].End is not int end || end - s.Outages[0].Start < 2)
        {
            return true.ToProperty();
        }

        ModelOutage first = s.Outages[0];
        int at = first.Start + 1 + (cut.Get % (end - first.Start - 1));
        ModelOutage[] split = [first with { End = at }, first with { Start = at }, .. s.Outages.Skip(1)];
        AvailabilityReport whole = s.Run();
        AvailabilityReport pieces = s.Run(split);
        bool ok = true;
        for (int day = 0; day < 2; day++)
        {
            ServiceAvailability a = whole.Results[day], b = pieces.Results[day];
            ok &= a.MeasuredTime == b.MeasuredTime && a.Downtime == b.Downtime && a.UnplannedDowntime == b.UnplannedDowntime
                && a.Availability == b.Availability && a.OutageCount == b.OutageCount && a.LongestOutage == b.LongestOutage;
        }

        return ok.Label(s + " cut at " + at);
    }

    [Property(Arbitrary = [typeof(AvailabilityArbitraries)], MaxTest = 300)]
    public Property Calculate_ExcludingFullWeightMaintenance_NeverGivesLowerFigure(AvailabilityScenario s)
    {
        // With weights 0 or 1 the exclusion removes only time that was fully down; with fractional weights it can lower the figure (documented).
        if (s.Partial is not (0.0 or 1.0) || s.Degraded is not (0.0 or 1.0))
        {
            return true.ToProperty();
        }

        AvailabilityReport counted = s.Run(s.Outages, exclude: false);
        AvailabilityReport excluded = s.Run(s.Outages, exclude: true);
        bool ok = true;
        for (int day = 0; day < 2; day++)
        {
            KpiValue c = counted.Results[day].Availability, e = excluded.Results[day].Availability;
            if (c.IsMeasured && e.IsMeasured)
            {
                ok &= e.Value >= c.Value - 1e-12;
            }
        }

        return ok.Label(s.ToString());
    }

    [Property(Arbitrary = [typeof(AvailabilityArbitraries)], MaxTest = 300)]
    public Property Calculate_OutagesWhollyOutsideAPeriod_DoNotChangeIt(AvailabilityScenario s)
    {
        // Day 0 is [0, 1440): outages wholly before it or from 1440 on do not touch it.
        ModelOutage[] inside = [.. s.Outages.Where(o => o.Start < 1440 && (o.End ?? s.AsOfMinute) > 0)];
        ModelOutage[] outside = [.. s.Outages.Where(o => o.End is int end && (end <= 0 || o.Start >= 1440))];
        ServiceAvailability alone = s.Run(inside).Results[0];
        ServiceAvailability mixed = s.Run([.. inside, .. outside]).Results[0];
        bool ok = alone.MeasuredTime == mixed.MeasuredTime && alone.Downtime == mixed.Downtime && alone.Availability == mixed.Availability
            && alone.OutageCount == mixed.OutageCount;
        return ok.Label(s.ToString());
    }
}
