using FsCheck;
using FsCheck.Xunit;
using KpiCore.Time;
using NodaTime;
using Interval = NodaTime.Interval;

namespace KpiCore.Tests.Time;

/// <summary>Set laws and agreement with the brute-force <see cref="MinuteGrid"/> model.</summary>
public sealed partial class IntervalSetTests
{
    private const int Runs = 300;

    private static readonly Interval Bounds = new(IntervalArbitraries.At(MinuteGrid.Lo), IntervalArbitraries.At(MinuteGrid.Hi));

    /// <summary>Sorted, disjoint, non-adjacent, no empty piece; checked on the raw ticks.</summary>
    private static bool IsNormalised(IntervalSet set)
    {
        ReadOnlySpan<long> starts = set.StartNanos, ends = set.EndNanos;
        if (starts.Length != ends.Length || starts.Length != set.Count)
        {
            return false;
        }

        for (int i = 0; i < starts.Length; i++)
        {
            if (starts[i] >= ends[i] || (i > 0 && starts[i] <= ends[i - 1]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Matches(IntervalSet set, MinuteGrid model) =>
        IsNormalised(set) && set.SequenceEqual(model.Runs());

    // ---- laws ----

    [Property(Arbitrary = [typeof(IntervalArbitraries)], MaxTest = Runs)]
    public bool Union_AnySets_CommutativeAssociativeIdempotent(IntervalSet a, IntervalSet b, IntervalSet c) =>
        a.Union(b) == b.Union(a)
        && a.Union(b).Union(c) == a.Union(b.Union(c))
        && a.Union(a) == a
        && a.Union(IntervalSet.Empty) == a;

    [Property(Arbitrary = [typeof(IntervalArbitraries)], MaxTest = Runs)]
    public bool Intersect_AnySets_CommutativeAssociativeIdempotent(IntervalSet a, IntervalSet b, IntervalSet c) =>
        a.Intersect(b) == b.Intersect(a)
        && a.Intersect(b).Intersect(c) == a.Intersect(b.Intersect(c))
        && a.Intersect(a) == a
        && a.Intersect(IntervalSet.Empty).IsEmpty;

    [Property(Arbitrary = [typeof(IntervalArbitraries)], MaxTest = Runs)]
    public bool Complement_AnySets_DeMorganWithinBounds(IntervalSet a, IntervalSet b) =>
        a.Union(b).Complement(Bounds) == a.Complement(Bounds).Intersect(b.Complement(Bounds))
        && a.Intersect(b).Complement(Bounds) == a.Complement(Bounds).Union(b.Complement(Bounds))
        && a.Complement(Bounds).Complement(Bounds) == a;

    [Property(Arbitrary = [typeof(IntervalArbitraries)], MaxTest = Runs)]
    public bool ExceptAndIntersect_AnySets_PartitionFirst(IntervalSet a, IntervalSet b)
    {
        IntervalSet only = a.Except(b);
        IntervalSet both = a.Intersect(b);
        return only.Intersect(both).IsEmpty
            && only.Union(both) == a
            && only.TotalDuration + both.TotalDuration == a.TotalDuration;
    }

    [Property(Arbitrary = [typeof(IntervalArbitraries)], MaxTest = Runs)]
    public bool Union_AnySets_TotalAtMostSumAndAtLeastEither(IntervalSet a, IntervalSet b)
    {
        Duration union = a.Union(b).TotalDuration;
        return union <= a.TotalDuration + b.TotalDuration && union >= a.TotalDuration && union >= b.TotalDuration;
    }

    [Property(Arbitrary = [typeof(IntervalArbitraries)], MaxTest = Runs)]
    public bool AllResults_AnySets_Normalised(IntervalSet a, IntervalSet b, Window w) =>
        IsNormalised(a) && IsNormalised(a.Union(b)) && IsNormalised(a.Intersect(b)) && IsNormalised(a.Except(b))
        && IsNormalised(a.Complement(w.Value)) && IsNormalised(a.Clip(w.Value));

    [Property(Arbitrary = [typeof(IntervalArbitraries)], MaxTest = Runs)]
    public bool Equality_AnySets_MatchesContentAndHash(IntervalSet a, IntervalSet b)
    {
        bool sameContent = a.SequenceEqual(b);
        IntervalSet rebuilt = IntervalSet.FromIntervals(a.Reverse());
        return (a == b) == sameContent
            && (a != b) == !sameContent
            && rebuilt == a
            && rebuilt.GetHashCode() == a.GetHashCode()
            && (!sameContent || a.GetHashCode() == b.GetHashCode());
    }

    // ---- agreement with the minute-grid model ----

    [Property(Arbitrary = [typeof(IntervalArbitraries)], MaxTest = Runs)]
    public bool FromIntervals_AnyList_MatchesModel(Interval[] intervals)
    {
        IntervalSet set = IntervalSet.FromIntervals(intervals);
        MinuteGrid model = MinuteGrid.Of(intervals);
        return Matches(set, model)
            && set.TotalDuration == Duration.FromMinutes(model.MinutesWithin(Bounds))
            && set.Span == (set.IsEmpty ? null : new Interval(set[0].Start, set[set.Count - 1].End));
    }

    [Property(Arbitrary = [typeof(IntervalArbitraries)], MaxTest = Runs)]
    public bool BinaryOperations_AnySets_MatchModel(Interval[] first, Interval[] second)
    {
        IntervalSet a = IntervalSet.FromIntervals(first), b = IntervalSet.FromIntervals(second);
        MinuteGrid ma = MinuteGrid.Of(first), mb = MinuteGrid.Of(second);
        return Matches(a.Union(b), ma.Combine(mb, (x, y) => x || y))
            && Matches(a.Intersect(b), ma.Combine(mb, (x, y) => x && y))
            && Matches(a.Except(b), ma.Combine(mb, (x, y) => x && !y))
            && Matches(b.Except(a), mb.Combine(ma, (x, y) => x && !y));
    }

    [Property(Arbitrary = [typeof(IntervalArbitraries)], MaxTest = Runs)]
    public bool WindowOperations_AnySetAndWindow_MatchModel(Interval[] intervals, Window window)
    {
        IntervalSet set = IntervalSet.FromIntervals(intervals);
        Interval w = window.Value;
        MinuteGrid model = MinuteGrid.Of(intervals);
        MinuteGrid inWindow = MinuteGrid.Of([w]);
        return Matches(set.Clip(w), model.Combine(inWindow, (x, y) => x && y))
            && Matches(set.Complement(w), model.Combine(inWindow, (x, y) => !x && y))
            && set.DurationWithin(w) == Duration.FromMinutes(model.MinutesWithin(w))
            && set.DurationWithin(w) == set.Clip(w).TotalDuration;
    }

    [Property(Arbitrary = [typeof(IntervalArbitraries)], MaxTest = Runs)]
    public bool Contains_AnySet_MatchesModelOnEveryMinuteAndBetween(Interval[] intervals)
    {
        IntervalSet set = IntervalSet.FromIntervals(intervals);
        MinuteGrid model = MinuteGrid.Of(intervals);
        for (int m = MinuteGrid.Lo; m < MinuteGrid.Hi; m++)
        {
            Instant at = IntervalArbitraries.At(m);
            // Within a minute the model is constant: check its first tick, middle and last tick.
            if (set.Contains(at) != model[m]
                || set.Contains(at + Duration.FromSeconds(30)) != model[m]
                || set.Contains(at + Duration.FromMinutes(1) - Duration.FromTicks(1)) != model[m])
            {
                return false;
            }
        }

        return true;
    }
}
