using KpiCore.Utility;

namespace KpiCore.Tests.Utility;

public sealed class TickSorterTests
{
    public static TheoryData<int, long, long> Inputs => new()
    {
        { 10_000, 0, 3 }, // few distinct keys: many duplicates, one top bucket per key
        { 10_000, -5_000_000_000_000, 5_000_000_000_000 }, // negative and positive ticks
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

        TickSorter.Sort(keys, items);

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
        TickSorter.RadixSort(keys, items);

        Assert.Equal(Enumerable.Range(0, n).Select(i => (long)i), items.Order());
        for (int i = 0; i < n; i++)
        {
            Assert.Equal(originalKeys[items[i]], keys[i]);
            Assert.True(i == 0 || keys[i - 1] <= keys[i]);
        }
    }
}
