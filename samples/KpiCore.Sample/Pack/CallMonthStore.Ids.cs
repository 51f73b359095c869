using KpiCore.Sample.Input;

namespace KpiCore.Sample.Pack;

// The duplicate-id check: the first record with an id stands, a later one is rejected as a repeat.
internal sealed partial class CallMonthStore
{
    /// <summary>The deferred hashes are kept in chunks of this many (128 KB): no copying as they grow, 8 bytes per hash.</summary>
    private const int DeferredChunk = 1 << 14;

    /// <summary>
    /// The ids that end in a number (<see cref="CallIdSet"/>): about a bit per id numbered in sequence. A deferring
    /// later range judges these itself (exact within the range); at the merge they repeat an id of the earlier range
    /// exactly when the two sets intersect (<see cref="TryTakeIds"/>).
    /// </summary>
    /// <remarks>
    /// Cost of the whole check for n calls: ids in sequence about 0.13 bytes per call (a 8 KB bitmap per 65,536
    /// numbers); sparse numbers about 2 bytes per call plus 120 per used block of 65,536 values; ids that do not end
    /// in a number (or whose prefix is one past <see cref="CallIdSet.MaxGroups"/>) 16 to 32 bytes each in
    /// <see cref="_ids"/>, and 8 bytes each while a later range defers them.
    /// </remarks>
    private readonly CallIdSet _idSet = new();

    /// <summary>Gets the bytes the duplicate-id check holds now: the set, the table, the deferred hashes.</summary>
    internal long IdBytes => _idSet.Bytes + _ids.Bytes + ((_deferred?.Count ?? 0) * (8L * DeferredChunk));

    /// <summary>Gets whether the call id is new (its record stands), or a repeat of an earlier record's (to be rejected).</summary>
    /// <remarks>A deferring store judges only the ids its set holds; the others' hashes wait for the merge, and count as new here.</remarks>
    private bool IsNewId(string id, long index)
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

                return _ids.TryAdd(id, index, _idAt, out _);
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
