namespace KpiCore.Utility;

/// <summary>
/// Finds, in a batch of records, every record whose (group, key) an earlier record has: repeated references per
/// service, repeated ids per file. Built for millions of records: it sorts hashes rather than keeping a dictionary of
/// every key, which is several times slower at that size, and compares the key strings only where hashes are equal.
/// </summary>
/// <remarks>
/// <para>
/// Two longs per record, in rented arrays (see <see cref="Pool"/>): the sort key (group, 32-bit hash of the key, see
/// <see cref="FastStringHash"/>) and the item (record position, tag + 1). Given <c>keyAt</c> (the key of a record
/// position, such as a lookup in the input list), the key strings are read back through it and not stored; otherwise
/// they are kept beside the longs. Keys compare ordinally. In every group of records with equal (group, key) the one
/// with the lowest record position stands and the others are repeats, whatever order they were added in.
/// </para>
/// <para>Give the arrays back with <see cref="Release"/> when done. Not thread-safe.</para>
/// <para>
/// When each record must be decided as it arrives (a streaming accumulator, a reader that counts as it goes), use the
/// streaming members instead (<c>RepeatedKeyFinder.Streaming.cs</c>): the same rule, one key per record, ordinal
/// comparison, the first record with a key stands, on a hash set of the keys seen.
/// </para>
/// </remarks>
/// <param name="capacity">How many records to make room for at first; the arrays grow as needed.</param>
/// <param name="keyAt">The key of the record at a position, or null to store the keys added.</param>
internal sealed partial class RepeatedKeyFinder(int capacity, Func<int, string>? keyAt)
{
    private long[] _keys = [];
    private long[] _items = [];
    private string[]? _references; // only without keyAt
    private int _count;
    private int _room; // entries the arrays hold

    /// <summary>Adds a record.</summary>
    /// <param name="group">The group the key must be unique in, from 0 to <see cref="int.MaxValue"/> (such as a service index).</param>
    /// <param name="key">The key; with <c>keyAt</c>, the same string <c>keyAt(record)</c> returns.</param>
    /// <param name="record">The record's position in the batch, at least 0.</param>
    /// <param name="tag">A number handed back with a repeat (such as where the caller keeps the record), at least -1.</param>
    public void Add(int group, string key, int record, int tag)
    {
        if (_count == _room)
        {
            int grown = _count == 0 ? Math.Max(capacity, 16) : checked(_count * 2);
            Pool.Grow(ref _keys, grown, _count);
            Pool.Grow(ref _items, grown, _count);
            _room = Math.Min(_keys.Length, _items.Length); // rented arrays may be longer than asked for
            if (keyAt is null)
            {
                _references ??= [];
                Pool.Grow(ref _references, grown, _count);
                _room = Math.Min(_room, _references.Length);
            }
        }

        _keys[_count] = ((long)group << 32) | unchecked((uint)FastStringHash.Hash(key));
        _items[_count] = ((long)record << 32) | (uint)(tag + 1);
        if (_references is not null)
        {
            _references[_count] = key;
        }

        _count++;
    }

    /// <summary>Gives the rented arrays back; the finder is empty afterwards.</summary>
    public void Release()
    {
        Pool.Return(_keys);
        Pool.Return(_items);
        Pool.Return(_references);
        _keys = _items = [];
        _references = null;
        _count = _room = 0;
    }

    /// <summary>Appends every repeat to <paramref name="repeats"/>, in no particular order; call once, after the last <see cref="Add"/>.</summary>
    /// <param name="repeats">Receives one entry per record whose (group, key) a record of lower position has.</param>
    public void FindRepeats(List<RepeatedKey> repeats)
    {
        if (_count < 2)
        {
            return;
        }

        if (_references is not null)
        {
            // Keep the strings findable after the sort: the item's low half indexes them instead of the tag.
            var tags = new int[_count];
            for (int i = 0; i < _count; i++)
            {
                tags[i] = Low(_items[i]) - 1;
                _items[i] = (_items[i] & ~0xFFFFFFFFL) | (uint)i;
            }

            Sort();
            Scan(repeats, tags);
            return;
        }

        Sort();
        Scan(repeats, null);
    }

    private void Sort()
    {
        if (_count < LongPairSorter.RadixThreshold)
        {
            LongPairSorter.Sort(_keys.AsSpan(0, _count), _items.AsSpan(0, _count));
            return;
        }

        long[] keyBuffer = Pool.Rent<long>(_count);
        long[] itemBuffer = Pool.Rent<long>(_count);
        try
        {
            LongPairSorter.RadixSort(_keys.AsSpan(0, _count), _items.AsSpan(0, _count), keyBuffer, itemBuffer);
        }
        finally
        {
            Pool.Return(keyBuffer);
            Pool.Return(itemBuffer);
        }
    }

    private void Scan(List<RepeatedKey> repeats, int[]? tags)
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
                RepeatsWithinRun(_items.AsSpan(runStart, i - runStart), repeats, tags);
            }

            runStart = i;
        }
    }

    private static int RecordOf(long item) => (int)(item >> 32);

    private static int Low(long item) => unchecked((int)(uint)item);

    private string KeyOf(long item, int[]? tags) =>
        tags is null ? keyAt!(RecordOf(item)) : _references![Low(item)];

    private static int TagOf(long item, int[]? tags) => tags is null ? Low(item) - 1 : tags[Low(item)];

    private void RepeatsWithinRun(Span<long> run, List<RepeatedKey> repeats, int[]? tags)
    {
        // Equal hashes: group by the exact key; in each group the earliest record stands.
        for (int a = 0; a < run.Length; a++)
        {
            if (run[a] < 0)
            {
                continue;
            }

            string key = KeyOf(run[a], tags);
            int first = RecordOf(run[a]);
            for (int b = a + 1; b < run.Length; b++)
            {
                if (run[b] >= 0 && string.Equals(KeyOf(run[b], tags), key, StringComparison.Ordinal))
                {
                    first = Math.Min(first, RecordOf(run[b]));
                }
            }

            for (int b = a; b < run.Length; b++)
            {
                long item = run[b];
                if (item < 0 || !string.Equals(KeyOf(item, tags), key, StringComparison.Ordinal))
                {
                    continue;
                }

                run[b] = -1;
                if (RecordOf(item) == first)
                {
                    continue;
                }

                repeats.Add(new RepeatedKey(RecordOf(item), TagOf(item, tags), first, key));
            }
        }
    }
}
