using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using KpiCore.Time;
using NodaTime;
using NodaTime.HighPerformance;

namespace KpiCore.Benchmarks.Time;

/// <summary>
/// WorkingCalendar on 1M random (start, span) pairs: starts uniform over 2015-2027, spans log-uniform from 1 minute to
/// 60 days, Mon-Fri 08:00-18:00 Europe/London with bank holidays. Each figure is per pair. The baselines walk date by
/// date with NodaTime (convert each date's hours with AtLeniently and intersect), on the first 50,000 pairs.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class WorkingCalendarBenchmarks
{
    private const int Pairs = 1_000_000;
    private const int BaselinePairs = 50_000;

    private static readonly LocalTime Open = new(8, 0);
    private static readonly LocalTime Close = new(18, 0);

    private readonly DateTimeZone _zone = DateTimeZoneProviders.Tzdb["Europe/London"];
    private WorkingCalendar _calendar = null!;
    private HashSet<LocalDate> _holidays = null!;
    private Instant[] _starts = null!;
    private Instant[] _ends = null!;
    private Duration[] _spans = null!;
    private Instant64[] _starts64 = null!;
    private Instant64[] _ends64 = null!;
    private Duration64[] _spans64 = null!;

    /// <summary>Builds the calendar and the pairs, and warms the calendar's tables.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _holidays = [];
        for (int year = 2014; year <= 2028; year++)
        {
            // New Year, early May, late August, Christmas and Boxing Day (unsubstituted; enough for a realistic load).
            _holidays.Add(new LocalDate(year, 1, 1));
            _holidays.Add(new LocalDate(year, 5, 1).With(DateAdjusters.NextOrSame(IsoDayOfWeek.Monday)));
            _holidays.Add(new LocalDate(year, 8, 31).With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday)));
            _holidays.Add(new LocalDate(year, 12, 25));
            _holidays.Add(new LocalDate(year, 12, 26));
        }

        _calendar = WorkingCalendar.Create(_zone)
            .WithHours(IsoDayOfWeek.Monday, IsoDayOfWeek.Friday, Open, Close)
            .WithClosedDates(_holidays);

        var random = new Random(42);
        Instant from = Instant.FromUtc(2015, 1, 1, 0, 0);
        long window = (Instant.FromUtc(2027, 1, 1, 0, 0) - from).BclCompatibleTicks / 10_000_000; // seconds
        _starts = new Instant[Pairs];
        _ends = new Instant[Pairs];
        _spans = new Duration[Pairs];
        for (int i = 0; i < Pairs; i++)
        {
            _starts[i] = from + Duration.FromSeconds(random.NextInt64(window));
            double minutes = Math.Exp(random.NextDouble() * Math.Log(60.0 * 24 * 60)); // 1 minute .. 60 days
            _spans[i] = Duration.FromSeconds(Math.Round(minutes * 60));
            _ends[i] = _starts[i] + _spans[i];
        }

        _starts64 = Array.ConvertAll(_starts, Instant64.FromInstant);
        _ends64 = Array.ConvertAll(_ends, Instant64.FromInstant);
        _spans64 = Array.ConvertAll(_spans, Duration64.FromDuration);

        WorkingTimeBetween();
        AddWorkingTime();
        WorkingTimeBetween64();
        AddWorkingTime64();
        for (int i = 0; i < 2_000; i++)
        {
            if (NaiveBetween(_starts[i], _ends[i]) != _calendar.WorkingTimeBetween(_starts[i], _ends[i])
                || NaiveAdd(_starts[i], _spans[i]) != _calendar.AddWorkingTime(_starts[i], _spans[i]))
            {
                throw new InvalidOperationException($"Baseline and calendar disagree on pair {i}.");
            }

            if (_calendar.WorkingTimeBetween(_starts64[i], _ends64[i]).ToDuration() != _calendar.WorkingTimeBetween(_starts[i], _ends[i])
                || _calendar.AddWorkingTime(_starts64[i], _spans64[i]).ToInstant() != _calendar.AddWorkingTime(_starts[i], _spans[i]))
            {
                throw new InvalidOperationException($"The Instant and Instant64 overloads disagree on pair {i}.");
            }
        }
    }

    /// <summary>Day-by-day NodaTime working time, per pair.</summary>
    [BenchmarkCategory("WorkingTimeBetween")]
    [Benchmark(Baseline = true, OperationsPerInvoke = BaselinePairs)]
    public long WorkingTimeBetweenDayByDay()
    {
        long sum = 0;
        for (int i = 0; i < BaselinePairs; i++)
        {
            sum += NaiveBetween(_starts[i], _ends[i]).BclCompatibleTicks;
        }

        return sum;
    }

    /// <summary>WorkingCalendar.WorkingTimeBetween, per pair.</summary>
    [BenchmarkCategory("WorkingTimeBetween")]
    [Benchmark(OperationsPerInvoke = Pairs)]
    public long WorkingTimeBetween()
    {
        long sum = 0;
        WorkingCalendar calendar = _calendar;
        for (int i = 0; i < Pairs; i++)
        {
            sum += calendar.WorkingTimeBetween(_starts[i], _ends[i]).BclCompatibleTicks;
        }

        return sum;
    }

    /// <summary>WorkingCalendar.WorkingTimeBetween on Instant64 (NodaTime's 64-bit nanosecond instant), per pair.</summary>
    [BenchmarkCategory("WorkingTimeBetween")]
    [Benchmark(OperationsPerInvoke = Pairs)]
    public long WorkingTimeBetween64()
    {
        long sum = 0;
        WorkingCalendar calendar = _calendar;
        Instant64[] starts = _starts64;
        Instant64[] ends = _ends64;
        for (int i = 0; i < starts.Length; i++)
        {
            sum += calendar.WorkingTimeBetween(starts[i], ends[i]).TotalNanoseconds;
        }

        return sum;
    }

    /// <summary>The floor: read the two instants and write their difference, per pair (no calendar).</summary>
    [BenchmarkCategory("WorkingTimeBetween")]
    [Benchmark(OperationsPerInvoke = Pairs)]
    public long ReadTwoInstantsOnly()
    {
        long sum = 0;
        Instant[] starts = _starts;
        Instant[] ends = _ends;
        for (int i = 0; i < starts.Length; i++)
        {
            sum += (ends[i] - starts[i]).BclCompatibleTicks;
        }

        return sum;
    }

    /// <summary>Day-by-day NodaTime breach instant, per pair (the span is used as the working time to add).</summary>
    [BenchmarkCategory("AddWorkingTime")]
    [Benchmark(Baseline = true, OperationsPerInvoke = BaselinePairs)]
    public long AddWorkingTimeDayByDay()
    {
        long sum = 0;
        for (int i = 0; i < BaselinePairs; i++)
        {
            sum += NaiveAdd(_starts[i], _spans[i]).ToUnixTimeTicks();
        }

        return sum;
    }

    /// <summary>WorkingCalendar.AddWorkingTime, per pair.</summary>
    [BenchmarkCategory("AddWorkingTime")]
    [Benchmark(OperationsPerInvoke = Pairs)]
    public long AddWorkingTime()
    {
        long sum = 0;
        WorkingCalendar calendar = _calendar;
        for (int i = 0; i < Pairs; i++)
        {
            sum += calendar.AddWorkingTime(_starts[i], _spans[i]).ToUnixTimeTicks();
        }

        return sum;
    }

    /// <summary>WorkingCalendar.AddWorkingTime on Instant64 and Duration64, per pair.</summary>
    [BenchmarkCategory("AddWorkingTime")]
    [Benchmark(OperationsPerInvoke = Pairs)]
    public long AddWorkingTime64()
    {
        long sum = 0;
        WorkingCalendar calendar = _calendar;
        Instant64[] starts = _starts64;
        Duration64[] spans = _spans64;
        for (int i = 0; i < starts.Length; i++)
        {
            sum += calendar.AddWorkingTime(starts[i], spans[i]).ToUnixTimeNanoseconds();
        }

        return sum;
    }

    private bool IsWorkingDate(LocalDate date) =>
        date.DayOfWeek is not IsoDayOfWeek.Saturday and not IsoDayOfWeek.Sunday && !_holidays.Contains(date);

    private Duration NaiveBetween(Instant start, Instant end)
    {
        Duration total = Duration.Zero;
        LocalDate last = end.InZone(_zone).Date;
        for (LocalDate date = start.InZone(_zone).Date; date <= last; date = date.PlusDays(1))
        {
            if (!IsWorkingDate(date))
            {
                continue;
            }

            Instant open = date.At(Open).InZoneLeniently(_zone).ToInstant();
            Instant close = date.At(Close).InZoneLeniently(_zone).ToInstant();
            Instant s = open > start ? open : start;
            Instant e = close < end ? close : end;
            if (s < e)
            {
                total += e - s;
            }
        }

        return total;
    }

    private Instant NaiveAdd(Instant start, Duration workingTime)
    {
        if (workingTime == Duration.Zero)
        {
            return start;
        }

        Duration remaining = workingTime;
        for (LocalDate date = start.InZone(_zone).Date; ; date = date.PlusDays(1))
        {
            if (!IsWorkingDate(date))
            {
                continue;
            }

            Instant open = date.At(Open).InZoneLeniently(_zone).ToInstant();
            Instant close = date.At(Close).InZoneLeniently(_zone).ToInstant();
            Instant s = open > start ? open : start;
            if (s >= close)
            {
                continue;
            }

            if (remaining <= close - s)
            {
                return s + remaining;
            }

            remaining -= close - s;
        }
    }
}
