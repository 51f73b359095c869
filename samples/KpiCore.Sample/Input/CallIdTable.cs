namespace KpiCore.Sample.Input;

/// <summary>
/// The duplicate-id check of a streaming reader, in explicit, bounded memory: an open-addressing table of 64-bit id
/// hashes, each with the position of the first record that had it (its byte offset in the file, or any number the
/// caller can map back to that record's id). The first record with an id stands; a later one is a repeat.
/// </summary>
/// <remarks>
/// <para>
/// Memory: 16 bytes per slot (hash and position), at most half the slots used, so at most 32 bytes per distinct id
/// (1M ids: 32 MB; 10M: 320 MB), 48 while the table doubles. The ids themselves are not kept.
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
    private const double MaxLoad = 0.5;

    private readonly Func<string, ulong> _hash;
    private ulong[] _hashes;
    private long[] _positions; // -1 = empty slot
    private int _mask;
    private int _count;

    /// <summary>Creates an empty table.</summary>
    /// <param name="capacity">The expected number of distinct ids (the table grows past it).</param>
    /// <param name="hash">The id hash; null for <see cref="Hash"/> (tests pass a degenerate one).</param>
    internal CallIdTable(int capacity = 1024, Func<string, ulong>? hash = null)
    {
        _hash = hash ?? Hash;
        int size = 16;
        while (size * MaxLoad < capacity)
        {
            size *= 2;
        }

        _hashes = new ulong[size];
        _positions = new long[size];
        Array.Fill(_positions, -1L);
        _mask = size - 1;
    }

    /// <summary>Gets the number of distinct ids held.</summary>
    internal int Count => _count;

    /// <summary>Gets the bytes the table holds now (its two arrays).</summary>
    internal long Bytes => (long)_hashes.Length * (sizeof(ulong) + sizeof(long));

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
        int slot = (int)(Mix(h) & (uint)_mask);
        while (_positions[slot] >= 0)
        {
            if (_hashes[slot] == h && string.Equals(idAt(_positions[slot]), id, StringComparison.Ordinal))
            {
                firstPosition = _positions[slot];
                return false;
            }

            slot = (slot + 1) & _mask;
        }

        _hashes[slot] = h;
        _positions[slot] = position;
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
        int slot = (int)(Mix(h) & (uint)_mask);
        while (_positions[slot] >= 0)
        {
            if (_hashes[slot] == h && string.Equals(idAt(_positions[slot]), id, StringComparison.Ordinal))
            {
                return _positions[slot];
            }

            slot = (slot + 1) & _mask;
        }

        return -1;
    }

    /// <summary>Gets the hash this table gives an id (to probe another table without the id: <see cref="PositionsWithHash"/>).</summary>
    internal ulong HashOf(string id) => _hash(id);

    /// <summary>The ids held as (hash, position), in slot order: each distinct id's first record.</summary>
    internal IEnumerable<(ulong Hash, long Position)> Entries()
    {
        for (int i = 0; i < _positions.Length; i++)
        {
            if (_positions[i] >= 0)
            {
                yield return (_hashes[i], _positions[i]);
            }
        }
    }

    /// <summary>The positions of the ids held with this hash (candidates only: equal hashes do not prove equal ids).</summary>
    internal List<long> PositionsWithHash(ulong hash)
    {
        var found = new List<long>();
        int slot = (int)(Mix(hash) & (uint)_mask);
        while (_positions[slot] >= 0)
        {
            if (_hashes[slot] == hash)
            {
                found.Add(_positions[slot]);
            }

            slot = (slot + 1) & _mask;
        }

        return found;
    }

    /// <summary>Adds an id known to be new to the table (the caller has checked that no id held equals it) by its hash, without re-reading any id.</summary>
    internal void AddDistinct(ulong hash, long position)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        int slot = (int)(Mix(hash) & (uint)_mask);
        while (_positions[slot] >= 0)
        {
            slot = (slot + 1) & _mask;
        }

        _hashes[slot] = hash;
        _positions[slot] = position;
        if (++_count > _hashes.Length * MaxLoad)
        {
            Grow();
        }
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

    private void Grow()
    {
        ulong[] hashes = _hashes;
        long[] positions = _positions;
        _hashes = new ulong[hashes.Length * 2];
        _positions = new long[positions.Length * 2];
        Array.Fill(_positions, -1L);
        _mask = _hashes.Length - 1;
        for (int i = 0; i < hashes.Length; i++)
        {
            if (positions[i] < 0)
            {
                continue;
            }

            int slot = (int)(Mix(hashes[i]) & (uint)_mask);
            while (_positions[slot] >= 0)
            {
                slot = (slot + 1) & _mask;
            }

            _hashes[slot] = hashes[i];
            _positions[slot] = positions[i];
        }
    }
}
