using FsCheck.Xunit;
using KpiCore.Kpis;
using KpiCore.ServiceDesk;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Tests.ServiceDesk;

public sealed class ServiceDeskTallyTests
{
    private static readonly ReportingPeriod April = ReportingPeriod.Month(new YearMonth(2017, 4), DateTimeZoneProviders.Tzdb["Europe/London"]);

    private static Instant Utc(int day, int hour) => Instant.FromUtc(2017, 4, day, hour, 0);

    [Fact]
    public void FromFigures_HandCountedMonth()
    {
        // A: P1 a1 1 h (met), a2 10 h (missed, P1 target 4 h 24x7), a3 open; P2 a4 1 h on Monday morning (met); a change
        // record c1 (no SLA, not in the volumes). B: P1 b1 2 h (met).
        Call[] calls =
        [
            new("a1", "A", Priority.P1, CallType.Incident, Utc(3, 10), Utc(3, 11)),
            new("a2", "A", Priority.P1, CallType.Incident, Utc(5, 8), Utc(5, 18)),
            new("a3", "A", Priority.P1, CallType.Incident, Utc(28, 10)),
            new("a4", "A", Priority.P2, CallType.Incident, Utc(3, 9), Utc(3, 10)),
            new("c1", "A", Priority.P3, CallType.Change, Utc(6, 10), Utc(6, 12)),
            new("b1", "B", Priority.P1, CallType.Incident, Utc(6, 10), Utc(6, 12)),
        ];
        ServiceDeskReport report = ServiceDeskCalculator.Calculate(calls, SlaPolicy.UkCouncilDefault(), April);
        var a = ServiceDeskTally.FromFigures(report.Organisations.Single(o => o.Organisation == "A"));
        var b = ServiceDeskTally.FromFigures(report.Organisations.Single(o => o.Organisation == "B"));

        PrioritySlaTally p1 = a.ForPriority(Priority.P1);
        Assert.Equal((3L, 2L, 2L, 1L, 1L), (p1.Logged, p1.Resolved, p1.Judged, p1.Met, p1.OpenAtPeriodEnd));
        Assert.Equal(50.0, p1.ToKpiValue().Value, 9);
        Assert.Equal(100.0, a.ForPriority(Priority.P2).ToKpiValue().Value, 9);
        Assert.Equal(KpiValue.NotApplicable, a.ForPriority(Priority.P4).ToKpiValue());
        Assert.Equal(1, a.ChangeRecords);

        a.Merge(b);
        // P1: met 1 + 1 of judged 2 + 1 = 66.67%; overall (1 + 1 + 1) / (2 + 1 + 1) = 75%, not the mean 83.33% of P1 and P2.
        Assert.Equal(200.0 / 3.0, a.ForPriority(Priority.P1).ToKpiValue().Value, 9);
        Assert.Equal(75.0, a.ToKpiValue().Value, 9);
        Assert.Equal((5L, 1L), (a.Logged, a.OpenAtPeriodEnd));
        Assert.Equal(1, b.Logged); // the other tally is unchanged
    }

    [Fact]
    public void Empty_NothingJudged_NotApplicableNeverZero()
    {
        var tally = new ServiceDeskTally();
        Assert.Equal(KpiValue.NotApplicable, tally.ToKpiValue());
        Assert.Equal(0, tally.Logged);
        Assert.Equal(0, tally.ForPriority(Priority.P4).Logged);
    }

    [Fact]
    public void Merge_Null_Throws()
    {
        Assert.Equal("other", Assert.Throws<ArgumentNullException>(() => new ServiceDeskTally().Merge(null!)).ParamName);
        Assert.Equal("other", Assert.Throws<ArgumentNullException>(() => new PrioritySlaTally().Merge(null!)).ParamName);
        Assert.Equal("figures", Assert.Throws<ArgumentNullException>(() => ServiceDeskTally.FromFigures(null!)).ParamName);
    }

    [Property(MaxTest = 100)]
    public bool Merge_OfTwoHalves_EqualsOnePass(byte[] outcomes, int split)
    {
        // One P1 call a day per outcome: bit 0 resolved, bit 1 met (1 h) else missed (6 h); bit 2 council A else B.
        Call[] calls = outcomes.Take(28).Select((o, i) =>
        {
            Instant logged = Instant.FromUtc(2017, 4, 1 + i, 9, 0);
            Instant? resolved = (o & 1) != 0 ? logged + Duration.FromHours((o & 2) != 0 ? 1 : 6) : null;
            return new Call("c" + i, (o & 4) != 0 ? "A" : "B", Priority.P1, CallType.Incident, logged, resolved);
        }).ToArray();
        int cut = (split & int.MaxValue) % (calls.Length + 1);
        SlaPolicy policy = SlaPolicy.UkCouncilDefault();
        ServiceDeskTally Of(IEnumerable<Call> part)
        {
            var tally = new ServiceDeskTally();
            foreach (OrganisationSlaFigures figures in ServiceDeskCalculator.Calculate(part.ToArray(), policy, April).Organisations)
            {
                tally.Merge(ServiceDeskTally.FromFigures(figures));
            }

            return tally;
        }

        ServiceDeskTally halves = Of(calls.Take(cut));
        halves.Merge(Of(calls.Skip(cut)));
        ServiceDeskTally whole = Of(calls);
        PrioritySlaTally h = halves.ForPriority(Priority.P1), w = whole.ForPriority(Priority.P1);
        return (h.Logged, h.Resolved, h.Judged, h.Met, h.OpenAtPeriodEnd) == (w.Logged, w.Resolved, w.Judged, w.Met, w.OpenAtPeriodEnd)
            && h.Logged == calls.Length && halves.ToKpiValue() == whole.ToKpiValue();
    }
}
