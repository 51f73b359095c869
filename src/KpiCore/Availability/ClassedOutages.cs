using KpiCore.Time;

namespace KpiCore.Availability;

/// <summary>
/// One service's outages, sorted once by start, from which the union of any combination of classes is one linear
/// merge (instead of a sorted set per class and a union per combination). Buffers are reused across services.
/// </summary>
internal sealed class ClassedOutages(long[] starts, long[] ends, byte[] classes, int largest)
{
    /// <summary>The number of outage classes: a record's class is <c>kind * 3 + impact</c>, from 0 to 5.</summary>
    internal const int Classes = 6;

    /// <summary>The bit of an outage class (kind x impact) in a class mask.</summary>
    internal static int ClassBit(OutageKind kind, OutageImpact impact) => 1 << (((int)kind * 3) + (int)impact);

    /// <summary>The classes of <paramref name="kind"/> with the impacts in <paramref name="impacts"/> (bit <c>1 &lt;&lt; (int)impact</c> each), as a class mask.</summary>
    internal static int ClassMask(OutageKind kind, int impacts) => impacts << ((int)kind * 3);

    private readonly long[] _keys = new long[largest];
    private readonly long[] _items = new long[largest];
    private readonly long[] _tmpKeys = new long[largest];
    private readonly long[] _tmpItems = new long[largest];
    private readonly long[] _outStarts = new long[largest];
    private readonly long[] _outEnds = new long[largest];
    private readonly int[] _buckets = new int[Utility.LongPairSorter.MaxBuckets + 1];
    private readonly IntervalSet?[] _byMask = new IntervalSet?[1 << Classes]; // one per mask of the six classes
    private int _offset;
    private int _count;
    private int _present;

    /// <summary>Loads the service whose records are at [offset, offset + count) of the grouped arrays.</summary>
    public void Load(int offset, int count)
    {
        _offset = offset;
        _count = count;
        _present = 0;
        Array.Clear(_byMask);
        Span<long> keys = _keys.AsSpan(0, count);
        Span<long> items = _items.AsSpan(0, count);
        starts.AsSpan(offset, count).CopyTo(keys);
        for (int i = 0; i < count; i++)
        {
            items[i] = i;
            _present |= 1 << classes[offset + i];
        }

        Utility.LongPairSorter.SortWithScratch(keys, items, _tmpKeys, _tmpItems, _buckets);
    }

    /// <summary>Returns a value indicating whether the service has a record of any class in <paramref name="mask"/>.</summary>
    public bool Any(int mask) => (_present & mask) != 0;

    /// <summary>The union of the service's outages of the classes in <paramref name="mask"/>, normalised.</summary>
    public IntervalSet Union(int mask)
    {
        if ((_present & mask) == 0)
        {
            return IntervalSet.Empty;
        }

        if (_byMask[mask] is IntervalSet known)
        {
            return known;
        }

        ReadOnlySpan<long> keys = _keys.AsSpan(0, _count);
        ReadOnlySpan<long> items = _items.AsSpan(0, _count);
        ReadOnlySpan<long> serviceEnds = ends.AsSpan(_offset, _count);
        ReadOnlySpan<byte> serviceClasses = classes.AsSpan(_offset, _count);
        long[] outStarts = _outStarts;
        long[] outEnds = _outEnds;
        int w = 0;
        for (int j = 0; j < keys.Length; j++)
        {
            int record = (int)items[j];
            if (((mask >> serviceClasses[record]) & 1) == 0)
            {
                continue;
            }

            long start = keys[j];
            long end = serviceEnds[record];
            NanoIntervals.Append(outStarts, outEnds, ref w, start, end); // records are non-empty, in order of start
        }

        IntervalSet set = IntervalSet.FromNormalizedNanos(outStarts.AsSpan(0, w).ToArray(), outEnds.AsSpan(0, w).ToArray());
        _byMask[mask] = set;
        return set;
    }
}
