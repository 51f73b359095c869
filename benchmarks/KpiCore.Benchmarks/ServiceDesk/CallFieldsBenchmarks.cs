using BenchmarkDotNet.Attributes;
using KpiCore.ServiceDesk;
using NodaTime;

namespace KpiCore.Benchmarks.ServiceDesk;

/// <summary>
/// Feeding a reader's records to the <see cref="MonthlyServiceDeskAccumulator"/>: the way before, a <see cref="Call"/>
/// and an id string made per record (what the host's span path did), against <see cref="CallFields"/> over the
/// reader's buffers, made and dropped on the stack. Both start from the same decoded values (the id's characters in
/// one buffer, the instants, the on-hold intervals), use the host's options and return the six months' sum of met
/// plus open at period end, checked equal in setup.
/// </summary>
[MemoryDiagnoser]
public class CallFieldsBenchmarks
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly SlaReportOptions Options = new(SlaBasis.ResolvedInPeriod, DuplicateIdCheck.None);

    private Record[] _records = [];
    private char[] _ids = [];
    private Interval[] _holds = [];
    private SlaPolicy _policy = null!;
    private YearMonth[] _months = [];

    /// <summary>Gets or sets the number of generated calls.</summary>
    [Params(1_000_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _policy = SlaPolicy.UkCouncilDefault();
        _months = [.. Enumerable.Range(4, 6).Select(m => new YearMonth(2017, m))];
        Call[] calls = MonthlyServiceDeskBenchmarks.Generate(Count, seed: 20170412);
        _ids = [.. calls.SelectMany(c => c.Id)];
        _holds = [.. calls.SelectMany(c => c.OnHold)];
        _records = new Record[calls.Length];
        int id = 0, hold = 0;
        for (int i = 0; i < calls.Length; i++)
        {
            Call c = calls[i];
            _records[i] = new Record(id, c.Id.Length, hold, c.OnHold.Count, c.Organisation, c.Priority, c.Logged, c.Resolved);
            id += c.Id.Length;
            hold += c.OnHold.Count;
        }

        long byCall = CallPerRecord(), byFields = FieldsPerRecord();
        if (byCall != byFields)
        {
            throw new InvalidOperationException($"A Call per record gives {byCall}, CallFields {byFields}.");
        }

        Console.WriteLine($"// {Count} calls, sum of met + open at end over {_months.Length} months {byFields}");
    }

    /// <summary>The way before: an id string and a <see cref="Call"/> per record, then <see cref="MonthlyServiceDeskAccumulator.Add(Call)"/>.</summary>
    [Benchmark(Baseline = true, Description = "new Call + id string per record, Add(Call)")]
    public long CallPerRecord()
    {
        var accumulator = new MonthlyServiceDeskAccumulator(_policy, London, Options);
        foreach (Record r in _records)
        {
            Interval[]? holds = r.HoldCount == 0 ? null : _holds.AsSpan(r.HoldStart, r.HoldCount).ToArray();
            accumulator.Add(new Call(new string(_ids, r.IdStart, r.IdLength), r.Organisation, r.Priority, CallType.Incident, r.Logged, r.Resolved, onHold: holds));
        }

        return Total(accumulator);
    }

    /// <summary>The span path: <see cref="CallFields"/> over the buffers, then <see cref="MonthlyServiceDeskAccumulator.Add(in CallFields)"/>.</summary>
    [Benchmark(Description = "CallFields over the buffers, Add(in CallFields)")]
    public long FieldsPerRecord()
    {
        var accumulator = new MonthlyServiceDeskAccumulator(_policy, London, Options);
        foreach (Record r in _records)
        {
            accumulator.Add(new CallFields(_ids.AsSpan(r.IdStart, r.IdLength), r.Organisation, r.Priority, CallType.Incident, r.Logged, r.Resolved,
                onHold: _holds.AsSpan(r.HoldStart, r.HoldCount)));
        }

        return Total(accumulator);
    }

    private long Total(MonthlyServiceDeskAccumulator accumulator)
    {
        long total = 0;
        foreach (YearMonth month in _months)
        {
            foreach (OrganisationSlaFigures organisation in accumulator.ToReport(month).Organisations)
            {
                total += organisation.Met + organisation.OpenAtPeriodEnd;
            }
        }

        return total;
    }

    /// <summary>One decoded record: where its id and on-hold intervals are in the shared buffers, and its other values.</summary>
    private readonly record struct Record(int IdStart, int IdLength, int HoldStart, int HoldCount, string Organisation, Priority Priority, Instant Logged, Instant? Resolved);
}
