using System.Text.Json;
using FsCheck.Xunit;
using KpiCore.Satisfaction;
using KpiCore.Serialization;
using KpiCore.Tests.Satisfaction;

namespace KpiCore.Tests.Serialization;

public sealed class SatisfactionJsonTests
{
    [Fact]
    public void NpsSummary_HasThePinnedShape()
    {
        // 6 promoters, 1 passive, 3 detractors of 10: (6 - 3) / 10 = 30 points.
        string json = """{"promoters":6,"passives":1,"detractors":3,"smallSampleThreshold":30,"score":{"kind":"Measured","unit":"Number","value":30}}""";
        NpsSummary summary = NpsSummary.FromCounts(6, 1, 3);
        Assert.Equal(json, JsonSerializer.Serialize(summary, KpiCoreJson.Options));
        JsonDeepEqual.AssertEqual(summary, JsonSerializer.Deserialize<NpsSummary>(json, KpiCoreJson.Options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<NpsSummary>(json.Replace("\"value\":30", "\"value\":31", StringComparison.Ordinal), KpiCoreJson.Options));
    }

    [Fact]
    public void NpsSummary_WithNoAnswers_IsNotApplicableAndRoundTrips()
    {
        NpsSummary empty = NpsSummary.FromCounts(0, 0, 0);
        NpsSummary back = JsonSerializer.Deserialize<NpsSummary>(JsonSerializer.Serialize(empty, KpiCoreJson.Options), KpiCoreJson.Options)!;
        Assert.Equal(empty.Score, back.Score);
        Assert.False(back.Score.IsMeasured);
    }

    [Property(Arbitrary = [typeof(SatisfactionArbitraries)])]
    public void NpsSummary_RoundTrip_GivesEqualFigures(NpsCounts counts)
    {
        NpsSummary summary = NpsSummary.FromCounts(counts.Promoters, counts.Passives, counts.Detractors);
        JsonDeepEqual.AssertEqual(summary, JsonSerializer.Deserialize<NpsSummary>(JsonSerializer.Serialize(summary, KpiCoreJson.Options), KpiCoreJson.Options));
    }

    [Property]
    public void ScaleSummary_RoundTrip_GivesEqualFigures(byte[] answers)
    {
        ScaleSummary summary = ScaleMean.Calculate(answers.Select(b => 1 + (b % 7)), SatisfactionScale.OneToSeven);
        string json = JsonSerializer.Serialize(summary, KpiCoreJson.Options);
        ScaleSummary back = JsonSerializer.Deserialize<ScaleSummary>(json, KpiCoreJson.Options)!;
        JsonDeepEqual.AssertEqual(summary, back);
        for (int score = 1; score <= 7; score++)
        {
            Assert.Equal(summary.CountOf(score), back.CountOf(score));
        }
    }

    [Fact]
    public void ScaleSummary_HasThePinnedShape()
    {
        ScaleSummary summary = ScaleMean.Calculate([5, 5, 2], SatisfactionScale.OneToFive);
        Assert.Equal(
            """{"scale":{"min":1,"max":5},"counts":[0,1,0,0,2],"rejected":[],"mean":{"kind":"Measured","unit":"Number","value":4}}""",
            JsonSerializer.Serialize(summary, KpiCoreJson.Options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ScaleSummary>("""{"scale":{"min":1,"max":5},"counts":[0,1,0,2],"rejected":[]}""", KpiCoreJson.Options));
    }

    [Fact]
    public void ResponseSummary_KeepsItsRejectedRecords()
    {
        NpsResponseSummary result = NetPromoterScore.CalculateFromResponses(
            [new SurveyResponse("Brent", NodaTime.Instant.FromUtc(2017, 4, 3, 10, 0), 9), new SurveyResponse("Brent", NodaTime.Instant.FromUtc(2017, 4, 3, 10, 0), 11)]);
        Assert.Single(result.Rejected);
        NpsResponseSummary back = JsonSerializer.Deserialize<NpsResponseSummary>(JsonSerializer.Serialize(result, KpiCoreJson.Options), KpiCoreJson.Options)!;
        JsonDeepEqual.AssertEqual(result, back);
        Assert.Equal(2, back.InputCount);
    }

    [Fact]
    public void Rating_IsABareNumber()
    {
        Assert.Equal("9", JsonSerializer.Serialize(new NpsRating(9)));
        Assert.Equal(new NpsRating(0), JsonSerializer.Deserialize<NpsRating>("0"));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<NpsRating>("11"));
    }
}
