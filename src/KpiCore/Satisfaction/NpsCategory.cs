namespace KpiCore.Satisfaction;

/// <summary>The Net Promoter group of a 0-10 "likelihood to recommend" answer.</summary>
public enum NpsCategory
{
    /// <summary>An answer from 0 to 6; counts against the score. The default (the category of a 0).</summary>
    Detractor = 0,

    /// <summary>An answer of 7 or 8; counts in the total only.</summary>
    Passive = 1,

    /// <summary>An answer of 9 or 10; counts for the score.</summary>
    Promoter = 2,
}
