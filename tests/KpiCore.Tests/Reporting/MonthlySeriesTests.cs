using FsCheck.Xunit;
using KpiCore.Kpis;
using KpiCore.Reporting;
using KpiCore.Satisfaction;

namespace KpiCore.Tests.Reporting;

/// <summary>The one combine rule: sum the exact quantities; "UNVL" when a contributor is missing; no data when nobody has any.</summary>
public sealed class MonthlySeriesTests
{
    private static readonly MonthlySeries<NpsTally>.Merging Nps = new(_ => new NpsTally(), (sum, part) => sum.Merge(part), (_, _) => true);

    private static MonthlySeries<NpsTally> Series(params NpsSummary?[] months)
    {
        var series = new MonthlySeries<NpsTally>(months.Length);
        for (int i = 0; i < months.Length; i++)
        {
            if (months[i] is NpsSummary summary)
            {
                series.GetOrAdd(i, () => new NpsTally()).Add(summary);
            }
        }

        return series;
    }

    [Fact]
    public void Combine_EveryContributorPresent_SumsTheCounts()
    {
        // Month 0: (6, 1, 3) + (20, 30, 50) = (26, 31, 53): NPS (26 - 53) / 110.
        MonthlySeries<NpsTally> a = Series(NpsSummary.FromCounts(6, 1, 3));
        MonthlySeries<NpsTally> b = Series(NpsSummary.FromCounts(20, 30, 50));
        MonthlySeries<NpsTally> combined = MonthlySeries<NpsTally>.Combine([a, b], 1, Nps);
        Assert.Equal((26L, 31L, 53L), (combined[0]!.Promoters, combined[0]!.Passives, combined[0]!.Detractors));
        Assert.Equal(-2700.0 / 110.0, combined.Values(t => t.ToKpiValue(), KpiValue.NotApplicable).Single().Value, 9);
        Assert.Equal(10, a[0]!.Total); // contributors unchanged
    }

    [Fact]
    public void Combine_OneContributorMissing_Unavailable()
    {
        MonthlySeries<NpsTally> a = Series(NpsSummary.FromCounts(1, 0, 0), NpsSummary.FromCounts(1, 0, 0));
        MonthlySeries<NpsTally> b = Series(NpsSummary.FromCounts(0, 0, 1), null);
        KpiValue[] values = MonthlySeries<NpsTally>.Combine([a, b], 2, Nps).Values(t => t.ToKpiValue(), KpiValue.NotApplicable).ToArray();
        Assert.Equal(0.0, values[0].Value, 12);
        Assert.Equal(KpiValue.Unavailable, values[1]);
    }

    [Fact]
    public void Combine_NobodyHasData_TheMissingValue()
    {
        MonthlySeries<NpsTally> combined = MonthlySeries<NpsTally>.Combine([Series((NpsSummary?)null), Series((NpsSummary?)null)], 1, Nps);
        Assert.Equal(KpiValue.NotApplicable, combined.Values(t => t.ToKpiValue(), KpiValue.NotApplicable).Single());
        Assert.Equal(KpiValue.Unavailable, combined.Values(t => t.ToKpiValue(), KpiValue.Unavailable).Single());
        Assert.Null(combined.Intervals(_ => new KpiInterval(0, 1, 0.95, 1)).Single());
    }

    [Fact]
    public void Combine_TalliesThatCannotBePooled_Unavailable()
    {
        var merging = new MonthlySeries<ScaleTally>.Merging(first => new ScaleTally(first.Scale), (sum, part) => sum.Merge(part), (x, y) => x.Scale == y.Scale);
        var seven = new MonthlySeries<ScaleTally>(1);
        seven.GetOrAdd(0, () => new ScaleTally(SatisfactionScale.OneToSeven)).Add(7);
        var five = new MonthlySeries<ScaleTally>(1);
        five.GetOrAdd(0, () => new ScaleTally(SatisfactionScale.OneToFive)).Add(5);
        MonthlySeries<ScaleTally> combined = MonthlySeries<ScaleTally>.Combine([seven, five], 1, merging);
        Assert.Equal(KpiValue.Unavailable, combined.Values(t => t.ToKpiValue(), KpiValue.NotApplicable).Single());
    }

    [Property(MaxTest = 200)]
    public bool Combine_AllPresent_EqualsTheTallyOfEveryAnswer(byte[][] contributors)
    {
        // Each contributor has one month of answers (each byte mod 11); the combined month is the tally of all answers.
        byte[][] parts = contributors.Where(c => c is not null).Take(6).ToArray();
        MonthlySeries<NpsTally>[] series = parts.Select(p =>
        {
            var s = new MonthlySeries<NpsTally>(1);
            s.GetOrAdd(0, () => new NpsTally()).AddRange(p.Select(b => b % 11).ToArray().AsSpan());
            return s;
        }).ToArray();
        NpsTally? combined = MonthlySeries<NpsTally>.Combine(series, 1, Nps)[0];
        int[] all = parts.SelectMany(p => p).Select(b => b % 11).ToArray();
        return parts.Length == 0
            ? combined is null
            : combined is not null && combined.Promoters == all.Count(s => s >= 9) && combined.Detractors == all.Count(s => s <= 6) && combined.Total == all.Length;
    }
}
