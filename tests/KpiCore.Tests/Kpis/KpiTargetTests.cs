using FsCheck;
using FsCheck.Xunit;
using KpiCore.Kpis;

namespace KpiCore.Tests.Kpis;

public sealed class KpiTargetTests
{
    private static KpiValue Pct(double percent) => KpiValue.Measured(percent, KpiUnit.Percent);

    [Fact]
    public void AtLeast_SeedWebsiteSep17_97Point27AgainstNinetyNinePointNine_IsMissedRed()
    {
        TargetEvaluation result = KpiTarget.AtLeast(99.9).Evaluate(Pct(97.27), Pct(99.86));
        Assert.Equal(TargetOutcome.Missed, result.Outcome);
        Assert.Equal(RagStatus.Red, result.Rag);
        Assert.Equal(KpiTrend.Down, result.Trend);
        Assert.False(result.IsImprovement);
    }

    [Fact]
    public void AtLeast_OnThreshold_IsMet() =>
        Assert.Equal(TargetOutcome.Met, KpiTarget.AtLeast(99.9).Evaluate(Pct(99.9)).Outcome);

    [Fact]
    public void AtLeast_ExactRatioWithBinaryRounding_IsMet()
    {
        // 44.7 minutes of downtime in a 745-hour month is exactly 99.9%: 1 - 2682 s / 2682000 s.
        double availability = (1.0 - (2682.0 / 2_682_000.0)) * 100.0;
        Assert.Equal(TargetOutcome.Met, KpiTarget.AtLeast(99.9).Evaluate(Pct(availability)).Outcome);
    }

    [Theory]
    // 99% target with a 1 percentage-point band: amber from 98% inclusive.
    [InlineData(98.0, RagStatus.Amber)]
    [InlineData(97.99, RagStatus.Red)]
    [InlineData(98.61, RagStatus.Amber)] // seed: Brent Internet Access Jul-17
    public void AtLeast_AbsoluteTolerance_GivesAmberWithinPoints(double value, RagStatus expected) =>
        Assert.Equal(expected, KpiTarget.AtLeast(99, KpiUnit.Percent, Tolerance.Absolute(1)).Evaluate(Pct(value)).Rag);

    [Theory]
    // 99% target, "within 10%" read as relative: 10% of 99 is 9.9 points, amber from 89.1%.
    [InlineData(89.1, RagStatus.Amber)]
    [InlineData(88.93, RagStatus.Red)] // seed: Brent Housing Sep-17
    [InlineData(95.83, RagStatus.Amber)] // seed: Brent Social Care Sep-17
    public void AtLeast_RelativeTolerance_GivesAmberWithinShareOfTarget(double value, RagStatus expected) =>
        Assert.Equal(expected, KpiTarget.AtLeast(99, KpiUnit.Percent, Tolerance.Relative(0.10)).Evaluate(Pct(value)).Rag);

    [Fact]
    public void DecreaseOnPrevious_SeedBrentOpenCalls_RiseIsMissed()
    {
        // Seed: Brent calls open at period end, Aug-17 561 -> Sep-17 694 against "Decrease".
        TargetEvaluation result = KpiTarget.DecreaseOnPrevious().Evaluate(KpiValue.FromCount(694), KpiValue.FromCount(561));
        Assert.Equal(TargetOutcome.Missed, result.Outcome);
        Assert.Equal(KpiTrend.Up, result.Trend);
        Assert.False(result.IsImprovement);
    }

    [Fact]
    public void DecreaseOnPrevious_SeedBrentOpenCalls_FallIsMet()
    {
        // Seed: Brent Jun-17 553 -> Jul-17 465.
        TargetEvaluation result = KpiTarget.DecreaseOnPrevious().Evaluate(KpiValue.FromCount(465), KpiValue.FromCount(553));
        Assert.Equal(TargetOutcome.Met, result.Outcome);
        Assert.True(result.IsImprovement);
    }

    [Fact]
    public void DecreaseOnPrevious_NoPrevious_IsNotAssessed() =>
        Assert.Equal(TargetOutcome.NotAssessed, KpiTarget.DecreaseOnPrevious().Evaluate(KpiValue.FromCount(439)).Outcome);

    [Fact]
    public void NotApplicableOrUnavailable_IsNeverJudged()
    {
        Assert.Equal(new TargetEvaluation(TargetOutcome.NotAssessed, RagStatus.NotAssessed, KpiTrend.NotAssessed, null),
            KpiTarget.AtLeast(95).Evaluate(KpiValue.NotApplicable, Pct(100)));
        Assert.Equal(RagStatus.NotAssessed, KpiTarget.AtLeast(99).Evaluate(KpiValue.Unavailable).Rag);
    }

    [Fact]
    public void None_JudgesNothingButKeepsTrend()
    {
        TargetEvaluation result = KpiTarget.None.Evaluate(KpiValue.FromCount(4887), KpiValue.FromCount(4533));
        Assert.Equal(TargetOutcome.NotAssessed, result.Outcome);
        Assert.Equal(KpiTrend.Up, result.Trend);
        Assert.Null(result.IsImprovement);
    }

    [Fact]
    public void AtLeast_PercentOutOfRange_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => KpiTarget.AtLeast(101));
        Assert.Equal("threshold", ex.ParamName);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    public void Tolerance_Absolute_Invalid_Throws(double amount)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Tolerance.Absolute(amount));
        Assert.Equal("amount", ex.ParamName);
    }

    [Fact]
    public void ToString_MatchesReportTargetColumn()
    {
        Assert.Equal("99.9%", KpiTarget.AtLeast(99.9).ToString());
        Assert.Equal("20", KpiTarget.AtLeast(20, KpiUnit.Number).ToString());
        Assert.Equal("Decrease", KpiTarget.DecreaseOnPrevious().ToString());
    }

    [Property(MaxTest = 500)]
    public bool AtLeast_IsMonotone_HigherFigureNeverRatesWorse(byte a, byte b, byte threshold, byte band)
    {
        double lo = Math.Min(a, b) / 2.55, hi = Math.Max(a, b) / 2.55;
        var target = KpiTarget.AtLeast(threshold / 2.55, KpiUnit.Percent, Tolerance.Absolute(band / 25.5));
        return target.Evaluate(Pct(hi)).Rag <= target.Evaluate(Pct(lo)).Rag;
    }

    [Property(MaxTest = 500)]
    public bool Evaluate_MetIffGreen(byte value, byte threshold, byte band)
    {
        TargetEvaluation result = KpiTarget.AtMost(threshold / 2.55, KpiUnit.Percent, Tolerance.Relative(band / 255.0)).Evaluate(Pct(value / 2.55));
        return (result.Outcome == TargetOutcome.Met) == (result.Rag == RagStatus.Green);
    }
}
