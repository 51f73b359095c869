using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using KpiCore.Sample.Input;
using KpiCore.Sample.Input.Formats;
using KpiCore.Sample.Tests.Input;
using KpiCore.ServiceDesk;
using nietras.SeparatedValues;
using NodaTime;

namespace KpiCore.Benchmarks.Input;

/// <summary>
/// Reading a calls-shaped CSV (issue #12's shape) from memory: the host's string-per-field reader as it was (baseline),
/// its string API and span API now, and Sep tokenising the same bytes; each touches every field. The <c>Parse</c> pair
/// also reads the priority and the three instants of every row, by strings and patterns before and by spans now.
/// </summary>
[MemoryDiagnoser]
public class CsvReadingBenchmarks
{
    private byte[] _bytes = [];
    private InstantReader _instants = null!;

    /// <summary>Gets or sets the number of generated calls.</summary>
    [Params(100_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _bytes = Generate(Count, seed: 12);
        _instants = new InstantReader(DateTimeZoneProviders.Tzdb["Europe/London"]);
        Console.WriteLine($"// {Count} calls, {_bytes.Length} bytes ({_bytes.Length / 1e6:0.00} MB)");
    }

    /// <summary>
    /// Calls as issue #12 generates them: two organisations, P1-P4 (1:1:2:3), logged uniformly over April-September
    /// 2017, resolved 1 s to 10 days later, 2% open, 5% with one on-hold interval, UTC <c>Z</c> instants.
    /// </summary>
    internal static byte[] Generate(int count, int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder("id,organisation,priority,type,logged,first_response,resolved,on_hold,service,category\n");
        var from = Instant.FromUtc(2017, 4, 1, 0, 0);
        long seconds = (Instant.FromUtc(2017, 10, 1, 0, 0) - from).ToInt64Nanoseconds() / 1_000_000_000;
        string[] organisations = ["Brent", "Lewisham"];
        string[] priorities = ["P1", "P2", "P3", "P3", "P4", "P4", "P4"];
        for (int i = 0; i < count; i++)
        {
            Instant logged = from + Duration.FromSeconds(random.NextInt64(seconds));
            Instant resolved = logged + Duration.FromSeconds(random.NextInt64(1, 10 * 86_400));
            string organisation = organisations[random.Next(2)];
            text.Append(CultureInfo.InvariantCulture, $"{organisation[0]}{i + 1:0000000},{organisation},{priorities[random.Next(7)]},incident,{Iso(logged)},{Iso(logged + Duration.FromMinutes(5))},");
            text.Append(random.Next(50) == 0 ? string.Empty : Iso(resolved)).Append(',');
            if (random.Next(20) == 0)
            {
                text.Append(Iso(logged + Duration.FromSeconds(1))).Append('/').Append(Iso(logged + Duration.FromSeconds(2)));
            }

            text.Append(",Website,Software\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string Iso(Instant instant) => instant.ToString("uuuu'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture);

    [Benchmark(Baseline = true, Description = "host reader before (string per field)")]
    public long LegacyStrings()
    {
        long total = 0;
        using var reader = new LegacyCsvReader(new MemoryStream(_bytes));
        while (reader.TryRead(out CsvRecord record))
        {
            foreach (string field in record.Fields)
            {
                total += field.Length;
            }
        }

        return total;
    }

    [Benchmark(Description = "host reader now, string API")]
    public long Strings()
    {
        long total = 0;
        using var reader = new CsvReader(new MemoryStream(_bytes));
        while (reader.TryRead(out CsvRecord record))
        {
            foreach (string field in record.Fields)
            {
                total += field.Length;
            }
        }

        return total;
    }

    [Benchmark(Description = "host reader now, span API")]
    public long Spans()
    {
        long total = 0;
        using var reader = new CsvReader(new MemoryStream(_bytes));
        while (reader.TryReadFields(out CsvFields fields))
        {
            for (int i = 0; i < fields.Count; i++)
            {
                total += fields[i].Length;
            }
        }

        return total;
    }

    [Benchmark(Description = "span API, pre-scan + 2 ranges in parallel")]
    public long SpansInTwoRanges()
    {
        CsvSplitPoint[] candidates = CsvSplit.Candidates(_bytes, 2);
        List<long[]> totals = CsvSplitReader.Read(() => new MemoryStream(_bytes), candidates, _ => new long[1], static (long[] total, in CsvFields fields, long _) =>
        {
            for (int i = 0; i < fields.Count; i++)
            {
                total[0] += fields[i].Length;
            }

            return false;
        }, out _);
        return totals.Sum(t => t[0]);
    }

    [Benchmark(Description = "Sep 0.17.1, unescaped char spans")]
    public long Sep()
    {
        long total = 0;
        using SepReader reader = nietras.SeparatedValues.Sep.Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).From(_bytes);
        foreach (SepReader.Row row in reader)
        {
            for (int i = 0; i < row.ColCount; i++)
            {
                total += row[i].Span.Length;
            }
        }

        return total;
    }

    [Benchmark(Description = "before: strings + patterns (priority, 3 instants)")]
    public long ParseLegacy()
    {
        long total = 0;
        using var reader = new LegacyCsvReader(new MemoryStream(_bytes));
        reader.TryRead(out _);
        DateTimeZone zone = _instants.Zone;
        while (reader.TryRead(out CsvRecord record))
        {
            string[] f = record.Fields;
            total += CallsFormat.TryParsePriority(f[2].Trim(), out Priority priority) ? priority.Rank : 0;
            total += RowParser.TryParseInstant(f[4].Trim(), zone, out Instant logged) ? logged.ToUnixTimeSeconds() : 0;
            total += RowParser.TryParseInstant(f[5].Trim(), zone, out Instant first) ? first.ToUnixTimeSeconds() : 0;
            total += f[6].Trim().Length > 0 && RowParser.TryParseInstant(f[6].Trim(), zone, out Instant resolved) ? resolved.ToUnixTimeSeconds() : 0;
        }

        return total;
    }

    [Benchmark(Description = "now: spans + span parsers (priority, 3 instants)")]
    public long ParseSpans()
    {
        long total = 0;
        using var reader = new CsvReader(new MemoryStream(_bytes));
        reader.TryReadFields(out _);
        while (reader.TryReadFields(out CsvFields f))
        {
            total += CsvFieldParsers.TryParsePriority(f, 2, out Priority priority) ? priority.Rank : 0;
            total += CsvFieldParsers.TryParseInstant(f, 4, _instants, out Instant logged) ? logged.ToUnixTimeSeconds() : 0;
            total += CsvFieldParsers.TryParseInstant(f, 5, _instants, out Instant first) ? first.ToUnixTimeSeconds() : 0;
            total += !CsvFieldParsers.IsBlank(f, 6) && CsvFieldParsers.TryParseInstant(f, 6, _instants, out Instant resolved) ? resolved.ToUnixTimeSeconds() : 0;
        }

        return total;
    }
}
