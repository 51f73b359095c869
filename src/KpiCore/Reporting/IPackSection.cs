namespace KpiCore.Reporting;

/// <summary>
/// The figures of one section of a pack (availability, service desk, other KPIs, risk, or a new domain's), kept as
/// mergeable tallies per organisation and month; the builder asks it for its rows. A new domain is one class like this,
/// one <c>Add…</c> method on <see cref="PerformancePackBuilder"/> that feeds it, and its entries in a <see cref="PackLayout"/>.
/// </summary>
internal interface IPackSection
{
    /// <summary>Gives the rows of one organisation's pack.</summary>
    /// <param name="layout">The section's entry in the layout: the wording, order and targets of its rows.</param>
    /// <param name="organisation">The organisation; it may have no figures.</param>
    IEnumerable<KpiRow> Rows(PackSectionLayout layout, string organisation);

    /// <summary>Gives the rows of the combined pack, every organisation's tallies combined by <see cref="MonthlySeries{T}.Combine"/>.</summary>
    /// <param name="layout">The section's entry in the layout.</param>
    IEnumerable<KpiRow> CombinedRows(PackSectionLayout layout);
}
