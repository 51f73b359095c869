using KpiCore.Utility;

namespace KpiCore.Tests.Utility;

public sealed class LongPairSorterTests
{
    public static TheoryData<int, long, long> Inputs => new()
    {
        { 10_000, 0, 3 }, // few distinct keys: many duplicates, one top bucket per key
        { 10_000, -5_000_000_000_000, 5_000_000_000_000 }, // negative and positive keys
        { 50_000, long.MinValue / 2, long.MaxValue / 2 }, // range needing every digit
        { 20_000, 1_000, 1_000 }, // all keys equal
        { 100, 0, 1_000_000 }, // below the radix threshold
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Sort_RandomKeys_SortedAndItemsFollowTheirKeys(int n, long minKey, long maxKey)
    {
        var random = new Random(n);
        long[] keys = new long[n];
        long[] items = new long[n];
        for (int i = 0; i < n; i++)
        {
            keys[i] = minKey == maxKey ? minKey : random.NextInt64(minKey, maxKey);
            items[i] = unchecked((keys[i] * 31) + 7); // each item is a function of its key, so pairing is checkable
        }

        long[] expected = (long[])keys.Clone();
        Array.Sort(expected);

        LongPairSorter.Sort(keys, items);

        Assert.Equal(expected, keys);
        for (int i = 0; i < n; i++)
        {
            Assert.Equal(unchecked((keys[i] * 31) + 7), items[i]);
        }
    }

    [Fact]
    public void RadixSort_DistinctItemsWithDuplicateKeys_IsAPermutation()
    {
        var random = new Random(7);
        int n = 30_000;
        long[] keys = new long[n];
        long[] items = new long[n];
        for (int i = 0; i < n; i++)
        {
            keys[i] = random.NextInt64(0, 1L << 40) & ~0xFFFL; // clustered low bits
            items[i] = i;
        }

        long[] originalKeys = (long[])keys.Clone();
        LongPairSorter.RadixSort(keys, items);

        Assert.Equal(Enumerable.Range(0, n).Select(i => (long)i), items.Order());
        for (int i = 0; i < n; i++)
        {
            Assert.Equal(originalKeys[items[i]], keys[i]);
            Assert.True(i == 0 || keys[i - 1] <= keys[i]);
        }
    }

    public static TheoryData<int, long, long> ScratchInputs => new()
    {
        { 0, 0, 0 },
        { 1, 5, 5 },
        { 24, 0, 100 }, // insertion sort only
        { 25, 0, 100 }, // first size with buckets
        { 10_000, 0, 3 }, // four keys: buckets far longer than 24 use the comparison sort
        { 10_000, 1_000, 1_000 }, // all keys equal
        { 10_000, -5_000_000_000_000, 5_000_000_000_000 },
        { 70_000, long.MinValue / 2, long.MaxValue / 2 }, // more keys than buckets (2^14)
    };

    [Theory]
    [MemberData(nameof(ScratchInputs))]
    public void SortWithScratch_RandomKeys_IsAPermutationSortedByKey(int n, long minKey, long maxKey)
    {
        var random = new Random(n + 1);
        long[] keys = new long[n];
        long[] items = new long[n];
        for (int i = 0; i < n; i++)
        {
            keys[i] = minKey == maxKey ? minKey : random.NextInt64(minKey, maxKey);
            items[i] = i;
        }

        long[] original = (long[])keys.Clone();
        long[] expected = (long[])keys.Clone();
        Array.Sort(expected);

        LongPairSorter.SortWithScratch(keys, items, new long[n], new long[n], new int[LongPairSorter.MaxBuckets + 1]);

        Assert.Equal(expected, keys);
        Assert.Equal(Enumerable.Range(0, n).Select(i => (long)i), items.Order()); // every item exactly once
        for (int i = 0; i < n; i++)
        {
            Assert.Equal(original[items[i]], keys[i]); // and each still with its own key
        }
    }

    [Fact]
    public void SortWithScratch_ClusteredKeys_Sorted()
    {
        // Outage starts cluster (a bad morning): half the keys within a few nanoseconds, the rest spread over two years.
        var random = new Random(3);
        int n = 5_000;
        long[] keys = new long[n];
        long[] items = new long[n];
        for (int i = 0; i < n; i++)
        {
            keys[i] = i % 2 == 0 ? 630_000_000_000_000L + random.Next(8) : random.NextInt64(630_000_000_000_000L, 630_630_000_000_000L);
            items[i] = keys[i] ^ 0x5555;
        }

        long[] expected = (long[])keys.Clone();
        Array.Sort(expected);

        LongPairSorter.SortWithScratch(keys, items, new long[n], new long[n], new int[LongPairSorter.MaxBuckets + 1]);

        Assert.Equal(expected, keys);
        Assert.All(Enumerable.Range(0, n), i => Assert.Equal(keys[i] ^ 0x5555, items[i]));
    }
}
