namespace KpiCore.Reporting;

/// <summary>A titled group of rows in a performance pack, such as "System availability KPIs" or "Service desk KPIs".</summary>
/// <remarks>Immutable. Renderers find sections by <see cref="Kind"/> (or <see cref="Key"/> for custom ones), never by title.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public sealed class PackSection
{
    /// <summary>Creates a <see cref="PackSectionKind.Custom"/> section whose key is its title.</summary>
    /// <param name="title">The section's title.</param>
    /// <param name="rows">Its rows, in display order.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="title"/> is empty, or a row is null.</exception>
    public PackSection(string title, IEnumerable<KpiRow> rows)
        : this(PackSectionKind.Custom, title, title, rows)
    {
    }

    /// <summary>Creates a section.</summary>
    /// <param name="kind">What the section reports.</param>
    /// <param name="key">The section's stable key, such as "service-desk".</param>
    /// <param name="title">The section's title.</param>
    /// <param name="rows">Its rows, in display order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="key"/> or <paramref name="title"/> is empty, or a row is null.</exception>
    public PackSection(PackSectionKind kind, string key, string title, IEnumerable<KpiRow> rows)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(rows);
        KpiRow[] copy = rows.ToArray();
        if (Array.Exists(copy, r => r is null))
        {
            throw new ArgumentException("Rows must not contain null.", nameof(rows));
        }

        Kind = kind;
        Key = key;
        Title = title;
        Rows = copy;
    }

    /// <summary>Gets what the section reports.</summary>
    public PackSectionKind Kind { get; }

    /// <summary>Gets the section's stable key.</summary>
    public string Key { get; }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the rows in display order.</summary>
    public IReadOnlyList<KpiRow> Rows { get; }

    /// <summary>Finds a row by key.</summary>
    /// <param name="key">The row's key (ordinal comparison).</param>
    /// <returns>The first row with that key, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public KpiRow? FindRowByKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Rows.FirstOrDefault(r => string.Equals(r.Key, key, StringComparison.Ordinal));
    }

    /// <summary>Summarises the section on one line, such as "ServiceDesk section 'Service desk KPIs': 10 rows" (culture-invariant).</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Kind} section '{Title}': {Rows.Count:N0} rows");
}
