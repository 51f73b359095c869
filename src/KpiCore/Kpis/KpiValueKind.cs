namespace KpiCore.Kpis;

/// <summary>What a <see cref="KpiValue"/> holds.</summary>
public enum KpiValueKind
{
    /// <summary>The data needed was missing (shown "UNVL"); this is the default so that an uninitialised value never reads as 0 or 100.</summary>
    Unavailable = 0,

    /// <summary>There was nothing to measure, such as no P1 calls resolved in the month (shown "N/A").</summary>
    NotApplicable = 1,

    /// <summary>A measured number.</summary>
    Measured = 2,
}
