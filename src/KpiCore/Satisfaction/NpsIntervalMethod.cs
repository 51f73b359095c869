namespace KpiCore.Satisfaction;

/// <summary>How a confidence interval for a Net Promoter Score is computed.</summary>
public enum NpsIntervalMethod
{
    /// <summary>
    /// Adjusted-Wald (Rocks 2016; Sauro and Lewis, MeasuringU): add 3/4 to the promoters and to the detractors and 3 to the
    /// total, then use the normal approximation on the adjusted shares. Centred on the adjusted score. The default.
    /// </summary>
    AdjustedWald = 0,

    /// <summary>
    /// Plain Wald: the raw score plus or minus z standard errors of the multinomial variance. Centred on the raw score;
    /// too narrow for small samples and zero-width when every answer is in one group.
    /// </summary>
    Wald = 1,
}
