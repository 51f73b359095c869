namespace KpiCore.Sample.Pack;

// Two stores fed consecutive parts of a file, merged so the result equals one store fed every call in order.
internal sealed partial class CallMonthStore
{
    /// <summary>Gets whether a call id was fed to both this store and <paramref name="later"/> (then the later part must be read again after this one, not merged).</summary>
    /// <remarks>
    /// The ids that end in a number by intersecting the two sets (<see cref="Input.CallIdSet.IsDisjointFrom"/>, which also says
    /// shared when either set refused an id); the others by hash: an id is re-read (<c>idAt</c>) only where two hashes
    /// are equal, which is rare unless the id is truly shared.
    /// </remarks>
    internal bool SharesIdWith(CallMonthStore later) =>
        later._deferred is not null ? throw new InvalidOperationException("A store that defers its ids is checked by TryTakeIds.") : !_idSet.IsDisjointFrom(later._idSet) || later._ids.Entries().Any(e => _ids.PositionsWithHash(e.Hash).Exists(p => string.Equals(_idAt(p), later._idAt(e.Position), StringComparison.Ordinal)));

    /// <summary>
    /// Adds the next part's store (part 1, fed the calls after this one's, with no id in common: <see cref="SharesIdWith"/>):
    /// the result equals one store fed every call in order.
    /// </summary>
    internal void Merge(CallMonthStore later)
    {
        if (later._positionBase <= _positionBase || later._firstIndex <= _lastPosition)
        {
            throw new ArgumentException("Only the store of the part after this one can be merged.", nameof(later));
        }

        if (later._deferred is not null && !later._idsTaken)
        {
            throw new ArgumentException("A store that defers its ids is merged after TryTakeIds.", nameof(later));
        }

        _monthly.Merge(later._monthly);
        foreach ((int position, int at) in later._rejectionAt)
        {
            _rejectionAt[position] = _rejections.Count + at;
        }

        _rejections.AddRange(later._rejections);
        foreach ((int position, var suspect) in later._suspects)
        {
            _suspects[position] = suspect;
        }

        foreach ((var life, (int valid, int rejected)) in later._lives)
        {
            (int v, int r) = _lives.GetValueOrDefault(life);
            _lives[life] = (v + valid, r + rejected);
        }

        if (later._deferred is not null)
        {
            _sealed = true; // its ids are in the table without their positions (TryTakeIds): no call may be checked against them
        }

        _idSet.UnionWith(later._idSet); // disjoint (SharesIdWith, TryTakeIds): the later set's blocks are taken over, the one block both have ORed
        foreach ((ulong hash, long position) in later._ids.Entries())
        {
            _ids.AddDistinct(hash, position); // no id in common (SharesIdWith), so no id is re-read
        }

        Count += later.Count;
        _lastPosition = Math.Max(_lastPosition, later._lastPosition);
        File ??= later.File;
    }

    /// <summary>
    /// Checks that no id of a later range that deferred its ids (<c>deferIds</c>) repeats one of this store's, and adds
    /// the hashes it deferred to this store's table, in record order. A later range's ids that end in a number were
    /// judged there (a repeat within the range is rejected there, as one pass would: its first record is in that range
    /// unless the id is in this one too); they repeat one of this store's exactly when the two sets intersect. The
    /// others' hashes: one already in the table or twice in the range is a possible repeat. Either way one pass would
    /// have judged those calls against this store's ids, so the range must be read again into this store (then
    /// nothing is added). A repeat within the later range of an id also in this one is caught by the intersection.
    /// </summary>
    /// <remarks>
    /// The sets are joined later, by <see cref="Merge"/> (after the names are checked; nothing to give back). The
    /// hashes: a 64-bit collision between two different ids (about n²/2⁶⁵) only makes the range be read again, which is
    /// exact anyway; they go in without their positions, so after the merge this store takes no more calls. Cost: the
    /// blocks both sets have (one, for ids in sequence), plus a table probe per deferred hash (none in most exports):
    /// no serial pass over the calls.
    /// </remarks>
    /// <returns>True when no id can repeat (the later store's figures are those of one pass): merge it next.</returns>
    internal bool TryTakeIds(CallMonthStore later)
    {
        if (later._deferred is null)
        {
            throw new ArgumentException("Only a store that defers its ids gives them by hash.", nameof(later));
        }

        if (!_idSet.IsDisjointFrom(later._idSet))
        {
            return false;
        }

        _ids.Reserve(later._deferredCount); // no growth while adding, so that the adds can be undone exactly
        const int Ahead = 16; // slots loaded this many adds ahead: the table is tens of MB, each probe a cache miss
        uint touched = 0;
        for (int i = 0; i < later._deferredCount; i++)
        {
            if (i + Ahead < later._deferredCount)
            {
                touched ^= _ids.Touch(later.Deferred(i + Ahead));
            }

            if (!_ids.TryAddHash(later.Deferred(i), later._firstIndex))
            {
                Untake(later, i);
                return false;
            }
        }

        later._idsTaken = true;
        _touched = touched;
        return true;
    }

    /// <summary>Takes back out the ids <see cref="TryTakeIds"/> added (when the range must be read again for another reason).</summary>
    internal void GiveBackIds(CallMonthStore later)
    {
        if (!later._idsTaken)
        {
            throw new InvalidOperationException("The later store's ids were not taken.");
        }

        Untake(later, later._deferredCount);
        later._idsTaken = false;
    }

    /// <summary>Takes out the first <paramref name="count"/> deferred ids of <paramref name="later"/>, last first.</summary>
    private void Untake(CallMonthStore later, int count)
    {
        for (int k = count - 1; k >= 0; k--)
        {
            _ids.RemoveLast(later.Deferred(k), later._firstIndex);
        }
    }
}
