namespace KpiCore.Kpis;

/// <summary>How the amber band of a target is measured.</summary>
public enum ToleranceKind
{
    /// <summary>No amber band: a figure either meets its target (green) or misses it (red). The default.</summary>
    None = 0,

    /// <summary>An absolute distance in the KPI's own unit: for a percentage KPI, percentage points (99% target, 1 point: amber from 98%).</summary>
    Absolute = 1,

    /// <summary>A share of the threshold: 10% of a 99% target is 9.9 points, amber from 89.1%.</summary>
    Relative = 2,
}
