using NodaTime;

namespace KpiCore.Time;

/// <summary>Working intervals as an <see cref="IntervalSet"/>, and working time in a <see cref="ReportingPeriod"/>.</summary>
public sealed partial class WorkingCalendar
{
    /// <summary>Gets the working intervals that lie within <paramref name="window"/>, cut to it.</summary>
    /// <param name="window">The window; it must have a start and an end, both within <see cref="SupportedRange"/>.</param>
    /// <returns>
    /// The working time in the window as a normalised set: intervals that touch (an overnight shift across midnight)
    /// are joined. Its <see cref="IntervalSet.TotalDuration"/> equals
    /// <see cref="WorkingTimeBetween(Instant, Instant)"/> over the window exactly (both hold nanoseconds).
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="window"/> has no start or no end, or reaches outside <see cref="SupportedRange"/>.</exception>
    public IntervalSet WorkingIntervals(Interval window)
    {
        if (!window.HasStart || !window.HasEnd)
        {
            throw new ArgumentOutOfRangeException(nameof(window), window, "The window must have a start and an end.");
        }

        long a = UnixNanos.Checked(window.Start, nameof(window));
        long b = UnixNanos.Checked(window.End, nameof(window));
        long[] starts = new long[16];
        long[] ends = new long[16];
        int count = 0;
        if (a < b)
        {
            Chunk chunk = Locate(a, out int c, out int k);
            while (true)
            {
                Span[] spans = chunk.Spans;
                for (; k < chunk.Count && spans[k].Start < b; k++)
                {
                    long start = Math.Max(spans[k].Start, a);
                    long end = Math.Min(spans[k].End, b);
                    if (end <= start)
                    {
                        continue;
                    }

                    if (count == starts.Length)
                    {
                        Array.Resize(ref starts, checked(count * 2));
                        Array.Resize(ref ends, starts.Length);
                    }

                    NanoIntervals.Append(starts, ends, ref count, start, end);
                }

                if (k < chunk.Count || ++c >= ChunkCount)
                {
                    break;
                }

                chunk = GetChunk(c);
                if (chunk.Start >= b)
                {
                    break;
                }

                k = 0;
            }
        }

        return IntervalSet.FromNormalizedNanos(starts[..count], ends[..count]);
    }

    /// <summary>Measures the working time in a reporting period, such as the service hours in a month.</summary>
    /// <param name="period">The period; its instants are used as they are, even if its zone differs from <see cref="Zone"/>.</param>
    /// <returns>The same as <see cref="WorkingTimeBetween(Instant, Instant)"/> from the period's start to its end: for a 24x7 calendar the real length of the period (October 2017 in London is 745 hours).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The period reaches outside <see cref="SupportedRange"/>.</exception>
    public Duration WorkingTimeIn(ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        long a = UnixNanos.Checked(period.Start, nameof(period));
        long b = UnixNanos.Checked(period.End, nameof(period));
        return Duration.FromNanoseconds(WorkingNanosBetween(a, b));
    }
}
