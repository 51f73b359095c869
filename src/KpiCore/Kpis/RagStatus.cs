namespace KpiCore.Kpis;

/// <summary>A red / amber / green rating of a figure against its target or of a risk score against its bands.</summary>
public enum RagStatus
{
    /// <summary>Not rated: no target, or no measured value (N/A, UNVL). The default.</summary>
    NotAssessed = 0,

    /// <summary>On or better than target; a low risk.</summary>
    Green = 1,

    /// <summary>Missed, but within the agreed tolerance; a medium risk.</summary>
    Amber = 2,

    /// <summary>Missed beyond the tolerance; a high risk.</summary>
    Red = 3,
}
