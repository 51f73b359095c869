using KpiCore.ServiceDesk;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Sample.Pack;

// The store's month helpers: the last month an instant fell in, and one month's accumulator.
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

    /// <summary>One month's accumulator, the number of calls given to it, and where its suspects came from.</summary>
    private sealed class MonthSlot(CallMonthStore store, YearMonth month)
    {
        private readonly ReportingPeriod _period = ReportingPeriod.Month(month, store._zone);
        private int _fed = store._positionBase;

        internal ServiceDeskAccumulator Accumulator { get; } = new(store._policy, ReportingPeriod.Month(month, store._zone), Options, store._positionBase);

        /// <summary>Gets, per position in this month of a suspect call, its index and line.</summary>
        internal Dictionary<int, (long Index, string File, int Line)> Suspects { get; } = [];

        internal void Feed(Call call, long index, bool suspect, string? file = null, int line = 0)
        {
            if (suspect && file is not null)
            {
                Suspects[_fed] = (index, file, line);
            }

            _fed++;
            Accumulator.Add(call);
        }

        /// <summary>Makes an organisation appear in the month with nothing counted: a problem record logged at the month's end.</summary>
        internal void Presence(string organisation) =>
            Feed(new Call(SyntheticId, organisation, default, CallType.Problem, _period.End), -1, false);
    }
}
