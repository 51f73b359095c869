using BenchmarkDotNet.Attributes;
using KpiCore.Satisfaction;

namespace KpiCore.Benchmarks.Satisfaction;

/// <summary>NPS over 10 million answers: the library's span and streaming paths against a LINQ baseline.</summary>
[MemoryDiagnoser]
public class NetPromoterScoreBenchmarks
{
    private const int Count = 10_000_000;
    private int[] _scores = [];
    private byte[] _bytes = [];
    private NpsRating[] _ratings = [];

    /// <summary>Builds 10 million random answers (fixed seed) in three representations.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20171001);
        _scores = new int[Count];
        for (int i = 0; i < Count; i++)
        {
            _scores[i] = random.Next(0, 11);
        }

        _bytes = _scores.Select(s => (byte)s).ToArray();
        _ratings = _scores.Select(s => new NpsRating(s)).ToArray();
    }

    /// <summary>The naive way: three LINQ passes counting by predicate.</summary>
    [Benchmark(Baseline = true)]
    public double LinqCount()
    {
        int promoters = _scores.Count(x => x >= 9);
        int detractors = _scores.Count(x => x <= 6);
        return (promoters - detractors) * 100.0 / _scores.Length;
    }

    /// <summary>NetPromoterScore.Calculate over an NpsRating[] (taken as a span, vectorised).</summary>
    [Benchmark]
    public double SummarizeRatingArray() => NetPromoterScore.Calculate(_ratings).Score.Value;

    /// <summary>NetPromoterScore.Calculate over a streamed IEnumerable (an iterator: one rating at a time, O(1) memory).</summary>
    [Benchmark]
    public double SummarizeStreamed() => NetPromoterScore.Calculate(Stream(_ratings)).Score.Value;

    /// <summary>NpsTally.AddRange over the answers as bytes.</summary>
    [Benchmark]
    public double TallyBytes()
    {
        var tally = new NpsTally();
        tally.AddRange(_bytes.AsSpan());
        return tally.ToSummary().Score.Value;
    }

    /// <summary>NpsTally.AddRange over the answers as ints (validated: negatives and values above 10 throw).</summary>
    [Benchmark]
    public double TallyInts()
    {
        var tally = new NpsTally();
        tally.AddRange(_scores.AsSpan());
        return tally.ToSummary().Score.Value;
    }

    private static IEnumerable<NpsRating> Stream(NpsRating[] ratings)
    {
        foreach (NpsRating rating in ratings)
        {
            yield return rating;
        }
    }
}
