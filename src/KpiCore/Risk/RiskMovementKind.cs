namespace KpiCore.Risk;

/// <summary>How a risk's residual score moved since a previous register.</summary>
public enum RiskMovementKind
{
    /// <summary>The risk is in both registers with the same residual score. The default.</summary>
    Unchanged = 0,

    /// <summary>The residual score went up.</summary>
    Up = 1,

    /// <summary>The residual score went down.</summary>
    Down = 2,

    /// <summary>The risk is only in the current register.</summary>
    New = 3,

    /// <summary>The risk is only in the previous register.</summary>
    Closed = 4,
}
