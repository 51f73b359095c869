namespace KpiCore.Reporting;

/// <summary>A titled group of rows in a performance pack, such as "System availability KPIs" or "Service desk KPIs".</summary>
public sealed class PackSection
{
    /// <summary>Creates a section.</summary>
    /// <param name="title">The section's title.</param>
    /// <param name="rows">Its rows, in display order.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="title"/> is empty, or a row is null.</exception>
    public PackSection(string title, IEnumerable<KpiRow> rows)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(rows);
        KpiRow[] copy = rows.ToArray();
        if (Array.Exists(copy, r => r is null))
        {
            throw new ArgumentException("Rows must not contain null.", nameof(rows));
        }

        Title = title;
        Rows = copy;
    }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the rows in display order.</summary>
    public IReadOnlyList<KpiRow> Rows { get; }
}
