using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KpiCore.Satisfaction;

namespace KpiCore.Tests.Satisfaction;

public sealed class NpsTallyTests
{
    // Reference model: classify each answer one at a time by the definition (9-10 promoter, 7-8 passive, 0-6 detractor).
    private static (long Promoters, long Passives, long Detractors) Reference(IEnumerable<int> scores)
    {
        long promoters = 0, passives = 0, detractors = 0;
        foreach (int score in scores)
        {
            if (score >= 9)
            {
                promoters++;
            }
            else if (score >= 7)
            {
                passives++;
            }
            else
            {
                detractors++;
            }
        }

        return (promoters, passives, detractors);
    }

    private static (long, long, long) Counts(NpsTally tally) => (tally.Promoters, tally.Passives, tally.Detractors);

    [Fact]
    public void New_IsEmpty()
    {
        var tally = new NpsTally();
        Assert.Equal(0, tally.Total);
        Assert.False(tally.ToSummary().HasResponses);
    }

    [Fact]
    public void Add_OneOfEachBoundary_CountsByDefinition()
    {
        var tally = new NpsTally();
        foreach (int score in new[] { 0, 6, 7, 8, 9, 10 })
        {
            tally.Add(score);
        }

        Assert.Equal((2L, 2L, 2L), Counts(tally));
        Assert.Equal(6, tally.Total);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void Add_ScoreOutOfRange_Throws(int score)
    {
        var tally = new NpsTally();
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => tally.Add(score));
        Assert.Equal("value", ex.ParamName);
        Assert.Equal(0, tally.Total);
    }

    [Fact]
    public void AddRange_BytesWithInvalidAnswerAfterAFullVector_ThrowsAndCountsNothing()
    {
        byte[] scores = Enumerable.Repeat((byte)9, 300).ToArray();
        scores[257] = 11;
        var tally = new NpsTally();
        tally.Add(5);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => tally.AddRange(scores.AsSpan()));
        Assert.Equal("scores", ex.ParamName);
        Assert.Equal(11, ex.ActualValue);
        Assert.Contains("index 257", ex.Message, StringComparison.Ordinal);
        Assert.Equal((0L, 0L, 1L), Counts(tally));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    [InlineData(int.MinValue)]
    public void AddRange_IntsWithInvalidAnswer_ThrowsAndCountsNothing(int bad)
    {
        int[] scores = Enumerable.Range(0, 100).Select(i => i % 11).ToArray();
        scores[63] = bad;
        var tally = new NpsTally();
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => tally.AddRange(scores.AsSpan()));
        Assert.Equal("scores", ex.ParamName);
        Assert.Equal(bad, ex.ActualValue);
        Assert.Equal(0, tally.Total);
    }

    [Fact]
    public void AddRange_NullSequence_Throws()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new NpsTally().AddRange((IEnumerable<NpsRating>)null!));
        Assert.Equal("ratings", ex.ParamName);
    }

    [Fact]
    public void Merge_Null_Throws()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new NpsTally().Merge(null!));
        Assert.Equal("other", ex.ParamName);
    }

    // The vectorised span counters against the one-at-a-time reference, over lengths that exercise partial vectors,
    // the 255-vector fold of the byte counter and the scalar tail.
    [Property(MaxTest = 200)]
    public Property AddRange_Bytes_MatchesReference() =>
        Prop.ForAll(
            (from length in Gen.Frequency((3, Gen.Choose(0, 100)), (2, Gen.Choose(100, 20000)))
             from values in Gen.ArrayOf(Gen.Choose(0, 10).Select(v => (byte)v), length)
             select values).ToArbitrary(),
            scores =>
            {
                var tally = new NpsTally();
                tally.AddRange(scores.AsSpan());
                return Counts(tally) == Reference(scores.Select(b => (int)b));
            });

    [Property(MaxTest = 200)]
    public Property AddRange_Ints_MatchesReference() =>
        Prop.ForAll(
            (from length in Gen.Choose(0, 3000)
             from values in Gen.ArrayOf(Gen.Choose(0, 10), length)
             select values).ToArbitrary(),
            scores =>
            {
                var tally = new NpsTally();
                tally.AddRange(scores.AsSpan());
                return Counts(tally) == Reference(scores);
            });

    [Property(MaxTest = 100)]
    public Property AddRange_BytesWithOneBadAnswerAnywhere_Throws() =>
        Prop.ForAll(
            (from length in Gen.Choose(1, 5000)
             from position in Gen.Choose(0, length - 1)
             from bad in Gen.Choose(11, 255)
             select (length, position, bad)).ToArbitrary(),
            input =>
            {
                byte[] scores = new byte[input.length];
                scores[input.position] = (byte)input.bad;
                var tally = new NpsTally();
                try
                {
                    tally.AddRange(scores.AsSpan());
                    return false;
                }
                catch (ArgumentOutOfRangeException ex)
                {
                    return tally.Total == 0 && (int)ex.ActualValue! == input.bad;
                }
            });

    [Property(Arbitrary = [typeof(SatisfactionArbitraries)], MaxTest = 200)]
    public bool AddRange_RatingSpanAndStreamedSequence_MatchReference(NpsRating[] ratings)
    {
        var fromArray = new NpsTally();
        fromArray.AddRange(ratings);
        var fromList = new NpsTally();
        fromList.AddRange(new List<NpsRating>(ratings));
        var streamed = new NpsTally();
        streamed.AddRange(ratings.Select(r => r));
        var expected = Reference(ratings.Select(r => r.Value));
        return Counts(fromArray) == expected && Counts(fromList) == expected && Counts(streamed) == expected;
    }

    [Property(Arbitrary = [typeof(SatisfactionArbitraries)], MaxTest = 300)]
    public Property Merge_AnySplitInAnyOrder_EqualsOnePass(NpsRating[] ratings) =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Choose(0, Math.Max(0, ratings.Length)), 3).ToArbitrary(),
            cuts =>
            {
                int[] points = [0, .. cuts.Order(), ratings.Length];
                var onePass = new NpsTally();
                onePass.AddRange(ratings);
                var merged = new NpsTally();
                for (int i = points.Length - 2; i >= 0; i--) // merge the parts last-first
                {
                    var part = new NpsTally();
                    part.AddRange(ratings.AsSpan(points[i]..points[i + 1]));
                    merged.Merge(part);
                }

                return Counts(merged) == Counts(onePass) && merged.Total == ratings.Length;
            });
}
