using KpiCore.Kpis;

namespace KpiCore.Reporting;

/// <summary>
/// One contributor's exact quantities (a tally) per month of a pack, such as an organisation's Net Promoter Score counts,
/// and the one rule by which contributors are combined.
/// </summary>
/// <typeparam name="T">The tally, such as <see cref="Satisfaction.NpsTally"/>; mutable, merged by <see cref="Merging"/>.</typeparam>
/// <remarks>
/// A month without a tally has no data. The combine rule (<see cref="Combine"/>): for each month, when no contributor has
/// data the combined month has none either (so it shows what one contributor shows without data); when some but not all
/// contributors have data, or their tallies cannot be pooled, the combined month is incomplete ("UNVL"), so a combined
/// figure never silently covers only part of the service; otherwise it is the sum of the exact quantities.
/// </remarks>
internal sealed class MonthlySeries<T>
    where T : class
{
    private readonly T?[] _cells;
    private readonly bool[] _incomplete;

    internal MonthlySeries(int months)
    {
        _cells = new T?[months];
        _incomplete = new bool[months];
    }

    /// <summary>Gets the number of months.</summary>
    internal int Count => _cells.Length;

    /// <summary>Gets whether any month has data.</summary>
    internal bool HasAny => Array.Exists(_cells, c => c is not null);

    /// <summary>Gets or sets one month's tally; null for no data.</summary>
    internal T? this[int month]
    {
        get => _cells[month];
        set => _cells[month] = value;
    }

    /// <summary>Gets one month's tally, creating it when the month has none yet.</summary>
    internal T GetOrAdd(int month, Func<T> create) => _cells[month] ??= create();

    /// <summary>Gives one figure per month: <paramref name="select"/> of the tally, "UNVL" where contributors were incomplete, <paramref name="missing"/> where there is no data.</summary>
    internal IEnumerable<KpiValue> Values(Func<T, KpiValue> select, KpiValue missing) =>
        _cells.Select((cell, i) => _incomplete[i] ? KpiValue.Unavailable : cell is null ? missing : select(cell));

    /// <summary>Gives one interval per month where the tally has one (null where incomplete or without data).</summary>
    internal IEnumerable<KpiInterval?> Intervals(Func<T, KpiInterval?> select) =>
        _cells.Select((cell, i) => _incomplete[i] || cell is null ? null : select(cell));

    /// <summary>Combines contributors month by month by the one rule (see the remarks); the contributors are unchanged.</summary>
    /// <param name="contributors">The contributors' series, each with this many months.</param>
    /// <param name="months">The number of months.</param>
    /// <param name="merging">How tallies are copied, pooled and merged.</param>
    internal static MonthlySeries<T> Combine(IEnumerable<MonthlySeries<T>> contributors, int months, Merging merging)
    {
        MonthlySeries<T>[] all = contributors.ToArray();
        var combined = new MonthlySeries<T>(months);
        for (int i = 0; i < months; i++)
        {
            T[] present = all.Select(c => c[i]).OfType<T>().ToArray();
            if (present.Length == 0)
            {
                continue;
            }

            if (present.Length < all.Length || !Array.TrueForAll(present, p => merging.CanPool(present[0], p)))
            {
                combined._incomplete[i] = true;
                continue;
            }

            T sum = merging.Empty(present[0]);
            foreach (T part in present)
            {
                merging.Merge(sum, part);
            }

            combined[i] = sum;
        }

        return combined;
    }

    /// <summary>How a tally type is combined.</summary>
    /// <param name="Empty">Creates an empty tally like the given one (same scale).</param>
    /// <param name="Merge">Adds the second tally's quantities to the first.</param>
    /// <param name="CanPool">Whether two tallies can be pooled (such as answers on the same scale).</param>
    internal sealed record Merging(Func<T, T> Empty, Action<T, T> Merge, Func<T, T, bool> CanPool);
}
