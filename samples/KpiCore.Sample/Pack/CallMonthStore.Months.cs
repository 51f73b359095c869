using NodaTime;

namespace KpiCore.Sample.Pack;

// The store's month helper: the last month an instant fell in.
internal sealed partial class CallMonthStore
{
    /// <summary>The last month an instant fell in, with its bounds, so that instants of one month (sorted exports) need no time-zone conversion each.</summary>
    private struct MonthSpan
    {
        private Instant _start;
        private Instant _end;
        private YearMonth _month;

        internal YearMonth Of(Instant instant, DateTimeZone zone)
        {
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
