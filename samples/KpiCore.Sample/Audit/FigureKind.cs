namespace KpiCore.Sample.Audit;

/// <summary>What a published figure is: a percentage, a plain number, or one of the two words the pack prints instead.</summary>
internal enum FigureKind
{
    /// <summary>A number with a percent sign, such as <c>57.14%</c>.</summary>
    Percent,

    /// <summary>A number without a percent sign, such as <c>3596</c> or <c>70.98</c>.</summary>
    Number,

    /// <summary><c>N/A</c>: nothing to measure.</summary>
    NotApplicable,

    /// <summary><c>UNVL</c>: the data was missing.</summary>
    Unavailable,
}
