using KpiCore.Time;

namespace KpiCore.Availability;

/// <summary>
/// The union of one service's outages of one class (kind x impact), kept as they arrive: closed outages as normalised
/// pieces in Unix nanoseconds, open ones as the earliest start (an open outage lasts until the as-of instant, so the
/// union of open outages of one class is one piece from the earliest start).
/// </summary>
/// <remarks>
/// An outage that starts no earlier than the last piece is merged into it or appended, in O(1); one that starts earlier
/// is appended unsorted, and the pieces are normalised again (sorted and merged) once the unsorted tail is as long as
/// the normalised part, so adding n outages costs O(n log n) at worst and the arrays hold at most about twice the
/// union's pieces. Memory grows with the number of disjoint pieces of downtime, not with the number of records.
/// </remarks>
internal sealed class OutageUnion
{
    private const int MinimumTail = 64;

    private long[] _starts = new long[4];
    private long[] _ends = new long[4];
    private int _count;
    private int _normalised;

    /// <summary>Gets the earliest start of an open outage, in Unix nanoseconds; <see cref="long.MaxValue"/> when there is none.</summary>
    internal long OpenFrom { get; private set; } = long.MaxValue;

    /// <summary>Gets the pieces held (after <see cref="Normalise"/>, the normalised union's pieces).</summary>
    internal int Count => _count;

    /// <summary>Gets the pieces' starts; normalised only after <see cref="Normalise"/>.</summary>
    internal ReadOnlySpan<long> Starts => _starts.AsSpan(0, _count);

    /// <summary>Gets the pieces' ends, matching <see cref="Starts"/>.</summary>
    internal ReadOnlySpan<long> Ends => _ends.AsSpan(0, _count);

    /// <summary>Adds a closed outage [<paramref name="start"/>, <paramref name="end"/>); an empty one changes nothing.</summary>
    internal void Add(long start, long end)
    {
        if (end <= start)
        {
            return;
        }

        if (_count == _starts.Length)
        {
            Array.Resize(ref _starts, _count * 2);
            Array.Resize(ref _ends, _count * 2);
        }

        if (_count == _normalised && (_count == 0 || start >= _starts[_count - 1]))
        {
            NanoIntervals.Append(_starts, _ends, ref _count, start, end);
            _normalised = _count;
            return;
        }

        _starts[_count] = start;
        _ends[_count] = end;
        _count++;
        if (_count - _normalised >= Math.Max(_normalised, MinimumTail))
        {
            Normalise();
        }
    }

    /// <summary>Adds an open outage starting at <paramref name="start"/>.</summary>
    internal void AddOpen(long start) => OpenFrom = Math.Min(OpenFrom, start);

    /// <summary>Adds every outage of <paramref name="other"/>; it is unchanged apart from being normalised.</summary>
    internal void Add(OutageUnion other)
    {
        other.Normalise();
        for (int i = 0; i < other._count; i++)
        {
            Add(other._starts[i], other._ends[i]);
        }

        AddOpen(other.OpenFrom);
    }

    /// <summary>Sorts and merges the pieces, so that <see cref="Starts"/> and <see cref="Ends"/> are the normalised union of the closed outages.</summary>
    internal void Normalise()
    {
        if (_normalised < _count)
        {
            _count = NanoIntervals.Normalise(_starts, _ends, _count, out _);
            _normalised = _count;
        }
    }
}
