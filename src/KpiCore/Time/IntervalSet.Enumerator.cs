using System.Collections;
using NodaTime;

namespace KpiCore.Time;

/// <summary>Enumerating the intervals without allocating.</summary>
public sealed partial class IntervalSet
{
    /// <summary>Returns an enumerator over the intervals in ascending order; it does not allocate.</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new(this);

    /// <inheritdoc/>
    IEnumerator<Interval> IEnumerable<Interval>.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Enumerates the intervals of an <see cref="IntervalSet"/> in ascending order without allocating.</summary>
    public struct Enumerator : IEnumerator<Interval>
    {
        private readonly IntervalSet _set;
        private int _index;

        internal Enumerator(IntervalSet set)
        {
            _set = set;
            _index = -1;
        }

        /// <summary>Gets the interval at the current position.</summary>
        public readonly Interval Current => new(UnixNanos.ToInstant(_set._starts[_index]), UnixNanos.ToInstant(_set._ends[_index]));

        /// <inheritdoc/>
        readonly object IEnumerator.Current => Current;

        /// <summary>Advances to the next interval.</summary>
        /// <returns><see langword="true"/> when there is a current interval.</returns>
        public bool MoveNext() => ++_index < _set._starts.Length;

        /// <inheritdoc/>
        public void Reset() => _index = -1;

        /// <inheritdoc/>
        public readonly void Dispose()
        {
        }
    }
}
