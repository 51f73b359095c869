using FsCheck;
using FsCheck.Xunit;
using KpiCore.ServiceDesk;

namespace KpiCore.Tests.ServiceDesk;

public sealed class DurationHistogramTests
{
    private const long Minute = DurationHistogram.NanosPerMinute;

    [Fact]
    public void PercentileMinutes_Empty_IsNull() => Assert.Null(new DurationHistogram().PercentileMinutes(50));

    [Fact]
    public void PercentileMinutes_NearestRank_TruncatesToMinutes()
    {
        var h = new DurationHistogram();
        foreach (long m in new long[] { 10, 20, 30, 40 })
        {
            h.Add((m * Minute) + 59_000_000_000); // 59 s more is truncated
        }

        Assert.Equal(20, h.PercentileMinutes(50)); // rank ceil(2) = 2
        Assert.Equal(40, h.PercentileMinutes(90)); // rank ceil(3.6) = 4
    }

    [Fact]
    public void Index_AboveExactRange_KeepsRelativeResolution()
    {
        Assert.Equal(65_535, DurationHistogram.LowerBound(DurationHistogram.Index(65_535)));
        Assert.Equal(65_536, DurationHistogram.LowerBound(DurationHistogram.Index(65_537))); // 2-minute buckets
        Assert.Equal(131_072, DurationHistogram.LowerBound(DurationHistogram.Index(131_075))); // 4-minute buckets
    }

    [Fact]
    public void PercentileMinutes_Overflow_IsMaxValue()
    {
        var h = new DurationHistogram();
        h.Add((1L << 24) * Minute);
        Assert.Equal(long.MaxValue, h.PercentileMinutes(50));
    }

    [Fact]
    public void Add_CounterPastUInt32_CarriesSoPercentilesStayExact()
    {
        // 2^32 durations of 10 minutes (the 32-bit counter wraps to 0 on the last one) and 2^32 + 1 of 20 minutes.
        var h = new DurationHistogram();
        h.AddToBucket(DurationHistogram.Index(10), uint.MaxValue);
        h.AddToCount(uint.MaxValue);
        h.Add(10 * Minute);
        h.AddToBucket(DurationHistogram.Index(20), (1L << 32) + 1);
        h.AddToCount((1L << 32) + 1);

        // Rank ceil(0.4 * (2^33 + 1)) = 3,435,973,837 <= 2^32: in the 10-minute bucket only if the carry was kept.
        Assert.Equal(10, h.PercentileMinutes(40));
        Assert.Equal(20, h.PercentileMinutes(51)); // rank 4,380,866,642 > 2^32
    }

    [Fact]
    public void Merge_CountersSummingPastUInt32_Carry()
    {
        var a = new DurationHistogram();
        var b = new DurationHistogram();
        a.AddToBucket(DurationHistogram.Index(5), 3_000_000_000);
        a.AddToCount(3_000_000_000);
        b.AddToBucket(DurationHistogram.Index(5), 3_000_000_000);
        b.AddToCount(3_000_000_000);
        b.AddToBucket(DurationHistogram.Index(7), 1_000_000_000);
        b.AddToCount(1_000_000_000);

        a.Merge(b);

        // 6e9 at 5 minutes and 1e9 at 7: the 85th percentile (rank 5.95e9) is 5 minutes only with the carry.
        Assert.Equal(5, a.PercentileMinutes(85));
        Assert.Equal(7, a.PercentileMinutes(86));
    }

    [Property(MaxTest = 200)]
    public bool Merge_AnySplit_EqualsOnePassAndLeavesOtherUnchanged(ushort[] first, ushort[] second, byte repeat)
    {
        // Repeating the inputs crosses the 256-count batches, so merges see both counted and pending durations.
        int times = 1 + (repeat % 4);
        var a = new DurationHistogram();
        var b = new DurationHistogram();
        var one = new DurationHistogram();
        var bAlone = new DurationHistogram();
        for (int t = 0; t < times; t++)
        {
            foreach (ushort m in first)
            {
                a.Add(m * Minute);
                one.Add(m * Minute);
            }

            foreach (ushort m in second)
            {
                b.Add(m * Minute);
                one.Add(m * Minute);
                bAlone.Add(m * Minute);
            }
        }

        a.Merge(b);
        int[] percents = [1, 10, 50, 90, 99, 100];
        return a.Count == one.Count
            && percents.All(p => a.PercentileMinutes(p) == one.PercentileMinutes(p) && b.PercentileMinutes(p) == bAlone.PercentileMinutes(p));
    }

    [Property(MaxTest = 300)]
    public bool PercentileMinutes_SmallValues_MatchSortedNearestRank(NonEmptyArray<ushort> minutes, byte p)
    {
        int percent = 1 + (p % 100);
        var h = new DurationHistogram();
        foreach (ushort m in minutes.Get)
        {
            h.Add(m * Minute);
        }

        long[] sorted = [.. minutes.Get.Select(m => (long)m).Order()];
        int rank = (int)Math.Ceiling(sorted.Length * percent / 100.0);
        return h.PercentileMinutes(percent) == sorted[Math.Max(rank, 1) - 1];
    }

    [Property(MaxTest = 200)]
    public bool Index_AnyMinutes_LowerBoundWithinRelativeResolution(PositiveInt value, byte shift)
    {
        long minutes = Math.Min((long)value.Get << (shift % 8), (1L << 24) - 1);
        long lower = DurationHistogram.LowerBound(DurationHistogram.Index(minutes));
        return lower <= minutes && minutes - lower <= Math.Max(0, minutes / 32768);
    }
}
