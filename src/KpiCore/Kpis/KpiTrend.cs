namespace KpiCore.Kpis;

/// <summary>How a figure moved since the previous period.</summary>
public enum KpiTrend
{
    /// <summary>No comparison: this or the previous figure is N/A or UNVL. The default.</summary>
    NotAssessed = 0,

    /// <summary>Higher than in the previous period.</summary>
    Up = 1,

    /// <summary>Lower than in the previous period.</summary>
    Down = 2,

    /// <summary>The same as in the previous period.</summary>
    Unchanged = 3,
}
