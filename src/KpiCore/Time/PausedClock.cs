using System.Runtime.CompilerServices;

namespace KpiCore.Time;

/// <summary>
/// A clock that runs in a working calendar's working time and stops during pauses: the rule behind an SLA clock with
/// on-hold time, on Unix nanoseconds (see <see cref="UnixNanos"/>).
/// </summary>
/// <remarks>
/// Every instant is within the supported range; the pauses are normalised (sorted, disjoint, non-empty, see
/// <see cref="NanoIntervals"/>). A pause counts only for the working time it covers: a pause over a weekend stops
/// nothing on a Monday-Friday calendar.
/// </remarks>
internal static class PausedClock
{
    /// <summary>Working nanoseconds in [<paramref name="from"/>, <paramref name="to"/>), and the part of them inside the pauses; both 0 when <paramref name="to"/> &lt;= <paramref name="from"/>.</summary>
    /// <returns>The working time outside the pauses: <paramref name="working"/> - <paramref name="paused"/>.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static long Elapsed(
        WorkingCalendar calendar, long from, long to, ReadOnlySpan<long> pauseStarts, ReadOnlySpan<long> pauseEnds, out long working, out long paused)
    {
        working = 0;
        paused = 0;
        if (to <= from)
        {
            return 0;
        }

        working = calendar.WorkingNanosBetween(from, to);
        for (int i = 0; i < pauseStarts.Length; i++)
        {
            long s = Math.Max(pauseStarts[i], from);
            long e = Math.Min(pauseEnds[i], to);
            if (e > s)
            {
                paused += calendar.WorkingNanosBetween(s, e);
            }
        }

        return working - paused;
    }

    /// <summary>
    /// The first instant at which <paramref name="amount"/> working nanoseconds outside the pauses have elapsed since
    /// <paramref name="from"/>, the pauses cut at <paramref name="pauseLimit"/> (pauses are known only up to the end of
    /// the measured span).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The instant would lie beyond the supported range.</exception>
    internal static long ReachedAt(
        WorkingCalendar calendar, long from, long amount, ReadOnlySpan<long> pauseStarts, ReadOnlySpan<long> pauseEnds, long pauseLimit)
    {
        long t = from;
        long remaining = amount;
        for (int i = 0; i < pauseStarts.Length; i++)
        {
            long s = Math.Max(pauseStarts[i], t);
            long e = Math.Min(pauseEnds[i], pauseLimit);
            if (e <= s)
            {
                continue;
            }

            long before = calendar.WorkingNanosBetween(t, s);
            if (before >= remaining)
            {
                break;
            }

            remaining -= before;
            t = e;
        }

        return calendar.AddWorkingNanosChecked(t, remaining);
    }
}
