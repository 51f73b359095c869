using System.Numerics;

namespace KpiCore.Utility;

/// <summary>Sorts pairs of 64-bit values by key: interval starts with their ends (Unix nanoseconds), hashes with their records; fast for the millions of intervals an interval set may be built from.</summary>
internal static class LongPairSorter
{
    /// <summary>Below this length a comparison sort beats the radix sort's fixed costs.</summary>
    internal const int RadixThreshold = 4096;

    private const int TopBits = 11;
    private const int LowBits = 8;
    private const int LowBuckets = 1 << LowBits;
    private const int LowMask = LowBuckets - 1;

    /// <summary>Below this bucket length the per-bucket sort uses a comparison sort.</summary>
    private const int SmallBucket = 64;

    /// <summary>Sorts <paramref name="keys"/> ascending and applies the same permutation to <paramref name="items"/>.</summary>
    /// <remarks>The order of equal keys is unspecified; callers must not rely on it.</remarks>
    internal static void Sort(Span<long> keys, Span<long> items)
    {
        if (keys.Length < RadixThreshold)
        {
            keys.Sort(items);
            return;
        }

        RadixSort(keys, items);
    }

    /// <summary>Most buckets <see cref="SortWithScratch"/> uses; its bucket buffer needs one more entry than this.</summary>
    internal const int MaxBuckets = 1 << 14;

    /// <summary>
    /// Sorts <paramref name="keys"/> ascending with <paramref name="items"/>, for up to some hundred thousand keys, using
    /// caller-owned scratch so that repeated sorts allocate nothing: one most-significant-digit pass into about n/2
    /// buckets of the key range, then an insertion sort per bucket (a comparison sort for a bucket longer than 24, so
    /// clustered keys cost O(n log n) at worst).
    /// </summary>
    /// <param name="keys">The keys.</param>
    /// <param name="items">The items, permuted with the keys.</param>
    /// <param name="tmpKeys">Scratch at least as long as <paramref name="keys"/>.</param>
    /// <param name="tmpItems">Scratch at least as long as <paramref name="keys"/>.</param>
    /// <param name="buckets">Scratch of <see cref="MaxBuckets"/> + 1 entries.</param>
    /// <remarks>The order of equal keys is unspecified; callers must not rely on it.</remarks>
    internal static void SortWithScratch(Span<long> keys, Span<long> items, Span<long> tmpKeys, Span<long> tmpItems, Span<int> buckets)
    {
        int n = keys.Length;
        if (n <= 24)
        {
            InsertionSort(keys, items);
            return;
        }

        long min = long.MaxValue, max = long.MinValue;
        foreach (long k in keys)
        {
            min = Math.Min(min, k);
            max = Math.Max(max, k);
        }

        ulong range = unchecked((ulong)(max - min));
        if (range == 0)
        {
            return;
        }

        int bucketBits = Math.Clamp(BitOperations.Log2((uint)n) - 1, 1, 14);
        int shift = Math.Max(0, 64 - BitOperations.LeadingZeroCount(range) - bucketBits);
        int count = (int)(range >> shift) + 1; // at most 2^bucketBits
        Span<int> at = buckets[..(count + 1)];
        at.Clear();
        foreach (long k in keys)
        {
            at[(int)(unchecked((ulong)(k - min)) >> shift) + 1]++;
        }

        for (int b = 1; b <= count; b++)
        {
            at[b] += at[b - 1];
        }

        // at[b] is where bucket b starts; scattering advances it, so afterwards at[b] is where bucket b ends.
        for (int i = 0; i < n; i++)
        {
            long k = keys[i];
            int to = at[(int)(unchecked((ulong)(k - min)) >> shift)]++;
            tmpKeys[to] = k;
            tmpItems[to] = items[i];
        }

        tmpKeys[..n].CopyTo(keys);
        tmpItems[..n].CopyTo(items);
        int from = 0;
        for (int b = 0; b < count; b++)
        {
            int to = at[b];
            int length = to - from;
            if (length > 24)
            {
                keys.Slice(from, length).Sort(items.Slice(from, length));
            }
            else if (length > 1)
            {
                InsertionSort(keys.Slice(from, length), items.Slice(from, length));
            }

            from = to;
        }
    }

    private static void InsertionSort(Span<long> keys, Span<long> items)
    {
        for (int i = 1; i < keys.Length; i++)
        {
            long k = keys[i];
            long item = items[i];
            int j = i - 1;
            while (j >= 0 && keys[j] > k)
            {
                keys[j + 1] = keys[j];
                items[j + 1] = items[j];
                j--;
            }

            keys[j + 1] = k;
            items[j + 1] = item;
        }
    }

    /// <summary>
    /// Radix sort on (key - min): one most-significant-digit pass (11 bits) scatters into cache-sized buckets, then each
    /// bucket is sorted by least-significant 8-bit digits in a small scratch buffer, skipping digits that are the same for
    /// the whole bucket. O(n) time; O(n) scratch for the first pass. Only one pass moves data across the whole array,
    /// which is what matters once the arrays are far larger than the caches.
    /// </summary>
    internal static void RadixSort(Span<long> keys, Span<long> items)
    {
        // Scratch is allocated, not pooled: a pool would keep hundreds of megabytes alive after a large build.
        RadixSort(keys, items, GC.AllocateUninitializedArray<long>(keys.Length), GC.AllocateUninitializedArray<long>(keys.Length));
    }

    /// <summary>The radix sort with caller-owned scratch of at least the keys' length for the first pass.</summary>
    internal static void RadixSort(Span<long> keys, Span<long> items, Span<long> keyBuffer, Span<long> itemBuffer)
    {
        int n = keys.Length;
        long min = long.MaxValue, max = long.MinValue;
        for (int i = 0; i < n; i++)
        {
            long k = keys[i];
            if (k < min)
            {
                min = k;
            }

            if (k > max)
            {
                max = k;
            }
        }

        ulong range = unchecked((ulong)(max - min));
        if (range == 0)
        {
            return;
        }

        int bits = 64 - BitOperations.LeadingZeroCount(range);
        int shift = Math.Max(0, bits - TopBits);
        int topBuckets = (int)((range >> shift) + 1);

        int[] starts = new int[topBuckets + 1];
        for (int i = 0; i < n; i++)
        {
            starts[(int)(unchecked((ulong)(keys[i] - min)) >> shift) + 1]++;
        }

        int largest = 0;
        for (int b = 0; b < topBuckets; b++)
        {
            largest = Math.Max(largest, starts[b + 1]);
            starts[b + 1] += starts[b];
        }

        int[] next = starts.AsSpan(0, topBuckets).ToArray();
        for (int i = 0; i < n; i++)
        {
            long k = keys[i];
            int at = next[(int)(unchecked((ulong)(k - min)) >> shift)]++;
            keyBuffer[at] = k;
            itemBuffer[at] = items[i];
        }

        // Each bucket goes back to the same offsets of the caller's spans, sorted on the low `shift` bits.
        long[] scratchKeys = new long[largest];
        long[] scratchItems = new long[largest];
        Span<int> counts = stackalloc int[LowBuckets];
        for (int b = 0; b < topBuckets; b++)
        {
            int from = starts[b];
            int length = starts[b + 1] - from;
            if (length == 0)
            {
                continue;
            }

            Span<long> srcKeys = keyBuffer.Slice(from, length);
            Span<long> srcItems = itemBuffer.Slice(from, length);
            Span<long> outKeys = keys.Slice(from, length);
            Span<long> outItems = items.Slice(from, length);
            if (length <= SmallBucket || shift == 0)
            {
                srcKeys.CopyTo(outKeys);
                srcItems.CopyTo(outItems);
                if (shift > 0 && length > 1)
                {
                    outKeys.Sort(outItems);
                }

                continue;
            }

            SortLowDigits(srcKeys, srcItems, outKeys, outItems, scratchKeys.AsSpan(0, length), scratchItems.AsSpan(0, length), min, shift, counts);
        }
    }

    /// <summary>LSD radix sort of one bucket on bits [0, shift) of (key - min); the result lands in <paramref name="outKeys"/>.</summary>
    private static void SortLowDigits(
        Span<long> srcKeys,
        Span<long> srcItems,
        Span<long> outKeys,
        Span<long> outItems,
        Span<long> tmpKeys,
        Span<long> tmpItems,
        long min,
        int shift,
        Span<int> counts)
    {
        int length = srcKeys.Length;
        int passes = (shift + LowBits - 1) / LowBits;

        // Which buffers each pass reads and writes: the last pass that moves data must write to out.
        // Decide passes first (skipping uniform digits), then alternate so the final one targets out.
        Span<int> active = stackalloc int[8];
        int activeCount = 0;
        ulong first = unchecked((ulong)(srcKeys[0] - min));
        ulong differing = 0;
        for (int i = 1; i < length; i++)
        {
            differing |= unchecked((ulong)(srcKeys[i] - min)) ^ first;
        }

        for (int p = 0; p < passes; p++)
        {
            if (((differing >> (p * LowBits)) & LowMask) != 0)
            {
                active[activeCount++] = p;
            }
        }

        if (activeCount == 0)
        {
            srcKeys.CopyTo(outKeys);
            srcItems.CopyTo(outItems);
            return;
        }

        // With an odd number of passes go src -> out -> tmp -> out ...; with an even number src -> tmp -> out -> tmp -> out.
        Span<long> readKeys = srcKeys, readItems = srcItems;
        Span<long> writeKeys = activeCount % 2 == 1 ? outKeys : tmpKeys;
        Span<long> writeItems = activeCount % 2 == 1 ? outItems : tmpItems;
        Span<long> otherKeys = activeCount % 2 == 1 ? tmpKeys : outKeys;
        Span<long> otherItems = activeCount % 2 == 1 ? tmpItems : outItems;
        for (int a = 0; a < activeCount; a++)
        {
            int digitShift = active[a] * LowBits;
            counts.Clear();
            for (int i = 0; i < length; i++)
            {
                counts[(int)((unchecked((ulong)(readKeys[i] - min)) >> digitShift) & LowMask)]++;
            }

            int sum = 0;
            for (int d = 0; d < LowBuckets; d++)
            {
                int c = counts[d];
                counts[d] = sum;
                sum += c;
            }

            for (int i = 0; i < length; i++)
            {
                long k = readKeys[i];
                int at = counts[(int)((unchecked((ulong)(k - min)) >> digitShift) & LowMask)]++;
                writeKeys[at] = k;
                writeItems[at] = readItems[i];
            }

            readKeys = writeKeys;
            readItems = writeItems;
            writeKeys = otherKeys;
            writeItems = otherItems;
            otherKeys = readKeys;
            otherItems = readItems;
        }
    }
}
