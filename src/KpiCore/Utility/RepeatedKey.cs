namespace KpiCore.Utility;

/// <summary>A record that <see cref="RepeatedKeyFinder"/> found repeating the (group, key) of an earlier record.</summary>
/// <param name="Record">The repeating record's position.</param>
/// <param name="Tag">The tag it was added with.</param>
/// <param name="First">The position of the record that stands: the lowest of its (group, key).</param>
/// <param name="Key">The key.</param>
internal readonly record struct RepeatedKey(int Record, int Tag, int First, string Key);
