namespace KpiCore.Risk;

/// <summary>How a register derives a risk's residual (net) score, after mitigation.</summary>
public enum ResidualMethod
{
    /// <summary>The risk is re-assessed on the scales after mitigation and its residual impact × likelihood is scored on the matrix, as in the source report. The default.</summary>
    Rescored = 0,

    /// <summary>Residual = inherent score × (100 − mitigation %) / 100, as SimpleRisk does; the risk needs an inherent assessment and a mitigation percentage.</summary>
    MitigationPercentage = 1,
}
