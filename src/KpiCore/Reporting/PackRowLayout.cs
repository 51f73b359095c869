using KpiCore.Kpis;

namespace KpiCore.Reporting;

/// <summary>One row of a <see cref="PackLayout"/>: its stable key, its wording, its target and how many decimals it shows.</summary>
/// <remarks>Immutable.</remarks>
public sealed class PackRowLayout
{
    /// <summary>The most decimals a row can show: 6.</summary>
    public const int MaxDecimals = 6;

    /// <summary>Creates a row entry.</summary>
    /// <param name="key">The row's stable key, such as <see cref="PackRowKeys.NetPromoterScore"/>.</param>
    /// <param name="name">The row's name as the committee reads it, such as "Net Promoter Score".</param>
    /// <param name="target">The target; <see cref="KpiTarget.None"/> for rows reported for information.</param>
    /// <param name="decimals">The most decimals its figures show, from 0 to <see cref="MaxDecimals"/>; 2 as in the report.</param>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="key"/> or <paramref name="name"/> is null, empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside [0, <see cref="MaxDecimals"/>].</exception>
    public PackRowLayout(string key, string name, KpiTarget target, int decimals = KpiRow.DefaultDecimals)
    {
        CheckRow(key, name, target, decimals);
        Key = key;
        Name = name;
        Target = target;
        Decimals = decimals;
    }

    /// <summary>Gets the row's stable key.</summary>
    public string Key { get; }

    /// <summary>Gets the row's name.</summary>
    public string Name { get; }

    /// <summary>Gets the row's target.</summary>
    public KpiTarget Target { get; }

    /// <summary>Gets the most decimals the row's figures show.</summary>
    public int Decimals { get; }

    /// <summary>Checks the arguments a row and a row entry share (the name first, as the report reads it).</summary>
    internal static void CheckRow(string key, string name, KpiTarget target, int decimals)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, MaxDecimals);
    }

    /// <summary>Makes the pack row of this entry.</summary>
    /// <param name="values">One figure per month.</param>
    /// <param name="intervals">One interval per month, null where there is none; null for none at all.</param>
    /// <returns>The row, with this entry's key, name, target and decimals.</returns>
    internal KpiRow ToRow(IEnumerable<KpiValue> values, IEnumerable<KpiInterval?>? intervals = null) =>
        new(Key, Name, Target, values, intervals, Decimals);
}
