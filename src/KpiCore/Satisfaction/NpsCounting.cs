using System.Numerics;
using System.Runtime.InteropServices;

namespace KpiCore.Satisfaction;

/// <summary>Vectorised counting of promoters and detractors in spans of 0-10 scores.</summary>
internal static class NpsCounting
{
    /// <summary>Counts promoters (9-10) and detractors (0-6); returns the index of the first score above 10, or -1.</summary>
    internal static int Count(ReadOnlySpan<byte> scores, out long promoters, out long detractors)
    {
        promoters = 0;
        detractors = 0;
        int i = 0;
        if (Vector.IsHardwareAccelerated && scores.Length >= Vector<byte>.Count)
        {
            ReadOnlySpan<Vector<byte>> vectors = MemoryMarshal.Cast<byte, Vector<byte>>(scores);
            var eight = new Vector<byte>(8);
            var seven = new Vector<byte>(7);
            var ten = new Vector<byte>(10);
            int v = 0;
            while (v < vectors.Length)
            {
                // Byte lanes count at most 255 before they wrap, so fold them into longs every 255 vectors.
                int end = Math.Min(vectors.Length, v + 255);
                Vector<byte> accPromoters = Vector<byte>.Zero;
                Vector<byte> accDetractors = Vector<byte>.Zero;
                Vector<byte> tooHigh = Vector<byte>.Zero;
                for (; v < end; v++)
                {
                    Vector<byte> x = vectors[v];
                    accPromoters -= Vector.GreaterThan(x, eight); // a true lane is 0xFF, so subtracting adds 1
                    accDetractors -= Vector.LessThan(x, seven);
                    tooHigh |= Vector.GreaterThan(x, ten);
                }

                if (tooHigh != Vector<byte>.Zero)
                {
                    return FirstInvalid(scores);
                }

                promoters += Sum(accPromoters);
                detractors += Sum(accDetractors);
            }

            i = vectors.Length * Vector<byte>.Count;
        }

        for (; i < scores.Length; i++)
        {
            byte x = scores[i];
            if (x > NpsRating.MaxValue)
            {
                return i;
            }

            promoters += x >= 9 ? 1 : 0;
            detractors += x <= 6 ? 1 : 0;
        }

        return -1;
    }

    /// <summary>Counts promoters (9-10) and detractors (0-6); returns the index of the first score outside 0-10, or -1.</summary>
    internal static int Count(ReadOnlySpan<int> scores, out long promoters, out long detractors)
    {
        promoters = 0;
        detractors = 0;
        int i = 0;
        if (Vector.IsHardwareAccelerated && scores.Length >= Vector<uint>.Count)
        {
            ReadOnlySpan<Vector<uint>> vectors = MemoryMarshal.Cast<int, Vector<uint>>(scores);
            var eight = new Vector<uint>(8);
            var seven = new Vector<uint>(7);
            var ten = new Vector<uint>(10);
            Vector<uint> accPromoters = Vector<uint>.Zero;
            Vector<uint> accDetractors = Vector<uint>.Zero;
            Vector<uint> outOfRange = Vector<uint>.Zero;
            for (int v = 0; v < vectors.Length; v++)
            {
                // Reinterpreted as unsigned, a negative score is above 10, so one comparison finds both kinds of bad score.
                Vector<uint> x = vectors[v];
                accPromoters -= Vector.GreaterThan(x, eight);
                accDetractors -= Vector.LessThan(x, seven);
                outOfRange |= Vector.GreaterThan(x, ten);
            }

            if (outOfRange != Vector<uint>.Zero)
            {
                return FirstInvalid(scores);
            }

            // A span holds fewer than 2^31 items, so no uint lane can wrap.
            for (int lane = 0; lane < Vector<uint>.Count; lane++)
            {
                promoters += accPromoters[lane];
                detractors += accDetractors[lane];
            }

            i = vectors.Length * Vector<uint>.Count;
        }

        for (; i < scores.Length; i++)
        {
            int x = scores[i];
            if (!NpsRating.IsValid(x))
            {
                return i;
            }

            promoters += x >= 9 ? 1 : 0;
            detractors += x <= 6 ? 1 : 0;
        }

        return -1;
    }

    private static long Sum(Vector<byte> lanes)
    {
        Vector.Widen(lanes, out Vector<ushort> low, out Vector<ushort> high);
        long total = 0;
        for (int lane = 0; lane < Vector<ushort>.Count; lane++)
        {
            total += low[lane] + high[lane];
        }

        return total;
    }

    private static int FirstInvalid(ReadOnlySpan<byte> scores)
    {
        for (int i = 0; i < scores.Length; i++)
        {
            if (scores[i] > NpsRating.MaxValue)
            {
                return i;
            }
        }

        return -1;
    }

    private static int FirstInvalid(ReadOnlySpan<int> scores)
    {
        for (int i = 0; i < scores.Length; i++)
        {
            if (!NpsRating.IsValid(scores[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
