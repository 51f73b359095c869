namespace KpiCore.Availability;

/// <summary>Per-period accumulators for one service, reused across services: times in nanoseconds, downtime weighted.</summary>
internal sealed class PeriodTotals(int periods)
{
    public readonly long[] Measured = new long[periods];
    public readonly long[] Excluded = new long[periods];
    public readonly long[] Level = new long[periods];
    public readonly decimal[] Downtime = new decimal[periods];
    public readonly decimal[] Unplanned = new decimal[periods];
    public readonly int[] Count = new int[periods];
    public readonly long[] Longest = new long[periods];
    public readonly long[] Total = new long[periods];

    public void Reset()
    {
        Array.Clear(Measured);
        Array.Clear(Excluded);
        Array.Clear(Level);
        Array.Clear(Downtime);
        Array.Clear(Unplanned);
        Array.Clear(Count);
        Array.Clear(Longest);
        Array.Clear(Total);
    }
}
