namespace KpiCore.Kpis;

/// <summary>The unit of a measured <see cref="KpiValue"/>, which decides how it is shown.</summary>
public enum KpiUnit
{
    /// <summary>A plain number such as a Net Promoter Score ("70.98").</summary>
    Number = 0,

    /// <summary>A value in percent, from 0 to 100 ("99.62%").</summary>
    Percent = 1,

    /// <summary>A whole count such as a call volume ("4503").</summary>
    Count = 2,
}
