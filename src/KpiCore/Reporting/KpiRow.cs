using KpiCore.Kpis;

namespace KpiCore.Reporting;

/// <summary>
/// One row of a performance pack: a KPI's name, its target and one figure per period of the pack, such as
/// "Telephony | 99.90% | 100% 100% 100.00% ...".
/// </summary>
/// <remarks>Immutable. <see cref="Values"/> has exactly one entry per period of the pack the row belongs to.</remarks>
public sealed class KpiRow
{
    private readonly KpiValue[] _values;

    /// <summary>Creates a row.</summary>
    /// <param name="name">The KPI's name as the committee reads it, such as "P1 Calls Resolved within SLA".</param>
    /// <param name="target">The target; <see cref="KpiTarget.None"/> for rows reported for information.</param>
    /// <param name="values">One figure per period, oldest first.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public KpiRow(string name, KpiTarget target, IEnumerable<KpiValue> values)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(values);
        Name = name;
        Target = target;
        _values = values.ToArray();
    }

    /// <summary>Gets the KPI's name.</summary>
    public string Name { get; }

    /// <summary>Gets the target.</summary>
    public KpiTarget Target { get; }

    /// <summary>Gets the figures, one per period, oldest first.</summary>
    public IReadOnlyList<KpiValue> Values => _values;

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
}
