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
/// Instants are held exactly, as nanoseconds since the Unix epoch (NodaTime's own precision), in two arrays: nothing is
/// truncated or rounded, so an interval of one nanosecond is kept and measured as one nanosecond.
/// </para>
/// <para>
/// Supported range: every instant that builds or clips a set (the intervals given to <see cref="FromInterval"/> and
/// <see cref="FromIntervals(IEnumerable{Interval})"/>, the windows of <see cref="Complement"/>, <see cref="Clip"/> and
/// <see cref="DurationWithin"/>) must lie within 1900-01-01T00:00:00Z to 2150-01-01T00:00:00Z, both included, the
/// library's one supported range (the same as <see cref="WorkingCalendar.SupportedRange"/>); an instant outside it is
/// rejected with <see cref="ArgumentOutOfRangeException"/>, whose message names the range, as the calendar's does.
/// <see cref="Contains"/> accepts any instant (one outside the range is in no set).
/// </para>
/// <para>
/// Instances are immutable and safe to share between threads. Set operations (<see cref="Union"/>,
/// <see cref="Intersect"/>, <see cref="Except"/>) are linear merges, O(n + m); <see cref="Contains"/> is O(log n);
/// <see cref="Clip"/> is O(log n + k); <see cref="DurationWithin"/> is O(log n) and does not allocate after its first call.
/// Two sets are equal when they contain the same instants, which for normalised sets means the same intervals.
/// </para>
/// </remarks>
[DebuggerDisplay("Count = {Count}")]
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public sealed partial class IntervalSet : IReadOnlyList<Interval>, IEquatable<IntervalSet>
{
    private static readonly long[] NoNanos = [];

    private readonly long[] _starts;
    private readonly long[] _ends;

    // Cumulative durations: _prefix[i] = sum of (end - start) over intervals [0, i). Built on first use.
    private long[]? _prefix;

    private IntervalSet(long[] starts, long[] ends)
    {
        Debug.Assert(starts.Length == ends.Length, "Start and end arrays must have the same length.");
        Debug.Assert(IsNormalized(starts, ends), "The nanoseconds must be normalised.");
        _starts = starts;
        _ends = ends;
    }

    /// <summary>Gets the empty set.</summary>
    public static IntervalSet Empty { get; } = new(NoNanos, NoNanos);

    /// <summary>Gets the number of disjoint intervals in the set.</summary>
    public int Count => _starts.Length;

    /// <summary>Gets a value indicating whether the set contains no instant.</summary>
    public bool IsEmpty => _starts.Length == 0;

    /// <summary>Gets the intervals of the set, in ascending order.</summary>
    /// <remarks>Returns this instance; it does not copy.</remarks>
    public IReadOnlyList<Interval> Intervals => this;

    /// <summary>Gets the total length of the set: the sum of the lengths of its intervals.</summary>
    /// <remarks>Overlapping input intervals were merged when the set was built, so overlaps count once.</remarks>
    public Duration TotalDuration => Duration.FromNanoseconds(Prefix[^1]);

    /// <summary>Gets the smallest interval that contains the whole set (its hull), or <see langword="null"/> when the set is empty.</summary>
    public Interval? Span => IsEmpty ? null : new Interval(UnixNanos.ToInstant(_starts[0]), UnixNanos.ToInstant(_ends[^1]));

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
            return new Interval(UnixNanos.ToInstant(_starts[index]), UnixNanos.ToInstant(_ends[index]));
        }
    }

    /// <summary>Gets the starts of the intervals in Unix nanoseconds (<see cref="UnixNanos"/>), ascending. For calculators that work on nanoseconds.</summary>
    internal ReadOnlySpan<long> StartNanos => _starts;

    /// <summary>Gets the ends (exclusive) of the intervals in Unix nanoseconds, ascending.</summary>
    internal ReadOnlySpan<long> EndNanos => _ends;

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

            builder.Append(InstantPattern.ExtendedIso.Format(UnixNanos.ToInstant(_starts[i])))
                .Append('/')
                .Append(InstantPattern.ExtendedIso.Format(UnixNanos.ToInstant(_ends[i])));
        }

        return builder.Append('}').ToString();
    }

    /// <summary>Converts a closed interval within the supported range to Unix nanoseconds.</summary>
    /// <exception cref="ArgumentException">The interval has no start or no end.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The interval's start or end lies outside the supported range.</exception>
    private static (long Start, long End) ToNanos(Interval interval, string paramName)
    {
        if (!interval.HasStart || !interval.HasEnd)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Each interval must have a start and an end; {interval} is open."),
                paramName);
        }

        return (UnixNanos.Checked(interval.Start, paramName), UnixNanos.Checked(interval.End, paramName));
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

    /// <summary>Index of the first interval whose end is after <paramref name="nanos"/> (Count if none).</summary>
    private int FirstEndAfter(long nanos)
    {
        int lo = 0, hi = _ends.Length;
        while (lo < hi)
        {
            int mid = (int)((uint)(lo + hi) >> 1);
            if (_ends[mid] <= nanos)
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

    /// <summary>Index of the first interval, from <paramref name="from"/>, whose start is at or after <paramref name="nanos"/> (Count if none).</summary>
    private int FirstStartAtOrAfter(long nanos, int from)
    {
        int lo = from, hi = _starts.Length;
        while (lo < hi)
        {
            int mid = (int)((uint)(lo + hi) >> 1);
            if (_starts[mid] < nanos)
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
