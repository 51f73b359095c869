namespace KpiCore.ServiceDesk;

/// <summary>Choices for a batch SLA report: the basis of the percentage and the repeated-reference check.</summary>
public sealed class SlaReportOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="basis">Which calls the percentage is taken over; default the calls resolved in the period.</param>
    /// <param name="duplicateIds">Whether repeated call references are looked for; default the whole run.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basis"/> or <paramref name="duplicateIds"/> is not a defined value.</exception>
    public SlaReportOptions(SlaBasis basis = SlaBasis.ResolvedInPeriod, DuplicateIdCheck duplicateIds = DuplicateIdCheck.WholeRun)
    {
        if (!Enum.IsDefined(basis))
        {
            throw new ArgumentOutOfRangeException(nameof(basis), basis, "Value must be a defined SlaBasis.");
        }

        if (!Enum.IsDefined(duplicateIds))
        {
            throw new ArgumentOutOfRangeException(nameof(duplicateIds), duplicateIds, "Value must be a defined DuplicateIdCheck.");
        }

        Basis = basis;
        DuplicateIds = duplicateIds;
    }

    /// <summary>Gets the default options: resolved-in-period basis, repeated references checked over the whole run.</summary>
    public static SlaReportOptions Default { get; } = new();

    /// <summary>Gets which calls the percentage is taken over.</summary>
    public SlaBasis Basis { get; }

    /// <summary>Gets whether repeated call references are looked for.</summary>
    public DuplicateIdCheck DuplicateIds { get; }
}
