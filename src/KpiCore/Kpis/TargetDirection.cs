namespace KpiCore.Kpis;

/// <summary>How a KPI is judged against its target.</summary>
public enum TargetDirection
{
    /// <summary>No target: the figure is reported for information (the report's blank or "N/A" target cells).</summary>
    None = 0,

    /// <summary>The figure must be at least the threshold, such as availability of at least 99.9%.</summary>
    AtLeast = 1,

    /// <summary>The figure must be at most the threshold, such as at most 2 SLA breaches.</summary>
    AtMost = 2,

    /// <summary>The figure must be lower than in the previous period, such as "calls open at period end: decrease".</summary>
    DecreaseOnPrevious = 3,

    /// <summary>The figure must be higher than in the previous period.</summary>
    IncreaseOnPrevious = 4,
}
