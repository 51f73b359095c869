using BenchmarkDotNet.Attributes;
using KpiCore.ServiceDesk;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Benchmarks.ServiceDesk;

/// <summary>
/// The monthly service-desk report and per-call SLA evaluation on generated calls with the default UK council policy,
/// against a straightforward LINQ group-by with a day-by-day business-hours calendar.
/// </summary>
[MemoryDiagnoser]
public class ServiceDeskBenchmarks
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly SlaReportOptions NoDuplicateCheck = new(duplicateIds: DuplicateIdCheck.None);

    private Call[] _calls = [];
    private SlaPolicy _policy = null!;
    private ReportingPeriod _period = null!;
    private HashSet<LocalDate> _holidays = [];
    private Instant _asOf;

    /// <summary>Gets or sets the number of generated calls (1M: the LINQ baseline takes about 40 s per run at 10M, see <see cref="ServiceDeskScaleBenchmarks"/> for 10M).</summary>
    [Params(1_000_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _policy = SlaPolicy.UkCouncilDefault();
        _period = ReportingPeriod.Month(new YearMonth(2017, 4), London);
        _holidays = [.. UkBankHolidays.Official(UkDivision.EnglandAndWales).DatesBetween(new LocalDate(2017, 1, 1), new LocalDate(2017, 12, 31))];
        _asOf = _period.End;
        _calls = Generate(Count, seed: 20170401);
        ServiceDeskCalculator.Calculate(_calls.AsSpan(0, 10_000).ToArray(), _policy, _period, NoDuplicateCheck); // warm the calendars' tables
    }

    /// <summary>Generates calls logged from 1 March to 30 April 2017 (Europe/London), 70% P4, 25% P3, 4.5% P2, 0.5% P1, 10% with an on-hold interval, 5% still open.</summary>
    internal static Call[] Generate(int count, int seed)
    {
        var random = new Random(seed);
        Instant from = Instant.FromUtc(2017, 3, 1, 0, 0);
        long span = (Instant.FromUtc(2017, 4, 30, 23, 0) - from).ToInt64Nanoseconds() / 1_000_000_000;
        string[] organisations = ["Brent", "Lewisham"];
        var calls = new Call[count];
        for (int i = 0; i < count; i++)
        {
            int roll = random.Next(1000);
            Priority priority = roll < 5 ? Priority.P1 : roll < 50 ? Priority.P2 : roll < 300 ? Priority.P3 : Priority.P4;
            CallType type = random.Next(200) switch { 0 => CallType.Problem, 1 => CallType.Change, < 60 => CallType.ServiceRequest, _ => CallType.Incident };
            Instant logged = from + Duration.FromSeconds(random.NextInt64(span));
            long lifeMinutes = (long)(-Math.Log(1.0 - random.NextDouble()) * (priority == Priority.P1 ? 180 : priority == Priority.P2 ? 900 : 4000));
            Instant? resolved = random.Next(20) == 0 ? null : logged + Duration.FromMinutes(lifeMinutes + 1);
            Interval[]? holds = null;
            if (resolved is { } r && random.Next(10) == 0)
            {
                Duration life = r - logged;
                holds = [new Interval(logged + (life / 4), logged + (life / 2))];
            }

            calls[i] = new Call("C" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), organisations[i & 1], priority, type, logged, resolved, onHold: holds);
        }

        return calls;
    }

    /// <summary>The straightforward way: filter, LINQ group-by, a day-by-day working-hours walk per call, sort for percentiles.</summary>
    [Benchmark(Baseline = true)]
    public int LinqDayByDayReport()
    {
        Instant start = _period.Start, end = _period.End;
        var rows = _calls
            .Where(c => c.Type is CallType.Incident or CallType.ServiceRequest)
            .GroupBy(c => (c.Organisation, c.Priority))
            .Select(g =>
            {
                Duration target = DefaultTarget(g.Key.Priority);
                var resolved = g.Where(c => c.Resolved is { } r && r >= start && r < end)
                    .Select(c => (Working: NaiveUsed(c), Elapsed: c.Resolved!.Value - c.Logged))
                    .ToList();
                var working = resolved.Select(x => x.Working).OrderBy(d => d).ToList();
                var elapsed = resolved.Select(x => x.Elapsed).OrderBy(d => d).ToList();
                return new
                {
                    g.Key,
                    Logged = g.Count(c => c.Logged >= start && c.Logged < end),
                    Resolved = resolved.Count,
                    Met = resolved.Count(x => x.Working <= target),
                    Open = g.Count(c => c.Logged < end && (c.Resolved is null || c.Resolved >= end)),
                    Median = working.Count == 0 ? Duration.Zero : working[(working.Count - 1) / 2],
                    P90 = elapsed.Count == 0 ? Duration.Zero : elapsed[(int)Math.Ceiling(elapsed.Count * 0.9) - 1],
                };
            })
            .ToList();
        return rows.Sum(r => r.Met + r.Open);
    }

    /// <summary>The library's streaming report on one thread, without the repeated-reference check (constant memory).</summary>
    [Benchmark]
    public long Report() => Total(ServiceDeskCalculator.Calculate(_calls, _policy, _period, NoDuplicateCheck));

    /// <summary>The library's streaming report on one thread with the default whole-run repeated-reference check.</summary>
    [Benchmark]
    public long ReportWithDuplicateCheck() => Total(ServiceDeskCalculator.Calculate(_calls, _policy, _period));

    /// <summary>The library's parallel report (one partition per core), without the repeated-reference check.</summary>
    [Benchmark]
    public long ReportParallel() => Total(ServiceDeskCalculator.CalculateParallel(_calls, _policy, _period, NoDuplicateCheck));

    /// <summary>Per-call evaluation as of the period end (used time, elapsed, breach instant, status) for every call.</summary>
    [Benchmark]
    public long EvaluateEachCall()
    {
        long met = 0;
        foreach (Call call in _calls)
        {
            if (call.Type is CallType.Incident or CallType.ServiceRequest && _policy.Evaluate(call, _asOf).Status == CallSlaStatus.Met)
            {
                met++;
            }
        }

        return met;
    }

    private static long Total(ServiceDeskReport report) => report.Organisations.Sum(o => o.Met + o.OpenAtPeriodEnd);

    private static Duration DefaultTarget(Priority priority) =>
        priority == Priority.P1 ? Duration.FromHours(4) : priority == Priority.P2 ? Duration.FromHours(8) : priority == Priority.P3 ? Duration.FromHours(30) : Duration.FromHours(50);

    private Duration NaiveUsed(Call call)
    {
        Instant end = call.Resolved!.Value;
        bool allDay = call.Priority == Priority.P1;
        Duration used = NaiveWorking(call.Logged, end, allDay);
        foreach (Interval hold in call.OnHold)
        {
            used -= NaiveWorking(hold.Start, hold.End, allDay);
        }

        return used;
    }

    private Duration NaiveWorking(Instant from, Instant to, bool allDay)
    {
        if (allDay)
        {
            return to - from;
        }

        Duration total = Duration.Zero;
        for (LocalDate date = from.InZone(London).Date; date <= to.InZone(London).Date; date = date.PlusDays(1))
        {
            if (date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday || _holidays.Contains(date))
            {
                continue;
            }

            Instant open = London.AtLeniently(date.At(new LocalTime(8, 0))).ToInstant();
            Instant close = London.AtLeniently(date.At(new LocalTime(18, 0))).ToInstant();
            Instant s = open > from ? open : from;
            Instant e = close < to ? close : to;
            if (e > s)
            {
                total += e - s;
            }
        }

        return total;
    }
}
