using KpiCore.Kpis;

namespace KpiCore.Reporting;

/// <summary>
/// What a performance pack shows: its sections and their rows in display order, each row's key, wording, target and
/// decimals, and the name of the combined (shared service) pack. <see cref="Default"/> is the layout of the committee
/// report the library was designed from.
/// </summary>
/// <remarks>
/// Immutable. Section keys are distinct. Sections of a built-in <see cref="PackSectionKind"/> are filled from the figures
/// added to the <see cref="PerformancePackBuilder"/>; a <see cref="PackSectionKind.Custom"/> section with no figures
/// added shows its rows as "UNVL". Leaving a section out of the layout leaves it out of the pack.
/// </remarks>
public sealed class PackLayout
{
    /// <summary>Creates a layout.</summary>
    /// <param name="combinedName">The name of the combined pack, such as "Shared service".</param>
    /// <param name="sections">The sections in display order; keys must be distinct.</param>
    /// <exception cref="ArgumentNullException"><paramref name="sections"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="combinedName"/> is empty, a section is null, or two sections have the same key.
    /// </exception>
    public PackLayout(string combinedName, IEnumerable<PackSectionLayout> sections)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(combinedName);
        ArgumentNullException.ThrowIfNull(sections);
        PackSectionLayout[] copy = sections.ToArray();
        if (Array.Exists(copy, s => s is null))
        {
            throw new ArgumentException("Sections must not contain null.", nameof(sections));
        }

        if (copy.Select(s => s.Key).Distinct(StringComparer.Ordinal).Count() != copy.Length)
        {
            throw new ArgumentException("Sections must have distinct keys.", nameof(sections));
        }

        CombinedName = combinedName;
        Sections = Array.AsReadOnly(copy);
    }

    /// <summary>
    /// Gets the report's layout: "System availability KPIs" (a row per service), "Service desk KPIs" (per priority "%
    /// resolved within SLA" and volume, then overall SLA, total volume, calls open at period end with the target
    /// "Decrease", problem and change records) and "Other KPIs" (Process Success Index out of 9, target 7; Net Promoter
    /// Score, target 20; User Satisfaction Survey out of 7, target 6); the combined pack is "Shared service".
    /// </summary>
    public static PackLayout Default { get; } = new(PerformancePackBuilder.CombinedOrganisationName,
    [
        new(PackSectionKind.Availability, "availability", PerformancePackBuilder.AvailabilitySectionTitle, []),
        new(PackSectionKind.ServiceDesk, "service-desk", PerformancePackBuilder.ServiceDeskSectionTitle,
        [
            new(PackRowKeys.OverallSla, PerformancePackBuilder.OverallSlaRowName, KpiTarget.None),
            new(PackRowKeys.TotalVolume, PerformancePackBuilder.TotalVolumeRowName, KpiTarget.None),
            new(PackRowKeys.OpenAtPeriodEnd, PerformancePackBuilder.OpenAtPeriodEndRowName, KpiTarget.DecreaseOnPrevious()),
            new(PackRowKeys.ProblemRecords, PerformancePackBuilder.ProblemRecordsRowName, KpiTarget.None),
            new(PackRowKeys.ChangeRecords, PerformancePackBuilder.ChangeRecordsRowName, KpiTarget.None),
        ]),
        new(PackSectionKind.OtherKpis, "other", PerformancePackBuilder.OtherSectionTitle,
        [
            new(PackRowKeys.ProcessSuccessIndex, PerformancePackBuilder.ProcessSuccessIndexRowName, KpiTarget.AtLeast(7, KpiUnit.Number)),
            new(PackRowKeys.NetPromoterScore, PerformancePackBuilder.NetPromoterScoreRowName, KpiTarget.AtLeast(20, KpiUnit.Number)),
            new(PackRowKeys.UserSatisfaction, PerformancePackBuilder.UserSatisfactionRowName, KpiTarget.AtLeast(6, KpiUnit.Number)),
        ]),
    ]);

    /// <summary>
    /// Gets the business-plan section's entry, to add to a layout with <see cref="WithSection"/>: a
    /// <see cref="PackSectionKind.Custom"/> section with the key <see cref="PerformancePackBuilder.BusinessPlanSectionKey"/>,
    /// titled "Business plan objectives", whose rows count the objectives rated red, amber and green at each month's end
    /// (<see cref="PackRowKeys.RedObjectives"/>, <see cref="PackRowKeys.AmberObjectives"/>, <see cref="PackRowKeys.GreenObjectives"/>),
    /// filled by <see cref="PerformancePackBuilder.AddBusinessPlan"/>. It is not in <see cref="Default"/>: the report shows
    /// its business plan as a table of its own, not as rows of each council's KPIs.
    /// </summary>
    public static PackSectionLayout BusinessPlanSection { get; } = new(PackSectionKind.Custom, PerformancePackBuilder.BusinessPlanSectionKey, "Business plan objectives",
    [
        new(PackRowKeys.RedObjectives, "Objectives rated red", KpiTarget.None),
        new(PackRowKeys.AmberObjectives, "Objectives rated amber", KpiTarget.None),
        new(PackRowKeys.GreenObjectives, "Objectives rated green", KpiTarget.None),
    ]);

    /// <summary>Gets the name of the combined pack.</summary>
    public string CombinedName { get; }

    /// <summary>Gets the sections in display order.</summary>
    public IReadOnlyList<PackSectionLayout> Sections { get; }

    /// <summary>Returns a copy with another section added at the end, such as a risk or business-plan section.</summary>
    /// <param name="section">The section to add; its key must not be in the layout yet.</param>
    /// <returns>The new layout.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="section"/> is null.</exception>
    /// <exception cref="ArgumentException">The layout already has a section with that key.</exception>
    public PackLayout WithSection(PackSectionLayout section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return new PackLayout(CombinedName, [.. Sections, section]);
    }

    /// <summary>Finds a section entry by key.</summary>
    /// <param name="key">The key (ordinal comparison).</param>
    /// <returns>The entry, or null.</returns>
    public PackSectionLayout? FindSection(string key) => Sections.FirstOrDefault(s => string.Equals(s.Key, key, StringComparison.Ordinal));
}
