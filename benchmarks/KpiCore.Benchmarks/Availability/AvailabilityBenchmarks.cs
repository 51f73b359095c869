using BenchmarkDotNet.Attributes;
using KpiCore.Availability;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Benchmarks.Availability;

/// <summary>
/// End to end: 1M outage records over 100 services and 24 London months to a report of availability per service and
/// month, with <see cref="AvailabilityCalculator"/> (the list at once) and <see cref="AvailabilityAccumulator"/> (one
/// record at a time, as a streaming reader feeds it) against a straightforward LINQ implementation.
/// </summary>
/// <remarks>
/// Input: outages with a random service, a start uniform over January 2016 to December 2017 and a length uniform in
/// [1, 60] minutes (so many overlap); 10% planned, 10% partial, 5% degraded; every record has a unique reference.
/// Policy: the report's (planned counted, partial 1, degraded 0, target 99.9%), either 24x7 or service hours
/// 08:00-18:00 Monday to Friday. Both implementations check references, drop degraded outages, merge overlaps and
/// measure in service hours; the setup checks that they agree on every figure.
/// </remarks>
[MemoryDiagnoser]
public class AvailabilityBenchmarks
{
    private const int Services = 100;
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly Instant AsOf = Instant.FromUtc(2018, 1, 15, 0, 0);

    private Outage[] _outages = [];
    private ServiceCatalogue _catalogue = ServiceCatalogue.Empty;
    private ReportingPeriod[] _months = [];
    private WorkingCalendar? _hours;

    /// <summary>Number of outage records.</summary>
    [Params(1_000_000)]
    public int N { get; set; }

    /// <summary>Service hours: "24x7" or "Office" (08:00-18:00 Monday to Friday).</summary>
    [Params("24x7", "Office")]
    public string Hours { get; set; } = "24x7";

    /// <summary>Generates the outages and checks that both implementations agree.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _months = [.. ReportingPeriod.Months(new YearMonth(2016, 1), new YearMonth(2017, 12), London)];
        _hours = Hours == "24x7"
            ? null
            : WorkingCalendar.Create(London).WithHours(IsoDayOfWeek.Monday, IsoDayOfWeek.Friday, new LocalTime(8, 0), new LocalTime(18, 0));
        AvailabilityPolicy policy = AvailabilityPolicy.AtLeast(99.9).WithServiceHours(_hours);
        _catalogue = ServiceCatalogue.Empty;
        for (int s = 0; s < Services; s++)
        {
            _catalogue = _catalogue.With(ServiceName(s), policy);
        }

        var random = new Random(42);
        long span = (_months[^1].End - _months[0].Start).ToInt64Nanoseconds() / 100;
        _outages = new Outage[N];
        for (int i = 0; i < N; i++)
        {
            Instant start = _months[0].Start + Duration.FromTicks(random.NextInt64(span));
            int roll = random.Next(100);
            _outages[i] = new Outage(
                ServiceName(random.Next(Services)),
                start,
                start + Duration.FromMinutes(random.Next(1, 61)),
                roll < 10 ? OutageKind.Planned : OutageKind.Unplanned,
                roll is >= 10 and < 20 ? OutageImpact.Partial : roll is >= 20 and < 25 ? OutageImpact.Degraded : OutageImpact.Full,
                "INC-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        double[] expected = Linq();
        AvailabilityReport actual = Calculator();
        for (int i = 0; i < expected.Length; i++)
        {
            if (Math.Abs(actual.Results[i].Availability.Value - expected[i]) > 1e-9)
            {
                throw new InvalidOperationException($"LINQ and the calculator disagree at {i}: {expected[i]} vs {actual.Results[i].Availability.Value}.");
            }
        }

        AvailabilityReport streamed = Accumulator();
        for (int i = 0; i < actual.Results.Count; i++)
        {
            if (streamed.Results[i].Downtime != actual.Results[i].Downtime || streamed.Results[i].OutageCount != actual.Results[i].OutageCount)
            {
                throw new InvalidOperationException($"The accumulator and the calculator disagree at {i}: {streamed.Results[i]} vs {actual.Results[i]}.");
            }
        }
    }

    /// <summary>Baseline: reject repeated references, group by service, and per month filter, clip, order, merge and sum.</summary>
    /// <returns>Availability in percent per service and month, service-major.</returns>
    [Benchmark(Baseline = true)]
    public double[] Linq()
    {
        var valid = _outages
            .Where(o => _catalogue.Contains(o.Service) && (o.End is null || o.End >= o.Start))
            .DistinctBy(o => (o.Service, o.Reference))
            .Where(o => o.Impact != OutageImpact.Degraded)
            .ToLookup(o => o.Service);
        var result = new List<double>();
        foreach (string service in _catalogue.Services)
        {
            foreach (ReportingPeriod month in _months)
            {
                Instant end = month.End < AsOf ? month.End : AsOf;
                var pieces = valid[service]
                    .Select(o => (Start: o.Start > month.Start ? o.Start : month.Start, End: (o.End ?? AsOf) < end ? o.End ?? AsOf : end))
                    .Where(p => p.Start < p.End)
                    .OrderBy(p => p.Start)
                    .ToList();
                var merged = new List<(Instant Start, Instant End)>();
                foreach (var piece in pieces)
                {
                    if (merged.Count > 0 && piece.Start <= merged[^1].End)
                    {
                        merged[^1] = (merged[^1].Start, piece.End > merged[^1].End ? piece.End : merged[^1].End);
                    }
                    else
                    {
                        merged.Add(piece);
                    }
                }

                Duration measured = Measure(month.Start, end);
                Duration down = merged.Aggregate(Duration.Zero, (sum, p) => sum + Measure(p.Start, p.End));
                result.Add(100.0 * (1.0 - (down.ToInt64Nanoseconds() / (double)measured.ToInt64Nanoseconds())));
            }
        }

        return [.. result];
    }

    /// <summary>The calculator on the same input.</summary>
    /// <returns>The report.</returns>
    [Benchmark]
    public AvailabilityReport Calculator() => AvailabilityCalculator.Calculate(_outages, _catalogue, _months, AsOf);

    /// <summary>The accumulator on the same input, one record at a time: the unions are kept, not the records.</summary>
    /// <returns>The report.</returns>
    [Benchmark]
    public AvailabilityReport Accumulator()
    {
        var accumulator = new AvailabilityAccumulator(_catalogue);
        foreach (Outage outage in _outages)
        {
            accumulator.Add(outage);
        }

        return accumulator.Report(_months, AsOf);
    }

    private Duration Measure(Instant start, Instant end) => _hours?.WorkingTimeBetween(start, end) ?? end - start;

    private static string ServiceName(int s) => "Service " + s.ToString("000", System.Globalization.CultureInfo.InvariantCulture);
}
