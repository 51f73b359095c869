using System.Collections;

namespace KpiCore.Utility;

/// <summary>
/// A read-only view of a set: what <c>System.Collections.ObjectModel.ReadOnlySet&lt;T&gt;</c> (.NET 9+) does, on every
/// target framework, so the sets the API hands out behave the same on .NET 8 and .NET 10.
/// </summary>
/// <remarks>
/// Reads go to the wrapped set, so they cost what its own do (a <see cref="HashSet{T}"/> stays O(1), a
/// <see cref="SortedSet{T}"/> keeps its order); the <see cref="ISet{T}"/> and <see cref="ICollection{T}"/> mutators throw
/// <see cref="NotSupportedException"/>, and <see cref="ICollection{T}.IsReadOnly"/> is true. Callers must not keep a
/// reference to the wrapped set that could change it.
/// </remarks>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class ReadOnlySetView<T> : IReadOnlySet<T>, ISet<T>
{
    private readonly ISet<T> _set;

    internal ReadOnlySetView(ISet<T> set) => _set = set;

    public int Count => _set.Count;

    bool ICollection<T>.IsReadOnly => true;

    public bool Contains(T item) => _set.Contains(item);

    public bool IsProperSubsetOf(IEnumerable<T> other) => _set.IsProperSubsetOf(other);

    public bool IsProperSupersetOf(IEnumerable<T> other) => _set.IsProperSupersetOf(other);

    public bool IsSubsetOf(IEnumerable<T> other) => _set.IsSubsetOf(other);

    public bool IsSupersetOf(IEnumerable<T> other) => _set.IsSupersetOf(other);

    public bool Overlaps(IEnumerable<T> other) => _set.Overlaps(other);

    public bool SetEquals(IEnumerable<T> other) => _set.SetEquals(other);

    public void CopyTo(T[] array, int arrayIndex) => _set.CopyTo(array, arrayIndex);

    public IEnumerator<T> GetEnumerator() => _set.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    bool ISet<T>.Add(T item) => throw ReadOnly();

    void ICollection<T>.Add(T item) => throw ReadOnly();

    void ICollection<T>.Clear() => throw ReadOnly();

    bool ICollection<T>.Remove(T item) => throw ReadOnly();

    void ISet<T>.ExceptWith(IEnumerable<T> other) => throw ReadOnly();

    void ISet<T>.IntersectWith(IEnumerable<T> other) => throw ReadOnly();

    void ISet<T>.SymmetricExceptWith(IEnumerable<T> other) => throw ReadOnly();

    void ISet<T>.UnionWith(IEnumerable<T> other) => throw ReadOnly();

    private static NotSupportedException ReadOnly() => new("The set is read-only.");
}
