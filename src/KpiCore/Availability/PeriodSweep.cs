using KpiCore.Time;

namespace KpiCore.Availability;

/// <summary>
/// Measures interval sets against the calculation's periods: one forward pass over a set's pieces and the ascending,
/// disjoint periods, adding each piece's service time (elapsed, or working time in service hours) to its periods.
/// </summary>
/// <remarks>Periods are half-open ranges [start, end) of Unix nanoseconds, their ends cut at the as-of instant (a period after it is empty).</remarks>
internal sealed class PeriodSweep
{
    private readonly long[] _periodStarts;
    private readonly long[] _periodEnds;

    /// <summary>Creates a sweep over the periods [<paramref name="periodStarts"/>[j], <paramref name="periodEnds"/>[j]) in Unix nanoseconds.</summary>
    /// <param name="periodStarts">The periods' starts, ascending.</param>
    /// <param name="periodEnds">The periods' ends (at most the as-of instant), each at most the next period's start.</param>
    internal PeriodSweep(long[] periodStarts, long[] periodEnds)
    {
        _periodStarts = periodStarts;
        _periodEnds = periodEnds;
    }

    /// <summary>
    /// Adds the service time of <paramref name="set"/> inside each period to <paramref name="perPeriod"/> (nanoseconds);
    /// with <paramref name="episodes"/>, also counts each non-empty piece as an outage (count, longest, total).
    /// </summary>
    internal void Sweep(IntervalSet set, WorkingCalendar? hours, long[] perPeriod, PeriodTotals? episodes)
    {
        ReadOnlySpan<long> starts = set.StartNanos;
        ReadOnlySpan<long> ends = set.EndNanos;
        long[] ps = _periodStarts;
        long[] pe = _periodEnds;
        int j = 0;
        for (int i = 0; i < starts.Length; i++)
        {
            long s = starts[i];
            long e = ends[i];
            while (j < ps.Length && pe[j] <= s)
            {
                j++;
            }

            for (int k = j; k < ps.Length && ps[k] < e; k++)
            {
                long lo = Math.Max(s, ps[k]);
                long hi = Math.Min(e, pe[k]);
                if (lo >= hi)
                {
                    continue;
                }

                long nanos = hours is null
                    ? hi - lo
                    : hours.WorkingNanosBetweenChecked(lo, hi);
                perPeriod[k] += nanos;
                if (episodes is not null && nanos > 0)
                {
                    episodes.Count[k]++;
                    episodes.Total[k] += nanos;
                    episodes.Longest[k] = Math.Max(episodes.Longest[k], nanos);
                }
            }
        }
    }
}
