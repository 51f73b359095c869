using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
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
}
