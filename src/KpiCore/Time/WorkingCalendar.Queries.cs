using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using NodaTime;
using NodaTime.HighPerformance;

namespace KpiCore.Time;

/// <summary>Queries on instants: working time between, add working time, working or not, next working instant.</summary>
public sealed partial class WorkingCalendar
{
    /// <summary>Measures the working time from <paramref name="start"/> to <paramref name="end"/>: the real elapsed time of [start, end) that falls inside working intervals.</summary>
    /// <param name="start">The start, included; within <see cref="SupportedRange"/>.</param>
    /// <param name="end">The end, excluded; within <see cref="SupportedRange"/> and not before <paramref name="start"/>.</param>
    /// <returns>The working time, from zero to <c>end - start</c>; zero when both are equal. Additive: between(a, b) + between(b, c) = between(a, c).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> or <paramref name="end"/> is outside <see cref="SupportedRange"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="start"/> is later than <paramref name="end"/>.</exception>
    public Duration WorkingTimeBetween(Instant start, Instant end)
    {
        long a = UnixNanos.Checked(start, nameof(start));
        long b = UnixNanos.Checked(end, nameof(end));
        if (a > b)
        {
            ThrowStartAfterEnd(start, end);
        }

        return Duration.FromNanoseconds(WorkingNanosBetween(a, b));
    }

    /// <summary>Finds the instant at which <paramref name="workingTime"/> of working time has elapsed since <paramref name="start"/>: the breach instant of an SLA clock started at <paramref name="start"/>.</summary>
    /// <param name="start">When the clock starts; within <see cref="SupportedRange"/>. Outside working hours the clock effectively starts at the next working instant.</param>
    /// <param name="workingTime">The working time to add; zero or positive.</param>
    /// <returns>
    /// The earliest instant <c>t</c> with <c>WorkingTimeBetween(start, t) == workingTime</c>. So a result that falls
    /// exactly at the end of a working interval is that end (18:00), not the start of the next interval (08:00 the
    /// next working day). Adding zero returns <paramref name="start"/> itself, even outside working hours, as an SLA
    /// clock with a zero target is due the moment it starts (ServiceNow behaves the same way).
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="start"/> is outside <see cref="SupportedRange"/>; <paramref name="workingTime"/> is negative, or
    /// so large that the result would lie beyond <see cref="SupportedRange"/> (for example any positive amount on a
    /// calendar with no working hours).
    /// </exception>
    public Instant AddWorkingTime(Instant start, Duration workingTime)
    {
        long a = UnixNanos.Checked(start, nameof(start));
        if (workingTime < Duration.Zero || workingTime > UnixNanos.MaxSpan)
        {
            ThrowInvalidWorkingTime(workingTime);
        }

        if (workingTime == Duration.Zero)
        {
            return start;
        }

        long result = AddWorkingNanos(a, Duration64.FromDuration(workingTime).TotalNanoseconds);
        if (result > UnixNanos.Max)
        {
            ThrowNoWorkingTimeLeft(workingTime);
        }

        return UnixNanos.ToInstant(result);
    }

    /// <summary>
    /// Measures the working time from <paramref name="start"/> to <paramref name="end"/>, as
    /// <see cref="WorkingTimeBetween(Instant, Instant)"/> does, on NodaTime's compact 64-bit nanosecond types.
    /// </summary>
    /// <param name="start">The start, included; within <see cref="SupportedRange"/>.</param>
    /// <param name="end">The end, excluded; within <see cref="SupportedRange"/> and not before <paramref name="start"/>.</param>
    /// <returns>The working time; the same value as the <see cref="Instant"/> overload gives for the same instants.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> or <paramref name="end"/> is outside <see cref="SupportedRange"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="start"/> is later than <paramref name="end"/>.</exception>
    /// <remarks>
    /// Internal: no caller of the library needs it (the host and the calculators use the <see cref="Instant"/> overloads
    /// or the Unix-nanosecond internals); the tests and benchmarks use it to measure the query without the
    /// <see cref="Instant"/> conversions. Results are identical to the <see cref="Instant"/> overload.
    /// </remarks>
    internal Duration64 WorkingTimeBetween(Instant64 start, Instant64 end)
    {
        long a = UnixNanos.Checked(start, nameof(start));
        long b = UnixNanos.Checked(end, nameof(end));
        if (a > b)
        {
            ThrowStartAfterEnd(start.ToInstant(), end.ToInstant());
        }

        return Duration64.FromNanoseconds(WorkingNanosBetween(a, b));
    }

    /// <summary>
    /// Finds the instant at which <paramref name="workingTime"/> of working time has elapsed since
    /// <paramref name="start"/>, as <see cref="AddWorkingTime(Instant, Duration)"/> does, on NodaTime's compact 64-bit
    /// nanosecond types.
    /// </summary>
    /// <param name="start">When the clock starts; within <see cref="SupportedRange"/>.</param>
    /// <param name="workingTime">The working time to add; zero or positive.</param>
    /// <returns>The breach instant; the same value as the <see cref="Instant"/> overload gives.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="start"/> is outside <see cref="SupportedRange"/>; <paramref name="workingTime"/> is negative or
    /// the result would lie beyond <see cref="SupportedRange"/>.
    /// </exception>
    /// <remarks>Internal, as <see cref="WorkingTimeBetween(Instant64, Instant64)"/> is.</remarks>
    internal Instant64 AddWorkingTime(Instant64 start, Duration64 workingTime) =>
        Instant64.FromUnixTimeNanoseconds(AddWorkingNanosChecked(UnixNanos.Checked(start, nameof(start)), workingTime.TotalNanoseconds));

    /// <summary>Returns a value indicating whether <paramref name="instant"/> is inside a working interval.</summary>
    /// <param name="instant">The instant; within <see cref="SupportedRange"/>.</param>
    /// <returns><see langword="true"/> when a working interval contains it (starts included, ends excluded).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="instant"/> is outside <see cref="SupportedRange"/>.</exception>
    public bool IsWorkingAt(Instant instant)
    {
        long n = UnixNanos.Checked(instant, nameof(instant));
        Chunk chunk = Locate(n, out _, out int k);
        return chunk.Spans[k].Start <= n; // the sentinel starts at the end of the block, after n
    }

    /// <summary>Finds the first working instant at or after <paramref name="instant"/>: the instant itself if it is working, otherwise the start of the next working interval.</summary>
    /// <param name="instant">The instant; within <see cref="SupportedRange"/>.</param>
    /// <returns>The next working instant.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="instant"/> is outside <see cref="SupportedRange"/>, or no working instant follows it within that range.</exception>
    public Instant NextWorkingInstant(Instant instant)
    {
        long n = UnixNanos.Checked(instant, nameof(instant));
        Chunk chunk = Locate(n, out int c, out int k);
        while (k >= chunk.Count)
        {
            if (++c >= ChunkCount)
            {
                throw OutOfRange(nameof(instant), instant);
            }

            chunk = GetChunk(c);
            k = 0;
        }

        long next = Math.Max(n, chunk.Spans[k].Start);
        return next <= UnixNanos.Max ? UnixNanos.ToInstant(next) : throw OutOfRange(nameof(instant), instant);
    }

    /// <summary>Working nanoseconds in [a, b) for supported Unix nanoseconds a &lt;= b (unchecked: callers have checked the range and order).</summary>
    /// <remarks>The fast path for the SLA clocks, which keep instants as Unix nanoseconds: no conversions to and from <see cref="Instant"/> and <see cref="Duration"/>.</remarks>
    internal long WorkingNanosBetween(long a, long b)
    {
        Chunk chunkA = Locate(a, out int ca, out int spanA);
        Chunk chunkB = Locate(b, out int cb, out int spanB);
        long cumulativeA = CumulativeAt(chunkA, spanA, a);
        long cumulativeB = CumulativeAt(chunkB, spanB, b);
        if (ca == cb)
        {
            return unchecked(cumulativeB - cumulativeA);
        }

        long total = chunkA.Total - cumulativeA + cumulativeB;
        for (int c = ca + 1; c < cb; c++)
        {
            total += GetChunk(c).Total;
        }

        return total;
    }

    /// <summary>
    /// <see cref="WorkingTimeBetween(Instant, Instant)"/> on Unix nanoseconds <paramref name="start"/> &lt;= <paramref name="end"/>:
    /// the fast path for callers that hold nanoseconds (interval sets), with the same range checks and exceptions.
    /// </summary>
    internal long WorkingNanosBetweenChecked(long start, long end)
    {
        if (start < UnixNanos.Min || end > UnixNanos.Max || start > end)
        {
            return WorkingTimeBetween(UnixNanos.ToInstant(start), UnixNanos.ToInstant(end)).ToInt64Nanoseconds(); // throws as documented
        }

        return WorkingNanosBetween(start, end);
    }

    /// <summary>
    /// <see cref="AddWorkingTime(Instant, Duration)"/> on Unix nanoseconds: <paramref name="start"/> is supported (unchecked),
    /// <paramref name="workingTime"/> (in nanoseconds) is checked as there, with the same exceptions.
    /// </summary>
    internal long AddWorkingNanosChecked(long start, long workingTime)
    {
        if (workingTime < 0 || workingTime > UnixNanos.MaxSpanNanos)
        {
            ThrowInvalidWorkingTime(Duration.FromNanoseconds(workingTime));
        }

        if (workingTime == 0)
        {
            return start;
        }

        long result = AddWorkingNanos(start, workingTime);
        if (result > UnixNanos.Max)
        {
            ThrowNoWorkingTimeLeft(Duration.FromNanoseconds(workingTime));
        }

        return result;
    }

    /// <summary>The instant (Unix nanoseconds) at which <paramref name="workingNanos"/> &gt; 0 of working time has elapsed since <paramref name="a"/>; beyond the tables → long.MaxValue.</summary>
    private long AddWorkingNanos(long a, long workingNanos)
    {
        Chunk chunk = Locate(a, out int c, out int k);
        long target = CumulativeAt(chunk, k, a) + workingNanos;
        while (target > chunk.Total)
        {
            target -= chunk.Total;
            if (++c >= ChunkCount)
            {
                return long.MaxValue;
            }

            chunk = GetChunk(c);
            k = 0;
        }

        // The answer is the last interval whose running total at its start is below the target (k qualifies,
        // since 0 < target - cumulative(a) and cumulative(a) >= its start total). Guess from the average
        // interval length, then step; fall back to a binary search if the guess is far off.
        Span[] spans = chunk.Spans;
        int guess = k + (int)((target - spans[k].CumulativeStart) * chunk.SpansPerNanosecond);
        guess = Math.Min(guess, chunk.Count - 1);
        int low = k;
        int high = chunk.Count - 1;
        if (spans[guess].CumulativeStart < target)
        {
            low = guess;
        }
        else
        {
            high = guess - 1;
        }

        for (int steps = 0; steps < 4 && low < high; steps++)
        {
            if (spans[low + 1].CumulativeStart < target)
            {
                low++;
            }
            else
            {
                high = low;
            }

            if (low < high && spans[high].CumulativeStart >= target)
            {
                high--;
            }
        }

        while (low < high)
        {
            int mid = (int)((uint)(low + high + 1) >> 1);
            if (spans[mid].CumulativeStart < target)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        ref readonly Span span = ref spans[low];
        return span.Start + (target - span.CumulativeStart);
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowInvalidWorkingTime(Duration workingTime) =>
        throw new ArgumentOutOfRangeException(nameof(workingTime), workingTime, "Value must be zero or positive and no longer than WorkingCalendar.SupportedRange.");

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowNoWorkingTimeLeft(Duration workingTime) => throw OutOfRange(nameof(workingTime), workingTime);

    private static ArgumentOutOfRangeException OutOfRange(string paramName, object value) =>
        new(paramName, value, "No working time is left before the end of WorkingCalendar.SupportedRange.");

    /// <summary>Gets the dates with special hours and their hours, by date, for serialisation (closed dates aside).</summary>
    internal IEnumerable<KeyValuePair<LocalDate, LocalTimeRange[]>> SpecialHours => _specialHours.OrderBy(pair => pair.Key);
}
