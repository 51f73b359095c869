using KpiCore.Satisfaction;
using NodaTime;

namespace KpiCore.Tests.Satisfaction;

public sealed class SurveyResponseTests
{
    [Fact]
    public void Constructor_KeepsOutOfRangeScoreForTheBatchToReject()
    {
        var response = new SurveyResponse("Brent", Instant.FromUtc(2017, 10, 1, 9, 0), 42, "comment", "R1");
        Assert.Equal(42, response.Score);
        Assert.Equal("Brent", response.Organisation);
        Assert.Equal("comment", response.Comment);
        Assert.Equal("R1", response.Id);
    }

    [Fact]
    public void Constructor_BlankOrganisation_Throws()
    {
        Assert.Equal("organisation", Assert.Throws<ArgumentException>(() => new SurveyResponse(" ", default, 9)).ParamName);
        Assert.Equal("organisation", Assert.Throws<ArgumentNullException>(() => new SurveyResponse(null!, default, 9)).ParamName);
    }
}
