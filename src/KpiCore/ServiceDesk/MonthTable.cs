using System.Runtime.CompilerServices;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.ServiceDesk;

/// <summary>
/// The bounds of consecutive calendar months in one zone as <see cref="UnixNanos"/>, growing at either end: maps an
/// instant to its month with a search of the bounds, converting through the zone only for a month not held yet.
/// </summary>
/// <remarks>Months are numbered <c>year * 12 + month - 1</c> (<see cref="Number"/>), so consecutive months have consecutive numbers.</remarks>
internal sealed class MonthTable(DateTimeZone zone)
{
    private long[] _starts = new long[16]; // _starts[i]: the start of month _first + i; the last one held is the end of the last month
    private int _first;
    private int _count; // months held + 1, or 0 when none

    /// <summary>The number of a month.</summary>
    internal static int Number(YearMonth month) => (month.Year * 12) + month.Month - 1;

    /// <summary>The month of a number.</summary>
    internal static YearMonth Month(int number) => new(number / 12, (number % 12) + 1);

    /// <summary>The number of the month <paramref name="nanos"/> falls in, and that month's bounds (end exclusive).</summary>
    internal int Find(long nanos, out long start, out long end)
    {
        if (_count == 0 || nanos < _starts[0] || nanos >= _starts[_count - 1])
        {
            Extend(nanos);
        }

        int lo = 0, hi = _count - 2; // the last start with _starts[i] <= nanos
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >> 1;
            if (_starts[mid] <= nanos)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        start = _starts[lo];
        end = _starts[lo + 1];
        return _first + lo;
    }

    /// <summary>Adds the months from the held ones to the month of <paramref name="nanos"/> (the only zone conversion).</summary>
    private void Extend(long nanos)
    {
        int month = Number(UnixNanos.ToInstant(nanos).InZone(zone).Date.ToYearMonth());
        if (_count == 0)
        {
            _first = month;
            _starts[0] = StartOf(month);
            _starts[1] = StartOf(month + 1);
            _count = 2;
            return;
        }

        if (month < _first)
        {
            int add = _first - month;
            var starts = new long[Math.Max(_starts.Length, _count + add) * 2];
            Array.Copy(_starts, 0, starts, add, _count);
            for (int i = 0; i < add; i++)
            {
                starts[i] = StartOf(month + i);
            }

            _starts = starts;
            _first = month;
            _count += add;
            return;
        }

        int next = _first + _count - 1; // the first month not held
        if (_count + month - next + 1 > _starts.Length)
        {
            Array.Resize(ref _starts, (_count + month - next + 1) * 2);
        }

        for (int m = next; m <= month; m++)
        {
            _starts[_count++] = StartOf(m + 1);
        }
    }

    private long StartOf(int number) => UnixNanos.From(ReportingPeriod.Month(Month(number), zone).Start);

    /// <summary>The last month an instant fell in, so that instants of one month (sorted exports) need no search.</summary>
    internal struct Cache
    {
        private long _start;
        private long _end;
        private int _month;

        /// <summary>The number of the month <paramref name="nanos"/> falls in.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal int Of(long nanos, MonthTable table) => nanos >= _start && nanos < _end ? _month : Miss(nanos, table);

        private int Miss(long nanos, MonthTable table)
        {
            _month = table.Find(nanos, out _start, out _end);
            return _month;
        }
    }
}
