namespace KpiCore.Utility;

/// <summary>
/// Streaming use: each record is decided when it is added, against the keys of the records that stand so far (the
/// first record with a key stands, keys compare ordinally). The batch members sort hashes once all records are in,
/// which is faster for millions of records that can wait; these answer at once.
/// </summary>
/// <remarks>
/// Two forms: <see cref="IsRepeat(string)"/> remembers keys only (a hash set, for callers that do not name the
/// earlier record), <see cref="IsRepeat(string, int, out int)"/> and its two halves remember where each key first
/// stood. Use one form per finder.
/// </remarks>
internal sealed partial class RepeatedKeyFinder
{
    private HashSet<string>? _seen;
    private Dictionary<string, int>? _standing;

    /// <summary>Creates a finder for streaming use only.</summary>
    internal RepeatedKeyFinder()
        : this(0, null)
    {
    }

    /// <summary>Returns whether an earlier record had <paramref name="key"/>; otherwise remembers it, so that this record stands.</summary>
    internal bool IsRepeat(string key) => !(_seen ??= new HashSet<string>(StringComparer.Ordinal)).Add(key);

    /// <summary>Returns whether a standing record has <paramref name="key"/>, with its position in <paramref name="first"/>; otherwise <paramref name="record"/> stands for it.</summary>
    internal bool IsRepeat(string key, int record, out int first)
    {
        if (TryGetStanding(key, out first))
        {
            return true;
        }

        AddStanding(key, record);
        return false;
    }

    /// <summary>Finds the record that stands for <paramref name="key"/>, without adding anything (for callers that stand a record only after its other checks).</summary>
    internal bool TryGetStanding(string key, out int first)
    {
        first = -1;
        return _standing is not null && _standing.TryGetValue(key, out first);
    }

    /// <summary>Makes <paramref name="record"/> stand for <paramref name="key"/>, which no record stands for yet.</summary>
    internal void AddStanding(string key, int record) => (_standing ??= new Dictionary<string, int>(StringComparer.Ordinal)).Add(key, record);

    /// <summary>Finds a key that both finders have seen with <see cref="IsRepeat(string)"/>, or returns null.</summary>
    internal string? FindCommonKey(RepeatedKeyFinder other)
    {
        if (_seen is null || other._seen is null)
        {
            return null;
        }

        (HashSet<string> small, HashSet<string> large) = _seen.Count <= other._seen.Count ? (_seen, other._seen) : (other._seen, _seen);
        foreach (string key in small)
        {
            if (large.Contains(key))
            {
                return key;
            }
        }

        return null;
    }

    /// <summary>Adds the keys another finder has seen with <see cref="IsRepeat(string)"/>.</summary>
    internal void AddSeen(RepeatedKeyFinder other)
    {
        if (other._seen is not null)
        {
            (_seen ??= new HashSet<string>(StringComparer.Ordinal)).UnionWith(other._seen);
        }
    }

    /// <summary>
    /// Merges the call references another partition's accumulator has seen into this one's, refusing (as an
    /// <see cref="ArgumentException"/> for <paramref name="paramName"/>) when both hold one: a reference repeated across
    /// partitions cannot be rejected after both were counted.
    /// </summary>
    internal void MergeCallReferences(RepeatedKeyFinder other, string paramName)
    {
        if (FindCommonKey(other) is string id)
        {
            throw new ArgumentException(
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Both accumulators hold the call reference '{id}'; partition calls by reference so that repeats stay in one partition."),
                paramName);
        }

        AddSeen(other);
    }
}
