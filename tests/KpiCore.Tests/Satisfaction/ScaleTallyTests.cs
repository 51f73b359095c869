using FsCheck.Xunit;
using KpiCore.Kpis;
using KpiCore.Satisfaction;

namespace KpiCore.Tests.Satisfaction;

public sealed class ScaleTallyTests
{
    [Fact]
    public void Merge_TwoOrganisations_MeanOfPooledAnswersNotMeanOfMeans()
    {
        // A: 7, 7, 7, 7 (mean 7); B: 1 (mean 1). Pooled (28 + 1) / 5 = 5.8, not (7 + 1) / 2 = 4.
        var a = ScaleTally.FromSummary(ScaleMean.Calculate([7, 7, 7, 7], SatisfactionScale.OneToSeven));
        var b = new ScaleTally(SatisfactionScale.OneToSeven);
        b.Add(1);
        a.Merge(b);
        Assert.Equal(5, a.Count);
        Assert.Equal(4, a.CountOf(7));
        Assert.Equal(5.8, a.ToKpiValue().Value, 9);
        Assert.Equal(1, b.Count); // the other tally is unchanged
    }

    [Fact]
    public void Empty_IsNotApplicableNeverZero() =>
        Assert.Equal(KpiValue.NotApplicable, new ScaleTally(SatisfactionScale.OneToFive).ToKpiValue());

    [Fact]
    public void Merge_OtherScale_ThrowsAndAddsNothing()
    {
        var seven = new ScaleTally(SatisfactionScale.OneToSeven);
        seven.Add(6);
        var five = new ScaleTally(SatisfactionScale.OneToFive);
        five.Add(5);
        Assert.Equal("other", Assert.Throws<ArgumentException>(() => seven.Merge(five)).ParamName);
        Assert.Equal(1, seven.Count);
    }

    [Fact]
    public void Add_OffScale_Throws()
    {
        var tally = new ScaleTally(SatisfactionScale.OneToSeven);
        Assert.Equal("score", Assert.Throws<ArgumentOutOfRangeException>(() => tally.Add(8)).ParamName);
        Assert.Equal("score", Assert.Throws<ArgumentOutOfRangeException>(() => tally.CountOf(0)).ParamName);
        Assert.Equal("scale", Assert.Throws<ArgumentException>(() => new ScaleTally(default)).ParamName);
    }

    [Fact]
    public void ToSummary_SameCountsAsTheTally()
    {
        var tally = new ScaleTally(SatisfactionScale.OneToFive);
        tally.Add(2);
        tally.Add(4);
        ScaleSummary summary = tally.ToSummary();
        Assert.Equal(2, summary.Count);
        Assert.Equal(3.0, summary.Mean.Value, 12);
        Assert.Empty(summary.Rejected);
    }

    [Property(MaxTest = 300)]
    public bool Merge_OfTwoHalves_EqualsOnePass(byte[] answers, int split)
    {
        int[] scores = answers.Select(a => 1 + (a % 7)).ToArray();
        int cut = (split & int.MaxValue) % (scores.Length + 1);
        ScaleTally Of(IEnumerable<int> part)
        {
            var tally = new ScaleTally(SatisfactionScale.OneToSeven);
            foreach (int score in part)
            {
                tally.Add(score);
            }

            return tally;
        }

        ScaleTally halves = Of(scores.Take(cut));
        halves.Merge(Of(scores.Skip(cut)));
        bool countsEqual = Enumerable.Range(1, 7).All(s => halves.CountOf(s) == scores.Count(x => x == s));
        KpiValue mean = halves.ToKpiValue();
        return countsEqual && (scores.Length == 0 ? mean == KpiValue.NotApplicable : Math.Abs(mean.Value - scores.Average()) < 1e-9);
    }
}
