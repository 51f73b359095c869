using System.Runtime.InteropServices;

namespace KpiCore.Utility;

/// <summary>
/// A fast 64-bit hash of a string's UTF-16 code units, for grouping millions of short identifiers (service names,
/// references). Equal strings hash equally; different strings collide rarely, and every caller confirms a hash match
/// with an ordinal comparison, so a collision costs time, never a wrong answer.
/// </summary>
/// <remarks>
/// Four characters per step (a 64-bit multiply and rotate), then a final avalanche. The seed is random per process, so
/// an input crafted to collide (which would make the callers' collision handling quadratic) cannot be prepared in
/// advance; the hash therefore differs between processes and must never be stored.
/// </remarks>
internal static class FastStringHash
{
    private const ulong Multiplier = 0x9E3779B97F4A7C15UL;

    private static readonly ulong Seed = unchecked((ulong)Random.Shared.NextInt64() | 1UL);

    /// <summary>Hashes <paramref name="value"/>.</summary>
    internal static ulong Hash(string value)
    {
        unchecked
        {
            ReadOnlySpan<char> chars = value;
            ReadOnlySpan<ulong> words = MemoryMarshal.Cast<char, ulong>(chars);
            ulong h = Seed ^ ((ulong)chars.Length * Multiplier);
            foreach (ulong word in words)
            {
                h = ulong.RotateLeft((h ^ word) * Multiplier, 31);
            }

            for (int i = words.Length * 4; i < chars.Length; i++)
            {
                h = ulong.RotateLeft((h ^ chars[i]) * Multiplier, 31);
            }

            h ^= h >> 33;
            h *= 0xFF51AFD7ED558CCDUL;
            h ^= h >> 33;
            h *= 0xC4CEB9FE1A85EC53UL;
            h ^= h >> 33;
            return h;
        }
    }
}
