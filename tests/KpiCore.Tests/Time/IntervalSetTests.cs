using System.Globalization;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Tests.Time;

public sealed partial class IntervalSetTests
{
    private static readonly Instant T0 = Instant.FromUtc(2017, 10, 1, 0, 0);

    private static Instant M(int minute) => T0 + Duration.FromMinutes(minute);

    private static Interval I(int startMinute, int endMinute) => new(M(startMinute), M(endMinute));

    private static IntervalSet Set(params Interval[] intervals) => IntervalSet.FromIntervals(intervals);

    // ---- construction and validation ----

    [Fact]
    public void FromIntervals_NullEnumerable_ThrowsWithParamName()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => IntervalSet.FromIntervals((IEnumerable<Interval>)null!));
        Assert.Equal("intervals", ex.ParamName);
    }

    [Fact]
    public void FromIntervals_OpenStart_ThrowsWithParamName()
    {
        Interval[] input = [I(0, 10), new Interval(null, M(5))];
        var ex = Assert.Throws<ArgumentException>(() => IntervalSet.FromIntervals(input));
        Assert.Equal("intervals", ex.ParamName);
    }

    [Fact]
    public void FromIntervals_OpenEndInLazySequence_ThrowsWithParamName()
    {
        IEnumerable<Interval> input = Enumerable.Range(0, 3).Select(i => i == 2 ? new Interval(M(5), null) : I(i, i + 1));
        var ex = Assert.Throws<ArgumentException>(() => IntervalSet.FromIntervals(input));
        Assert.Equal("intervals", ex.ParamName);
    }

    [Fact]
    public void FromInterval_OpenEnd_ThrowsWithParamName()
    {
        var ex = Assert.Throws<ArgumentException>(() => IntervalSet.FromInterval(new Interval(M(0), null)));
        Assert.Equal("interval", ex.ParamName);
    }

    [Fact]
    public void Clip_OpenWindow_ThrowsWithParamName()
    {
        var ex = Assert.Throws<ArgumentException>(() => Set(I(0, 5)).Clip(new Interval(null, M(3))));
        Assert.Equal("window", ex.ParamName);
    }

    [Fact]
    public void DurationWithin_OpenWindow_ThrowsWithParamName()
    {
        var ex = Assert.Throws<ArgumentException>(() => Set(I(0, 5)).DurationWithin(new Interval(M(3), null)));
        Assert.Equal("window", ex.ParamName);
    }

    [Fact]
    public void Complement_OpenWindow_ThrowsWithParamName()
    {
        var ex = Assert.Throws<ArgumentException>(() => Set(I(0, 5)).Complement(new Interval(null, null)));
        Assert.Equal("within", ex.ParamName);
    }

    [Fact]
    public void BinaryOperations_NullOther_ThrowWithParamName()
    {
        IntervalSet set = Set(I(0, 5));
        Assert.Equal("other", Assert.Throws<ArgumentNullException>(() => set.Union(null!)).ParamName);
        Assert.Equal("other", Assert.Throws<ArgumentNullException>(() => set.Intersect(null!)).ParamName);
        Assert.Equal("other", Assert.Throws<ArgumentNullException>(() => set.Except(null!)).ParamName);
    }

    [Fact]
    public void Indexer_OutOfRange_ThrowsWithParamName()
    {
        IntervalSet set = Set(I(0, 5));
        Assert.Equal("index", Assert.Throws<ArgumentOutOfRangeException>(() => set[1]).ParamName);
        Assert.Equal("index", Assert.Throws<ArgumentOutOfRangeException>(() => set[-1]).ParamName);
    }

    [Fact]
    public void FromIntervals_EmptyInput_IsEmpty()
    {
        IntervalSet set = IntervalSet.FromIntervals(Array.Empty<Interval>());
        Assert.True(set.IsEmpty);
        Assert.Empty(set);
        Assert.Equal(Duration.Zero, set.TotalDuration);
        Assert.Null(set.Span);
        Assert.Equal(IntervalSet.Empty, set);
        Assert.Equal("{}", set.ToString());
    }

    [Fact]
    public void FromIntervals_OnlyEmptyIntervals_IsEmpty()
    {
        IntervalSet set = Set(I(3, 3), I(7, 7));
        Assert.True(set.IsEmpty);
        Assert.False(set.Contains(M(3)));
    }

    [Fact]
    public void FromInterval_EmptyInterval_IsEmpty() => Assert.True(IntervalSet.FromInterval(I(4, 4)).IsEmpty);

    [Fact]
    public void FromIntervals_TouchingIntervals_Merge()
    {
        IntervalSet set = Set(I(10, 20), I(0, 10), I(20, 30));
        Assert.Equal(I(0, 30), Assert.Single(set));
    }

    [Fact]
    public void FromIntervals_UnsortedOverlapping_NormalisedByHand()
    {
        // [50,60) [0,10) [5,15) [30,40) [35,36) [40,45) [70,70) -> [0,15) [30,45) [50,60)
        IntervalSet set = Set(I(50, 60), I(0, 10), I(5, 15), I(30, 40), I(35, 36), I(40, 45), I(70, 70));
        Assert.Equal([I(0, 15), I(30, 45), I(50, 60)], set.ToArray());
        Assert.Equal(Duration.FromMinutes(15 + 15 + 10), set.TotalDuration);
        Assert.Equal(I(0, 60), set.Span);
    }

    [Fact]
    public void FromIntervals_ListAndLazySequenceAndSpan_AgreeWithArray()
    {
        Interval[] input = [I(50, 60), I(0, 10), I(5, 15), I(15, 16)];
        IntervalSet expected = Set(I(0, 16), I(50, 60));
        Assert.Equal(expected, IntervalSet.FromIntervals(input));
        Assert.Equal(expected, IntervalSet.FromIntervals(new List<Interval>(input)));
        Assert.Equal(expected, IntervalSet.FromIntervals(input.Select(i => i)));
        Assert.Equal(expected, IntervalSet.FromIntervals(input.AsSpan()));
    }

    [Fact]
    public void FromIntervals_OneTickIntervals_KeptAndTouchingOnesMerge()
    {
        Instant a = T0;
        Interval oneTick = new(a, a + Duration.FromTicks(1));
        Interval nextTick = new(a + Duration.FromTicks(1), a + Duration.FromTicks(2));
        Interval apart = new(a + Duration.FromTicks(3), a + Duration.FromTicks(4));
        IntervalSet set = IntervalSet.FromIntervals([apart, oneTick, nextTick]);
        Assert.Equal(2, set.Count);
        Assert.Equal(new Interval(a, a + Duration.FromTicks(2)), set[0]);
        Assert.Equal(Duration.FromTicks(3), set.TotalDuration);
        Assert.True(set.Contains(a + Duration.FromTicks(1)));
        Assert.False(set.Contains(a + Duration.FromTicks(2)));
        Assert.True(set.Contains(a + Duration.FromTicks(3)));
        Assert.False(set.Contains(a + Duration.FromTicks(4)));
        Assert.Equal(Duration.FromTicks(1), set.DurationWithin(new Interval(a + Duration.FromTicks(1), a + Duration.FromTicks(3))));
        Assert.Equal(Duration.FromTicks(2), set.DurationWithin(new Interval(a + Duration.FromTicks(1), a + Duration.FromTicks(4))));
        Assert.Equal(new Interval(a + Duration.FromTicks(1), a + Duration.FromTicks(2)), Assert.Single(set.Clip(new Interval(a + Duration.FromTicks(1), a + Duration.FromTicks(3)))));
    }

    [Fact]
    public void FromIntervals_LargeRandomInput_MatchesComparisonSortModel()
    {
        // Large enough to take the radix-sort path; compared against a simple sort-and-merge written here.
        var random = new Random(12345);
        var input = new Interval[20_000];
        for (int i = 0; i < input.Length; i++)
        {
            long start = random.NextInt64(-5_000_000_000_000, 5_000_000_000_000);
            input[i] = new Interval(Instant.FromUnixTimeTicks(start), Instant.FromUnixTimeTicks(start + random.Next(0, 200_000_000)));
        }

        var sorted = input.Where(i => i.Start < i.End).OrderBy(i => i.Start).ToList();
        var merged = new List<Interval>();
        foreach (Interval interval in sorted)
        {
            if (merged.Count > 0 && interval.Start <= merged[^1].End)
            {
                Instant end = interval.End > merged[^1].End ? interval.End : merged[^1].End;
                merged[^1] = new Interval(merged[^1].Start, end);
            }
            else
            {
                merged.Add(interval);
            }
        }

        Assert.Equal(merged, IntervalSet.FromIntervals(input).ToArray());
    }

    [Fact]
    public void Contains_HalfOpen_StartInEndOut()
    {
        IntervalSet set = Set(I(0, 10), I(20, 30));
        Assert.True(set.Contains(M(0)));
        Assert.True(set.Contains(M(10) - Duration.FromTicks(1)));
        Assert.False(set.Contains(M(10)));
        Assert.False(set.Contains(M(15)));
        Assert.True(set.Contains(M(20)));
        Assert.False(set.Contains(M(30)));
        Assert.False(set.Contains(M(-1)));
    }

    // ---- operations, worked by hand ----

    [Fact]
    public void Operations_HandWorkedExample_ExpectedPieces()
    {
        IntervalSet a = Set(I(0, 10), I(20, 30), I(40, 50));
        IntervalSet b = Set(I(5, 25), I(30, 40), I(45, 60));
        Assert.Equal(Set(I(0, 60)), a.Union(b)); // [30,40) of b bridges [20,30) and [40,50)
        Assert.Equal(Set(I(5, 10), I(20, 25), I(45, 50)), a.Intersect(b));
        Assert.Equal(Set(I(0, 5), I(25, 30), I(40, 45)), a.Except(b));
        Assert.Equal(Set(I(10, 20), I(30, 40), I(50, 55)), a.Complement(I(5, 55)));
        Assert.Equal(Set(I(8, 10), I(20, 30), I(40, 42)), a.Clip(I(8, 42)));
        Assert.Equal(Duration.FromMinutes(2 + 10 + 2), a.DurationWithin(I(8, 42)));
        Assert.Equal(Duration.Zero, a.DurationWithin(I(10, 20)));
        Assert.Equal(Duration.FromMinutes(30), a.DurationWithin(I(-100, 100)));
    }

    [Fact]
    public void Except_OnePieceOfOtherCoversSeveralIntervals_RemovesAll()
    {
        IntervalSet a = Set(I(0, 10), I(20, 30), I(40, 50));
        Assert.Equal(Set(I(0, 5), I(45, 50)), a.Except(Set(I(5, 45))));
    }

    [Fact]
    public void Complement_OfEmptySet_IsWholeWindow() =>
        Assert.Equal(Set(I(3, 9)), IntervalSet.Empty.Complement(I(3, 9)));

    [Fact]
    public void Clip_WindowCoversSet_ReturnsEqualSet()
    {
        IntervalSet a = Set(I(0, 10), I(20, 30));
        Assert.Equal(a, a.Clip(I(-5, 35)));
        Assert.True(a.Clip(I(10, 20)).IsEmpty);
        Assert.True(a.Clip(I(12, 12)).IsEmpty);
    }

    // ---- equality, enumeration and formatting ----

    [Fact]
    public void Equality_SameContentBuiltDifferently_EqualWithSameHash()
    {
        IntervalSet a = Set(I(0, 10), I(20, 30));
        IntervalSet b = Set(I(20, 25), I(0, 5), I(5, 10), I(25, 30));
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.True(a.Equals(b));
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Equality_DifferentContentOrNull_NotEqual()
    {
        IntervalSet a = Set(I(0, 10));
        Assert.False(a == Set(I(0, 11)));
        Assert.True(a != Set(I(1, 10)));
        Assert.False(a == null);
        Assert.False(null == a);
        Assert.True((IntervalSet?)null == null);
        Assert.False(a.Equals(null));
        Assert.False(a.Equals("x"));
    }

    [Fact]
    public void Enumeration_StructEnumeratorAndInterface_YieldSameIntervals()
    {
        IntervalSet a = Set(I(20, 30), I(0, 10));
        var viaStruct = new List<Interval>();
        foreach (Interval interval in a)
        {
            viaStruct.Add(interval);
        }

        Assert.Equal([I(0, 10), I(20, 30)], viaStruct);
        Assert.Equal(viaStruct, a.Intervals);
        Assert.Equal(2, a.Intervals.Count);
        Assert.Equal(I(20, 30), a.Intervals[1]);
    }

    [Fact]
    public void ToString_AnyCulture_IsoIntervals()
    {
        CultureInfo saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("ar-SA");
            IntervalSet a = Set(I(0, 90), I(24 * 60, 25 * 60));
            Assert.Equal(
                "{2017-10-01T00:00:00Z/2017-10-01T01:30:00Z, 2017-10-02T00:00:00Z/2017-10-02T01:00:00Z}",
                a.ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void FromNormalizedNanos_WrapsArraysWithoutCopy()
    {
        long[] starts = [0, 100];
        long[] ends = [50, 200];
        IntervalSet set = IntervalSet.FromNormalizedNanos(starts, ends);
        Assert.Equal(2, set.Count);
        Assert.Equal(new Interval(NodaConstants.UnixEpoch + Duration.FromNanoseconds(100), NodaConstants.UnixEpoch + Duration.FromNanoseconds(200)), set[1]);
        Assert.Same(IntervalSet.Empty, IntervalSet.FromNormalizedNanos([], []));
    }

    // ---- precision and supported range ----

    [Fact]
    public void FromInterval_SubTickNanoseconds_KeptExactly()
    {
        // 7 ns and 37 ns past the minute: both inside the same 100 ns tick, so a tick-based set would hold nothing.
        Instant a = T0 + Duration.FromNanoseconds(7);
        Instant b = T0 + Duration.FromNanoseconds(37);
        IntervalSet set = IntervalSet.FromInterval(new Interval(a, b));

        Assert.Equal(new Interval(a, b), Assert.Single(set));
        Assert.Equal(Duration.FromNanoseconds(30), set.TotalDuration);
        Assert.False(set.Contains(a - Duration.FromNanoseconds(1)));
        Assert.True(set.Contains(a));
        Assert.True(set.Contains(b - Duration.FromNanoseconds(1)));
        Assert.False(set.Contains(b));
        Assert.Equal(Duration.FromNanoseconds(20), set.DurationWithin(new Interval(T0 + Duration.FromNanoseconds(17), M(1))));
        Assert.Equal("{2017-10-01T00:00:00.000000007Z/2017-10-01T00:00:00.000000037Z}", set.ToString());
    }

    [Fact]
    public void Union_PiecesOneNanosecondApart_StayApart()
    {
        IntervalSet set = Set(new Interval(T0, T0 + Duration.FromNanoseconds(10)), new Interval(T0 + Duration.FromNanoseconds(11), T0 + Duration.FromNanoseconds(20)));
        Assert.Equal(2, set.Count);
        Assert.Equal(Duration.FromNanoseconds(19), set.TotalDuration);
        Assert.Equal(Duration.FromNanoseconds(1), set.Complement(new Interval(T0, T0 + Duration.FromNanoseconds(20))).TotalDuration);
    }

    [Fact]
    public void FromIntervals_SupportedRangeEnds_Accepted()
    {
        Instant first = Instant.FromUtc(1900, 1, 1, 0, 0);
        Instant last = Instant.FromUtc(2150, 1, 1, 0, 0);
        IntervalSet set = Set(new Interval(first, first + Duration.FromNanoseconds(1)), new Interval(last - Duration.FromDays(1), last));
        Assert.Equal(Duration.FromDays(1) + Duration.FromNanoseconds(1), set.TotalDuration);
        Assert.Equal(new Interval(first, last), set.Span);
    }

    [Fact]
    public void Builders_InstantOutsideSupportedRange_ThrowWithParamName()
    {
        Instant beforeRange = Instant.FromUtc(1900, 1, 1, 0, 0) - Duration.FromNanoseconds(1);
        Instant afterRange = Instant.FromUtc(2150, 1, 1, 0, 0) + Duration.FromNanoseconds(1);
        Interval early = new(beforeRange, M(0));
        Interval late = new(M(0), afterRange);

        Assert.Equal("interval", Assert.Throws<ArgumentOutOfRangeException>(() => IntervalSet.FromInterval(early)).ParamName);
        Assert.Equal("intervals", Assert.Throws<ArgumentOutOfRangeException>(() => IntervalSet.FromIntervals([I(0, 10), late])).ParamName);
        Assert.Equal("intervals", Assert.Throws<ArgumentOutOfRangeException>(() => IntervalSet.FromIntervals(new List<Interval> { early }.AsEnumerable().Select(x => x))).ParamName);
        Assert.Equal("intervals", Assert.Throws<ArgumentOutOfRangeException>(() => IntervalSet.FromIntervals([new Interval(Instant.MinValue, Instant.MaxValue)])).ParamName);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => IntervalSet.FromInterval(late));
        Assert.Contains("1900-01-01T00:00:00Z to 2150-01-01T00:00:00Z", ex.Message, StringComparison.Ordinal); // names the range, as the calendar does
    }

    [Fact]
    public void Queries_WindowOutsideSupportedRange_ThrowWithParamName()
    {
        IntervalSet set = Set(I(0, 10));
        Interval far = new(M(0), Instant.FromUtc(2200, 1, 1, 0, 0));

        Assert.Equal("window", Assert.Throws<ArgumentOutOfRangeException>(() => set.Clip(far)).ParamName);
        Assert.Equal("window", Assert.Throws<ArgumentOutOfRangeException>(() => set.DurationWithin(far)).ParamName);
        Assert.Equal("within", Assert.Throws<ArgumentOutOfRangeException>(() => set.Complement(far)).ParamName);
        Assert.False(set.Contains(Instant.MinValue));
        Assert.False(set.Contains(Instant.MaxValue));
    }
}
