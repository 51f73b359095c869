using NodaTime;

namespace KpiCore.Sample.Pack;

// The store's month helper: the last month an instant fell in.
internal sealed partial class CallMonthStore
{
    private const long NotResolved = (1L << 20) - 1;

    /// <summary>A call's (logged month, resolved month) as one number, a cheap dictionary key: each month as (year + 10,000) * 12 + month - 1, not negative and below 2^18 for every year NodaTime has (-9998 to 9999).</summary>
    internal static long LifeKey(YearMonth logged, YearMonth? resolved) =>
        ((long)Number(logged) << 20) | (resolved is YearMonth r ? Number(r) : NotResolved);

    /// <summary>The months of a <see cref="LifeKey"/>.</summary>
    internal static (YearMonth Logged, YearMonth? Resolved) Life(long key)
    {
        long resolved = key & NotResolved;
        return (Month((int)(key >> 20)), resolved == NotResolved ? null : Month((int)resolved));
    }

    private static int Number(YearMonth month) => ((month.Year + 10_000) * 12) + month.Month - 1;

    private static YearMonth Month(int number) => new((number / 12) - 10_000, (number % 12) + 1);

    /// <summary>
    /// The last two months instants fell in, with their bounds, so that instants of one month (sorted exports), or of
    /// two neighbouring months in turn (resolved instants near a month's end), need no time-zone conversion each.
    /// </summary>
    internal struct MonthSpan
    {
        private Instant _start;
        private Instant _end;
        private YearMonth _month;
        private Instant _otherStart;
        private Instant _otherEnd;
        private YearMonth _other;

        internal YearMonth Of(Instant instant, DateTimeZone zone)
        {
            if (instant >= _start && instant < _end)
            {
                return _month;
            }

            // Swap: the month last used is first, the one before it second.
            (_start, _otherStart) = (_otherStart, _start);
            (_end, _otherEnd) = (_otherEnd, _end);
            (_month, _other) = (_other, _month);
            if (instant < _start || instant >= _end)
            {
                _month = PackMonths.YearMonthOf(instant, zone);
                _start = zone.AtStartOfDay(_month.OnDayOfMonth(1)).ToInstant();
                _end = zone.AtStartOfDay(_month.PlusMonths(1).OnDayOfMonth(1)).ToInstant();
            }

            return _month;
        }
    }
}
