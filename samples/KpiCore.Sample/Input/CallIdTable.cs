namespace KpiCore.Sample.Input;

/// <summary>
/// The duplicate-id check of a streaming reader, in explicit, bounded memory: an open-addressing table of 64-bit id
/// hashes, each with the position of the first record that had it (its byte offset in the file, or any number the
/// caller can map back to that record's id). The first record with an id stands; a later one is a repeat.
/// </summary>
/// <remarks>
/// <para>
/// Memory: 12 bytes per slot (the 64-bit hash and 32 bits of position; 2 bytes more per slot once a position reaches
/// 4 GB), the slots a power of two at most three quarters used: 16 to 32 bytes per distinct id, 1.5 times that while
/// the table doubles (1M ids: 2^21 slots, 25 MB; 10M ids: 2^24 slots, 201 MB). A caller that knows about how many ids
/// are coming gives that capacity and the table never doubles. The ids themselves are not kept.
/// </para>
/// <para>
/// Exactness: equal hashes do not prove equal ids, so on a hash match the table asks the caller for the earlier
/// record's id (<c>idAt(position)</c>, for example a positional re-read of the file) and compares ordinally: a true
/// repeat is reported, a collision is stored beside it. No id is ever reported as a repeat of a different id, and no
/// repeat is missed. With 64-bit hashes a collision is rare (about n²/2⁶⁵: 3·10⁻⁶ for 10M ids), so the confirmation
/// costs nothing in practice; the test forces every hash equal to check the rule.
/// </para>
/// </remarks>
internal sealed class CallIdTable
{
    private const double MaxLoad = 0.75;

    private readonly Func<string, ulong> _hash;
    private ulong[] _hashes;
    private uint[] _low;     // position + 1, its low 32 bits (0 with _high 0 = empty slot)
    private ushort[]? _high; // its bits 32-47, made when a position reaches 2^32 - 1 (files of 4 GB and more)
    private int _count;

    /// <summary>Creates an empty table.</summary>
    /// <param name="capacity">The expected number of distinct ids (the table grows past it).</param>
    /// <param name="hash">The id hash; null for <see cref="Hash"/> (tests pass a degenerate one).</param>
    internal CallIdTable(int capacity = 1024, Func<string, ulong>? hash = null)
    {
        _hash = hash ?? Hash;
        // Any size (not only powers of two): the slot is the hash's fraction of it, so the table is no more than 1/MaxLoad of the ids.
        int size = (int)Math.Min(Math.Max(16, Math.Ceiling(capacity / MaxLoad)), Array.MaxLength);
        _hashes = new ulong[size];
        _low = new uint[size];
    }

    /// <summary>Gets the number of distinct ids held.</summary>
    internal int Count => _count;

    /// <summary>Gets the bytes the table holds now (its two arrays).</summary>
    internal long Bytes => ((long)_hashes.Length * (sizeof(ulong) + sizeof(uint))) + ((_high?.Length ?? 0) * sizeof(ushort));

    /// <summary>Adds an id at a position unless it is there already.</summary>
    /// <param name="id">The record's id.</param>
    /// <param name="position">The record's position (not negative), given back to <paramref name="idAt"/> later.</param>
    /// <param name="idAt">Gives the id of the record at an earlier position (called only on a hash match).</param>
    /// <param name="firstPosition">The position of the earlier record with this id, when it is a repeat.</param>
    /// <returns>True when the id is new (the record stands); false when an earlier record has it (a repeat).</returns>
    internal bool TryAdd(string id, long position, Func<long, string> idAt, out long firstPosition)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        ulong h = _hash(id);
        int slot = Home(h);
        while (Used(slot))
        {
            if (_hashes[slot] == h && string.Equals(idAt(PositionAt(slot)), id, StringComparison.Ordinal))
            {
                firstPosition = PositionAt(slot);
                return false;
            }

            slot = Next(slot);
        }

        Set(slot, h, position);
        firstPosition = -1;
        if (++_count > _hashes.Length * MaxLoad)
        {
            Grow();
        }

        return true;
    }

    /// <summary>Finds an id without adding it.</summary>
    /// <returns>The position of the record with this id, or -1.</returns>
    internal long Find(string id, Func<long, string> idAt)
    {
        ulong h = _hash(id);
        int slot = Home(h);
        while (Used(slot))
        {
            if (_hashes[slot] == h && string.Equals(idAt(PositionAt(slot)), id, StringComparison.Ordinal))
            {
                return PositionAt(slot);
            }

            slot = Next(slot);
        }

        return -1;
    }

    /// <summary>Gets the hash this table gives an id (to probe another table without the id: <see cref="PositionsWithHash"/>).</summary>
    internal ulong HashOf(string id) => _hash(id);

    /// <summary>The ids held as (hash, position), in slot order: each distinct id's first record.</summary>
    internal IEnumerable<(ulong Hash, long Position)> Entries()
    {
        for (int i = 0; i < _hashes.Length; i++)
        {
            if (Used(i))
            {
                yield return (_hashes[i], PositionAt(i));
            }
        }
    }

    /// <summary>The positions of the ids held with this hash (candidates only: equal hashes do not prove equal ids).</summary>
    internal List<long> PositionsWithHash(ulong hash)
    {
        var found = new List<long>();
        int slot = Home(hash);
        while (Used(slot))
        {
            if (_hashes[slot] == hash)
            {
                found.Add(PositionAt(slot));
            }

            slot = Next(slot);
        }

        return found;
    }

    /// <summary>Adds an id known to be new to the table (the caller has checked that no id held equals it) by its hash, without re-reading any id.</summary>
    internal void AddDistinct(ulong hash, long position)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        int slot = Home(hash);
        while (Used(slot))
        {
            slot = Next(slot);
        }

        Set(slot, hash, position);
        if (++_count > _hashes.Length * MaxLoad)
        {
            Grow();
        }
    }

    /// <summary>Makes room for <paramref name="more"/> ids beyond those held, so that adding them never grows the table (and <see cref="RemoveLast"/> can undo them).</summary>
    internal void Reserve(int more)
    {
        while (_count + (long)more > _hashes.Length * MaxLoad)
        {
            Grow();
        }
    }

    /// <summary>Adds a hash at a position unless the hash is held already (one probe both finds and adds).</summary>
    /// <returns>False when an id with this hash is held (a candidate repeat): nothing was added.</returns>
    internal bool TryAddHash(ulong hash, long position)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        int slot = Home(hash);
        for (; Used(slot); slot = Next(slot))
        {
            if (_hashes[slot] == hash)
            {
                return false;
            }
        }

        Set(slot, hash, position);
        if (++_count > _hashes.Length * MaxLoad)
        {
            Grow();
        }

        return true;
    }

    /// <summary>
    /// Takes out the id last added with this hash and position. Exact only in the reverse order of adding (the entries
    /// added after it are taken out first), which restores the table as it was before those adds: with linear probing
    /// and no removal in between, the last entry added sits in a slot that was empty before.
    /// </summary>
    internal void RemoveLast(ulong hash, long position)
    {
        for (int slot = Home(hash); Used(slot); slot = Next(slot))
        {
            if (_hashes[slot] == hash && PositionAt(slot) == position)
            {
                _hashes[slot] = 0;
                _low[slot] = 0;
                if (_high is not null)
                {
                    _high[slot] = 0;
                }

                _count--;
                return;
            }
        }

        throw new InvalidOperationException("The id to take out is not in the table.");
    }

    /// <summary>A 64-bit hash of the id's UTF-16 code units (FNV-1a with a final avalanche); the same in every run.</summary>
    internal static ulong Hash(string id)
    {
        ulong h = 14695981039346656037UL;
        foreach (char c in id)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return Mix(h ^ (ulong)id.Length);
    }

    /// <summary>The murmur3 finaliser: spreads every bit of the hash into the low bits used for the slot.</summary>
    private static ulong Mix(ulong h)
    {
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53UL;
        return h ^ (h >> 33);
    }

    /// <summary>The first slot to try for a hash: its fraction of the table's size (Lemire's multiply-shift, any size).</summary>
    private int Home(ulong hash) => (int)Math.BigMul(Mix(hash), (ulong)_hashes.Length, out _);

    private int Next(int slot) => slot + 1 == _hashes.Length ? 0 : slot + 1;

    private bool Used(int slot) => _low[slot] != 0 || (_high is not null && _high[slot] != 0);

    private long PositionAt(int slot) => ((long)(_high?[slot] ?? 0) << 32 | _low[slot]) - 1;

    private void Set(int slot, ulong hash, long position)
    {
        long stored = position + 1;
        if (stored >= 1L << 48)
        {
            throw new ArgumentOutOfRangeException(nameof(position), position, "Positions are below 2^48 (a 256 TB file).");
        }

        if (stored >> 32 != 0)
        {
            _high ??= new ushort[_hashes.Length];
        }

        _hashes[slot] = hash;
        _low[slot] = (uint)stored;
        if (_high is not null)
        {
            _high[slot] = (ushort)(stored >> 32);
        }
    }

    private void Grow()
    {
        ulong[] hashes = _hashes;
        uint[] low = _low;
        ushort[]? high = _high;
        _hashes = new ulong[hashes.Length * 2];
        _low = new uint[low.Length * 2];
        _high = high is null ? null : new ushort[high.Length * 2];
        for (int i = 0; i < hashes.Length; i++)
        {
            if (low[i] == 0 && (high is null || high[i] == 0))
            {
                continue;
            }

            int slot = Home(hashes[i]);
            while (Used(slot))
            {
                slot = Next(slot);
            }

            _hashes[slot] = hashes[i];
            _low[slot] = low[i];
            if (_high is not null)
            {
                _high[slot] = high![i];
            }
        }
    }
}
