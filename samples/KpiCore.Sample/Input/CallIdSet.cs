namespace KpiCore.Sample.Input;

/// <summary>
/// An exact set of call ids that end in a number, in about a bit per id when they are numbered in sequence: each id is
/// split into (prefix, digit count, value), and each (prefix, digit count) group keeps its values in Roaring-style
/// blocks of 65,536 (<see cref="CallIdContainer"/>). Ids that do not fit (<see cref="TrySplit"/>) are left to a
/// <see cref="CallIdTable"/>.
/// </summary>
/// <remarks>
/// <para>
/// Exactness: an id fits when it ends in 1 to <see cref="MaxDigits"/> ASCII digits (the whole trailing run); its prefix
/// is what comes before them, so it does not end in an ASCII digit, and the id is the prefix followed by the value
/// written with exactly that many digits (leading zeros kept). So the split is one to one: two ids are equal exactly
/// when prefix (ordinally), digit count and value are, and "A1", "A01" and "A001" are three ids; an id of digits only
/// has the empty prefix; any other character (a letter, a space, a digit that is not ASCII) is part of the prefix.
/// </para>
/// <para>
/// Memory: per used block, a sorted array of 2 bytes per number (at most 2.5 while it grows) up to 4,096 numbers, then
/// a bitmap of 8 KB (1 bit per value of the block, set or not), plus about 120 bytes (the container, the array's
/// header, the block's dictionary entry); per group about 200 bytes and its prefix. Ids numbered in sequence fill
/// their blocks: about 8.3 KB per 65,536 ids, 0.13 bytes per id (10M calls: 1.3 MB, against 160 MB for a hash
/// table). Sparse numbers cost more: about 2 bytes per id plus 120 per used block (ids spread evenly over a range a
/// hundred times their count: 2.2 bytes per id; ten times: 1.3, as bitmaps; the very worst, one id per block, about
/// 130). The groups
/// are bounded (<see cref="MaxGroups"/>): ids with unique prefixes (hexadecimal ids ending in a digit) would cost a
/// group each, so past the bound a new prefix's ids are refused (<see cref="Refused"/>) and go to the hash table,
/// which reads ids back from the file instead of keeping them. Whether an id is refused depends only on the groups
/// made before it, and groups are never taken out, so a set answers every copy of an id the same way.
/// </para>
/// <para>
/// Speed: the last group and its last block are cached, so ids in sequence take a digit scan, a prefix compare and
/// a bit test each; no hash, no cache miss in a table of tens of MB.
/// </para>
/// </remarks>
internal sealed class CallIdSet
{
    /// <summary>The most trailing digits an id may have to fit (values below 10^18).</summary>
    internal const int MaxDigits = 18;

    /// <summary>The most groups (prefix, digit count) made; an id whose group would be a new one past it is refused.</summary>
    internal const int MaxGroups = 4096;

    private readonly Dictionary<string, Group> _groups = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Group>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private int _groupCount;
    private Group? _last;

    /// <summary>Creates an empty set.</summary>
    internal CallIdSet() => _bySpan = _groups.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>What <see cref="TryAdd"/> found.</summary>
    internal enum Answer
    {
        /// <summary>The id was not held; now it is.</summary>
        Added,

        /// <summary>The id was held already (a repeat).</summary>
        Present,

        /// <summary>The set does not hold this id, ever (it does not fit, or its group was refused): ask a hash table.</summary>
        NotHeld,
    }

    /// <summary>Gets how many ids the set holds.</summary>
    internal long Count { get; private set; }

    /// <summary>Gets how many (prefix, digit count) groups the set holds.</summary>
    internal int Groups => _groupCount;

    /// <summary>Gets whether an id that fits was refused (its group would have been one past <see cref="MaxGroups"/>), so that a hash table holds ids that another set could hold.</summary>
    internal bool Refused { get; private set; }

    /// <summary>Gets about how many bytes the set holds: its containers, their dictionaries' entries, the groups and prefixes.</summary>
    internal long Bytes
    {
        get
        {
            long bytes = 0;
            foreach (Group head in _groups.Values)
            {
                for (Group? g = head; g is not null; g = g.Next)
                {
                    bytes += 200 + (2L * g.Prefix.Length);
                    foreach (CallIdContainer block in g.Blocks.Values)
                    {
                        bytes += 56 + block.Bytes; // 24 bytes of dictionary entry, up to twice that with the buckets before it doubles
                    }
                }
            }

            return bytes;
        }
    }

    /// <summary>Splits an id that ends in 1 to <see cref="MaxDigits"/> ASCII digits into its prefix's length, its digit count and its value.</summary>
    /// <returns>False when the id does not end in an ASCII digit or ends in more than <see cref="MaxDigits"/> of them.</returns>
    internal static bool TrySplit(ReadOnlySpan<char> id, out int prefixLength, out int digits, out ulong value)
    {
        int start = id.Length;
        while (start > 0 && char.IsAsciiDigit(id[start - 1]) && id.Length - start <= MaxDigits)
        {
            start--;
        }

        prefixLength = start;
        digits = id.Length - start;
        value = 0;
        if (digits is 0 or > MaxDigits)
        {
            return false;
        }

        foreach (char c in id[start..])
        {
            value = (value * 10) + (ulong)(c - '0');
        }

        return true;
    }

    /// <summary>Adds an id unless it is held or does not fit.</summary>
    internal Answer TryAdd(ReadOnlySpan<char> id)
    {
        if (!TrySplit(id, out int prefixLength, out int digits, out ulong value))
        {
            return Answer.NotHeld;
        }

        ReadOnlySpan<char> prefix = id[..prefixLength];
        Group? group = _last;
        if (group is null || group.Digits != digits || !prefix.SequenceEqual(group.Prefix))
        {
            group = Find(prefix, digits) ?? Make(prefix, digits);
            if (group is null)
            {
                Refused = true;
                return Answer.NotHeld;
            }

            _last = group;
        }

        if (!group.Block(value >> 16, create: true)!.Add((ushort)value))
        {
            return Answer.Present;
        }

        Count++;
        return Answer.Added;
    }

    /// <summary>Gets whether the set holds an id.</summary>
    internal bool Contains(ReadOnlySpan<char> id) =>
        TrySplit(id, out int prefixLength, out int digits, out ulong value)
        && Find(id[..prefixLength], digits)?.Block(value >> 16, create: false)?.Contains((ushort)value) == true;

    /// <summary>
    /// Gets whether this set and another can be joined as they are: neither refused an id (<see cref="Refused"/>,
    /// which may then be in the other's set) and they hold no id in common (block by block: a bitmap AND or a walk of
    /// two sorted arrays, over the blocks both have, which for ids in sequence read in two ranges is one block).
    /// </summary>
    internal bool IsDisjointFrom(CallIdSet other)
    {
        if (Refused || other.Refused)
        {
            return false;
        }

        foreach (Group head in other._groups.Values)
        {
            for (Group? theirs = head; theirs is not null; theirs = theirs.Next)
            {
                Group? mine = Find(theirs.Prefix, theirs.Digits);
                if (mine is null)
                {
                    continue;
                }

                foreach ((ulong key, CallIdContainer block) in theirs.Blocks)
                {
                    if (mine.Blocks.TryGetValue(key, out CallIdContainer? own) && own.Intersects(block))
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    }

    /// <summary>
    /// Takes in the ids of a set that <see cref="IsDisjointFrom"/> this one, taking over its blocks (the other is left
    /// empty). Groups are made past <see cref="MaxGroups"/> if need be: neither set refused an id, so no id either set
    /// saw can be in a hash table.
    /// </summary>
    internal void UnionWith(CallIdSet other)
    {
        if (Refused || other.Refused)
        {
            throw new InvalidOperationException("A set that refused an id is not joined: its ids are partly in a hash table.");
        }

        foreach (Group head in other._groups.Values)
        {
            for (Group? theirs = head; theirs is not null; theirs = theirs.Next)
            {
                Group mine = Find(theirs.Prefix, theirs.Digits) ?? Make(theirs.Prefix, theirs.Digits, bounded: false)!;
                foreach ((ulong key, CallIdContainer block) in theirs.Blocks)
                {
                    if (mine.Blocks.TryGetValue(key, out CallIdContainer? own))
                    {
                        Count -= own.Count;
                        own.UnionWith(block);
                        Count += own.Count;
                    }
                    else
                    {
                        mine.Blocks[key] = block;
                        Count += block.Count;
                    }
                }
            }
        }

        other._groups.Clear();
        other._groupCount = 0;
        other._last = null;
        other.Count = 0;
    }

    private Group? Find(ReadOnlySpan<char> prefix, int digits)
    {
        if (!_bySpan.TryGetValue(prefix, out Group? group))
        {
            return null;
        }

        while (group is not null && group.Digits != digits)
        {
            group = group.Next;
        }

        return group;
    }

    /// <summary>Makes a group (the caller found none), unless there are <see cref="MaxGroups"/> already and it is bounded.</summary>
    private Group? Make(ReadOnlySpan<char> prefix, int digits, bool bounded = true)
    {
        if (bounded && _groupCount >= MaxGroups)
        {
            return null;
        }

        _groupCount++;
        if (_bySpan.TryGetValue(prefix, out Group? head))
        {
            var next = new Group(head.Prefix, digits) { Next = head.Next };
            head.Next = next;
            return next;
        }

        var group = new Group(prefix.ToString(), digits);
        _groups.Add(group.Prefix, group);
        return group;
    }

    /// <summary>One (prefix, digit count): its blocks by value / 65,536, the last one used cached.</summary>
    private sealed class Group(string prefix, int digits)
    {
        private ulong _lastKey;
        private CallIdContainer? _lastBlock;

        internal string Prefix { get; } = prefix;

        internal int Digits { get; } = digits;

        /// <summary>Gets or sets the group of the same prefix with another digit count.</summary>
        internal Group? Next { get; set; }

        internal Dictionary<ulong, CallIdContainer> Blocks { get; } = [];

        internal CallIdContainer? Block(ulong key, bool create)
        {
            if (_lastBlock is not null && key == _lastKey)
            {
                return _lastBlock;
            }

            if (!Blocks.TryGetValue(key, out CallIdContainer? block))
            {
                if (!create)
                {
                    return null;
                }

                Blocks[key] = block = new CallIdContainer();
            }

            _lastKey = key;
            _lastBlock = block;
            return block;
        }
    }
}
