using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using KpiCore.Sample.Input;
using NodaTime;
using NodaTime.Text;

namespace KpiCore.Benchmarks.Input;

/// <summary>
/// Reading UTC instants as kpicore's exports write them (<c>2017-04-03T09:15:27Z</c>, 20 UTF-8 bytes each, logged
/// uniformly over April-September 2017). The baseline is NodaTime's <see cref="InstantPattern.General"/> on the same
/// values as strings already made (as the string-per-field reader handed them over; string creation not timed), then
/// the same on the bytes decoded per value (what a byte reader with a pattern would do), the host's
/// <see cref="InstantReader.TryParseUtcSeconds"/> fixed-shape fast path on the bytes, and the host's general entry
/// point <see cref="InstantReader.TryParse(ReadOnlySpan{byte}, out Instant)"/> (Europe/London reader, any accepted
/// form) on the bytes. Each returns the sum of the instants' Unix seconds.
/// </summary>
[MemoryDiagnoser]
public class InstantReaderBenchmarks
{
    private const int Width = 20;

    private byte[] _bytes = [];
    private string[] _strings = [];
    private InstantReader _reader = null!;

    /// <summary>Gets or sets the number of generated instants.</summary>
    [Params(1_000_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20170403);
        Instant from = Instant.FromUtc(2017, 4, 1, 0, 0);
        long seconds = (Instant.FromUtc(2017, 10, 1, 0, 0) - from).ToInt64Nanoseconds() / 1_000_000_000;
        _strings = new string[Count];
        _bytes = new byte[Count * Width];
        for (int i = 0; i < Count; i++)
        {
            Instant instant = from + Duration.FromSeconds(random.NextInt64(seconds));
            string text = instant.ToString("uuuu'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture);
            _strings[i] = text;
            if (Encoding.UTF8.GetBytes(text, _bytes.AsSpan(i * Width, Width)) != Width)
            {
                throw new InvalidOperationException($"'{text}' is not {Width} bytes.");
            }
        }

        _reader = new InstantReader(DateTimeZoneProviders.Tzdb["Europe/London"]);

        // Sanity: every way reads every value, and to the same instant.
        for (int i = 0; i < Count; i++)
        {
            ReadOnlySpan<byte> bytes = _bytes.AsSpan(i * Width, Width);
            Instant want = InstantPattern.General.Parse(_strings[i]).Value;
            bool fastRead = InstantReader.TryParseUtcSeconds(bytes, out Instant fast);
            bool generalRead = _reader.TryParse(bytes, out Instant general);
            if (!fastRead || fast != want || !generalRead || general != want)
            {
                throw new InvalidOperationException($"'{_strings[i]}': InstantPattern.General {want}, fast path {fast}, general {general}.");
            }
        }

        long total = PatternFromStrings();
        if (PatternFromDecodedBytes() != total || UtcSecondsFastPath() != total || ReaderTryParse() != total)
        {
            throw new InvalidOperationException("The benchmark methods' totals differ.");
        }

        Console.WriteLine($"// {Count} instants, {_bytes.Length} bytes, sum of Unix seconds {total}");
    }

    [Benchmark(Baseline = true, Description = "InstantPattern.General, from strings")]
    public long PatternFromStrings()
    {
        long total = 0;
        InstantPattern pattern = InstantPattern.General;
        foreach (string text in _strings)
        {
            ParseResult<Instant> parsed = pattern.Parse(text);
            total += parsed.Success ? parsed.Value.ToUnixTimeSeconds() : 0;
        }

        return total;
    }

    [Benchmark(Description = "InstantPattern.General, bytes decoded per value")]
    public long PatternFromDecodedBytes()
    {
        long total = 0;
        InstantPattern pattern = InstantPattern.General;
        ReadOnlySpan<byte> bytes = _bytes;
        for (int i = 0; i < bytes.Length; i += Width)
        {
            ParseResult<Instant> parsed = pattern.Parse(Encoding.UTF8.GetString(bytes.Slice(i, Width)));
            total += parsed.Success ? parsed.Value.ToUnixTimeSeconds() : 0;
        }

        return total;
    }

    [Benchmark(Description = "InstantReader.TryParseUtcSeconds, bytes")]
    public long UtcSecondsFastPath()
    {
        long total = 0;
        ReadOnlySpan<byte> bytes = _bytes;
        for (int i = 0; i < bytes.Length; i += Width)
        {
            total += InstantReader.TryParseUtcSeconds(bytes.Slice(i, Width), out Instant instant) ? instant.ToUnixTimeSeconds() : 0;
        }

        return total;
    }

    [Benchmark(Description = "InstantReader.TryParse (London reader), bytes")]
    public long ReaderTryParse()
    {
        long total = 0;
        InstantReader reader = _reader;
        ReadOnlySpan<byte> bytes = _bytes;
        for (int i = 0; i < bytes.Length; i += Width)
        {
            total += reader.TryParse(bytes.Slice(i, Width), out Instant instant) ? instant.ToUnixTimeSeconds() : 0;
        }

        return total;
    }
}
