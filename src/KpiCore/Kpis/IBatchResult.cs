namespace KpiCore.Kpis;

/// <summary>
/// The accounting every batch result of the library gives, the same way: how many records came in, how many were
/// counted, how many were left out on purpose and which were rejected, with their reasons.
/// </summary>
/// <remarks>
/// <see cref="InputCount"/> = <see cref="Counted"/> + <see cref="Excluded"/> + <see cref="Rejected"/>.Count, always.
/// A rejected record counts nowhere; an embedder can show these four numbers as the sample host does for each file.
/// </remarks>
public interface IBatchResult
{
    /// <summary>Gets the number of records given.</summary>
    long InputCount { get; }

    /// <summary>Gets the number of records counted in the figures.</summary>
    long Counted { get; }

    /// <summary>Gets the number of records deliberately left out (not errors); 0 where the calculation excludes nothing.</summary>
    long Excluded { get; }

    /// <summary>Gets the records that could not be counted, in input order, each with its position, field and reason.</summary>
    IReadOnlyList<RejectedRecord> Rejected { get; }
}
