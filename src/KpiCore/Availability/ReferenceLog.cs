using System.Globalization;
using KpiCore.Kpis;

namespace KpiCore.Availability;

/// <summary>The (service, reference) of every accepted record, to find repeats after reading.</summary>
/// <remarks>
/// Two longs per record: the key (service, 32-bit hash of the reference) and the item (record index, slot + 1). The
/// reference strings are read back from the input list when it is one, so only hash collisions touch them again.
/// </remarks>
internal sealed class ReferenceLog(int capacity, IReadOnlyList<Outage?>? source)
{
    private long[] _keys = [];
    private long[] _items = [];
    private string[]? _references; // only when the input is not a list
    private int _count;
    private int _room; // entries the arrays hold

    public void Add(int service, string reference, int record, int slot)
    {
        if (_count == _room)
        {
            int grown = _count == 0 ? Math.Max(capacity, 16) : checked(_count * 2);
            Utility.Pool.Grow(ref _keys, grown, _count);
            Utility.Pool.Grow(ref _items, grown, _count);
            _room = Math.Min(_keys.Length, _items.Length); // rented arrays may be longer than asked for
            if (source is null)
            {
                _references ??= [];
                Utility.Pool.Grow(ref _references, grown, _count);
                _room = Math.Min(_room, _references.Length);
            }
        }

        _keys[_count] = ((long)service << 32) | unchecked((uint)Utility.FastStringHash.Hash(reference));
        _items[_count] = ((long)record << 32) | (uint)(slot + 1);
        if (_references is not null)
        {
            _references[_count] = reference;
        }

        _count++;
    }

    /// <summary>Gives the rented arrays back.</summary>
    public void Release()
    {
        Utility.Pool.Return(_keys);
        Utility.Pool.Return(_items);
        Utility.Pool.Return(_references);
        _keys = _items = [];
        _references = null;
        _count = _room = 0;
    }

    /// <summary>Rejects every record whose (service, reference) an earlier record has, and unlinks its slot.</summary>
    public void RejectRepeats(List<RejectedRecord> rejected, int[] bucketOf)
    {
        if (_count < 2)
        {
            return;
        }

        if (_references is not null)
        {
            // Keep the strings findable after the sort: the item's low half indexes them instead of the slot.
            var slots = new int[_count];
            for (int i = 0; i < _count; i++)
            {
                slots[i] = Low(_items[i]) - 1;
                _items[i] = (_items[i] & ~0xFFFFFFFFL) | (uint)i;
            }

            Sort();
            Scan(rejected, bucketOf, slots);
            return;
        }

        Sort();
        Scan(rejected, bucketOf, null);
    }

    private void Sort()
    {
        if (_count < Utility.TickSorter.RadixThreshold)
        {
            Utility.TickSorter.Sort(_keys.AsSpan(0, _count), _items.AsSpan(0, _count));
            return;
        }

        long[] keyBuffer = Utility.Pool.Rent<long>(_count);
        long[] itemBuffer = Utility.Pool.Rent<long>(_count);
        try
        {
            Utility.TickSorter.RadixSort(_keys.AsSpan(0, _count), _items.AsSpan(0, _count), keyBuffer, itemBuffer);
        }
        finally
        {
            Utility.Pool.Return(keyBuffer);
            Utility.Pool.Return(itemBuffer);
        }
    }

    private void Scan(List<RejectedRecord> rejected, int[] bucketOf, int[]? slots)
    {
        Span<long> keys = _keys.AsSpan(0, _count);
        int runStart = 0;
        for (int i = 1; i <= _count; i++)
        {
            if (i < _count && keys[i] == keys[runStart])
            {
                continue;
            }

            if (i - runStart > 1)
            {
                RejectWithinRun(_items.AsSpan(runStart, i - runStart), rejected, bucketOf, slots);
            }

            runStart = i;
        }
    }

    private static int RecordOf(long item) => (int)(item >> 32);

    private static int Low(long item) => unchecked((int)(uint)item);

    private string ReferenceOf(long item, int[]? slots) =>
        slots is null ? source![RecordOf(item)]!.Reference! : _references![Low(item)];

    private static int SlotOf(long item, int[]? slots) => slots is null ? Low(item) - 1 : slots[Low(item)];

    private void RejectWithinRun(Span<long> run, List<RejectedRecord> rejected, int[] bucketOf, int[]? slots)
    {
        // Equal hashes: group by the exact reference; in each group the earliest record stands.
        for (int a = 0; a < run.Length; a++)
        {
            if (run[a] < 0)
            {
                continue;
            }

            string reference = ReferenceOf(run[a], slots);
            int first = RecordOf(run[a]);
            for (int b = a + 1; b < run.Length; b++)
            {
                if (run[b] >= 0 && string.Equals(ReferenceOf(run[b], slots), reference, StringComparison.Ordinal))
                {
                    first = Math.Min(first, RecordOf(run[b]));
                }
            }

            for (int b = a; b < run.Length; b++)
            {
                long item = run[b];
                if (item < 0 || !string.Equals(ReferenceOf(item, slots), reference, StringComparison.Ordinal))
                {
                    continue;
                }

                run[b] = -1;
                if (RecordOf(item) == first)
                {
                    continue;
                }

                rejected.Add(new RejectedRecord(RecordOf(item), reference, "Reference",
                    string.Create(CultureInfo.InvariantCulture, $"The reference repeats that of record #{first} of the same service; each outage must be recorded once.")));
                int slot = SlotOf(item, slots);
                if (slot >= 0)
                {
                    bucketOf[slot] = -1;
                }
            }
        }
    }
}
