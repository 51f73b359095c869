using FsCheck.Xunit;
using KpiCore.Kpis;
using KpiCore.Satisfaction;

namespace KpiCore.Tests.Satisfaction;

/// <summary>The tally's conversion to a pack figure and its merging of summaries (what the pack's Net Promoter Score rows use).</summary>
public sealed class NpsTallyConversionTests
{
    [Fact]
    public void AddSummaries_PooledScoreNotMeanOfScores()
    {
        // A: 6 promoters, 1 passive, 3 detractors (NPS 30); B: 20, 30, 50 (NPS -30). Pooled (26 - 53) / 110 = -24.545...
        var tally = new NpsTally();
        tally.Add(NpsSummary.FromCounts(6, 1, 3));
        tally.Add(NpsSummary.FromCounts(20, 30, 50));
        Assert.Equal((26L, 31L, 53L), (tally.Promoters, tally.Passives, tally.Detractors));
        Assert.Equal(-27.0 * 100.0 / 110.0, tally.ToKpiValue().Value, 9);
    }

    [Fact]
    public void ToKpiValue_NoAnswers_NotApplicableNeverZero() =>
        Assert.Equal(KpiValue.NotApplicable, new NpsTally().ToKpiValue());

    [Fact]
    public void AddSummary_Null_Throws() =>
        Assert.Equal("summary", Assert.Throws<ArgumentNullException>(() => new NpsTally().Add((NpsSummary)null!)).ParamName);

    [Property(MaxTest = 300)]
    public bool Merge_OfTwoHalves_EqualsOnePass(byte[] answers, int split)
    {
        int[] scores = answers.Select(a => a % 11).ToArray();
        int cut = (split & int.MaxValue) % (scores.Length + 1);
        var left = new NpsTally();
        left.AddRange(scores.AsSpan(0, cut));
        var right = new NpsTally();
        right.AddRange(scores.AsSpan(cut));
        left.Merge(right);
        int promoters = scores.Count(s => s >= 9), detractors = scores.Count(s => s <= 6);
        KpiValue score = left.ToKpiValue();
        return left.Total == scores.Length
            && (scores.Length == 0 ? score == KpiValue.NotApplicable : Math.Abs(score.Value - (100.0 * (promoters - detractors) / scores.Length)) < 1e-9);
    }
}
