using FsCheck.Xunit;
using KpiCore.Kpis;
using KpiCore.Satisfaction;
using NodaTime;

namespace KpiCore.Tests.Satisfaction;

public sealed class NetPromoterScoreTests
{
    private static readonly Instant Noon = Instant.FromUtc(2017, 10, 2, 12, 0);

    [Fact]
    public void Summarize_Null_ThrowsWithParamName()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => NetPromoterScore.Calculate(null!));
        Assert.Equal("ratings", ex.ParamName);
    }

    [Fact]
    public void Summarize_NoAnswers_ScoreIsNotApplicable() =>
        Assert.Equal(KpiValue.NotApplicable, NetPromoterScore.Calculate([]).Score);

    // 10 answers: 9, 10, 10 promoters; 7, 8 passives; 0, 3, 6, 6, 5 detractors => 30% - 50% = -20.
    [Fact]
    public void Summarize_HandExample_CountsAndScore()
    {
        int[] scores = [9, 10, 10, 7, 8, 0, 3, 6, 6, 5];
        NpsSummary summary = NetPromoterScore.Calculate(scores.Select(s => new NpsRating(s)));
        Assert.Equal(3, summary.Promoters);
        Assert.Equal(2, summary.Passives);
        Assert.Equal(5, summary.Detractors);
        Assert.Equal(10, summary.Total);
        Assert.Equal(-20.0, summary.Score.Value, 1e-12);
        Assert.Equal("-20", summary.Score.ToString());
    }

    [Property(Arbitrary = [typeof(SatisfactionArbitraries)], MaxTest = 300)]
    public bool Summarize_ArrayAndStreamedSequence_AgreeWithFromCounts(NpsRating[] ratings)
    {
        NpsSummary fromArray = NetPromoterScore.Calculate(ratings);
        NpsSummary streamed = NetPromoterScore.Calculate(ratings.Where(_ => true));
        NpsSummary expected = NpsSummary.FromCounts(
            ratings.Count(r => r.Value >= 9), ratings.Count(r => r.Value is 7 or 8), ratings.Count(r => r.Value <= 6));
        return fromArray.Score == expected.Score && streamed.Score == expected.Score && fromArray.Total == ratings.Length
            && streamed.Promoters == expected.Promoters && streamed.Detractors == expected.Detractors;
    }

    [Fact]
    public void SummarizeResponses_OutOfRangeScores_RejectedNotClamped()
    {
        SurveyResponse[] responses =
        [
            new("Brent", Noon, 10, id: "R1"),
            new("Brent", Noon, 11, "great", "R2"),
            new("Lewisham", Noon, -1, id: "R3"),
            new("Lewisham", Noon, 6),
            new("Brent", Noon, 100, id: "R5"),
        ];

        NpsResponseSummary result = NetPromoterScore.CalculateFromResponses(responses);

        Assert.Equal(1, result.Summary.Promoters); // 11 and 100 were not clamped to 10
        Assert.Equal(1, result.Summary.Detractors); // -1 was not clamped to 0
        Assert.Equal(0.0, result.Summary.Score.Value);
        Assert.Equal([1, 2, 4], result.Rejected.Select(r => r.Index));
        Assert.Equal(["R2", "R3", "R5"], result.Rejected.Select(r => r.RecordId));
        Assert.All(result.Rejected, r => Assert.Equal("Score", r.Field));
        Assert.Contains("11", result.Rejected[0].Reason, StringComparison.Ordinal);
        Assert.Equal(responses.Length, result.InputCount);
    }

    [Fact]
    public void SummarizeResponses_NullElement_RejectedAsMissingRecord()
    {
        NpsResponseSummary result = NetPromoterScore.CalculateFromResponses([new SurveyResponse("Brent", Noon, 9), null!]);
        Assert.Equal(1, result.Summary.Total);
        RejectedRecord rejected = Assert.Single(result.Rejected);
        Assert.Equal(1, rejected.Index);
        Assert.Equal("Response", rejected.Field);
    }

    [Fact]
    public void SummarizeResponses_RepeatedId_RejectedAndScoreFromTheRest()
    {
        // 10 (R1), 10 (R1 again), 0 (R3): counted 10 and 0 = 1 promoter, 1 detractor of 2: 50% - 50% = 0.
        SurveyResponse[] responses =
        [
            new("Brent", Noon, 10, id: "R1"),
            new("Brent", Noon, 10, id: "R1"),
            new("Brent", Noon, 0, id: "R3"),
        ];

        NpsResponseSummary result = NetPromoterScore.CalculateFromResponses(responses);

        Assert.Equal(2, result.Summary.Total);
        Assert.Equal(0.0, result.Summary.Score.Value);
        RejectedRecord rejected = Assert.Single(result.Rejected);
        Assert.Equal(1, rejected.Index);
        Assert.Equal("R1", rejected.RecordId);
        Assert.Equal("Id", rejected.Field);
        Assert.Equal(3, result.InputCount);
    }

    [Fact]
    public void SummarizeResponses_IdsComparedOrdinallyAfterTrimming()
    {
        // " R1 " repeats "R1" (trimmed); "r1" does not (ordinal, case matters); 9, 9, 6 counted, 9 rejected:
        // 2 promoters, 1 detractor of 3: (2 - 1) / 3 = 33.33%.
        SurveyResponse[] responses =
        [
            new("Brent", Noon, 9, id: "R1"),
            new("Brent", Noon, 9, id: " R1 "),
            new("Brent", Noon, 9, id: "r1"),
            new("Brent", Noon, 6, id: "R4"),
        ];

        NpsResponseSummary result = NetPromoterScore.CalculateFromResponses(responses);

        Assert.Equal([1], result.Rejected.Select(r => r.Index));
        Assert.Equal(100.0 / 3.0, result.Summary.Score.Value, 1e-9);
    }

    [Fact]
    public void SummarizeResponses_NoIdOrRejectedFirst_NeverRepeats()
    {
        // Three responses without an id (null, empty, blank) are all counted; R5 with score 11 is rejected for its
        // score, so the later R5 (score 8) is not a repeat. Counted: 10, 10, 10, 8 = 3 promoters of 4 = 75.
        SurveyResponse[] responses =
        [
            new("Brent", Noon, 10),
            new("Brent", Noon, 10, id: string.Empty),
            new("Brent", Noon, 10, id: "  "),
            new("Brent", Noon, 11, id: "R5"),
            new("Brent", Noon, 8, id: "R5"),
        ];

        NpsResponseSummary result = NetPromoterScore.CalculateFromResponses(responses);

        RejectedRecord rejected = Assert.Single(result.Rejected);
        Assert.Equal(3, rejected.Index);
        Assert.Equal("Score", rejected.Field);
        Assert.Equal(75.0, result.Summary.Score.Value, 1e-9);
        Assert.Equal(5, result.InputCount);
    }

    [Fact]
    public void SummarizeResponses_Null_Throws()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => NetPromoterScore.CalculateFromResponses(null!));
        Assert.Equal("responses", ex.ParamName);
    }

    [Property(MaxTest = 300)]
    public bool SummarizeResponses_AnyScores_CountedPlusRejectedEqualsInput(int[] scores)
    {
        NpsResponseSummary result = NetPromoterScore.CalculateFromResponses(scores.Select(s => new SurveyResponse("Brent", Noon, s)));
        return result.Summary.Total + result.Rejected.Count == scores.Length
            && result.Summary.Total == scores.Count(s => s is >= 0 and <= 10)
            && result.Rejected.All(r => scores[r.Index] is < 0 or > 10);
    }

    // Hand/independent computation (formula of NpsComparison, evaluated in Python):
    // A = (50, 30, 20): NPS' = 0.291262, SE' = 0.076915; B = (70, 20, 10): n' = 103, p' = 0.686893, d' = 0.104369,
    // NPS' = 0.582524, Var' = 0.791262 - 0.339334 = 0.451928, SE' = 0.066239.
    // SE diff = sqrt(0.076915^2 + 0.066239^2) = 0.101507; z = 0.291262 / 0.101507 = 2.8694; p = 2 * Phi(-2.8694) = 0.00411.
    [Fact]
    public void Compare_HandExample_SignificantIncrease()
    {
        NpsComparison result = NetPromoterScore.Compare(NpsSummary.FromCounts(50, 30, 20), NpsSummary.FromCounts(70, 20, 10));
        Assert.Equal(30.0, result.Difference, 1e-9);
        Assert.Equal(29.1262, result.AdjustedDifference, 1e-3);
        Assert.Equal(10.1507, result.StandardError, 1e-3);
        Assert.Equal(2.8694, result.Z, 1e-3);
        Assert.Equal(0.00411, result.PValue, 1e-4);
        Assert.True(result.Significant);
    }

    // Small samples: (12, 5, 3) vs (14, 4, 2) gives z = 0.610, p = 0.542: a 15-point rise that is not significant.
    [Fact]
    public void Compare_SmallSamples_NotSignificant()
    {
        NpsComparison result = NetPromoterScore.Compare(NpsSummary.FromCounts(12, 5, 3), NpsSummary.FromCounts(14, 4, 2));
        Assert.Equal(15.0, result.Difference, 1e-9);
        Assert.Equal(0.6096, result.Z, 1e-3);
        Assert.Equal(0.5421, result.PValue, 1e-3);
        Assert.False(result.Significant);
    }

    [Property(Arbitrary = [typeof(SatisfactionArbitraries)], MaxTest = 300)]
    public bool Compare_SwappingTheSamples_NegatesZAndKeepsP(NpsCounts a, NpsCounts b)
    {
        NpsSummary first = NpsSummary.FromCounts(a.Promoters, a.Passives, a.Detractors);
        NpsSummary second = NpsSummary.FromCounts(b.Promoters, b.Passives, b.Detractors);
        NpsComparison forward = NetPromoterScore.Compare(first, second);
        NpsComparison backward = NetPromoterScore.Compare(second, first);
        return forward.Z == -backward.Z && forward.PValue == backward.PValue && forward.PValue is >= 0 and <= 1;
    }

    [Fact]
    public void Compare_EmptySample_ThrowsWithParamName()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            NetPromoterScore.Compare(NpsSummary.FromCounts(0, 0, 0), NpsSummary.FromCounts(1, 0, 0)));
        Assert.Equal("first", ex.ParamName);
        var level = Assert.Throws<ArgumentOutOfRangeException>(() =>
            NetPromoterScore.Compare(NpsSummary.FromCounts(1, 0, 0), NpsSummary.FromCounts(1, 0, 0), 1.5));
        Assert.Equal("level", level.ParamName);
    }
}
