namespace KpiCore.ServiceDesk;

/// <summary>
/// Counts of durations in bounded memory, for percentiles: whole minutes up to 2^16 minutes (45.5 days) each have a
/// bucket; above, buckets widen so the relative resolution stays 1/32768 (2 minutes up to 91 days, 4 up to 182, ...);
/// from 2^24 minutes (31.9 years) one overflow bucket. At most 327,681 counters, allocated in blocks of 4,096 only where
/// durations fall, so a month of calls typically touches a few blocks.
/// </summary>
internal sealed class DurationHistogram
{
    internal const long NanosPerMinute = 60_000_000_000L;
    private const int ExactBits = 16;
    private const int Exact = 1 << ExactBits; // 65,536 one-minute buckets
    private const int SubBuckets = Exact / 2; // 32,768 per doubling above
    private const int MaxExponent = 8; // minutes < 2^24
    private const int BucketCount = Exact + (MaxExponent * SubBuckets);
    private const int BlockBits = 12;
    private const int BlockSize = 1 << BlockBits;
    private const int BlockCount = BucketCount / BlockSize;

    private readonly long[]?[] _blocks = new long[]?[BlockCount];
    private long _overflow;

    /// <summary>Gets the number of durations counted.</summary>
    internal long Count { get; private set; }

    /// <summary>Counts a duration of <paramref name="nanos"/> (not negative), truncated to whole minutes.</summary>
    internal void Add(long nanos)
    {
        long minutes = nanos / NanosPerMinute;
        Count++;
        if (minutes >= 1L << (ExactBits + MaxExponent))
        {
            _overflow++;
            return;
        }

        int index = Index(minutes);
        long[] block = _blocks[index >> BlockBits] ??= new long[BlockSize];
        block[index & (BlockSize - 1)]++;
    }

    /// <summary>Adds another histogram's counts to this one.</summary>
    internal void Merge(DurationHistogram other)
    {
        Count += other.Count;
        _overflow += other._overflow;
        for (int b = 0; b < BlockCount; b++)
        {
            long[]? source = other._blocks[b];
            if (source is null)
            {
                continue;
            }

            long[] target = _blocks[b] ??= new long[BlockSize];
            for (int i = 0; i < BlockSize; i++)
            {
                target[i] += source[i];
            }
        }
    }

    /// <summary>
    /// The nearest-rank percentile in minutes (the lower bound of the bucket holding the ⌈p·n⌉-th smallest duration), or
    /// null when empty; <see cref="long.MaxValue"/> when that duration is in the overflow bucket.
    /// </summary>
    internal long? PercentileMinutes(int percent)
    {
        if (Count == 0)
        {
            return null;
        }

        long rank = Math.Max(1, ((Count * percent) + 99) / 100);
        long seen = 0;
        for (int b = 0; b < BlockCount; b++)
        {
            long[]? block = _blocks[b];
            if (block is null)
            {
                continue;
            }

            for (int i = 0; i < BlockSize; i++)
            {
                seen += block[i];
                if (seen >= rank)
                {
                    return LowerBound((b << BlockBits) + i);
                }
            }
        }

        return long.MaxValue;
    }

    internal static int Index(long minutes)
    {
        if (minutes < Exact)
        {
            return (int)minutes;
        }

        int exponent = 63 - System.Numerics.BitOperations.LeadingZeroCount((ulong)minutes) - (ExactBits - 1); // >= 1
        return Exact + ((exponent - 1) * SubBuckets) + (int)((minutes >> exponent) - SubBuckets);
    }

    internal static long LowerBound(int index)
    {
        if (index < Exact)
        {
            return index;
        }

        int offset = index - Exact;
        int exponent = (offset / SubBuckets) + 1;
        return ((long)(offset % SubBuckets) + SubBuckets) << exponent;
    }
}
