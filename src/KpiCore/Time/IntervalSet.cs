using System.Collections;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using KpiCore.Utility;
using NodaTime;
using NodaTime.Text;

namespace KpiCore.Time;

/// <summary>
/// An immutable, normalised set of half-open instant intervals [start, end): sorted, pairwise disjoint and
/// non-adjacent (intervals that overlap or touch are merged), with no empty pieces.
/// </summary>
/// <remarks>
/// <para>
/// Instants are held as whole ticks (100 ns) since the Unix epoch, in two arrays; an instant with a fraction of a tick
/// is truncated towards the start of time (as <see cref="Instant.ToUnixTimeTicks"/> does), so an interval shorter than
/// a tick may become empty and then contributes nothing.
/// </para>
/// <para>
/// Instances are immutable and safe to share between threads. Set operations (<see cref="Union"/>,
/// <see cref="Intersect"/>, <see cref="Except"/>) are linear merges, O(n + m); <see cref="Contains"/> is O(log n);
/// <see cref="Clip"/> is O(log n + k); <see cref="DurationWithin"/> is O(log n) and does not allocate after its first call.
/// Two sets are equal when they contain the same instants, which for normalised sets means the same intervals.
/// </para>
/// </remarks>
[DebuggerDisplay("Count = {Count}")]
public sealed partial class IntervalSet : IReadOnlyList<Interval>, IEquatable<IntervalSet>
{
    private static readonly long[] NoTicks = [];

    private readonly long[] _starts;
    private readonly long[] _ends;

    // Cumulative durations: _prefix[i] = sum of (end - start) over intervals [0, i). Built on first use.
    private long[]? _prefix;

    private IntervalSet(long[] starts, long[] ends)
    {
        Debug.Assert(starts.Length == ends.Length, "Start and end arrays must have the same length.");
        Debug.Assert(IsNormalized(starts, ends), "The ticks must be normalised.");
        _starts = starts;
        _ends = ends;
    }

    /// <summary>Gets the empty set.</summary>
    public static IntervalSet Empty { get; } = new(NoTicks, NoTicks);

    /// <summary>Gets the number of disjoint intervals in the set.</summary>
    public int Count => _starts.Length;

    /// <summary>Gets a value indicating whether the set contains no instant.</summary>
    public bool IsEmpty => _starts.Length == 0;

    /// <summary>Gets the intervals of the set, in ascending order.</summary>
    /// <remarks>Returns this instance; it does not copy.</remarks>
    public IReadOnlyList<Interval> Intervals => this;

    /// <summary>Gets the total length of the set: the sum of the lengths of its intervals.</summary>
    /// <remarks>Overlapping input intervals were merged when the set was built, so overlaps count once.</remarks>
    public Duration TotalDuration => Duration.FromTicks(Prefix[^1]);

    /// <summary>Gets the smallest interval that contains the whole set (its hull), or <see langword="null"/> when the set is empty.</summary>
    public Interval? Span => IsEmpty ? null : new Interval(FromTicks(_starts[0]), FromTicks(_ends[^1]));

    /// <summary>Gets the interval at <paramref name="index"/>, in ascending order.</summary>
    /// <param name="index">The zero-based index, from 0 to <see cref="Count"/> - 1.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not less than <see cref="Count"/>.</exception>
    public Interval this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _starts.Length);
            return new Interval(FromTicks(_starts[index]), FromTicks(_ends[index]));
        }
    }

    /// <summary>Gets the start ticks (since the Unix epoch) of the intervals, ascending. For calculators that work on ticks.</summary>
    internal ReadOnlySpan<long> StartTicks => _starts;

    /// <summary>Gets the end ticks (exclusive, since the Unix epoch) of the intervals, ascending.</summary>
    internal ReadOnlySpan<long> EndTicks => _ends;

    private long[] Prefix
    {
        get
        {
            long[]? prefix = Volatile.Read(ref _prefix);
            if (prefix is null)
            {
                prefix = new long[_starts.Length + 1];
                long sum = 0;
                for (int i = 0; i < _starts.Length; i++)
                {
                    sum += _ends[i] - _starts[i];
                    prefix[i + 1] = sum;
                }

                // A race only computes the same array twice; either copy is correct.
                Volatile.Write(ref _prefix, prefix);
            }

            return prefix;
        }
    }

    /// <summary>Creates a set holding one interval.</summary>
    /// <param name="interval">The interval; it must have a start and an end. An empty interval gives <see cref="Empty"/>.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentException"><paramref name="interval"/> has no start or no end.</exception>
    public static IntervalSet FromInterval(Interval interval)
    {
        (long start, long end) = ToTicks(interval, nameof(interval));
        return start < end ? new IntervalSet([start], [end]) : Empty;
    }

    /// <summary>Creates the normalised set covering the union of <paramref name="intervals"/>.</summary>
    /// <param name="intervals">The intervals in any order; they may overlap or touch. Empty intervals contribute nothing.</param>
    /// <returns>The set; <see cref="Empty"/> when no interval is non-empty.</returns>
    /// <remarks>O(n log n) time; the only allocations are two tick arrays of the input's length.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="intervals"/> is null.</exception>
    /// <exception cref="ArgumentException">An interval has no start or no end.</exception>
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
            (long start, long end) = ToTicks(interval, nameof(intervals));
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
    /// <remarks>O(n log n) time; the only allocations are two tick arrays of the input's length.</remarks>
    /// <exception cref="ArgumentException">An interval has no start or no end.</exception>
    public static IntervalSet FromIntervals(ReadOnlySpan<Interval> intervals)
    {
        long[] starts = new long[intervals.Length];
        long[] ends = new long[intervals.Length];
        int n = 0;
        for (int i = 0; i < intervals.Length; i++)
        {
            (long start, long end) = ToTicks(intervals[i], nameof(intervals));
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
    /// Wraps arrays that are already normalised (sorted, disjoint, non-adjacent, no empty pieces, same length).
    /// The set takes ownership of the arrays: the caller must not change them afterwards. Nothing is checked in release builds.
    /// </summary>
    internal static IntervalSet FromNormalizedTicks(long[] starts, long[] ends) =>
        starts.Length == 0 ? Empty : new IntervalSet(starts, ends);

    /// <summary>
    /// Builds a set from unsorted tick pairs with <paramref name="count"/> valid, non-empty entries at the front.
    /// Takes ownership of the arrays and reorders them.
    /// </summary>
    internal static IntervalSet FromUnsortedTicks(long[] starts, long[] ends, int count) => SortAndMerge(starts, ends, count);

    /// <summary>Determines whether <paramref name="instant"/> lies in one of the intervals.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns><see langword="true"/> when some interval has start &lt;= <paramref name="instant"/> &lt; end.</returns>
    /// <remarks>O(log n). The instant is truncated to whole ticks first.</remarks>
    public bool Contains(Instant instant)
    {
        long t = instant.ToUnixTimeTicks();
        int i = FirstEndAfter(t);
        return i < _starts.Length && _starts[i] <= t;
    }

    /// <summary>Gets the union of this set and <paramref name="other"/>: the instants in either.</summary>
    /// <param name="other">The other set.</param>
    /// <returns>The union, normalised.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public IntervalSet Union(IntervalSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.IsEmpty || ReferenceEquals(this, other))
        {
            return this;
        }

        if (IsEmpty)
        {
            return other;
        }

        long[] aS = _starts, aE = _ends, bS = other._starts, bE = other._ends;
        int capacity = aS.Length + bS.Length;
        long[] outS = new long[capacity];
        long[] outE = new long[capacity];
        int w = 0, i = 0, j = 0;
        while (i < aS.Length || j < bS.Length)
        {
            long s, e;
            if (j >= bS.Length || (i < aS.Length && aS[i] <= bS[j]))
            {
                s = aS[i];
                e = aE[i];
                i++;
            }
            else
            {
                s = bS[j];
                e = bE[j];
                j++;
            }

            if (w > 0 && s <= outE[w - 1])
            {
                if (e > outE[w - 1])
                {
                    outE[w - 1] = e;
                }
            }
            else
            {
                outS[w] = s;
                outE[w] = e;
                w++;
            }
        }

        return Create(outS, outE, w);
    }

    /// <summary>Gets the intersection of this set and <paramref name="other"/>: the instants in both.</summary>
    /// <param name="other">The other set.</param>
    /// <returns>The intersection, normalised.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public IntervalSet Intersect(IntervalSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (ReferenceEquals(this, other))
        {
            return this;
        }

        if (IsEmpty || other.IsEmpty)
        {
            return Empty;
        }

        long[] aS = _starts, aE = _ends, bS = other._starts, bE = other._ends;
        int capacity = aS.Length + bS.Length - 1;
        long[] outS = new long[capacity];
        long[] outE = new long[capacity];
        int w = 0, i = 0, j = 0;
        while (i < aS.Length && j < bS.Length)
        {
            long lo = Math.Max(aS[i], bS[j]);
            long hi;
            if (aE[i] <= bE[j])
            {
                hi = aE[i];
                i++;
            }
            else
            {
                hi = bE[j];
                j++;
            }

            // Pieces of an intersection of two normalised sets are disjoint and never touch, so no coalescing is needed.
            if (lo < hi)
            {
                outS[w] = lo;
                outE[w] = hi;
                w++;
            }
        }

        return Create(outS, outE, w);
    }

    /// <summary>Gets the difference of this set and <paramref name="other"/>: the instants in this set that are not in <paramref name="other"/>.</summary>
    /// <param name="other">The set to remove.</param>
    /// <returns>The difference, normalised.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public IntervalSet Except(IntervalSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (IsEmpty || other.IsEmpty)
        {
            return this;
        }

        if (ReferenceEquals(this, other))
        {
            return Empty;
        }

        long[] aS = _starts, aE = _ends, bS = other._starts, bE = other._ends;
        int capacity = aS.Length + bS.Length;
        long[] outS = new long[capacity];
        long[] outE = new long[capacity];
        int w = 0, j = 0;
        for (int i = 0; i < aS.Length; i++)
        {
            long cur = aS[i];
            long end = aE[i];
            while (j < bS.Length && bE[j] <= cur)
            {
                j++;
            }

            while (j < bS.Length && bS[j] < end)
            {
                if (bS[j] > cur)
                {
                    outS[w] = cur;
                    outE[w] = bS[j];
                    w++;
                }

                if (bE[j] >= end)
                {
                    // This piece of other may also cover the next interval of this set: keep j.
                    cur = end;
                    break;
                }

                cur = bE[j];
                j++;
            }

            if (cur < end)
            {
                outS[w] = cur;
                outE[w] = end;
                w++;
            }
        }

        return Create(outS, outE, w);
    }

    /// <summary>Gets the parts of <paramref name="within"/> that are not in this set.</summary>
    /// <param name="within">The window to take the complement in; it must have a start and an end.</param>
    /// <returns>The complement within the window, normalised.</returns>
    /// <remarks>O(log n + k), where k is the number of intervals that overlap the window.</remarks>
    /// <exception cref="ArgumentException"><paramref name="within"/> has no start or no end.</exception>
    public IntervalSet Complement(Interval within)
    {
        (long ws, long we) = ToTicks(within, nameof(within));
        if (ws >= we)
        {
            return Empty;
        }

        int first = FirstEndAfter(ws);
        int last = FirstStartAtOrAfter(we, first);
        int pieces = last - first;
        long[] outS = new long[pieces + 1];
        long[] outE = new long[pieces + 1];
        int w = 0;
        long cur = ws;
        for (int i = first; i < last; i++)
        {
            if (_starts[i] > cur)
            {
                outS[w] = cur;
                outE[w] = _starts[i];
                w++;
            }

            cur = _ends[i];
        }

        if (cur < we)
        {
            outS[w] = cur;
            outE[w] = we;
            w++;
        }

        return Create(outS, outE, w);
    }

    /// <summary>Gets the parts of this set that lie inside <paramref name="window"/> (the intersection with one interval).</summary>
    /// <param name="window">The window; it must have a start and an end.</param>
    /// <returns>The clipped set, normalised; this instance when the window covers the whole set.</returns>
    /// <remarks>O(log n + k), where k is the number of intervals that overlap the window.</remarks>
    /// <exception cref="ArgumentException"><paramref name="window"/> has no start or no end.</exception>
    public IntervalSet Clip(Interval window)
    {
        (long ws, long we) = ToTicks(window, nameof(window));
        if (ws >= we || IsEmpty)
        {
            return Empty;
        }

        int first = FirstEndAfter(ws);
        int last = FirstStartAtOrAfter(we, first);
        int k = last - first;
        if (k <= 0)
        {
            return Empty;
        }

        if (k == _starts.Length && _starts[0] >= ws && _ends[^1] <= we)
        {
            return this;
        }

        long[] outS = _starts.AsSpan(first, k).ToArray();
        long[] outE = _ends.AsSpan(first, k).ToArray();
        outS[0] = Math.Max(outS[0], ws);
        outE[k - 1] = Math.Min(outE[k - 1], we);
        return new IntervalSet(outS, outE);
    }

    /// <summary>Gets the length of the part of this set that lies inside <paramref name="window"/>.</summary>
    /// <param name="window">The window; it must have a start and an end.</param>
    /// <returns>The duration covered by the set within the window; <see cref="Duration.Zero"/> when they do not overlap.</returns>
    /// <remarks>O(log n), using cumulative durations built on the first call; does not allocate afterwards.</remarks>
    /// <exception cref="ArgumentException"><paramref name="window"/> has no start or no end.</exception>
    public Duration DurationWithin(Interval window)
    {
        (long ws, long we) = ToTicks(window, nameof(window));
        if (ws >= we || IsEmpty)
        {
            return Duration.Zero;
        }

        int first = FirstEndAfter(ws);
        int last = FirstStartAtOrAfter(we, first);
        if (last <= first)
        {
            return Duration.Zero;
        }

        long[] prefix = Prefix;
        long total = prefix[last] - prefix[first];
        if (_starts[first] < ws)
        {
            total -= ws - _starts[first];
        }

        if (_ends[last - 1] > we)
        {
            total -= _ends[last - 1] - we;
        }

        return Duration.FromTicks(total);
    }

    /// <summary>Returns an enumerator over the intervals in ascending order; it does not allocate.</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new(this);

    /// <inheritdoc/>
    IEnumerator<Interval> IEnumerable<Interval>.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Determines whether <paramref name="other"/> contains exactly the same instants.</summary>
    /// <param name="other">The other set.</param>
    /// <returns><see langword="true"/> when both sets hold the same intervals.</returns>
    public bool Equals(IntervalSet? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (_starts.AsSpan().SequenceEqual(other._starts) && _ends.AsSpan().SequenceEqual(other._ends)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is IntervalSet other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(_starts.Length);
        hash.AddBytes(MemoryMarshal.AsBytes(_starts.AsSpan()));
        hash.AddBytes(MemoryMarshal.AsBytes(_ends.AsSpan()));
        return hash.ToHashCode();
    }

    /// <summary>Determines whether two sets contain the same instants.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns><see langword="true"/> when both are null or both hold the same intervals.</returns>
    public static bool operator ==(IntervalSet? left, IntervalSet? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Determines whether two sets differ.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns><see langword="true"/> when exactly one is null or they hold different intervals.</returns>
    public static bool operator !=(IntervalSet? left, IntervalSet? right) => !(left == right);

    /// <summary>Lists the intervals in extended ISO-8601 form, such as <c>{2017-10-01T00:00:00Z/2017-10-02T00:00:00Z}</c>.</summary>
    /// <returns>The intervals between braces, separated by ", "; <c>{}</c> when empty. Independent of the current culture.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder("{");
        for (int i = 0; i < _starts.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            builder.Append(InstantPattern.ExtendedIso.Format(FromTicks(_starts[i])))
                .Append('/')
                .Append(InstantPattern.ExtendedIso.Format(FromTicks(_ends[i])));
        }

        return builder.Append('}').ToString();
    }

    private static Instant FromTicks(long ticks) => Instant.FromUnixTimeTicks(ticks);

    private static (long Start, long End) ToTicks(Interval interval, string paramName)
    {
        if (!interval.HasStart || !interval.HasEnd)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Each interval must have a start and an end; {interval} is open."),
                paramName);
        }

        return (interval.Start.ToUnixTimeTicks(), interval.End.ToUnixTimeTicks());
    }

    private static IntervalSet Create(long[] starts, long[] ends, int count)
    {
        if (count == 0)
        {
            return Empty;
        }

        if (count < starts.Length)
        {
            Array.Resize(ref starts, count);
            Array.Resize(ref ends, count);
        }

        return new IntervalSet(starts, ends);
    }

    private static IntervalSet SortAndMerge(long[] starts, long[] ends, int n)
    {
        if (n == 0)
        {
            return Empty;
        }

        TickSorter.Sort(starts.AsSpan(0, n), ends.AsSpan(0, n));
        int w = 0;
        long cs = starts[0], ce = ends[0];
        for (int i = 1; i < n; i++)
        {
            long s = starts[i];
            if (s <= ce)
            {
                long e = ends[i];
                if (e > ce)
                {
                    ce = e;
                }
            }
            else
            {
                starts[w] = cs;
                ends[w] = ce;
                w++;
                cs = s;
                ce = ends[i];
            }
        }

        starts[w] = cs;
        ends[w] = ce;
        return Create(starts, ends, w + 1);
    }

    /// <summary>Index of the first interval whose end is after <paramref name="ticks"/> (Count if none).</summary>
    private int FirstEndAfter(long ticks)
    {
        int lo = 0, hi = _ends.Length;
        while (lo < hi)
        {
            int mid = (int)((uint)(lo + hi) >> 1);
            if (_ends[mid] <= ticks)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Index of the first interval, from <paramref name="from"/>, whose start is at or after <paramref name="ticks"/> (Count if none).</summary>
    private int FirstStartAtOrAfter(long ticks, int from)
    {
        int lo = from, hi = _starts.Length;
        while (lo < hi)
        {
            int mid = (int)((uint)(lo + hi) >> 1);
            if (_starts[mid] < ticks)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static bool IsNormalized(long[] starts, long[] ends)
    {
        for (int i = 0; i < starts.Length; i++)
        {
            if (starts[i] >= ends[i] || (i > 0 && starts[i] <= ends[i - 1]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Enumerates the intervals of an <see cref="IntervalSet"/> in ascending order without allocating.</summary>
    public struct Enumerator : IEnumerator<Interval>
    {
        private readonly IntervalSet _set;
        private int _index;

        internal Enumerator(IntervalSet set)
        {
            _set = set;
            _index = -1;
        }

        /// <summary>Gets the interval at the current position.</summary>
        public readonly Interval Current => new(FromTicks(_set._starts[_index]), FromTicks(_set._ends[_index]));

        /// <inheritdoc/>
        readonly object IEnumerator.Current => Current;

        /// <summary>Advances to the next interval.</summary>
        /// <returns><see langword="true"/> when there is a current interval.</returns>
        public bool MoveNext() => ++_index < _set._starts.Length;

        /// <inheritdoc/>
        public void Reset() => _index = -1;

        /// <inheritdoc/>
        public readonly void Dispose()
        {
        }
    }
}
