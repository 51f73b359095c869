using System.Numerics;

namespace KpiCore.Sample.Input;

/// <summary>
/// The numbers of one block of 65,536 consecutive values of a <see cref="CallIdSet"/> group (their low 16 bits), in
/// the form of a Roaring bitmap's container: a sorted array of <see cref="ushort"/> while it holds at most
/// <see cref="MaxArray"/> numbers, a bitmap of 65,536 bits (1,024 <see cref="ulong"/>s, 8 KB) once it holds more.
/// </summary>
/// <remarks>
/// Memory: 2 bytes per number while an array (2.5 at most once it holds 64, as it grows by a quarter; 4 at most
/// below), 8 KB as a bitmap (1 bit per value of the block), the two equal at 4,096 numbers, where it switches; about
/// 64 bytes of object and array headers. It never goes back to an array (numbers are only added).
/// </remarks>
internal sealed class CallIdContainer
{
    /// <summary>The most numbers kept as a sorted array (8 KB, the bitmap's size).</summary>
    internal const int MaxArray = 4096;

    private const int Words = 65536 / 64;

    private ushort[] _array = [];
    private ulong[]? _bits;
    private int _count;

    /// <summary>Gets how many numbers the block holds.</summary>
    internal int Count => _count;

    /// <summary>Gets whether the block is a bitmap (else a sorted array).</summary>
    internal bool IsBitmap => _bits is not null;

    /// <summary>Gets the bytes the block holds: its array or bitmap and their headers (the object, the array's).</summary>
    internal long Bytes => 40 + 24 + (_bits is not null ? 8L * Words : 2L * _array.Length);

    /// <summary>Adds a number unless it is held.</summary>
    /// <returns>True when it was not held (now it is).</returns>
    internal bool Add(ushort low)
    {
        if (_bits is ulong[] bits)
        {
            ref ulong word = ref bits[low >> 6];
            ulong mask = 1UL << (low & 63);
            if ((word & mask) != 0)
            {
                return false;
            }

            word |= mask;
            _count++;
            return true;
        }

        int at = _count;
        if (_count > 0 && _array[_count - 1] >= low) // not past the last (sequential ids are): look it up
        {
            at = Array.BinarySearch(_array, 0, _count, low);
            if (at >= 0)
            {
                return false;
            }

            at = ~at;
        }

        if (_count == MaxArray)
        {
            ToBitmap();
            return Add(low);
        }

        if (_count == _array.Length)
        {
            Array.Resize(ref _array, Math.Min(MaxArray, _count < 64 ? Math.Max(4, _count * 2) : _count + (_count >> 2)));
        }

        if (at < _count)
        {
            Array.Copy(_array, at, _array, at + 1, _count - at);
        }

        _array[at] = low;
        _count++;
        return true;
    }

    /// <summary>Gets whether a number is held.</summary>
    internal bool Contains(ushort low) =>
        _bits is ulong[] bits ? (bits[low >> 6] & (1UL << (low & 63))) != 0 : Array.BinarySearch(_array, 0, _count, low) >= 0;

    /// <summary>Gets whether the two blocks hold a number in common (a bitmap AND, or a walk of the two sorted arrays).</summary>
    internal bool Intersects(CallIdContainer other)
    {
        if (_bits is ulong[] mine && other._bits is ulong[] theirs)
        {
            for (int i = 0; i < Words; i++)
            {
                if ((mine[i] & theirs[i]) != 0)
                {
                    return true;
                }
            }

            return false;
        }

        if (_bits is not null || other._bits is not null)
        {
            (CallIdContainer bitmap, CallIdContainer array) = _bits is not null ? (this, other) : (other, this);
            for (int i = 0; i < array._count; i++)
            {
                if (bitmap.Contains(array._array[i]))
                {
                    return true;
                }
            }

            return false;
        }

        for (int i = 0, j = 0; i < _count && j < other._count;)
        {
            int order = _array[i].CompareTo(other._array[j]);
            if (order == 0)
            {
                return true;
            }

            i += order < 0 ? 1 : 0;
            j += order > 0 ? 1 : 0;
        }

        return false;
    }

    /// <summary>Adds every number of another block (left unchanged).</summary>
    internal void UnionWith(CallIdContainer other)
    {
        if (_bits is null && other._bits is null && _count + other._count <= MaxArray)
        {
            var merged = new ushort[_count + other._count];
            int n = 0;
            int i = 0, j = 0;
            while (i < _count || j < other._count)
            {
                ushort next = j == other._count || (i < _count && _array[i] <= other._array[j]) ? _array[i] : other._array[j];
                i += i < _count && _array[i] == next ? 1 : 0;
                j += j < other._count && other._array[j] == next ? 1 : 0;
                merged[n++] = next;
            }

            _array = merged;
            _count = n;
            return;
        }

        if (_bits is null)
        {
            ToBitmap();
        }

        ulong[] bits = _bits!;
        if (other._bits is ulong[] theirs)
        {
            for (int i = 0; i < Words; i++)
            {
                bits[i] |= theirs[i];
            }
        }
        else
        {
            for (int i = 0; i < other._count; i++)
            {
                bits[other._array[i] >> 6] |= 1UL << (other._array[i] & 63);
            }
        }

        _count = 0;
        foreach (ulong word in bits)
        {
            _count += BitOperations.PopCount(word);
        }
    }

    /// <summary>Turns the sorted array into a bitmap of the same numbers.</summary>
    private void ToBitmap()
    {
        var bits = new ulong[Words];
        for (int i = 0; i < _count; i++)
        {
            bits[_array[i] >> 6] |= 1UL << (_array[i] & 63);
        }

        _bits = bits;
        _array = [];
    }
}
