using BenchmarkDotNet.Attributes;
using KpiCore.ServiceDesk;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Benchmarks.ServiceDesk;

/// <summary>
/// The library's report and per-call evaluation at 10M calls (no baseline: the LINQ day-by-day baseline takes about
/// 40 s per run at this size; <see cref="ServiceDeskBenchmarks"/> compares them at 1M). Allocations should match the 1M run.
/// </summary>
[MemoryDiagnoser]
public class ServiceDeskScaleBenchmarks
{
    private static readonly SlaReportOptions NoDuplicateCheck = new(duplicateIds: DuplicateIdCheck.None);

    private Call[] _calls = [];
    private SlaPolicy _policy = null!;
    private ReportingPeriod _period = null!;
    private Instant _asOf;

    /// <summary>Gets or sets the number of generated calls.</summary>
    [Params(10_000_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _policy = SlaPolicy.UkCouncilDefault();
        _period = ReportingPeriod.Month(new YearMonth(2017, 4), DateTimeZoneProviders.Tzdb["Europe/London"]);
        _asOf = _period.End;
        _calls = ServiceDeskBenchmarks.Generate(Count, seed: 20170401);
    }

    /// <summary>The streaming report on one thread, constant memory.</summary>
    [Benchmark(Baseline = true)]
    public long Report() => Total(ServiceDeskCalculator.Calculate(_calls, _policy, _period, NoDuplicateCheck));

    /// <summary>The streaming report with the default whole-run repeated-reference check (memory grows with the calls).</summary>
    [Benchmark]
    public long ReportWithDuplicateCheck() => Total(ServiceDeskCalculator.Calculate(_calls, _policy, _period));

    /// <summary>The parallel report, one partition per core.</summary>
    [Benchmark]
    public long ReportParallel() => Total(ServiceDeskCalculator.CalculateParallel(_calls, _policy, _period, NoDuplicateCheck));

    /// <summary>Per-call evaluation of every incident and service request as of the period end.</summary>
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
}
