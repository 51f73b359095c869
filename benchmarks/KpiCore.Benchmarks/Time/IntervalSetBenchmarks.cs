using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Benchmarks.Time;

/// <summary>
/// Building an <see cref="IntervalSet"/> from many unsorted, overlapping intervals, and intersecting two large sets,
/// each against the straightforward LINQ approach on <see cref="List{T}"/> of <see cref="Interval"/>.
/// </summary>
/// <remarks>
/// Input: <see cref="N"/> intervals with starts uniform over 2N minutes from 2010 and lengths uniform in [0, 2) minutes
/// (in ticks), so about half the range is covered and overlaps are common. A second, independent list of the same
/// shape is the other operand of the intersection.
/// </remarks>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class IntervalSetBenchmarks
{
    private List<Interval> _raw = [];
    private List<Interval> _rawOther = [];
    private List<Interval> _normalised = [];
    private List<Interval> _normalisedOther = [];
    private IntervalSet _set = IntervalSet.Empty;
    private IntervalSet _setOther = IntervalSet.Empty;

    /// <summary>Number of input intervals.</summary>
    [Params(1_000_000, 10_000_000)]
    public int N { get; set; }

    /// <summary>Generates the inputs and the pre-built operands of the intersection.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _raw = Generate(N, seed: 1);
        _rawOther = Generate(N, seed: 2);
        _normalised = LinqNormalise(_raw);
        _normalisedOther = LinqNormalise(_rawOther);
        _set = IntervalSet.FromIntervals(_raw);
        _setOther = IntervalSet.FromIntervals(_rawOther);
        if (_set.Count != _normalised.Count || _set.Intersect(_setOther).Count != LinqIntersect(_normalised, _normalisedOther).Count)
        {
            throw new InvalidOperationException("Baseline and IntervalSet disagree.");
        }
    }

    /// <summary>Baseline: OrderBy on the start, then a merge loop into a new list.</summary>
    [Benchmark(Baseline = true, Description = "Build: LINQ OrderBy + merge")]
    [BenchmarkCategory("Build")]
    public List<Interval> BuildLinq() => LinqNormalise(_raw);

    /// <summary>IntervalSet.FromIntervals on the same list.</summary>
    [Benchmark(Description = "Build: IntervalSet.FromIntervals")]
    [BenchmarkCategory("Build")]
    public IntervalSet BuildIntervalSet() => IntervalSet.FromIntervals(_raw);

    /// <summary>Baseline: concatenate both normalised lists, OrderBy the start and sweep for overlaps.</summary>
    [Benchmark(Baseline = true, Description = "Intersect: LINQ Concat + OrderBy + sweep")]
    [BenchmarkCategory("Intersect")]
    public List<Interval> IntersectLinq() => LinqIntersect(_normalised, _normalisedOther);

    /// <summary>A hand-written two-pointer merge over the normalised lists (no LINQ), for reference.</summary>
    [Benchmark(Description = "Intersect: two-pointer on List<Interval>")]
    [BenchmarkCategory("Intersect")]
    public List<Interval> IntersectListTwoPointer()
    {
        List<Interval> a = _normalised, b = _normalisedOther;
        var result = new List<Interval>();
        int i = 0, j = 0;
        while (i < a.Count && j < b.Count)
        {
            Instant lo = a[i].Start > b[j].Start ? a[i].Start : b[j].Start;
            Instant hi;
            if (a[i].End <= b[j].End)
            {
                hi = a[i].End;
                i++;
            }
            else
            {
                hi = b[j].End;
                j++;
            }

            if (lo < hi)
            {
                result.Add(new Interval(lo, hi));
            }
        }

        return result;
    }

    /// <summary>IntervalSet.Intersect on the pre-built sets.</summary>
    [Benchmark(Description = "Intersect: IntervalSet.Intersect")]
    [BenchmarkCategory("Intersect")]
    public IntervalSet IntersectIntervalSet() => _set.Intersect(_setOther);

    private static List<Interval> Generate(int n, int seed)
    {
        var random = new Random(seed);
        long origin = Instant.FromUtc(2010, 1, 1, 0, 0).ToUnixTimeTicks();
        long range = 2L * n * NodaConstants.TicksPerMinute;
        var list = new List<Interval>(n);
        for (int i = 0; i < n; i++)
        {
            long start = origin + random.NextInt64(range);
            long length = random.NextInt64(2 * NodaConstants.TicksPerMinute);
            list.Add(new Interval(Instant.FromUnixTimeTicks(start), Instant.FromUnixTimeTicks(start + length)));
        }

        return list;
    }

    private static List<Interval> LinqNormalise(List<Interval> intervals)
    {
        var result = new List<Interval>();
        foreach (Interval interval in intervals.OrderBy(i => i.Start))
        {
            if (interval.Start == interval.End)
            {
                continue;
            }

            if (result.Count > 0 && interval.Start <= result[^1].End)
            {
                if (interval.End > result[^1].End)
                {
                    result[^1] = new Interval(result[^1].Start, interval.End);
                }
            }
            else
            {
                result.Add(interval);
            }
        }

        return result;
    }

    private static List<Interval> LinqIntersect(List<Interval> a, List<Interval> b)
    {
        // Each list is disjoint, so in start order an interval can only overlap the latest-ending one before it,
        // which belongs to the other list.
        var result = new List<Interval>();
        bool any = false;
        Instant reach = default;
        foreach (Interval interval in a.Concat(b).OrderBy(i => i.Start))
        {
            if (any && interval.Start < reach)
            {
                result.Add(new Interval(interval.Start, interval.End < reach ? interval.End : reach));
            }

            if (!any || interval.End > reach)
            {
                reach = interval.End;
                any = true;
            }
        }

        return result;
    }
}
