namespace KpiCore.ServiceDesk;

/// <summary>
/// Counts of durations in bounded memory, for percentiles: whole minutes up to 2^16 minutes (45.5 days) each have a
/// bucket; above, buckets widen so the relative resolution stays 1/32768 (2 minutes up to 91 days, 4 up to 182, ...);
/// from 2^24 minutes (31.9 years) one overflow bucket. At most 327,681 counters, allocated in blocks of 1,024 only where
/// durations fall, so a month of calls typically touches a few dozen blocks of 4 KB.
/// </summary>
/// <remarks>
/// Counters are 32-bit, which halves the memory each report zeroes and the cache each count touches; a counter that
/// wraps past <see cref="uint.MaxValue"/> carries 2^32 into a side table (never in practice: that is four billion
/// durations in one minute's bucket), so counts stay exact.
/// </remarks>
internal sealed class DurationHistogram
{
    internal const long NanosPerMinute = 60_000_000_000L;
    private const int ExactBits = 16;
    private const int Exact = 1 << ExactBits; // 65,536 one-minute buckets
    private const int SubBuckets = Exact / 2; // 32,768 per doubling above
    private const int MaxExponent = 8; // minutes < 2^24
    private const int BucketCount = Exact + (MaxExponent * SubBuckets);
    private const int BlockBits = 10;
    private const int BlockSize = 1 << BlockBits;
    private const int BlockCount = BucketCount / BlockSize;

    private readonly uint[]?[] _blocks = new uint[]?[BlockCount];
    private Dictionary<int, long>? _carries; // bucket index -> multiples of 2^32 beyond its 32-bit counter
    private long _overflow;
    private const int PendingSize = 256;
    private readonly int[] _pending = new int[PendingSize];
    private int _pendingCount;

    /// <summary>Gets the number of durations counted.</summary>
    internal long Count { get; private set; }

    /// <summary>Counts a duration of <paramref name="nanos"/> (not negative), truncated to whole minutes.</summary>
    /// <remarks>Inlined on purpose: it is two of the report's per-call steps, and a call per duration costs more than the count.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal void Add(long nanos)
    {
        long minutes = nanos / NanosPerMinute;
        Count++;
        if (minutes >= 1L << (ExactBits + MaxExponent))
        {
            _overflow++;
            return;
        }

        // Counted in batches: a batch's increments are independent, so the processor overlaps their cache misses,
        // which it cannot do when each increment waits behind a whole call's work.
        _pending[_pendingCount++] = Index(minutes);
        if (_pendingCount == PendingSize)
        {
            Flush();
        }
    }

    /// <summary>Counts the pending bucket indexes.</summary>
    private void Flush()
    {
        for (int i = 0; i < _pendingCount; i++)
        {
            Increment(_pending[i]);
        }

        _pendingCount = 0;
    }

    private void Increment(int index)
    {
        uint[] block = _blocks[index >> BlockBits] ??= new uint[BlockSize];
        ref uint counter = ref block[index & (BlockSize - 1)];
        counter = unchecked(counter + 1);
        if (counter == 0)
        {
            Carry(index, 1L << 32);
        }
    }

    /// <summary>Adds <paramref name="count"/> (not negative) to the bucket at <paramref name="index"/>, carrying beyond 32 bits.</summary>
    internal void AddToBucket(int index, long count)
    {
        Flush();
        uint[] block = _blocks[index >> BlockBits] ??= new uint[BlockSize];
        ref uint counter = ref block[index & (BlockSize - 1)];
        long total = counter + count;
        counter = unchecked((uint)total);
        long carried = total - counter;
        if (carried != 0)
        {
            Carry(index, carried);
        }
    }

    /// <summary>Adds durations to the count without a bucket (tests: totals beyond 32 bits without billions of calls).</summary>
    internal void AddToCount(long count) => Count += count;

    private void Carry(int index, long amount)
    {
        _carries ??= [];
        _carries[index] = _carries.GetValueOrDefault(index) + amount;
    }

    /// <summary>Adds another histogram's counts to this one; <paramref name="other"/> is only read (its pending counts too).</summary>
    internal void Merge(DurationHistogram other)
    {
        Flush();
        for (int i = 0; i < other._pendingCount; i++)
        {
            Increment(other._pending[i]);
        }

        Count += other.Count;
        _overflow += other._overflow;
        for (int b = 0; b < BlockCount; b++)
        {
            uint[]? source = other._blocks[b];
            if (source is null)
            {
                continue;
            }

            uint[] target = _blocks[b] ??= new uint[BlockSize];
            for (int i = 0; i < BlockSize; i++)
            {
                uint sum = unchecked(target[i] + source[i]);
                if (sum < target[i])
                {
                    Carry((b << BlockBits) + i, 1L << 32);
                }

                target[i] = sum;
            }
        }

        if (other._carries is not null)
        {
            foreach ((int index, long amount) in other._carries)
            {
                Carry(index, amount);
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

        Flush();
        long rank = Math.Max(1, ((Count * percent) + 99) / 100);
        long seen = 0;
        for (int b = 0; b < BlockCount; b++)
        {
            uint[]? block = _blocks[b];
            if (block is null)
            {
                continue;
            }

            for (int i = 0; i < BlockSize; i++)
            {
                seen += block[i];
                if (_carries is not null)
                {
                    seen += _carries.GetValueOrDefault((b << BlockBits) + i);
                }

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
