namespace KpiCore.Availability;

/// <summary>
/// The per-record arrays of one calculation, rented (see <see cref="Utility.Pool"/>) and given back by
/// <see cref="Release"/>: each kept record's bucket (service and class) and its start and end in Unix nanoseconds, then the records grouped by service.
/// </summary>
internal sealed class RecordScratch(int capacity)
{
    public int[] BucketOf { get; private set; } = Utility.Pool.Rent<int>(capacity);

    public long[] Starts { get; private set; } = Utility.Pool.Rent<long>(capacity);

    public long[] Ends { get; private set; } = Utility.Pool.Rent<long>(capacity);

    public long[] GroupStarts { get; private set; } = [];

    public long[] GroupEnds { get; private set; } = [];

    public byte[] GroupClass { get; private set; } = [];

    /// <summary>Gets how many records the per-record arrays hold (rented arrays may differ in length).</summary>
    public int Capacity => Math.Min(BucketOf.Length, Math.Min(Starts.Length, Ends.Length));

    /// <summary>Doubles the per-record arrays, keeping their first <paramref name="kept"/> entries.</summary>
    public void Grow(int kept)
    {
        int grown = checked(kept * 2);
        int[] bucketOf = BucketOf;
        long[] starts = Starts, ends = Ends;
        Utility.Pool.Grow(ref bucketOf, grown, kept);
        Utility.Pool.Grow(ref starts, grown, kept);
        Utility.Pool.Grow(ref ends, grown, kept);
        (BucketOf, Starts, Ends) = (bucketOf, starts, ends);
    }

    /// <summary>Rents the grouped arrays for <paramref name="accepted"/> records.</summary>
    public void RentGroups(int accepted)
    {
        GroupStarts = Utility.Pool.Rent<long>(accepted);
        GroupEnds = Utility.Pool.Rent<long>(accepted);
        GroupClass = Utility.Pool.Rent<byte>(accepted);
    }

    /// <summary>Gives every array back.</summary>
    public void Release()
    {
        Utility.Pool.Return(BucketOf);
        Utility.Pool.Return(Starts);
        Utility.Pool.Return(Ends);
        Utility.Pool.Return(GroupStarts);
        Utility.Pool.Return(GroupEnds);
        Utility.Pool.Return(GroupClass);
        (BucketOf, Starts, Ends, GroupStarts, GroupEnds, GroupClass) = ([], [], [], [], [], []);
    }
}
