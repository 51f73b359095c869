namespace KpiCore.Utility;

/// <summary>Sorts tick keys together with their items (interval ends), fast for the millions of intervals an interval set may be built from.</summary>
internal static class TickSorter
{
    /// <summary>Below this length a comparison sort beats the radix sort's fixed costs.</summary>
    internal const int RadixThreshold = 4096;

    private const int DigitBits = 11;
    private const int Buckets = 1 << DigitBits;
    private const int DigitMask = Buckets - 1;

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

    /// <summary>
    /// LSD radix sort on (key - min) with 11-bit digits; passes whose digit is the same for every key are skipped,
    /// so keys spanning a year of ticks (about 2^48) take at most 5 passes. Stable. O(n) time, O(n) scratch.
    /// </summary>
    internal static void RadixSort(Span<long> keys, Span<long> items)
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

        int bits = 64 - System.Numerics.BitOperations.LeadingZeroCount(range);
        int passes = (bits + DigitBits - 1) / DigitBits;

        // Histograms for every pass in one read of the keys.
        int[] counts = new int[passes * Buckets];
        for (int i = 0; i < n; i++)
        {
            ulong v = unchecked((ulong)(keys[i] - min));
            for (int p = 0; p < passes; p++)
            {
                counts[(p * Buckets) + (int)((v >> (p * DigitBits)) & DigitMask)]++;
            }
        }

        // Scratch is allocated, not pooled: a pool would keep hundreds of megabytes alive after a large build.
        long[] keyBuffer = GC.AllocateUninitializedArray<long>(n);
        long[] itemBuffer = GC.AllocateUninitializedArray<long>(n);
        Span<long> srcKeys = keys, srcItems = items;
        Span<long> dstKeys = keyBuffer.AsSpan(0, n), dstItems = itemBuffer.AsSpan(0, n);
        bool inOriginal = true;
        Span<int> offsets = stackalloc int[Buckets];
        for (int p = 0; p < passes; p++)
        {
            Span<int> histogram = counts.AsSpan(p * Buckets, Buckets);
            int shift = p * DigitBits;
            if (histogram[(int)((unchecked((ulong)(srcKeys[0] - min)) >> shift) & DigitMask)] == n)
            {
                continue; // every key has the same digit here
            }

            int sum = 0;
            for (int b = 0; b < Buckets; b++)
            {
                offsets[b] = sum;
                sum += histogram[b];
            }

            for (int i = 0; i < n; i++)
            {
                long k = srcKeys[i];
                int b = (int)((unchecked((ulong)(k - min)) >> shift) & DigitMask);
                int at = offsets[b]++;
                dstKeys[at] = k;
                dstItems[at] = srcItems[i];
            }

            Span<long> t = srcKeys;
            srcKeys = dstKeys;
            dstKeys = t;
            t = srcItems;
            srcItems = dstItems;
            dstItems = t;
            inOriginal = !inOriginal;
        }

        if (!inOriginal)
        {
            srcKeys.CopyTo(keys);
            srcItems.CopyTo(items);
        }
    }
}
