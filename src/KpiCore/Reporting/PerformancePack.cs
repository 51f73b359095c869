using KpiCore.Risk;
using NodaTime;

namespace KpiCore.Reporting;

/// <summary>
/// A performance pack for one organisation (or the shared service as a whole): sections of KPI rows against a run of
/// consecutive months, each row with its target, plus exceptions commentary. Renderers (terminal, HTML, CSV, Markdown)
/// read it; it holds figures, not formatting.
/// </summary>
/// <remarks>Immutable. Every row has one value per month in <see cref="Months"/>.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public sealed class PerformancePack
{
    /// <summary>Creates a pack.</summary>
    /// <param name="organisation">Whom the pack is for, such as "Brent".</param>
    /// <param name="months">The consecutive months reported, oldest first; at least one.</param>
    /// <param name="sections">The sections in display order.</param>
    /// <param name="exceptions">The commentary lines; may be empty.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="organisation"/> is empty; <paramref name="months"/> is empty or not consecutive; a row does not
    /// have one value per month; an exception names no row of the pack or a month outside it.
    /// </exception>
    public PerformancePack(string organisation, IEnumerable<YearMonth> months, IEnumerable<PackSection> sections, IEnumerable<ExceptionNote> exceptions)
        : this(organisation, months, sections, exceptions, [])
    {
    }

    /// <summary>Creates a pack that also lists the commentary that could not be placed in it.</summary>
    /// <param name="organisation">Whom the pack is for, such as "Brent".</param>
    /// <param name="months">The consecutive months reported, oldest first; at least one.</param>
    /// <param name="sections">The sections in display order.</param>
    /// <param name="exceptions">The commentary lines; may be empty.</param>
    /// <param name="rejectedNotes">The commentary lines that could not be placed, with their reasons; may be empty.</param>
    /// <exception cref="ArgumentNullException">An argument, or an element of <paramref name="rejectedNotes"/>, is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="organisation"/> is empty; <paramref name="months"/> is empty or not consecutive; a row does not
    /// have one value per month; an exception names no row of the pack or a month outside it.
    /// </exception>
    public PerformancePack(string organisation, IEnumerable<YearMonth> months, IEnumerable<PackSection> sections, IEnumerable<ExceptionNote> exceptions,
        IEnumerable<RejectedNote> rejectedNotes)
        : this(organisation, months, sections, exceptions, rejectedNotes, null)
    {
    }

    /// <summary>Creates a pack with its commentary, the commentary that could not be placed, and the risk register it reports on.</summary>
    /// <param name="organisation">Whom the pack is for, such as "Brent".</param>
    /// <param name="months">The consecutive months reported, oldest first; at least one.</param>
    /// <param name="sections">The sections in display order.</param>
    /// <param name="exceptions">The commentary lines; may be empty.</param>
    /// <param name="rejectedNotes">The commentary lines that could not be placed, with their reasons; may be empty.</param>
    /// <param name="risks">The risk register as at the end of the last month; null when none was added.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="risks"/>, or an element of <paramref name="rejectedNotes"/>, is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="organisation"/> is empty; <paramref name="months"/> is empty or not consecutive; a row does not
    /// have one value per month; an exception names no row of the pack or a month outside it.
    /// </exception>
    public PerformancePack(string organisation, IEnumerable<YearMonth> months, IEnumerable<PackSection> sections, IEnumerable<ExceptionNote> exceptions,
        IEnumerable<RejectedNote> rejectedNotes, RiskRegister? risks)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organisation);
        ArgumentNullException.ThrowIfNull(months);
        ArgumentNullException.ThrowIfNull(sections);
        ArgumentNullException.ThrowIfNull(exceptions);
        YearMonth[] monthArray = months.ToArray();
        if (monthArray.Length == 0)
        {
            throw new ArgumentException("A pack needs at least one month.", nameof(months));
        }

        for (int i = 1; i < monthArray.Length; i++)
        {
            if (monthArray[i] != monthArray[i - 1].PlusMonths(1))
            {
                throw new ArgumentException($"Months must be consecutive; {monthArray[i]} does not follow {monthArray[i - 1]}.", nameof(months));
            }
        }

        PackSection[] sectionArray = sections.ToArray();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (PackSection section in sectionArray)
        {
            ArgumentNullException.ThrowIfNull(section, nameof(sections));
            foreach (KpiRow row in section.Rows)
            {
                if (row.Values.Count != monthArray.Length)
                {
                    throw new ArgumentException($"Row '{row.Name}' has {row.Values.Count} values for {monthArray.Length} months.", nameof(sections));
                }

                names.Add(row.Name);
            }
        }

        ExceptionNote[] exceptionArray = exceptions.ToArray();
        foreach (ExceptionNote exception in exceptionArray)
        {
            ArgumentNullException.ThrowIfNull(exception, nameof(exceptions));
            if (!names.Contains(exception.RowName))
            {
                throw new ArgumentException($"Exception commentary names row '{exception.RowName}', which is not in the pack.", nameof(exceptions));
            }

            if (exception.Month is YearMonth m && Array.IndexOf(monthArray, m) < 0)
            {
                throw new ArgumentException($"Exception commentary for '{exception.RowName}' refers to {m}, outside the pack's months.", nameof(exceptions));
            }
        }

        ArgumentNullException.ThrowIfNull(rejectedNotes);
        RejectedNote[] rejectedArray = rejectedNotes.ToArray();
        foreach (RejectedNote rejected in rejectedArray)
        {
            ArgumentNullException.ThrowIfNull(rejected, nameof(rejectedNotes));
        }

        Organisation = organisation;
        Months = monthArray;
        RejectedNotes = Array.AsReadOnly(rejectedArray);
        Sections = sectionArray;
        Exceptions = exceptionArray;
        Risks = risks;
    }

    /// <summary>Gets whom the pack is for.</summary>
    public string Organisation { get; }

    /// <summary>Gets the months reported, oldest first.</summary>
    public IReadOnlyList<YearMonth> Months { get; }

    /// <summary>Gets the sections in display order.</summary>
    public IReadOnlyList<PackSection> Sections { get; }

    /// <summary>Gets the exceptions commentary.</summary>
    public IReadOnlyList<ExceptionNote> Exceptions { get; }

    /// <summary>Gets the commentary that could not be placed in the pack, each with its reason, in the order it was added.</summary>
    /// <remarks>
    /// <see cref="PerformancePackBuilder"/> lists here every note whose organisation has no figures, whose row name
    /// matches no row (or several rows) of the pack, or whose month is outside <see cref="Months"/>; every note added
    /// for the pack is in <see cref="Exceptions"/> or here. Empty for a pack built directly without rejected notes.
    /// </remarks>
    public IReadOnlyList<RejectedNote> RejectedNotes { get; }

    /// <summary>Gets the risk register the pack reports on (as at the end of its last month), or null when it has none.</summary>
    public RiskRegister? Risks { get; }

    /// <summary>Finds the first section of a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The section, or null.</returns>
    public PackSection? FindSection(PackSectionKind kind) => Sections.FirstOrDefault(s => s.Kind == kind);

    /// <summary>Finds a row by its stable key.</summary>
    /// <param name="key">The row's key (ordinal comparison), such as <see cref="PackRowKeys.NetPromoterScore"/>.</param>
    /// <returns>The first row with that key, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public KpiRow? FindRowByKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Sections.Select(s => s.FindRowByKey(key)).FirstOrDefault(r => r is not null);
    }

    /// <summary>Finds a row by name.</summary>
    /// <param name="name">The row's name (ordinal comparison).</param>
    /// <returns>The first row with that name, or null.</returns>
    public KpiRow? FindRow(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (PackSection section in Sections)
        {
            foreach (KpiRow row in section.Rows)
            {
                if (string.Equals(row.Name, name, StringComparison.Ordinal))
                {
                    return row;
                }
            }
        }

        return null;
    }

    /// <summary>Summarises the pack on one line, such as "PerformancePack Brent 2017-07..2017-09: 3 sections, 23 rows, 2 exceptions, 12 risks" (culture-invariant).</summary>
    /// <returns>The summary.</returns>
    public override string ToString()
    {
        string span = Months.Count == 1
            ? NodaTime.Text.YearMonthPattern.Iso.Format(Months[0])
            : NodaTime.Text.YearMonthPattern.Iso.Format(Months[0]) + ".." + NodaTime.Text.YearMonthPattern.Iso.Format(Months[^1]);
        string risks = Risks is null ? "no risk register" : Risks.Entries.Count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " risks";
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"PerformancePack {Organisation} {span}: {Sections.Count:N0} sections, {Sections.Sum(s => s.Rows.Count):N0} rows, {Exceptions.Count:N0} exceptions, {risks}");
    }
}
