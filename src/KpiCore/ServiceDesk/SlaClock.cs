using KpiCore.Time;

namespace KpiCore.ServiceDesk;

/// <summary>SLA clock arithmetic on Unix nanoseconds over a working calendar, with on-hold intervals as non-working time.</summary>
/// <remarks>All instants are within <see cref="WorkingCalendar.SupportedRange"/>; on-hold arrays are sorted, merged and non-empty.</remarks>
internal static class SlaClock
{
    /// <summary>Working nanoseconds in [from, to).</summary>
    internal static long Working(WorkingCalendar calendar, long from, long to) =>
        calendar.WorkingTimeBetween(Call.FromNanos(from), Call.FromNanos(to)).ToInt64Nanoseconds();

    /// <summary>Working nanoseconds in [from, to) outside the holds (when <paramref name="holdsStopClock"/>); 0 when to &lt;= from.</summary>
    internal static long Used(WorkingCalendar calendar, long from, long to, long[] holdStarts, long[] holdEnds, bool holdsStopClock)
    {
        if (to <= from)
        {
            return 0;
        }

        long used = Working(calendar, from, to);
        if (holdsStopClock)
        {
            for (int i = 0; i < holdStarts.Length; i++)
            {
                long s = Math.Max(holdStarts[i], from);
                long e = Math.Min(holdEnds[i], to);
                if (e > s)
                {
                    used -= Working(calendar, s, e);
                }
            }
        }

        return used;
    }

    /// <summary>
    /// The first instant at which <paramref name="target"/> working nanoseconds have elapsed since <paramref name="from"/>,
    /// the holds (cut at <paramref name="holdLimit"/>) counting as non-working when <paramref name="holdsStopClock"/>.
    /// </summary>
    internal static long Breach(WorkingCalendar calendar, long from, long target, long[] holdStarts, long[] holdEnds, bool holdsStopClock, long holdLimit)
    {
        long t = from;
        long remaining = target;
        if (holdsStopClock)
        {
            for (int i = 0; i < holdStarts.Length; i++)
            {
                long s = Math.Max(holdStarts[i], t);
                long e = Math.Min(holdEnds[i], holdLimit);
                if (e <= s)
                {
                    continue;
                }

                long before = Working(calendar, t, s);
                if (before >= remaining)
                {
                    break;
                }

                remaining -= before;
                t = e;
            }
        }

        return Call.ToNanos(calendar.AddWorkingTime(Call.FromNanos(t), NodaTime.Duration.FromNanoseconds(remaining)));
    }
}
