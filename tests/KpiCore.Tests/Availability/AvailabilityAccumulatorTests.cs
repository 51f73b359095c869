using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KpiCore.Availability;
using KpiCore.Kpis;
using NodaTime;

namespace KpiCore.Tests.Availability;

public sealed class AvailabilityAccumulatorTests
{
    private static readonly Instant Base = AvailabilityScenario.Base;

    private static readonly ServiceCatalogue TwoServices = ServiceCatalogue.Empty
        .With("S", AvailabilityPolicy.AtLeast(99.0).WithImpactWeights(0.5, 0.25))
        .With("T", AvailabilityPolicy.AtLeast(99.9).WithPlannedMaintenance(PlannedMaintenanceRule.Excluded).WithServiceHours(AvailabilityScenario.Hours));

    [Property(Arbitrary = [typeof(AvailabilityArbitraries)], MaxTest = 300)]
    public Property Report_SmallScenario_MatchesMinuteGridModel(AvailabilityScenario s)
    {
        // Checked against the independent minute-grid model, not against the calculator.
        var accumulator = new AvailabilityAccumulator(s.Catalogue());
        foreach (ModelOutage outage in s.Outages)
        {
            accumulator.Add(AvailabilityScenario.ToOutage(outage));
        }

        AvailabilityReport report = accumulator.Report(AvailabilityScenario.Periods, s.AsOf);
        ReferenceAvailabilityModel.Figures[] expected = ReferenceAvailabilityModel.Compute(s, s.Outages, s.Exclude);
        bool ok = report.Counted == s.Outages.Length;
        for (int day = 0; day < 2; day++)
        {
            ServiceAvailability actual = report.Results[day];
            ReferenceAvailabilityModel.Figures e = expected[day];
            ok &= actual.MeasuredTime == Duration.FromMinutes(e.MeasuredMinutes);
            ok &= Math.Abs(actual.Downtime.ToInt64Nanoseconds() - (e.Downtime * 60e9)) <= 1000.0;
            ok &= Math.Abs(actual.UnplannedDowntime.ToInt64Nanoseconds() - (e.Unplanned * 60e9)) <= 1000.0;
            ok &= actual.ExcludedMaintenance == Duration.FromMinutes(e.ExcludedMinutes);
            ok &= actual.OutageCount == e.Count && actual.LongestOutage == Duration.FromMinutes(e.LongestMinutes);
        }

        return ok.Label(s.ToString());
    }

    [Property(MaxTest = 400)]
    public Property Report_AnyRecords_EqualsCalculateOnTheList(NonNegativeInt seed)
    {
        Outage?[] records = Records(new Random(seed.Get));
        AvailabilityReport expected = AvailabilityCalculator.Calculate(records, TwoServices, AvailabilityScenario.Periods, AsOf(seed.Get));
        var accumulator = new AvailabilityAccumulator(TwoServices);
        var rejectedOnAdd = records.Select(accumulator.Add).OfType<RejectedRecord>().ToList();
        AvailabilityReport actual = accumulator.Report(AvailabilityScenario.Periods, AsOf(seed.Get));
        return (Describe(actual) == Describe(expected) && Describe(rejectedOnAdd) == Describe(expected.Rejected))
            .Label(Describe(actual) + "\n  vs calculator\n" + Describe(expected));
    }

    [Property(MaxTest = 400)]
    public Property TryMerge_AnySplit_EqualsOnePassOrIsRefused(NonNegativeInt seed, NonNegativeInt cut)
    {
        Outage?[] records = Records(new Random(seed.Get));
        int at = cut.Get % (records.Length + 1);
        var one = new AvailabilityAccumulator(TwoServices);
        Array.ForEach(records, r => one.Add(r));
        var first = new AvailabilityAccumulator(TwoServices);
        var second = new AvailabilityAccumulator(TwoServices);
        Array.ForEach(records[..at], r => first.Add(r));
        Array.ForEach(records[at..], r => second.Add(r));
        bool shares = records[..at].Where(r => r?.Reference is not null && r.Service != "X").Select(r => (r!.Service, r.Reference))
            .Intersect(records[at..].Where(r => r?.Reference is not null && r.Service != "X").Select(r => (r!.Service, r.Reference))).Any();
        string before = Describe(first.Report(AvailabilityScenario.Periods, AsOf(seed.Get)));
        bool merged = first.TryMerge(second);
        string after = Describe(first.Report(AvailabilityScenario.Periods, AsOf(seed.Get)));
        string single = Describe(one.Report(AvailabilityScenario.Periods, AsOf(seed.Get)));

        // Refused only when a reference is claimed on both sides (an accepted record's, so some refusals depend on order).
        bool ok = merged ? after == single : (after == before && shares);
        return ok.Label($"at={at} merged={merged} shares={shares}\n{after}\n  vs one pass\n{single}");
    }

    [Fact]
    public void Report_OutagesInReverseOrder_AreTheSameUnionAsInOrder()
    {
        // 1,000 one-minute outages 86 s apart (all in the first day, none touching), added backwards: every one lands
        // before the last piece, so the unsorted tail is normalised several times.
        var forward = new AvailabilityAccumulator(TwoServices);
        var backward = new AvailabilityAccumulator(TwoServices);
        for (int i = 0; i < 1000; i++)
        {
            forward.Add(new Outage("S", Base + Duration.FromSeconds(i * 86), Base + Duration.FromSeconds((i * 86) + 60)));
        }

        for (int i = 999; i >= 0; i--)
        {
            backward.Add(new Outage("S", Base + Duration.FromSeconds(i * 86), Base + Duration.FromSeconds((i * 86) + 60)));
        }

        ServiceAvailability day = backward.Report(AvailabilityScenario.Periods, Base + Duration.FromDays(3)).Results[0];
        Assert.Equal(1000, day.OutageCount);
        Assert.Equal(Duration.FromMinutes(1000), day.Downtime);
        Assert.Equal(Describe(forward.Report(AvailabilityScenario.Periods, Base + Duration.FromDays(3))), Describe(backward.Report(AvailabilityScenario.Periods, Base + Duration.FromDays(3))));
    }

    [Fact]
    public void Report_OverlappingAndOpenOutages_CountOnceAtTheirHighestWeight()
    {
        // Worked by hand for service S (partial 0.5, degraded 0.25), day 1 = [00:00, 24:00), as of 12:00 on day 1:
        // full 01:00-02:00 and 01:30-03:00 (union 01:00-03:00, 120 min); partial 02:00-04:00 (only 03:00-04:00 is
        // not full: 60 min x 0.5); degraded, open, from 10:00 (to 12:00: 120 min x 0.25). Downtime 120 + 30 + 30 =
        // 180 min in 720 measured minutes; two outages: 01:00-04:00 and 10:00-12:00.
        var accumulator = new AvailabilityAccumulator(TwoServices);
        accumulator.Add(new Outage("S", At(90), At(180)));
        accumulator.Add(new Outage("S", At(60), At(120)));
        accumulator.Add(new Outage("S", At(120), At(240), impact: OutageImpact.Partial));
        accumulator.Add(new Outage("S", At(600), null, impact: OutageImpact.Degraded));
        ServiceAvailability day = accumulator.Report(AvailabilityScenario.Periods, At(720)).Results[0];
        Assert.Equal(Duration.FromMinutes(720), day.MeasuredTime);
        Assert.Equal(Duration.FromMinutes(180), day.Downtime);
        Assert.Equal(2, day.OutageCount);
        Assert.Equal(Duration.FromMinutes(180), day.LongestOutage);
        Assert.Equal(75.0, day.Availability.Value, 12);
    }

    [Fact]
    public void Add_BadRecords_AreRejectedWithTheCalculatorsReasonsAndPositions()
    {
        var accumulator = new AvailabilityAccumulator(TwoServices);
        Assert.Null(accumulator.Add(new Outage("S", At(0), At(10), reference: "INC1")));
        RejectedRecord? nullRecord = accumulator.Add(null);
        RejectedRecord? unknown = accumulator.Add(new Outage("X", At(0), At(10), reference: "INC2"));
        RejectedRecord? backwards = accumulator.Add(new Outage("S", At(10), At(0), reference: "INC3"));
        Assert.Null(accumulator.Add(new Outage("T", At(0), At(10), reference: "INC1"))); // another service may reuse it
        RejectedRecord? repeat = accumulator.Add(new Outage("S", At(20), At(30), reference: "INC1"));
        Assert.Null(accumulator.Add(new Outage("S", At(20), At(30), reference: "INC3"))); // the rejected record claimed nothing

        Assert.Equal((1, "Outage"), (nullRecord!.Index, nullRecord.Field));
        Assert.Equal((2, "Service", "The service 'X' is not in the catalogue."), (unknown!.Index, unknown.Field, unknown.Reason));
        Assert.Equal((3, "End"), (backwards!.Index, backwards.Field));
        Assert.Equal((5, "INC1", "The reference repeats that of record #0 of the same service; each outage must be recorded once."), (repeat!.Index, repeat.RecordId, repeat.Reason));
        Assert.Equal(7, accumulator.Count);
        Assert.Equal(["S", "T"], accumulator.Services);
        AvailabilityReport report = accumulator.Report(AvailabilityScenario.Periods, At(3000));
        Assert.Equal((7L, 3L), (report.InputCount, report.Counted));
        Assert.Equal([1, 2, 3, 5], report.Rejected.Select(r => r.Index));
    }

    [Fact]
    public void TryMerge_RepeatInTheLaterPart_IsRenumberedAsInOnePass()
    {
        var first = new AvailabilityAccumulator(TwoServices);
        first.Add(new Outage("S", At(0), At(10), reference: "INC1"));
        var second = new AvailabilityAccumulator(TwoServices);
        second.Add(null);
        second.Add(new Outage("T", At(0), At(10), reference: "INC9"));
        second.Add(new Outage("T", At(5), At(15), reference: "INC9"));
        Assert.True(first.TryMerge(second));
        Assert.Equal(
            ["1 Outage", "3 Reference The reference repeats that of record #2 of the same service; each outage must be recorded once."],
            first.Report(AvailabilityScenario.Periods, At(3000)).Rejected.Select(r => r.Field == "Reference" ? $"{r.Index} {r.Field} {r.Reason}" : $"{r.Index} {r.Field}"));
    }

    [Fact]
    public void TryMerge_SharedReference_IsRefusedAndChangesNothing()
    {
        var first = new AvailabilityAccumulator(TwoServices);
        first.Add(new Outage("S", At(0), At(10), reference: "INC1"));
        var second = new AvailabilityAccumulator(TwoServices);
        second.Add(new Outage("S", At(100), At(200), reference: "INC1"));
        Assert.False(first.TryMerge(second));
        Assert.Equal(1, first.Count);
        Assert.Equal(Duration.FromMinutes(10), first.Report(AvailabilityScenario.Periods, At(3000)).Results[0].Downtime);
    }

    [Fact]
    public void WithoutCatalogue_AcceptsAnyService_AndReportsForACatalogueDecidedLater()
    {
        var accumulator = new AvailabilityAccumulator();
        accumulator.Add(new Outage("Email", At(0), At(144)));
        accumulator.Add(new Outage("Web", At(0), At(72)));
        Assert.Equal(["Email", "Web"], accumulator.Services);
        Assert.Throws<InvalidOperationException>(() => accumulator.Report(AvailabilityScenario.Periods, At(3000)));
        ServiceCatalogue onlyEmail = ServiceCatalogue.Empty.With("Email", AvailabilityPolicy.Default);
        ArgumentException missing = Assert.Throws<ArgumentException>(() => accumulator.Report(onlyEmail, AvailabilityScenario.Periods, At(3000)));
        Assert.Contains("'Web'", missing.Message, StringComparison.Ordinal);

        // 144 of 1,440 minutes down: 90%.
        AvailabilityReport report = accumulator.Report(onlyEmail.With("Web", AvailabilityPolicy.Default), AvailabilityScenario.Periods, At(3000));
        Assert.Equal(90.0, report.Results[0].Availability.Value, 12);
        Assert.Equal(95.0, report.Results[2].Availability.Value, 12);
    }

    [Fact]
    public void Arguments_AreChecked()
    {
        Assert.Throws<ArgumentNullException>(() => new AvailabilityAccumulator(null!));
        var accumulator = new AvailabilityAccumulator(TwoServices);
        Assert.Throws<ArgumentNullException>(() => accumulator.TryMerge(null!));
        Assert.Throws<ArgumentException>(() => accumulator.TryMerge(accumulator));
        Assert.Throws<ArgumentException>(() => accumulator.Report([], At(0)));
        var open = new AvailabilityAccumulator();
        open.Add(new Outage("X", At(0), At(1)));
        Assert.Throws<ArgumentException>(() => accumulator.TryMerge(open));
        Assert.Throws<ArgumentNullException>(() => open.Report(null!, AvailabilityScenario.Periods, At(0)));
    }

    private static Instant At(int minute) => Base + Duration.FromMinutes(minute);

    private static Instant AsOf(int seed) => seed % 4 == 0 ? At(1000 + (seed % 2000)) : At(4000);

    /// <summary>0-40 records over services S, T and X (not in the catalogue), with nulls, backward ones, open ones, repeated references.</summary>
    private static Outage?[] Records(Random random)
    {
        var records = new Outage?[random.Next(0, 41)];
        for (int i = 0; i < records.Length; i++)
        {
            int roll = random.Next(100);
            if (roll < 3)
            {
                continue; // null
            }

            string service = roll < 10 ? "X" : random.Next(2) == 0 ? "S" : "T";
            int start = random.Next(-200, 3200);
            int length = roll < 15 ? -random.Next(1, 60) : random.Next(0, 600);
            Instant? end = roll is >= 15 and < 25 ? null : At(start + length);
            string? reference = random.Next(3) == 0 ? "INC" + random.Next(6).ToString(CultureInfo.InvariantCulture) : null;
            records[i] = new Outage(service, At(start), end, (OutageKind)random.Next(2), (OutageImpact)random.Next(3), reference);
        }

        return records;
    }

    private static string Describe(AvailabilityReport report) =>
        string.Create(CultureInfo.InvariantCulture, $"input={report.InputCount} counted={report.Counted}\n")
        + string.Join("\n", report.Results.Select(r => string.Create(CultureInfo.InvariantCulture,
            $"{r.Service} {r.Period} complete={r.IsComplete} m={r.MeasuredTime} d={r.Downtime} p={r.PlannedDowntime} u={r.UnplannedDowntime} x={r.ExcludedMaintenance} a={r.Availability} n={r.OutageCount} l={r.LongestOutage} mttr={r.MeanTimeToRestore} mtbf={r.MeanTimeBetweenFailures} budget={r.ErrorBudgetRemaining} burn={r.BurnRate} {r.Outcome}")))
        + "\n" + Describe(report.Rejected);

    private static string Describe(IEnumerable<RejectedRecord> rejected) =>
        string.Join("\n", rejected.Select(r => string.Create(CultureInfo.InvariantCulture, $"#{r.Index} {r.RecordId} {r.Field}: {r.Reason}")));
}
