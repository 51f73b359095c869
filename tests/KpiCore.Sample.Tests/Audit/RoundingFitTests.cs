using KpiCore.Sample.Audit;

namespace KpiCore.Sample.Tests.Audit;

public sealed class RoundingFitTests
{
    private static PublishedFigure Figure(string text)
    {
        Assert.True(PublishedFigure.TryParse(text, out PublishedFigure figure));
        return figure;
    }

    [Theory]
    [InlineData("57.14%", 4, 7, true)] // 57.142857...
    [InlineData("57.15%", 4, 7, false)]
    [InlineData("57.1%", 4, 7, true)] // fewer decimals, as a spreadsheet saves it
    [InlineData("66.67%", 2, 3, true)] // 66.666...
    [InlineData("12%", 1, 8, true)] // 12.5: half-even rounds to the even 12
    [InlineData("13%", 1, 8, true)] // 12.5: half-up rounds to 13
    [InlineData("38%", 3, 8, true)] // 37.5: both roundings give 38
    [InlineData("37%", 3, 8, false)] // 37.5: neither rounding gives the odd 37
    [InlineData("100%", 3, 3, true)]
    [InlineData("0%", 0, 5, true)]
    [InlineData("100%", 4, 3, false)] // k > d
    public void Contains_HalfUpOrHalfEven_AsWorkedOut(string figure, long k, long d, bool expected) =>
        Assert.Equal(expected, RoundingFit.Contains(Figure(figure), k, d));

    [Fact]
    public void Numerators_EveryKThatPrintsAsTheFigure()
    {
        Assert.Equal([4L], RoundingFit.Numerators(Figure("57.14%"), 7)); // 4/7 only
        Assert.Empty(RoundingFit.Numerators(Figure("66.67%"), 13)); // 8/13 = 61.54%, 9/13 = 69.23%
        Assert.Equal([99L, 100L], RoundingFit.Numerators(Figure("50%"), 199)); // 99/199 = 49.75%, 100/199 = 50.25%: both print 50
    }

    [Fact]
    public void NearestFits_ThirdsNeedAMultipleOfThree() =>
        Assert.Equal((12L, 15L), RoundingFit.NearestFits(Figure("66.67%"), 13)); // 66.67% = 2/3 only for small d: 8/12 and 10/15

    [Fact]
    public void LowestAboveHighest_ComparesTheIntervalsExactly()
    {
        Assert.True(RoundingFit.LowestAboveHighest(Figure("92%"), Figure("90%"))); // 91.5 > 90.5
        Assert.False(RoundingFit.LowestAboveHighest(Figure("91%"), Figure("90%"))); // 90.5 = 90.5: touching is possible
        Assert.True(RoundingFit.LowestAboveHighest(Figure("90.51%"), Figure("90%"))); // 90.505 > 90.5
    }
}
