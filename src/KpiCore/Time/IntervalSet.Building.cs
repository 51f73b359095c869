using System.Runtime.InteropServices;
using NodaTime;

namespace KpiCore.Time;

/// <summary>Building interval sets: from intervals in any order, and (internally) from arrays of Unix nanoseconds.</summary>
public sealed partial class IntervalSet
{
    /// <summary>Creates a set holding one interval.</summary>
    /// <param name="interval">The interval; it must have a start and an end. An empty interval gives <see cref="Empty"/>.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentException"><paramref name="interval"/> has no start or no end.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="interval"/> starts or ends outside the supported range, 1900-01-01T00:00:00Z to 2150-01-01T00:00:00Z.</exception>
    public static IntervalSet FromInterval(Interval interval)
    {
        (long start, long end) = ToNanos(interval, nameof(interval));
        return start < end ? new IntervalSet([start], [end]) : Empty;
    }

    /// <summary>Creates the normalised set covering the union of <paramref name="intervals"/>.</summary>
    /// <param name="intervals">The intervals in any order; they may overlap or touch. Empty intervals contribute nothing.</param>
    /// <returns>The set; <see cref="Empty"/> when no interval is non-empty.</returns>
    /// <remarks>O(n log n) time; the only allocations are two arrays of nanoseconds of the input's length.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="intervals"/> is null.</exception>
    /// <exception cref="ArgumentException">An interval has no start or no end.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An interval starts or ends outside the supported range, 1900-01-01T00:00:00Z to 2150-01-01T00:00:00Z.</exception>
    public static IntervalSet FromIntervals(IEnumerable<Interval> intervals)
    {
        ArgumentNullException.ThrowIfNull(intervals);
        switch (intervals)
        {
            case Interval[] array:
                return FromIntervals(new ReadOnlySpan<Interval>(array));
            case List<Interval> list:
                return FromIntervals(CollectionsMarshal.AsSpan(list));
            case IntervalSet set:
                return set;
            default:
                break;
        }

        int capacity = intervals is IReadOnlyCollection<Interval> collection ? collection.Count : 16;
        long[] starts = new long[Math.Max(capacity, 4)];
        long[] ends = new long[starts.Length];
        int n = 0;
        foreach (Interval interval in intervals)
        {
            (long start, long end) = ToNanos(interval, nameof(intervals));
            if (start >= end)
            {
                continue;
            }

            if (n == starts.Length)
            {
                Array.Resize(ref starts, checked(n * 2));
                Array.Resize(ref ends, starts.Length);
            }

            starts[n] = start;
            ends[n] = end;
            n++;
        }

        return SortAndMerge(starts, ends, n);
    }

    /// <summary>Creates the normalised set covering the union of <paramref name="intervals"/>.</summary>
    /// <param name="intervals">The intervals in any order; they may overlap or touch. Empty intervals contribute nothing.</param>
    /// <returns>The set; <see cref="Empty"/> when no interval is non-empty.</returns>
    /// <remarks>O(n log n) time; the only allocations are two arrays of nanoseconds of the input's length.</remarks>
    /// <exception cref="ArgumentException">An interval has no start or no end.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An interval starts or ends outside the supported range, 1900-01-01T00:00:00Z to 2150-01-01T00:00:00Z.</exception>
    public static IntervalSet FromIntervals(ReadOnlySpan<Interval> intervals)
    {
        long[] starts = new long[intervals.Length];
        long[] ends = new long[intervals.Length];
        int n = 0;
        for (int i = 0; i < intervals.Length; i++)
        {
            (long start, long end) = ToNanos(intervals[i], nameof(intervals));
            if (start < end)
            {
                starts[n] = start;
                ends[n] = end;
                n++;
            }
        }

        return SortAndMerge(starts, ends, n);
    }

    /// <summary>
    /// Wraps arrays of Unix nanoseconds, within the supported range, that are already normalised (sorted, disjoint, non-adjacent, no empty pieces, same length).
    /// The set takes ownership of the arrays: the caller must not change them afterwards. Nothing is checked in release builds.
    /// </summary>
    internal static IntervalSet FromNormalizedNanos(long[] starts, long[] ends) =>
        starts.Length == 0 ? Empty : new IntervalSet(starts, ends);

    /// <summary>Normalises the first <paramref name="n"/> pairs of nanoseconds in place (see <see cref="NanoIntervals.Normalise"/>) and wraps them.</summary>
    private static IntervalSet SortAndMerge(long[] starts, long[] ends, int n) =>
        Create(starts, ends, NanoIntervals.Normalise(starts, ends, n, out _));
}
