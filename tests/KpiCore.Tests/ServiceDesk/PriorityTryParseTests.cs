using KpiCore.ServiceDesk;

namespace KpiCore.Tests.ServiceDesk;

public sealed class PriorityTryParseTests
{
    [Theory]
    [InlineData("P1", 1)]
    [InlineData("p2", 2)]
    [InlineData("P3", 3)]
    [InlineData("P4", 4)]
    public void TryParse_NamedCodes_GiveTheNamedPriorities(string text, int rank)
    {
        Assert.True(Priority.TryParse(text, out Priority priority));
        Priority[] named = [Priority.P1, Priority.P2, Priority.P3, Priority.P4];
        Assert.Equal(named[rank - 1], priority);
        Assert.Equal("P" + rank.ToString(System.Globalization.CultureInfo.InvariantCulture), priority.Code);
    }

    [Theory]
    [InlineData("P5", 5)]
    [InlineData("p12", 12)]
    [InlineData("P99", 99)]
    public void TryParse_OtherRanks_GiveCodeAndRank(string text, int rank)
    {
        Assert.True(Priority.TryParse(text, out Priority priority));
        Assert.Equal(rank, priority.Rank);
        Assert.Equal("P" + rank.ToString(System.Globalization.CultureInfo.InvariantCulture), priority.Code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("P")]
    [InlineData("P0")]
    [InlineData("P01")]
    [InlineData("P100")]
    [InlineData(" P1")]
    [InlineData("P1 ")]
    [InlineData("P-1")]
    [InlineData("P+1")]
    [InlineData("Q1")]
    [InlineData("1")]
    [InlineData("P١")] // an Arabic-Indic digit one
    [InlineData("High")]
    public void TryParse_AnythingElse_FailsWithTheDefault(string? text)
    {
        Assert.False(Priority.TryParse(text, out Priority priority));
        Assert.Equal(default, priority);
    }
}
