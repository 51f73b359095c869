using System.Runtime.CompilerServices;
using KpiCore.Utility;

namespace KpiCore.Time;

/// <summary>
/// The one way intervals are normalised: half-open [start, end) pairs of longs (Unix nanoseconds, or the ticks an
/// <see cref="IntervalSet"/> stores) in two parallel arrays, made sorted, disjoint and non-touching, with no empty piece.
/// </summary>
/// <remarks>
/// <see cref="Append"/> is the merge step every normaliser shares: pieces arrive in ascending order of start and each
/// either extends the last piece (it overlaps or touches it) or starts a new one. <see cref="Normalise"/> sorts first.
/// Interval sets, a call's on-hold intervals, a calendar's working intervals and classed outages are all built this way.
/// </remarks>
internal static class NanoIntervals
{
    /// <summary>Appends a non-empty piece that starts no earlier than the last one, merging it into the last when they overlap or touch.</summary>
    /// <param name="starts">The starts of the normalised pieces so far; room for one more.</param>
    /// <param name="ends">The ends matching <paramref name="starts"/>.</param>
    /// <param name="count">The number of pieces so far; grows by one when the piece starts a new one.</param>
    /// <param name="start">The piece's start, not before the last piece's start.</param>
    /// <param name="end">The piece's end, after <paramref name="start"/>.</param>
    /// <returns><see langword="true"/> when the piece overlaps the last one (starts before its end); touching is not overlapping.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool Append(Span<long> starts, Span<long> ends, ref int count, long start, long end)
    {
        int last = count - 1;
        if (last >= 0 && start <= ends[last])
        {
            bool overlaps = start < ends[last];
            if (end > ends[last])
            {
                ends[last] = end;
            }

            return overlaps;
        }

        starts[count] = start;
        ends[count] = end;
        count++;
        return false;
    }

    /// <summary>Returns whether the pairs are already what <see cref="Normalise"/> would make of them: each non-empty, sorted, none overlapping or touching the next.</summary>
    /// <param name="starts">The starts.</param>
    /// <param name="ends">The ends matching <paramref name="starts"/>.</param>
    /// <returns><see langword="true"/> when normalising would change nothing.</returns>
    internal static bool IsNormalised(ReadOnlySpan<long> starts, ReadOnlySpan<long> ends)
    {
        for (int i = 0; i < starts.Length; i++)
        {
            if (ends[i] <= starts[i] || (i > 0 && starts[i] <= ends[i - 1]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Normalises the first <paramref name="count"/> pairs in place: drops empty ones, sorts by start and merges overlapping or touching ones.</summary>
    /// <param name="starts">The starts, in any order; reordered.</param>
    /// <param name="ends">The ends matching <paramref name="starts"/>; reordered with them.</param>
    /// <param name="count">The number of pairs to normalise.</param>
    /// <param name="overlapped">Whether two non-empty pairs overlapped (touching pairs are merged but do not count).</param>
    /// <returns>The number of normalised pieces, at the front of the arrays.</returns>
    internal static int Normalise(Span<long> starts, Span<long> ends, int count, out bool overlapped)
    {
        int n = 0;
        for (int i = 0; i < count; i++)
        {
            if (ends[i] > starts[i])
            {
                starts[n] = starts[i];
                ends[n] = ends[i];
                n++;
            }
        }

        overlapped = false;
        if (n <= 1)
        {
            return n;
        }

        LongPairSorter.Sort(starts[..n], ends[..n]);
        int w = 0;
        for (int i = 0; i < n; i++)
        {
            overlapped |= Append(starts, ends, ref w, starts[i], ends[i]);
        }

        return w;
    }
}
