using NodaTime;

namespace KpiCore.Time;

/// <summary>Queries and set operations: membership, union, intersection, difference, complement, clipping and measure.</summary>
public sealed partial class IntervalSet
{
    /// <summary>Determines whether <paramref name="instant"/> lies in one of the intervals.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns><see langword="true"/> when some interval has start &lt;= <paramref name="instant"/> &lt; end.</returns>
    /// <remarks>O(log n). Any instant is accepted: one outside the supported range is in no set.</remarks>
    public bool Contains(Instant instant)
    {
        if (!UnixNanos.InRange(instant))
        {
            return false;
        }

        long t = UnixNanos.From(instant);
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

            NanoIntervals.Append(outS, outE, ref w, s, e);
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
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="within"/> starts or ends outside the supported range, 1900-01-01T00:00:00Z to 2150-01-01T00:00:00Z.</exception>
    public IntervalSet Complement(Interval within)
    {
        (long ws, long we) = ToNanos(within, nameof(within));
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
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="window"/> starts or ends outside the supported range, 1900-01-01T00:00:00Z to 2150-01-01T00:00:00Z.</exception>
    public IntervalSet Clip(Interval window)
    {
        (long ws, long we) = ToNanos(window, nameof(window));
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
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="window"/> starts or ends outside the supported range, 1900-01-01T00:00:00Z to 2150-01-01T00:00:00Z.</exception>
    public Duration DurationWithin(Interval window)
    {
        (long ws, long we) = ToNanos(window, nameof(window));
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

        return Duration.FromNanoseconds(total);
    }
}
