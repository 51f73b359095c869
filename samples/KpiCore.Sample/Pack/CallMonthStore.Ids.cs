using KpiCore.Sample.Input;

namespace KpiCore.Sample.Pack;

// The duplicate-id check: the first record with an id stands, a later one is rejected as a repeat.
internal sealed partial class CallMonthStore
{
    /// <summary>The deferred hashes are kept in chunks of this many (128 KB): no copying as they grow, 8 bytes per hash.</summary>
    private const int DeferredChunk = 1 << 14;

    /// <summary>How many ids the set does not hold are seen before the table is sized for the rest (<see cref="SizeTableFromSample"/>).</summary>
    private const int SizingSample = 4096;

    private int _notHeld; // ids seen that the set does not hold (and so went to the table)

    /// <summary>
    /// The ids that end in a number (<see cref="CallIdSet"/>): about a bit per id numbered in sequence. A deferring
    /// later range judges these itself (exact within the range); at the merge they repeat an id of the earlier range
    /// exactly when the two sets intersect (<see cref="TryTakeIds"/>).
    /// </summary>
    /// <remarks>
    /// Cost of the whole check for n calls: ids in sequence about 0.13 bytes per call (a 8 KB bitmap per 65,536
    /// numbers); sparse numbers about 2 bytes per call plus 120 per used block of 65,536 values; ids that do not end
    /// in a number (or whose prefix is one past <see cref="CallIdSet.MaxGroups"/>) about 16.8 bytes each in
    /// <see cref="_ids"/> once it is sized from their share (<see cref="SizeTableFromSample"/>; 16 to 32 when the
    /// number of calls is not known), and 8 bytes each while a later range defers them. Measured at 10M calls whose
    /// ids all end in a letter: 301 MB peak for the whole pack, against 91 MB for ids in sequence.
    /// </remarks>
    private readonly CallIdSet _idSet = new();

    /// <summary>Gets the bytes the duplicate-id check holds now: the set, the table, the deferred hashes.</summary>
    internal long IdBytes => _idSet.Bytes + _ids.Bytes + ((_deferred?.Count ?? 0) * (8L * DeferredChunk));

    /// <summary>Gets whether the call id is new (its record stands), or a repeat of an earlier record's (to be rejected).</summary>
    /// <remarks>A deferring store judges only the ids its set holds; the others' hashes wait for the merge, and count as new here.</remarks>
    private bool IsNewId(ReadOnlySpan<char> id, long index)
    {
        switch (_idSet.TryAdd(id))
        {
            case CallIdSet.Answer.Added:
                return true;
            case CallIdSet.Answer.Present:
                return false;
            default:
                if (_deferred is not null)
                {
                    Defer(CallIdTable.Hash(id));
                    return true;
                }

                if (++_notHeld == SizingSample && _idCapacity > 0)
                {
                    SizeTableFromSample();
                }

                return _ids.TryAdd(id, index, _idAt, out _);
        }
    }

    /// <summary>
    /// Sizes the table once, when the first <see cref="SizingSample"/> ids the set does not hold have come: for the
    /// share of such ids among the calls so far, times the calls expected (the pre-scan's estimate for the whole file,
    /// which covers a later range's ids added at the merge), plus 5%. A file of ids that do not end in a number then
    /// costs 16 bytes per id in one table that does not grow, instead of 16-32 plus the arrays each doubling leaves
    /// behind; a file with a few such ids never reaches the sample and keeps a small table. Only the size depends on it.
    /// </summary>
    private void SizeTableFromSample()
    {
        double share = (double)_notHeld / Count;
        long expected = (long)Math.Ceiling(share * _idCapacity * 1.05);
        if (expected > _ids.Count)
        {
            _ids.Reserve((int)Math.Min(int.MaxValue / 2, expected - _ids.Count));
        }
    }

    /// <summary>Gets the <paramref name="i"/>-th deferred hash.</summary>
    private ulong Deferred(int i) => _deferred![i / DeferredChunk][i % DeferredChunk];

    /// <summary>Keeps a deferred id's hash, in record order.</summary>
    private void Defer(ulong hash)
    {
        if (_deferredCount % DeferredChunk == 0)
        {
            _deferred!.Add(new ulong[DeferredChunk]);
        }

        _deferred![^1][_deferredCount++ % DeferredChunk] = hash;
    }
}
