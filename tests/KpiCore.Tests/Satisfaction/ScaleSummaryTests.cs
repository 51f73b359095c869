using FsCheck.Xunit;
using KpiCore.Kpis;
using KpiCore.Satisfaction;

namespace KpiCore.Tests.Satisfaction;

public sealed class ScaleSummaryTests
{
    // Scores 5, 6, 7, 6, 4, 7, 5, 6 out of 7: mean 46 / 8 = 5.75; squared deviations 0.5625, 0.0625, 1.5625, 0.0625,
    // 3.0625, 1.5625, 0.5625, 0.0625 sum to 7.5, s^2 = 7.5 / 7 = 1.071429, s = 1.035098; SE = s / sqrt(8) = 0.365963;
    // t(0.975, 7) = 2.365 (t table) => 5.75 -/+ 0.8654 = [4.8846, 6.6154].
    [Fact]
    public void ConfidenceInterval_HandExample_UsesStudentT()
    {
        ScaleSummary summary = ScaleMean.Calculate([5, 6, 7, 6, 4, 7, 5, 6], SatisfactionScale.OneToSeven);
        Assert.Equal(8, summary.Count);
        Assert.Equal(5.75, summary.Mean.Value, 1e-12);
        Assert.Equal(1.035098, summary.StandardDeviation.Value, 1e-6);
        MeanConfidenceInterval ci = summary.ConfidenceInterval();
        Assert.Equal(7, ci.DegreesOfFreedom);
        Assert.Equal(2.365, ci.T, 1e-3);
        Assert.Equal(0.365963, ci.StandardError, 1e-6);
        Assert.Equal(4.8846, ci.Lower, 1e-3);
        Assert.Equal(6.6154, ci.Upper, 1e-3);
        Assert.Equal(5.75, ci.Centre, 1e-12);
    }

    [Fact]
    public void Summarize_OffScaleScores_RejectedNotClamped()
    {
        ScaleSummary summary = ScaleMean.Calculate([0, 7, 8, 1, 9, -3], SatisfactionScale.OneToSeven);
        Assert.Equal(2, summary.Count);
        Assert.Equal(4.0, summary.Mean.Value); // (7 + 1) / 2; 8 and 9 were not clamped to 7, 0 and -3 not to 1
        Assert.Equal([0, 2, 4, 5], summary.Rejected.Select(r => r.Index));
        Assert.All(summary.Rejected, r => Assert.Equal("Score", r.Field));
    }

    [Fact]
    public void Summarize_NoAnswers_MeanNotApplicable()
    {
        ScaleSummary summary = ScaleMean.Calculate([], SatisfactionScale.OneToNine);
        Assert.Equal(KpiValue.NotApplicable, summary.Mean);
        Assert.Equal(KpiValue.NotApplicable, summary.StandardDeviation);
        Assert.Equal(KpiValue.NotApplicable, summary.SatisfiedShare(7));
        Assert.Throws<InvalidOperationException>(() => summary.ConfidenceInterval());
    }

    [Fact]
    public void Summarize_OneAnswer_MeanButNoSpread()
    {
        ScaleSummary summary = ScaleMean.Calculate([6], SatisfactionScale.OneToSeven);
        Assert.Equal(6.0, summary.Mean.Value);
        Assert.Equal(KpiValue.NotApplicable, summary.StandardDeviation);
        Assert.Throws<InvalidOperationException>(() => summary.ConfidenceInterval());
    }

    [Fact]
    public void Summarize_NullOrDefaultScale_Throws()
    {
        Assert.Equal("scores", Assert.Throws<ArgumentNullException>(() => ScaleMean.Calculate(null!, SatisfactionScale.OneToFive)).ParamName);
        Assert.Equal("scale", Assert.Throws<ArgumentException>(() => ScaleMean.Calculate([1], default)).ParamName);
    }

    // Zendesk-style CSAT (assembled.com): 8 Good, 2 Bad => 80%. On a 1-5 scale Good = 4-5 and 3 counts as Bad.
    [Fact]
    public void SatisfiedShare_ZendeskRule_EightGoodTwoBad_Is80Percent()
    {
        ScaleSummary summary = ScaleMean.Calculate([5, 5, 4, 4, 4, 5, 4, 5, 3, 1], SatisfactionScale.OneToFive);
        Assert.Equal(KpiValue.FromPercentage(Percentage.FromPercent(80)), summary.SatisfiedShare(4));
    }

    // Simplesat: 7 positive, 1 neutral, 2 negative => 7 / 10 = 70% (neutrals stay in the total); with neutrals excluded
    // the same answers give 7 / 9.
    [Fact]
    public void SatisfiedShare_NeutralsIncludedOrExcluded_FollowsTheStatedRule()
    {
        ScaleSummary summary = ScaleMean.Calculate([3, 3, 3, 3, 3, 3, 3, 2, 1, 1], new SatisfactionScale(1, 3));
        Assert.Equal(70.0, summary.SatisfiedShare(3).Value, 1e-9);
        Assert.Equal(700.0 / 9.0, summary.SatisfiedShare(3, neutralFrom: 2).Value, 1e-9);
        Assert.Equal(70.0, summary.SatisfiedShare(3, neutralFrom: 3).Value, 1e-9); // no neutral band
    }

    [Fact]
    public void SatisfiedShare_ThresholdOffScaleOrNeutralAboveSatisfied_Throws()
    {
        ScaleSummary summary = ScaleMean.Calculate([1, 2], SatisfactionScale.OneToFive);
        Assert.Equal("satisfiedFrom", Assert.Throws<ArgumentOutOfRangeException>(() => summary.SatisfiedShare(6)).ParamName);
        Assert.Equal("neutralFrom", Assert.Throws<ArgumentOutOfRangeException>(() => summary.SatisfiedShare(3, 4)).ParamName);
    }

    [Property(MaxTest = 300)]
    public bool Summarize_AnyScores_CountsAddUpAndMeanMatchesReference(int[] raw)
    {
        int[] scores = raw.Select(s => s % 12).ToArray(); // -11..11, so some are off the 1-9 scale
        ScaleSummary summary = ScaleMean.Calculate(scores, SatisfactionScale.OneToNine);
        int[] valid = scores.Where(s => s is >= 1 and <= 9).ToArray();
        bool countsAddUp = summary.Count + summary.Rejected.Count == scores.Length && summary.Count == valid.Length;
        bool meanOk = valid.Length == 0
            ? summary.Mean == KpiValue.NotApplicable
            : Math.Abs(summary.Mean.Value - valid.Average()) < 1e-9;
        bool histogramOk = Enumerable.Range(1, 9).All(s => summary.CountOf(s) == valid.Count(v => v == s));
        return countsAddUp && meanOk && histogramOk;
    }
}
