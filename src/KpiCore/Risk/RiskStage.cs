namespace KpiCore.Risk;

/// <summary>Which assessment of a risk is meant: before or after mitigation.</summary>
public enum RiskStage
{
    /// <summary>After mitigation (net). The default.</summary>
    Residual = 0,

    /// <summary>Before mitigation (gross).</summary>
    Inherent = 1,
}
