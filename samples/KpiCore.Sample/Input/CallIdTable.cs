using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace KpiCore.Sample.Input;

/// <summary>
/// The duplicate-id check of a streaming reader, in explicit, bounded memory: an open-addressing table of 64-bit id
/// hashes, each with the position of the first record that had it (its byte offset in the file, or any number the
/// caller can map back to that record's id). The first record with an id stands; a later one is a repeat.
/// </summary>
/// <remarks>
/// <para>
/// Memory: 12 bytes per slot (the 64-bit hash and 32 bits of position; 2 bytes more per slot once a position reaches
/// 4 GB), the slots any number (not a power of two) at most three quarters used. A table given its capacity holds 16
/// bytes per distinct id and never grows (1M ids: 16 MB; 10M ids: 160 MB); past its capacity it doubles, so 16 to 32
/// bytes per id, 1.5 times that while doubling. The ids themselves are not kept. The streaming reader's second range
/// keeps no table: 8 bytes per call (the hash), added here at the merge (<see cref="TryAddHash"/>, undone in reverse by
/// <see cref="RemoveLast"/> when that range must be read again), so a file of n calls in two ranges needs about
/// 16·n·1.05 + 8·n/2 bytes at the end of the read (the 5% is the pre-scan estimate's margin): 21 MB per million calls.
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
    /// <summary>A hash of an id's characters (<see cref="Hash"/>, or a degenerate one in tests).</summary>
    internal delegate ulong IdHash(ReadOnlySpan<char> id);

    private const double MaxLoad = 0.75;

    private readonly IdHash _hash;
    private Slot[] _slots;   // hash and position + 1 (its low 32 bits; 0 with _high 0 = empty slot) side by side: one cache miss per probe, not two
    private ushort[]? _high; // its bits 32-47, made when a position reaches 2^32 - 1 (files of 4 GB and more)
    private int _count;

    /// <summary>Creates an empty table.</summary>
    /// <param name="capacity">The expected number of distinct ids (the table grows past it).</param>
    /// <param name="hash">The id hash; null for <see cref="Hash"/> (tests pass a degenerate one).</param>
    internal CallIdTable(int capacity = 1024, IdHash? hash = null)
    {
        _hash = hash ?? Hash;
        // Any size (not only powers of two): the slot is the hash's fraction of it, so the table is no more than 1/MaxLoad of the ids.
        int size = (int)Math.Min(Math.Max(16, Math.Ceiling(capacity / MaxLoad)), Array.MaxLength);
        _slots = new Slot[size];
    }

    /// <summary>Gets the number of distinct ids held.</summary>
    internal int Count => _count;

    /// <summary>Gets the bytes the table holds now (its two arrays).</summary>
    internal long Bytes => ((long)_slots.Length * Unsafe.SizeOf<Slot>()) + ((_high?.Length ?? 0) * sizeof(ushort));

    /// <summary>Adds an id at a position unless it is there already.</summary>
    /// <param name="id">The record's id.</param>
    /// <param name="position">The record's position (not negative), given back to <paramref name="idAt"/> later.</param>
    /// <param name="idAt">Gives the id of the record at an earlier position (called only on a hash match).</param>
    /// <param name="firstPosition">The position of the earlier record with this id, when it is a repeat.</param>
    /// <returns>True when the id is new (the record stands); false when an earlier record has it (a repeat).</returns>
    internal bool TryAdd(ReadOnlySpan<char> id, long position, Func<long, string> idAt, out long firstPosition)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        ulong h = _hash(id);
        int slot = Home(h);
        while (Used(slot))
        {
            if (_slots[slot].Hash == h && idAt(PositionAt(slot)).AsSpan().SequenceEqual(id))
            {
                firstPosition = PositionAt(slot);
                return false;
            }

            slot = Next(slot);
        }

        Set(slot, h, position);
        firstPosition = -1;
        if (++_count > _slots.Length * MaxLoad)
        {
            Grow();
        }

        return true;
    }

    /// <summary>Finds an id without adding it.</summary>
    /// <returns>The position of the record with this id, or -1.</returns>
    internal long Find(ReadOnlySpan<char> id, Func<long, string> idAt)
    {
        ulong h = _hash(id);
        int slot = Home(h);
        while (Used(slot))
        {
            if (_slots[slot].Hash == h && idAt(PositionAt(slot)).AsSpan().SequenceEqual(id))
            {
                return PositionAt(slot);
            }

            slot = Next(slot);
        }

        return -1;
    }

    /// <summary>Gets the hash this table gives an id (to probe another table without the id: <see cref="PositionsWithHash"/>).</summary>
    internal ulong HashOf(ReadOnlySpan<char> id) => _hash(id);

    /// <summary>The ids held as (hash, position), in slot order: each distinct id's first record.</summary>
    internal IEnumerable<(ulong Hash, long Position)> Entries()
    {
        for (int i = 0; i < _slots.Length; i++)
        {
            if (Used(i))
            {
                yield return (_slots[i].Hash, PositionAt(i));
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
            if (_slots[slot].Hash == hash)
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
        if (++_count > _slots.Length * MaxLoad)
        {
            Grow();
        }
    }

    /// <summary>Reads the first slot a hash would probe: a caller that knows its hashes in advance calls this some adds ahead, so the slot's memory is on its way (a prefetch by a plain load).</summary>
    /// <returns>The slot's low position bits (use them, so that the load is not dropped).</returns>
    internal uint Touch(ulong hash) => _slots[Home(hash)].Low;

    /// <summary>Makes room for <paramref name="more"/> ids beyond those held, so that adding them never grows the table (and <see cref="RemoveLast"/> can undo them).</summary>
    /// <remarks>Grows at most once, straight to the size needed (no chain of doublings, each leaving its old array behind).</remarks>
    internal void Reserve(int more)
    {
        long needed = _count + (long)more;
        if (needed > _slots.Length * MaxLoad)
        {
            Resize((int)Math.Min(Array.MaxLength, (long)Math.Ceiling(needed / MaxLoad) + 1));
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
            if (_slots[slot].Hash == hash)
            {
                return false;
            }
        }

        Set(slot, hash, position);
        if (++_count > _slots.Length * MaxLoad)
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
            if (_slots[slot].Hash == hash && PositionAt(slot) == position)
            {
                _slots[slot] = default;
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
    internal static ulong Hash(ReadOnlySpan<char> id)
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
    private int Home(ulong hash) => (int)Math.BigMul(Mix(hash), (ulong)_slots.Length, out _);

    private int Next(int slot) => slot + 1 == _slots.Length ? 0 : slot + 1;

    private bool Used(int slot) => _slots[slot].Low != 0 || (_high is not null && _high[slot] != 0);

    private long PositionAt(int slot) => ((long)(_high?[slot] ?? 0) << 32 | _slots[slot].Low) - 1;

    private void Set(int slot, ulong hash, long position)
    {
        long stored = position + 1;
        if (stored >= 1L << 48)
        {
            throw new ArgumentOutOfRangeException(nameof(position), position, "Positions are below 2^48 (a 256 TB file).");
        }

        if (stored >> 32 != 0)
        {
            _high ??= new ushort[_slots.Length];
        }

        _slots[slot] = new Slot { Hash = hash, Low = (uint)stored };
        if (_high is not null)
        {
            _high[slot] = (ushort)(stored >> 32);
        }
    }

    private void Grow() => Resize(_slots.Length * 2);

    /// <summary>Moves every slot into a table of <paramref name="length"/> slots (more than now).</summary>
    private void Resize(int length)
    {
        Slot[] slots = _slots;
        ushort[]? high = _high;
        _slots = new Slot[length];
        _high = high is null ? null : new ushort[length];
        for (int i = 0; i < slots.Length; i++)
        {
            if (slots[i].Low == 0 && (high is null || high[i] == 0))
            {
                continue;
            }

            int slot = Home(slots[i].Hash);
            while (Used(slot))
            {
                slot = Next(slot);
            }

            _slots[slot] = slots[i];
            if (_high is not null)
            {
                _high[slot] = high![i];
            }
        }
    }

    /// <summary>One slot: 12 bytes (packed, no padding), the hash and the position's low part read with one memory access.</summary>
    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private struct Slot
    {
        internal ulong Hash;
        internal uint Low;
    }
}
