using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KpiCore.Kpis;
using KpiCore.Risk;

namespace KpiCore.Tests.Risk;

public sealed class RiskBandsTests
{
    [Theory]
    [InlineData(1, RagStatus.Green)]
    [InlineData(2, RagStatus.Green)]
    [InlineData(3, RagStatus.Amber)]
    [InlineData(4, RagStatus.Amber)]
    [InlineData(6, RagStatus.Red)]
    [InlineData(9, RagStatus.Red)]
    public void Rate_ThreeByThreeDefaults(double score, RagStatus expected) =>
        Assert.Equal(expected, RiskBands.ThreeByThree.Rate(new RiskScore(score)));

    // Tri-borough register bands 16-25 Red, 11-15 Amber, 1-10 Green: 16 Red, 12 Amber, 9 Green (Financial management row).
    [Theory]
    [InlineData(16, RagStatus.Red)]
    [InlineData(12, RagStatus.Amber)]
    [InlineData(9, RagStatus.Green)]
    [InlineData(10, RagStatus.Green)]
    [InlineData(11, RagStatus.Amber)]
    [InlineData(15, RagStatus.Amber)]
    [InlineData(25, RagStatus.Red)]
    public void Rate_TriBoroughBands(double score, RagStatus expected) =>
        Assert.Equal(expected, RiskBands.TriBorough.Rate(new RiskScore(score)));

    [Theory]
    [InlineData(4.5, RagStatus.Red)] // between 3-4 Amber and 6-9 Red: the higher band, never understated
    [InlineData(2.5, RagStatus.Amber)]
    [InlineData(0, RagStatus.Green)] // fully mitigated
    public void Rate_ScoreBetweenBands_TakesTheHigherBand(double score, RagStatus expected) =>
        Assert.Equal(expected, RiskBands.ThreeByThree.Rate(new RiskScore(score)));

    [Fact]
    public void Rate_AboveHighestBand_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => RiskBands.ThreeByThree.Rate(new RiskScore(10)));
        Assert.Equal("score", ex.ParamName);
    }

    [Fact]
    public void Constructor_OverlappingEmptyOrDefaultBands_Throws()
    {
        Assert.Equal("bands", Assert.Throws<ArgumentException>(() => new RiskBands(
            [new RiskBand(1, 5, RagStatus.Green), new RiskBand(5, 9, RagStatus.Red)])).ParamName);
        Assert.Equal("bands", Assert.Throws<ArgumentException>(() => new RiskBands([])).ParamName);
        Assert.Equal("bands", Assert.Throws<ArgumentException>(() => new RiskBands([default])).ParamName);
        Assert.Equal("status", Assert.Throws<ArgumentOutOfRangeException>(() => new RiskBand(1, 2, RagStatus.NotAssessed)).ParamName);
        Assert.Equal("to", Assert.Throws<ArgumentOutOfRangeException>(() => new RiskBand(3, 2, RagStatus.Red)).ParamName);
    }

    [Fact]
    public void Constructor_UnsortedBands_AreSorted()
    {
        var bands = new RiskBands([new RiskBand(6, 9, RagStatus.Red), new RiskBand(1, 2, RagStatus.Green), new RiskBand(3, 4, RagStatus.Amber)]);
        Assert.Equal([1, 3, 6], bands.Bands.Select(b => b.From));
        Assert.Equal("1-2 Green, 3-4 Amber, 6-9 Red", bands.ToString());
    }

    [Fact]
    public void Covers_GapAtAPossibleScore_IsFalseAndEnsureCoversThrows()
    {
        // 3x3 product scores 1, 2, 3, 4, 6, 9: a gap at 5 is harmless, a gap at 6 is not.
        var harmless = new RiskBands([new RiskBand(1, 2, RagStatus.Green), new RiskBand(3, 4, RagStatus.Amber), new RiskBand(6, 9, RagStatus.Red)]);
        var broken = new RiskBands([new RiskBand(1, 2, RagStatus.Green), new RiskBand(3, 5, RagStatus.Amber), new RiskBand(7, 9, RagStatus.Red)]);
        Assert.True(harmless.Covers(RiskMatrix.ThreeByThree));
        Assert.False(broken.Covers(RiskMatrix.ThreeByThree));
        var ex = Assert.Throws<ArgumentException>(() => broken.EnsureCovers(RiskMatrix.ThreeByThree));
        Assert.Equal("matrix", ex.ParamName);
        Assert.Contains("6", ex.Message, StringComparison.Ordinal);
        Assert.False(RiskBands.ThreeByThree.Covers(RiskMatrix.FiveByFive)); // 10..25 uncovered
        Assert.True(RiskBands.TriBorough.Covers(RiskMatrix.FiveByFive));
    }

    // Totality: every score from 0 to the top of the bands gets a colour, and with the default tables the colour never
    // goes down as the score goes up.
    [Property(MaxTest = 500)]
    public Property Rate_AnyScoreUpToTheTop_IsTotalAndMonotone() =>
        Prop.ForAll(
            (from bands in Gen.Elements(RiskBands.ThreeByThree, RiskBands.TriBorough)
             from a in Gen.Choose(0, bands.MaxScore * 4)
             from b in Gen.Choose(0, bands.MaxScore * 4)
             select (bands, low: Math.Min(a, b) / 4.0, high: Math.Max(a, b) / 4.0)).ToArbitrary(),
            input =>
            {
                RagStatus low = input.bands.Rate(new RiskScore(input.low));
                RagStatus high = input.bands.Rate(new RiskScore(input.high));
                return low is RagStatus.Green or RagStatus.Amber or RagStatus.Red && high >= low;
            });
}
