namespace KpiCore.Kpis;

/// <summary>Whether a figure met its target.</summary>
public enum TargetOutcome
{
    /// <summary>Not judged: no target, the figure is N/A or UNVL, or a comparison with the previous period had no previous figure. The default.</summary>
    NotAssessed = 0,

    /// <summary>The target was met.</summary>
    Met = 1,

    /// <summary>The target was missed.</summary>
    Missed = 2,
}
