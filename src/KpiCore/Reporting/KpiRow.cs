using KpiCore.Kpis;

namespace KpiCore.Reporting;

/// <summary>
/// One row of a performance pack: a KPI's stable key, its name, its target and one figure per period of the pack, such
/// as "Telephony | 99.90% | 100% 100% 100.00% ...", with the figure's confidence interval where it has one.
/// </summary>
/// <remarks>
/// Immutable. <see cref="Values"/> and <see cref="Intervals"/> have exactly one entry per period of the pack the row
/// belongs to. Renderers find rows by <see cref="Key"/>, which does not change with the wording.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public sealed class KpiRow
{
    /// <summary>The decimals a figure shows unless its layout says otherwise: 2, as in the report.</summary>
    public const int DefaultDecimals = 2;

    private readonly KpiValue[] _values;
    private readonly KpiInterval?[] _intervals;

    /// <summary>Creates a row whose key is its name, with no intervals and the report's 2 decimals.</summary>
    /// <param name="name">The KPI's name as the committee reads it, such as "P1 Calls Resolved within SLA".</param>
    /// <param name="target">The target; <see cref="KpiTarget.None"/> for rows reported for information.</param>
    /// <param name="values">One figure per period, oldest first.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public KpiRow(string name, KpiTarget target, IEnumerable<KpiValue> values)
        : this(name, name, target, values)
    {
    }

    /// <summary>Creates a row.</summary>
    /// <param name="key">The row's stable key, such as <see cref="PackRowKeys.OverallSla"/>.</param>
    /// <param name="name">The KPI's name as the committee reads it, such as "Overall SLA Performance".</param>
    /// <param name="target">The target; <see cref="KpiTarget.None"/> for rows reported for information.</param>
    /// <param name="values">One figure per period, oldest first.</param>
    /// <param name="intervals">One confidence interval per period, null where a figure has none; null when no figure has one.</param>
    /// <param name="decimals">The most decimals a figure shows, from 0 to <see cref="PackRowLayout.MaxDecimals"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> or <paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="key"/> or <paramref name="name"/> is empty or white space, or <paramref name="intervals"/> does not
    /// have one entry per value.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside [0, <see cref="PackRowLayout.MaxDecimals"/>].</exception>
    public KpiRow(string key, string name, KpiTarget target, IEnumerable<KpiValue> values, IEnumerable<KpiInterval?>? intervals = null,
        int decimals = DefaultDecimals)
    {
        PackRowLayout.CheckRow(key, name, target, decimals);
        ArgumentNullException.ThrowIfNull(values);
        _values = values.ToArray();
        _intervals = intervals?.ToArray() ?? new KpiInterval?[_values.Length];
        if (_intervals.Length != _values.Length)
        {
            throw new ArgumentException("There must be one interval (or null) per value.", nameof(intervals));
        }

        Key = key;
        Name = name;
        Target = target;
        Decimals = decimals;
    }

    /// <summary>Gets the row's stable key.</summary>
    public string Key { get; }

    /// <summary>Gets the KPI's name.</summary>
    public string Name { get; }

    /// <summary>Gets the target.</summary>
    public KpiTarget Target { get; }

    /// <summary>Gets the most decimals a figure of the row shows.</summary>
    public int Decimals { get; }

    /// <summary>Gets the figures, one per period, oldest first.</summary>
    public IReadOnlyList<KpiValue> Values => _values;

    /// <summary>Gets the figures' confidence intervals, one per period, null where a figure has none.</summary>
    public IReadOnlyList<KpiInterval?> Intervals => _intervals;

    /// <summary>Judges the figure of one period against the target, with the previous period's figure for the trend.</summary>
    /// <param name="periodIndex">The period's position in the pack, from 0.</param>
    /// <returns>Met or missed, RAG and trend; the first period has no trend.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="periodIndex"/> is outside the row.</exception>
    public TargetEvaluation Evaluate(int periodIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(periodIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(periodIndex, _values.Length);
        KpiValue previous = periodIndex == 0 ? KpiValue.Unavailable : _values[periodIndex - 1];
        return Target.Evaluate(_values[periodIndex], previous);
    }

    /// <summary>Shows the row on one line as the pack does, such as "P1 Calls Resolved within SLA (target 95%): 50%, N/A, UNVL" (culture-invariant).</summary>
    /// <returns>The row.</returns>
    public override string ToString()
    {
        string target = Target.Direction == TargetDirection.None ? string.Empty : " (target " + Target + ")";
        return Name + target + ": " + string.Join(", ", _values.Select(v => v.ToString()));
    }
}
