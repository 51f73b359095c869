using FsCheck.Xunit;
using KpiCore.Kpis;
using KpiCore.Reporting;
using KpiCore.Satisfaction;
using KpiCore.ServiceDesk;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Tests.Reporting;

/// <summary>Laws of the combined view: pooled ratios and sums, never means of percentages.</summary>
public sealed class PerformancePackBuilderPropertyTests
{
    private static readonly YearMonth April = new(2017, 4);
    private static readonly ReportingPeriod AprilPeriod = ReportingPeriod.Month(April, DateTimeZoneProviders.Tzdb["Europe/London"]);

    [Property(Arbitrary = [typeof(ReportingArbitraries)], MaxTest = 100)]
    public bool Combined_P1_IsTotalMetOverTotalResolvedAndVolumesAdd(CallOutcome[] outcomes)
    {
        var calls = new Call[outcomes.Length];
        for (int i = 0; i < outcomes.Length; i++)
        {
            CallOutcome o = outcomes[i];
            Instant logged = Instant.FromUtc(2017, 4, 2, 0, 0) + Duration.FromHours(10 * i);
            Instant? resolved = o.Resolved ? logged + Duration.FromHours(o.Met ? 1 : 6) : null;
            calls[i] = new Call("c" + i, o.CouncilA ? "A" : "B", Priority.P1, CallType.Incident, logged, resolved);
        }

        var builder = new PerformancePackBuilder([April]);
        SlaPolicy policy = SlaPolicy.UkCouncilDefault();
        builder.AddServiceDesk(ServiceDeskCalculator.Calculate(calls, policy, AprilPeriod), policy);
        PerformancePack combined = builder.BuildCombined();
        KpiValue sla = combined.FindRow("P1 Calls Resolved within SLA")!.Values[0];
        int resolvedCount = outcomes.Count(o => o.Resolved);
        int metCount = outcomes.Count(o => o.Resolved && o.Met);
        bool slaOk = resolvedCount == 0
            ? sla == KpiValue.NotApplicable
            : Math.Abs(sla.Value - (100.0 * metCount / resolvedCount)) < 1e-9;
        bool volumeOk = combined.FindRow("Volume of P1 Calls")!.Values[0] == KpiValue.FromCount(outcomes.Length);
        bool openOk = combined.FindRow("Calls Open at Period End")!.Values[0] == KpiValue.FromCount(outcomes.Length - resolvedCount);
        bool betweenOk = true;
        var parts = builder.Organisations.Select(o => builder.Build(o).FindRow("P1 Calls Resolved within SLA")!.Values[0]).Where(v => v.IsMeasured).ToArray();
        if (sla.IsMeasured && parts.Length > 0)
        {
            betweenOk = sla.Value >= parts.Min(p => p.Value) - 1e-9 && sla.Value <= parts.Max(p => p.Value) + 1e-9;
        }

        return slaOk && volumeOk && openOk && betweenOk;
    }

    [Property(MaxTest = 200)]
    public bool Combined_Nps_IsScoreOfPooledCounts(byte p1, byte n1, byte d1, byte p2, byte n2, byte d2)
    {
        var builder = new PerformancePackBuilder([April]);
        builder.AddNetPromoterScore("A", April, NpsSummary.FromCounts(p1, n1, d1));
        builder.AddNetPromoterScore("B", April, NpsSummary.FromCounts(p2, n2, d2));
        KpiValue combined = builder.BuildCombined().FindRow(PerformancePackBuilder.NetPromoterScoreRowName)!.Values[0];
        int total = p1 + n1 + d1 + p2 + n2 + d2;
        bool aAnswered = p1 + n1 + d1 > 0, bAnswered = p2 + n2 + d2 > 0;
        if (!aAnswered && !bAnswered)
        {
            return combined == KpiValue.NotApplicable;
        }

        // Only one council answered this (the pack's only) month: the other has no responses anywhere in the pack, so
        // it does not make the combined figure incomplete.
        return Math.Abs(combined.Value - (100.0 * ((p1 + p2) - (d1 + d2)) / total)) < 1e-9;
    }

    [Property(MaxTest = 200)]
    public bool Exceptions_AnyNotes_EachPlacedOrRejectedNeverThrown(int[] picks)
    {
        // A and B have figures, C none. Row names: two spellings of an exact row, a unique prefix, no row, an ambiguous
        // prefix; months: none, in the pack, outside it. Oracle: placed iff the organisation has figures, the name is one
        // of the first three and the month is not outside the pack.
        string[] organisations = ["A", "B", "C"];
        string[] rows = ["Net Promoter Score", " net PROMOTER score ", "Process Success Index", "Fax", "Volume of"];
        YearMonth?[] months = [null, April, new YearMonth(2017, 9)];
        var builder = new PerformancePackBuilder([April]);
        builder.AddNetPromoterScore("A", April, NpsSummary.FromCounts(1, 1, 1));
        builder.AddNetPromoterScore("B", April, NpsSummary.FromCounts(2, 0, 1));
        var notes = new List<(string Organisation, bool Placed)>();
        foreach (int pick in picks)
        {
            int p = pick & int.MaxValue;
            string organisation = organisations[p % 3];
            int row = p / 3 % rows.Length;
            int month = p / 3 / rows.Length % months.Length;
            builder.AddException(organisation, new ExceptionNote(rows[row], "note", months[month]));
            notes.Add((organisation, organisation != "C" && row < 3 && month < 2));
        }

        bool ok = builder.Organisations.SequenceEqual(["A", "B"]);
        foreach (string organisation in organisations)
        {
            PerformancePack pack = builder.Build(organisation);
            ok &= pack.Exceptions.Count == notes.Count(n => n.Organisation == organisation && n.Placed)
                && pack.Exceptions.Count + pack.RejectedNotes.Count == notes.Count(n => n.Organisation == organisation)
                && pack.Exceptions.All(e => e.RowName is "Net Promoter Score" or "Process Success Index (out of 9)");
        }

        PerformancePack combined = builder.BuildCombined();
        return ok && combined.Exceptions.Count == notes.Count(n => n.Placed) && combined.RejectedNotes.Count == notes.Count(n => !n.Placed);
    }
}
