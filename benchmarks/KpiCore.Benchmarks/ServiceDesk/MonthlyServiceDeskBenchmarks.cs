using System.Globalization;
using BenchmarkDotNet.Attributes;
using KpiCore.ServiceDesk;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Benchmarks.ServiceDesk;

/// <summary>
/// Six months' service-desk reports from one pass over the calls: the library's
/// <see cref="MonthlyServiceDeskAccumulator"/> (each call checked and timed once, every month's tallies at once)
/// against the way before it, one <see cref="ServiceDeskAccumulator"/> per month, each fed every call (each call
/// checked and timed six times). Both use the options the host's pack uses (resolved-in-period basis, no
/// repeated-reference check) and return the sum over the months of met plus open at period end.
/// </summary>
[MemoryDiagnoser]
public class MonthlyServiceDeskBenchmarks
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly SlaReportOptions Options = new(SlaBasis.ResolvedInPeriod, DuplicateIdCheck.None);

    private Call[] _calls = [];
    private SlaPolicy _policy = null!;
    private YearMonth[] _months = [];
    private ReportingPeriod[] _periods = [];

    /// <summary>Gets or sets the number of generated calls.</summary>
    [Params(1_000_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _policy = SlaPolicy.UkCouncilDefault();
        _months = [.. Enumerable.Range(4, 6).Select(m => new YearMonth(2017, m))];
        _periods = [.. _months.Select(m => ReportingPeriod.Month(m, London))];
        _calls = Generate(Count, seed: 20170412);

        // Sanity: both ways give the same figures for every month, organisation and priority.
        ServiceDeskReport[] perMonth = PerMonthReports();
        ServiceDeskReport[] monthly = MonthlyReports();
        for (int m = 0; m < _months.Length; m++)
        {
            Check(_months[m], perMonth[m], monthly[m]);
        }

        Console.WriteLine($"// {Count} calls, {_months.Length} months, sum of met + open at end {Total(perMonth)}");
    }

    /// <summary>
    /// Calls as issue #12 generates them: two organisations, P1-P4 (1:1:2:3), incidents logged uniformly over
    /// April-September 2017, resolved 1 s to 10 days later, 2% open, 5% with one on-hold interval (from a quarter to
    /// half of the call's life).
    /// </summary>
    internal static Call[] Generate(int count, int seed)
    {
        var random = new Random(seed);
        Instant from = Instant.FromUtc(2017, 4, 1, 0, 0) - Duration.FromHours(1); // midnight in London (BST)
        long seconds = (Instant.FromUtc(2017, 9, 30, 23, 0) - from).ToInt64Nanoseconds() / 1_000_000_000;
        string[] organisations = ["Brent", "Lewisham"];
        Priority[] priorities = [Priority.P1, Priority.P2, Priority.P3, Priority.P3, Priority.P4, Priority.P4, Priority.P4];
        var calls = new Call[count];
        for (int i = 0; i < count; i++)
        {
            Instant logged = from + Duration.FromSeconds(random.NextInt64(seconds));
            Instant? resolved = random.Next(50) == 0 ? null : logged + Duration.FromSeconds(random.NextInt64(1, (10 * 86_400) + 1));
            Interval[]? holds = null;
            if (resolved is { } r && random.Next(20) == 0)
            {
                Duration life = r - logged;
                holds = [new Interval(logged + (life / 4), logged + (life / 2))];
            }

            calls[i] = new Call("C" + i.ToString(CultureInfo.InvariantCulture), organisations[random.Next(2)], priorities[random.Next(7)], CallType.Incident, logged, resolved, onHold: holds);
        }

        return calls;
    }

    /// <summary>The way before: one accumulator per month, each call added to every month's accumulator, then a report per month.</summary>
    [Benchmark(Baseline = true, Description = "6 x ServiceDeskAccumulator, every call to each")]
    public long PerMonthAccumulators() => Total(PerMonthReports());

    /// <summary>The library's monthly accumulator: each call added once, then a report per month.</summary>
    [Benchmark(Description = "MonthlyServiceDeskAccumulator, each call once")]
    public long MonthlyAccumulator() => Total(MonthlyReports());

    private ServiceDeskReport[] PerMonthReports()
    {
        var accumulators = new ServiceDeskAccumulator[_periods.Length];
        for (int m = 0; m < accumulators.Length; m++)
        {
            accumulators[m] = new ServiceDeskAccumulator(_policy, _periods[m], Options);
        }

        foreach (Call call in _calls)
        {
            foreach (ServiceDeskAccumulator accumulator in accumulators)
            {
                accumulator.Add(call);
            }
        }

        return [.. accumulators.Select(a => a.ToReport())];
    }

    private ServiceDeskReport[] MonthlyReports()
    {
        var accumulator = new MonthlyServiceDeskAccumulator(_policy, London, Options);
        foreach (Call call in _calls)
        {
            accumulator.Add(call);
        }

        return [.. _months.Select(accumulator.ToReport)];
    }

    private static long Total(ServiceDeskReport[] reports)
    {
        long total = 0;
        foreach (ServiceDeskReport report in reports)
        {
            foreach (OrganisationSlaFigures organisation in report.Organisations)
            {
                total += organisation.Met + organisation.OpenAtPeriodEnd;
            }
        }

        return total;
    }

    private static void Check(YearMonth month, ServiceDeskReport want, ServiceDeskReport got)
    {
        if (want.Period != got.Period || want.InputCount != got.InputCount || want.Rejected.Count != got.Rejected.Count
            || want.NotJudged.Count != got.NotJudged.Count || want.Organisations.Count != got.Organisations.Count)
        {
            throw new InvalidOperationException($"{month}: the reports differ in period, input, rejected, not judged or organisations.");
        }

        for (int o = 0; o < want.Organisations.Count; o++)
        {
            OrganisationSlaFigures a = want.Organisations[o], b = got.Organisations[o];
            if (a.Organisation != b.Organisation || a.Priorities.Count != b.Priorities.Count || a.OpenAtPeriodEnd != b.OpenAtPeriodEnd)
            {
                throw new InvalidOperationException($"{month}: organisation {o} differs ({a.Organisation} vs {b.Organisation}).");
            }

            for (int p = 0; p < a.Priorities.Count; p++)
            {
                PrioritySlaFigures x = a.Priorities[p], y = b.Priorities[p];
                if (x.Priority != y.Priority || x.Logged != y.Logged || x.Resolved != y.Resolved || x.NotJudged != y.NotJudged || x.Met != y.Met
                    || x.OpenAtPeriodEnd != y.OpenAtPeriodEnd || x.MedianWorkingTime != y.MedianWorkingTime || x.Percentile90WorkingTime != y.Percentile90WorkingTime
                    || x.MedianElapsedTime != y.MedianElapsedTime || x.Percentile90ElapsedTime != y.Percentile90ElapsedTime)
                {
                    throw new InvalidOperationException($"{month} {a.Organisation} {x.Priority}: per-month {x} vs monthly {y}.");
                }
            }
        }
    }
}
