using KpiCore.Kpis;

namespace KpiCore.Reporting;

/// <summary>One section of a <see cref="PackLayout"/>: its kind, stable key, title and row entries in display order.</summary>
/// <remarks>
/// Immutable. Rows whose number depends on the data come before the listed entries: one per service of the
/// organisations' catalogues in an <see cref="PackSectionKind.Availability"/> section (named after the service, with its
/// policy's target), and two per priority of the SLA policy in a <see cref="PackSectionKind.ServiceDesk"/> section ("%
/// resolved within SLA" with the priority's compliance target, then the volume). An entry whose key is that of such a row
/// (<see cref="PackRowKeys.Availability(string)"/>, <see cref="PackRowKeys.Sla"/>, <see cref="PackRowKeys.Volume"/>)
/// gives that row its name, target and decimals in place of the data's, where the data puts it; it adds no row of its
/// own, and it changes nothing when the data has no such row.
/// </remarks>
public sealed class PackSectionLayout
{
    /// <summary>Creates a section entry.</summary>
    /// <param name="kind">What the section reports.</param>
    /// <param name="key">The section's stable key, such as "service-desk".</param>
    /// <param name="title">The section's title, such as "Service desk KPIs".</param>
    /// <param name="rows">The row entries in display order; keys must be distinct.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="key"/> or <paramref name="title"/> is empty, a row entry is null, or two entries have the same key.
    /// </exception>
    public PackSectionLayout(PackSectionKind kind, string key, string title, IEnumerable<PackRowLayout> rows)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(rows);
        PackRowLayout[] copy = rows.ToArray();
        if (Array.Exists(copy, r => r is null))
        {
            throw new ArgumentException("Row entries must not contain null.", nameof(rows));
        }

        if (copy.Select(r => r.Key).Distinct(StringComparer.Ordinal).Count() != copy.Length)
        {
            throw new ArgumentException("Row entries must have distinct keys.", nameof(rows));
        }

        Kind = kind;
        Key = key;
        Title = title;
        Rows = Array.AsReadOnly(copy);
    }

    /// <summary>Gets what the section reports.</summary>
    public PackSectionKind Kind { get; }

    /// <summary>Gets the section's stable key.</summary>
    public string Key { get; }

    /// <summary>Gets the section's title.</summary>
    public string Title { get; }

    /// <summary>Gets the row entries in display order.</summary>
    public IReadOnlyList<PackRowLayout> Rows { get; }

    /// <summary>Finds a row entry by key.</summary>
    /// <param name="key">The key (ordinal comparison).</param>
    /// <returns>The entry, or null.</returns>
    public PackRowLayout? FindRow(string key) => Rows.FirstOrDefault(r => string.Equals(r.Key, key, StringComparison.Ordinal));

    /// <summary>A row whose number depends on the data: this section's entry with its key, if any, else the data's name and target.</summary>
    internal KpiRow DataRow(string key, string name, KpiTarget target, IEnumerable<KpiValue> values) =>
        FindRow(key)?.ToRow(values) ?? new KpiRow(key, name, target, values);

    /// <summary>Makes the pack section of this entry.</summary>
    internal PackSection ToSection(IEnumerable<KpiRow> rows) => new(Kind, Key, Title, rows);
}
