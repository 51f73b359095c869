using FsCheck;
using FsCheck.Xunit;
using KpiCore.Kpis;
using KpiCore.ServiceDesk;
using NodaTime;
using static KpiCore.Tests.ServiceDesk.ServiceDeskTestData;
using Interval = NodaTime.Interval;

namespace KpiCore.Tests.ServiceDesk;

public sealed class ServiceDeskCalculatorTests
{
    /// <summary>Brent April 2017 P2: 7 calls, 5 within 8 working hours, 2 not -> 71.43%, as published.</summary>
    private static Call[] BrentApril2017P2() =>
    [
        P2("B1", Local(2017, 4, 3, 9), Local(2017, 4, 3, 16)), // 7 h: met
        P2("B2", Local(2017, 4, 7, 14), Local(2017, 4, 10, 12)), // exactly 8 h over the weekend: met
        P2("B3", Local(2017, 4, 12, 17), Local(2017, 4, 13, 14)), // 1 + 6 = 7 h: met
        P2("B4", Local(2017, 4, 13, 15), Local(2017, 4, 18, 12)), // 3 h Thu, Good Friday and Easter Monday closed, 4 h Tue = 7 h: met
        P2("B5", Local(2017, 4, 20, 10), Local(2017, 4, 21, 18), new Interval(Local(2017, 4, 20, 12), Local(2017, 4, 21, 12))), // 8 + 10 h - 10 h held (Thu 12-18, Fri 08-12) = 8 h: met
        P2("B6", Local(2017, 4, 24, 9), Local(2017, 4, 25, 9)), // 9 + 1 = 10 h: missed
        P2("B7", Local(2017, 4, 27, 8), Local(2017, 4, 28, 8, 30)), // 10 h + 30 min: missed
    ];

    private static Call P2(string id, Instant logged, Instant resolved, params Interval[] holds) =>
        new(id, "Brent", Priority.P2, CallType.Incident, logged, resolved, onHold: holds);

    /// <summary>The calls as an asynchronous stream (System.Linq's ToAsyncEnumerable is .NET 10 only).</summary>
    private static async IAsyncEnumerable<Call> ToAsync(IEnumerable<Call> calls)
    {
        foreach (Call call in calls)
        {
            await Task.Yield();
            yield return call;
        }
    }

    [Fact]
    public void Report_BrentApril2017P2_Rebuilds71Point43Percent()
    {
        ServiceDeskReport report = ServiceDeskCalculator.Calculate(BrentApril2017P2(), Policy, April2017);

        Assert.True(report.TryGet("Brent", out OrganisationSlaFigures? brent));
        Assert.True(brent.TryGet(Priority.P2, out PrioritySlaFigures? p2));
        Assert.Equal(7, p2.Logged);
        Assert.Equal(7, p2.Resolved);
        Assert.Equal(5, p2.Met);
        Assert.Equal("71.43%", p2.WithinSla.ToString());
        Assert.Equal(TargetOutcome.Missed, p2.Evaluation.Outcome);
        Assert.Equal(SlaJudgement.ComplianceTarget, p2.JudgedBy);
        Assert.Equal(0, p2.OpenAtPeriodEnd);
        // Wilson 95% for 5/7 by hand: centre 0.63836, half-width 0.27942.
        Assert.Equal(35.893, p2.WithinSlaLower.Value, 2);
        Assert.Equal(91.778, p2.WithinSlaUpper.Value, 2);
        // Working times in minutes, sorted: 420, 420, 420, 480, 480, 600, 630 -> median (4th) 480, P90 (7th) 630.
        Assert.Equal(Duration.FromHours(8), p2.MedianWorkingTime);
        Assert.Equal(Duration.FromMinutes(630), p2.Percentile90WorkingTime);
        // Elapsed hours: 7, 70, 21, 117, 32, 24, 24.5 -> sorted 7, 21, 24, 24.5, 32, 70, 117: median 24.5 h, P90 117 h.
        Assert.Equal(Duration.FromMinutes(24 * 60 + 30), p2.MedianElapsedTime);
        Assert.Equal(Duration.FromHours(117), p2.Percentile90ElapsedTime);
        Assert.Equal(KpiValue.NotApplicable, brent.Priorities[0].WithinSla); // no P1 calls: N/A, not 0 or 100
        Assert.Equal("71.43%", brent.OverallWithinSla.ToString());
        Assert.Equal(7, brent.Logged);
    }

    [Fact]
    public void Report_ResolvedInPeriodBasis_CountsCallsLoggedEarlierAndOpenCallsAtEnd()
    {
        Call[] calls =
        [
            P2("E1", Local(2017, 3, 31, 17), Local(2017, 4, 3, 9)), // logged in March, resolved in April: 1 + 1 h, met
            P2("E2", Local(2017, 4, 28, 17), Local(2017, 5, 2, 9)), // logged in April, resolved in May: open at end
            new("E3", "Brent", Priority.P3, CallType.Incident, Local(2017, 3, 1, 9)), // open since March
            new("E4", "Brent", Priority.P3, CallType.Incident, Local(2017, 5, 2, 9)), // logged after the period: not open at its end
            new("X1", "Brent", Priority.P3, CallType.Problem, Local(2017, 4, 5, 9)),
            new("X2", "Brent", Priority.P3, CallType.Change, Local(2017, 4, 5, 9)),
            new("X3", "Brent", Priority.P3, CallType.Change, Local(2017, 3, 5, 9)),
        ];
        OrganisationSlaFigures brent = ServiceDeskCalculator.Calculate(calls, Policy, April2017).Organisations.Single();
        Assert.Equal(1, brent.Priorities[1].Logged);
        Assert.Equal(1, brent.Priorities[1].Resolved);
        Assert.Equal(1, brent.Priorities[1].Met);
        Assert.Equal(1, brent.Priorities[1].OpenAtPeriodEnd);
        Assert.Equal(1, brent.Priorities[2].OpenAtPeriodEnd);
        Assert.Equal(0, brent.Priorities[2].Logged);
        Assert.Equal(1, brent.Logged);
        Assert.Equal(2, brent.OpenAtPeriodEnd);
        Assert.Equal(1, brent.ProblemRecordsLogged);
        Assert.Equal(1, brent.ChangeRecordsLogged);

        OrganisationSlaFigures cohort = ServiceDeskCalculator.Calculate(calls, Policy, April2017, new SlaReportOptions(SlaBasis.LoggedInPeriod)).Organisations.Single();
        Assert.Equal(1, cohort.Priorities[1].Resolved); // E2 (logged in April, resolved later), not E1
        Assert.Equal(1, cohort.Priorities[1].Met); // 1 h Friday + 1 h Tuesday (Monday 1 May is a bank holiday)
    }

    [Fact]
    public void Report_BadRecords_RejectedWithReasonAndCountsAddUp()
    {
        Instant t = Local(2017, 4, 3, 9);
        Call[] calls =
        [
            P2("OK", t, t + Duration.FromHours(1)),
            P2("BACK", t, t + Duration.FromHours(-1)),
            P2("HOLD", t, t + Duration.FromHours(2), new Interval(t + Duration.FromHours(-1), t + Duration.FromHours(1))),
            P2("HOLD2", t, t + Duration.FromHours(2), new Interval(t + Duration.FromHours(1), t + Duration.FromHours(3))),
            new("PRI", "Brent", new Priority("P9", 9), CallType.Incident, t),
            P2("OK", t, t + Duration.FromHours(1)),
            new("RESP", "Brent", Priority.P2, CallType.Incident, t, firstResponse: t + Duration.FromHours(-2)),
            P2("OVER", t, t + Duration.FromHours(3), new Interval(t, t + Duration.FromHours(2)), new Interval(t + Duration.FromHours(1), t + Duration.FromHours(2))),
            null!,
        ];
        ServiceDeskReport report = ServiceDeskCalculator.Calculate(calls, Policy, April2017);

        Assert.Equal(9, report.InputCount);
        Assert.Equal(4, report.Counted); // OK, HOLD, HOLD2 (counted but not judged), OVER
        Assert.Equal(
            [(1, "BACK", "Resolved"), (4, "PRI", "Priority"), (5, "OK", "Id"), (6, "RESP", "FirstResponse"), (8, null, "Call")],
            report.Rejected.Select(r => (r.Index, r.RecordId, r.Field)).ToArray());
        Assert.Equal([(2, "HOLD", "OnHold"), (3, "HOLD2", "OnHold")], report.NotJudged.Select(r => (r.Index, r.RecordId, r.Field)).ToArray());
        Assert.Equal(1, report.CallsWithOverlappingOnHold);
        Assert.Equal(report.InputCount, report.Counted + report.Rejected.Count);
        // P2: logged OK, HOLD, HOLD2, OVER = 4; all resolved on 3 April; OK 1 h and OVER 3 h (1 h after the merged
        // 2 h hold) met; HOLD and HOLD2 not judged: 2 of 2 judged = 100%.
        PrioritySlaFigures p2 = report.Organisations.Single().Priorities[1];
        Assert.Equal((4L, 4L, 2L, 2L, 2L, 0L), (p2.Logged, p2.Resolved, p2.NotJudged, p2.Judged, p2.Met, p2.Missed));
        Assert.Equal(100.0, p2.WithinSla.Value);
    }

    [Fact]
    public void Report_OnHoldTotals_TakenOffOrNotJudged()
    {
        // P3 (30 working hours), Mon-Fri 08:00-18:00 with Easter closed. T1 and T2: Thu 13 Apr 14:00 to Thu 20 Apr 15:00
        // BST = 4 + 10 + 10 + 7 = 31 working hours; T1 has a 90-minute total (29 h 30 min: met), T2 none (31 h: missed).
        // T3: Thu 13 Apr 17:00 to Tue 18 Apr 08:30 = 1 h 30 min of working time with a 2-hour total: not judged, counted.
        // Volume 3, resolved 3, not judged 1, judged 2, met 1: 1 / 2 = 50%.
        Call[] calls =
        [
            new("T1", "Brent", Priority.P3, CallType.Incident, Local(2017, 4, 13, 14), Local(2017, 4, 20, 15), onHoldTotal: Duration.FromMinutes(90)),
            new("T2", "Brent", Priority.P3, CallType.Incident, Local(2017, 4, 13, 14), Local(2017, 4, 20, 15)),
            new("T3", "Brent", Priority.P3, CallType.Incident, Local(2017, 4, 13, 17), Local(2017, 4, 18, 8, 30), onHoldTotal: Duration.FromHours(2)),
        ];

        ServiceDeskReport report = ServiceDeskCalculator.Calculate(calls, Policy, April2017);

        PrioritySlaFigures p3 = report.Organisations.Single().Priorities[2];
        Assert.Equal((3L, 3L, 1L, 2L, 1L, 1L), (p3.Logged, p3.Resolved, p3.NotJudged, p3.Judged, p3.Met, p3.Missed));
        Assert.Equal(50.0, p3.WithinSla.Value);
        RejectedRecord notJudged = Assert.Single(report.NotJudged);
        Assert.Equal((2, "T3", "OnHoldTotal"), (notJudged.Index, notJudged.RecordId, notJudged.Field));
        Assert.Empty(report.Rejected);
    }

    [Fact]
    public void Report_HoldEndsAfterResolution_CountedButNotJudged()
    {
        // P2, three calls resolved in April 2017: N1 Mon 09:00-16:00 (7 h, met), N2 Tue 09:00-12:00 (3 h, met), N3 Wed
        // 09:00-11:00 held 10:00-12:00 (the hold ends after resolution). Volume 3, resolved 3, not judged 1, judged 2,
        // met 2: 2 / 2 = 100%.
        Call[] calls =
        [
            P2("N1", Local(2017, 4, 3, 9), Local(2017, 4, 3, 16)),
            P2("N2", Local(2017, 4, 4, 9), Local(2017, 4, 4, 12)),
            P2("N3", Local(2017, 4, 5, 9), Local(2017, 4, 5, 11), new Interval(Local(2017, 4, 5, 10), Local(2017, 4, 5, 12))),
        ];

        ServiceDeskReport report = ServiceDeskCalculator.Calculate(calls, Policy, April2017);

        PrioritySlaFigures p2 = report.Organisations.Single().Priorities[1];
        Assert.Equal(3, p2.Logged);
        Assert.Equal(3, p2.Resolved);
        Assert.Equal(1, p2.NotJudged);
        Assert.Equal(2, p2.Judged);
        Assert.Equal(2, p2.Met);
        Assert.Equal(0, p2.Missed);
        Assert.Equal(100.0, p2.WithinSla.Value);
        Assert.Equal(0, p2.OpenAtPeriodEnd);
        // Working times of the judged calls only: 180 and 420 minutes; elapsed of all three: 120, 180, 420.
        Assert.Equal(Duration.FromMinutes(180), p2.MedianWorkingTime);
        Assert.Equal(Duration.FromMinutes(180), p2.MedianElapsedTime);
        OrganisationSlaFigures brent = report.Organisations.Single();
        Assert.Equal((3L, 1L, 2L), (brent.Resolved, brent.NotJudged, brent.Judged));
        Assert.Equal(100.0, brent.OverallWithinSla.Value);
        Assert.Empty(report.Rejected);
        Assert.Equal(3, report.Counted);
        RejectedRecord warning = Assert.Single(report.NotJudged);
        Assert.Equal((2, "N3", "OnHold"), (warning.Index, warning.RecordId, warning.Field));
        Assert.Contains("after the call was resolved", warning.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_OneMetOneMissedOneNotJudged_IsHalf()
    {
        // N1 Mon 3 Apr 09:00-16:00: 7 h, met. N2 Mon 24 Apr 09:00 - Tue 25 Apr 09:00: 9 + 1 = 10 h, missed. N3 Wed 5 Apr
        // 09:00-11:00 held from 08:00 (before it was logged): not judged. Judged 2, met 1: 1 / 2 = 50%.
        Call[] calls =
        [
            P2("N1", Local(2017, 4, 3, 9), Local(2017, 4, 3, 16)),
            P2("N2", Local(2017, 4, 24, 9), Local(2017, 4, 25, 9)),
            P2("N3", Local(2017, 4, 5, 9), Local(2017, 4, 5, 11), new Interval(Local(2017, 4, 5, 8), Local(2017, 4, 5, 10))),
        ];

        ServiceDeskReport report = ServiceDeskCalculator.Calculate(calls, Policy, April2017);

        PrioritySlaFigures p2 = report.Organisations.Single().Priorities[1];
        Assert.Equal((3L, 3L, 1L, 2L, 1L, 1L), (p2.Logged, p2.Resolved, p2.NotJudged, p2.Judged, p2.Met, p2.Missed));
        Assert.Equal(50.0, p2.WithinSla.Value);
        Assert.Contains("before the call was logged", Assert.Single(report.NotJudged).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_OpenCallWithHoldBeforeLogged_InVolumeAndOpenListedAsNotJudged()
    {
        // Logged Fri 28 Apr 09:00, held from 08:00, still open: volume 1, open at end 1, nothing resolved, so the
        // percentage is N/A and the not-judged count (resolved calls) is 0, but the warning is listed.
        Call open = new("N4", "Brent", Priority.P2, CallType.Incident, Local(2017, 4, 28, 9), onHold: [new Interval(Local(2017, 4, 28, 8), Local(2017, 4, 28, 10))]);

        ServiceDeskReport report = ServiceDeskCalculator.Calculate([open], Policy, April2017);

        PrioritySlaFigures p2 = report.Organisations.Single().Priorities[1];
        Assert.Equal((1L, 1L, 0L, 0L), (p2.Logged, p2.OpenAtPeriodEnd, p2.Resolved, p2.NotJudged));
        Assert.Equal(KpiValue.NotApplicable, p2.WithinSla);
        Assert.Equal(0, Assert.Single(report.NotJudged).Index);
        Assert.Empty(report.Rejected);
    }

    [Fact]
    public void Report_BadHoldOnCallOutsideThePeriod_NotListed()
    {
        // Logged and resolved in March with a hold ending after resolution: it concerns no April figure.
        Call march = P2("M1", Local(2017, 3, 6, 9), Local(2017, 3, 6, 11), new Interval(Local(2017, 3, 6, 10), Local(2017, 3, 6, 12)));
        ServiceDeskReport report = ServiceDeskCalculator.Calculate([march], Policy, April2017);
        Assert.Empty(report.NotJudged);
        Assert.Empty(report.Rejected);
        Assert.Equal(1, report.Counted);
    }

    [Fact]
    public void Report_BadHoldAndUnknownPriority_StillRejected()
    {
        Instant t = Local(2017, 4, 3, 9);
        Call call = new("P9", "Brent", new Priority("P9", 9), CallType.Incident, t, t + Duration.FromHours(1), onHold: [new Interval(t, t + Duration.FromHours(2))]);
        ServiceDeskReport report = ServiceDeskCalculator.Calculate([call], Policy, April2017);
        Assert.Equal("Priority", Assert.Single(report.Rejected).Field);
        Assert.Empty(report.NotJudged);
    }

    [Fact]
    public void Report_NoDuplicateCheck_CountsRepeatedReferences()
    {
        Instant t = Local(2017, 4, 3, 9);
        ServiceDeskReport report = ServiceDeskCalculator.Calculate([P2("A", t, t + Duration.FromHours(1)), P2("A", t, t + Duration.FromHours(1))], Policy, April2017, new SlaReportOptions(duplicateIds: DuplicateIdCheck.None));
        Assert.Equal(2, report.Counted);
        Assert.Equal(2, report.Organisations[0].Priorities[1].Resolved);
    }

    [Fact]
    public void Report_SmallSampleRule_JudgesFewCallsAndSaysSo()
    {
        SlaPolicy policy = Policy.With(new PrioritySla(Priority.P2, Policy.Priorities[1].Calendar, Duration.FromHours(8), KpiTarget.AtLeast(90), smallSampleRule: new SmallSampleRule(40, 2)));
        PrioritySlaFigures p2 = ServiceDeskCalculator.Calculate(BrentApril2017P2(), policy, April2017).Organisations[0].Priorities[1];
        Assert.Equal(SlaJudgement.SmallSampleRule, p2.JudgedBy);
        Assert.Equal(TargetOutcome.Met, p2.Evaluation.Outcome); // 2 misses allowed below 40 calls
        Assert.Equal(RagStatus.Green, p2.Evaluation.Rag);

        SlaPolicy strict = Policy.With(new PrioritySla(Priority.P2, Policy.Priorities[1].Calendar, Duration.FromHours(8), KpiTarget.AtLeast(90), smallSampleRule: new SmallSampleRule(40, 1)));
        PrioritySlaFigures missed = ServiceDeskCalculator.Calculate(BrentApril2017P2(), strict, April2017).Organisations[0].Priorities[1];
        Assert.Equal(TargetOutcome.Missed, missed.Evaluation.Outcome);
        Assert.Equal(RagStatus.Red, missed.Evaluation.Rag);
    }

    [Fact]
    public async Task ReportAsync_SameCalls_SameReport()
    {
        Call[] calls = BrentApril2017P2();
        ServiceDeskReport report = await ServiceDeskCalculator.CalculateAsync(ToAsync(calls), Policy, April2017);
        Assert.Equal(Fingerprint(ServiceDeskCalculator.Calculate(calls, Policy, April2017)), Fingerprint(report));
    }

    [Fact]
    public void Report_NullArguments_ThrowWithParamName()
    {
        Assert.Equal("calls", Assert.Throws<ArgumentNullException>(() => ServiceDeskCalculator.Calculate(null!, Policy, April2017)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => ServiceDeskCalculator.Calculate([], null!, April2017)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentNullException>(() => ServiceDeskCalculator.Calculate([], Policy, null!)).ParamName);
        Assert.Equal("maxDegreeOfParallelism", Assert.Throws<ArgumentOutOfRangeException>(() => ServiceDeskCalculator.CalculateParallel([], Policy, April2017, null, 0)).ParamName);
    }

    [Property(Arbitrary = [typeof(ServiceDeskArbitraries)], MaxTest = 100)]
    public bool ReportParallel_AnyCalls_EqualsOnePass(Call[] calls, PositiveInt threads)
    {
        string one = Fingerprint(ServiceDeskCalculator.Calculate(calls, Policy, April2017));
        return one == Fingerprint(ServiceDeskCalculator.CalculateParallel(calls, Policy, April2017, null, 1 + (threads.Get % 5)));
    }

    [Property(Arbitrary = [typeof(ServiceDeskArbitraries)], MaxTest = 100)]
    public bool Report_ArrayListOrStream_SameReport(Call[] calls)
    {
        // Arrays and lists take a path without an enumerator; a lazy sequence (with a null record) takes the general one.
        Call?[] withNull = [.. calls, null];
        string array = Fingerprint(ServiceDeskCalculator.Calculate(withNull!, Policy, April2017));
        return array == Fingerprint(ServiceDeskCalculator.Calculate(withNull.ToList()!, Policy, April2017))
            && array == Fingerprint(ServiceDeskCalculator.Calculate(withNull.Select(c => c)!, Policy, April2017));
    }

    [Property(Arbitrary = [typeof(ServiceDeskArbitraries)], MaxTest = 200)]
    public bool Report_AnyCalls_PercentagesWithinBoundsAndCountsAddUp(Call[] calls)
    {
        ServiceDeskReport report = ServiceDeskCalculator.Calculate(calls, Policy, April2017);
        bool ok = report.Counted + report.Rejected.Count == calls.Length;
        foreach (PrioritySlaFigures p in report.Organisations.SelectMany(o => o.Priorities))
        {
            if (p.WithinSla.TryGetValue(out double value))
            {
                ok &= value is >= 0 and <= 100
                    && p.WithinSlaLower.Value <= value && value <= p.WithinSlaUpper.Value
                    && p.WithinSlaLower.Value >= 0 && p.WithinSlaUpper.Value <= 100
                    && p.MedianWorkingTime <= p.Percentile90WorkingTime && p.MedianElapsedTime <= p.Percentile90ElapsedTime;
            }
            else
            {
                ok &= p.Judged == 0 && p.JudgedBy == SlaJudgement.NotAssessed;
            }
        }

        return ok;
    }

    [Property(Arbitrary = [typeof(ServiceDeskArbitraries)], MaxTest = 200)]
    public bool Report_AnyCalls_AgreesWithBruteForce(Call[] calls)
    {
        ServiceDeskReport report = ServiceDeskCalculator.Calculate(calls, Policy, April2017);
        Instant start = April2017.Start, end = April2017.End;
        var seen = new HashSet<string>();
        Call[] counted = [.. calls.Where(c => seen.Add(c.Id))];
        bool ok = report.Counted == counted.Length;
        foreach (OrganisationSlaFigures org in report.Organisations)
        {
            foreach (PrioritySlaFigures p in org.Priorities)
            {
                Call[] mine = [.. counted.Where(c => c.Organisation == org.Organisation && c.Priority == p.Priority && c.Type is CallType.Incident or CallType.ServiceRequest)];
                Call[] resolved = [.. mine.Where(c => c.Resolved is { } r && r >= start && r < end)];
                int met = resolved.Count(c => !HoldOutsideLife(c) && NaiveUsed(c, c.Resolved!.Value) <= DefaultTarget(c.Priority));
                ok &= p.OpenAtPeriodEnd == mine.Count(c => c.Logged < end && (c.Resolved is null || c.Resolved >= end))
                    && p.Logged == mine.Count(c => c.Logged >= start && c.Logged < end)
                    && p.Resolved == resolved.Length
                    && p.NotJudged == resolved.Count(HoldOutsideLife)
                    && p.Met == met
                    && p.Met + p.Missed + p.NotJudged == p.Resolved;
            }

            ok &= org.ProblemRecordsLogged == counted.Count(c => c.Organisation == org.Organisation && c.Type == CallType.Problem && c.Logged >= start && c.Logged < end);
        }

        return ok;
    }
}
