using System.Buffers;
using System.Runtime.CompilerServices;

namespace KpiCore.Utility;

/// <summary>
/// Large temporary arrays of one calculation, rented from <see cref="ArrayPool{T}.Shared"/> and given back when it ends.
/// </summary>
/// <remarks>
/// A calculation over a million records needs tens of megabytes of scratch. Allocated fresh each time, those land on
/// the large object heap, and first touching that memory costs page faults every run (about a fifth of an availability
/// run over 1M outages). Rented, the memory stays mapped between runs; the shared pool gives it back to the system when
/// it is unused for a while (it trims on garbage collections). Rented arrays may be longer than asked for and hold old
/// contents: callers only read what they wrote, in [0, count).
/// </remarks>
internal static class Pool
{
    /// <summary>Rents an array of at least <paramref name="length"/> elements (at least one).</summary>
    internal static T[] Rent<T>(int length) => ArrayPool<T>.Shared.Rent(Math.Max(length, 1));

    /// <summary>Replaces <paramref name="array"/> by a rented one of at least <paramref name="length"/>, keeping its first <paramref name="used"/> elements.</summary>
    internal static void Grow<T>(ref T[] array, int length, int used)
    {
        T[] grown = Rent<T>(length);
        array.AsSpan(0, used).CopyTo(grown);
        Return(array);
        array = grown;
    }

    /// <summary>Gives a rented array back (arrays of references are cleared first); an empty array is ignored.</summary>
    internal static void Return<T>(T[]? array)
    {
        if (array is { Length: > 0 })
        {
            ArrayPool<T>.Shared.Return(array, clearArray: RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        }
    }
}
