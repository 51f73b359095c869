using System.Diagnostics.CodeAnalysis;
using KpiCore.Kpis;
using KpiCore.Time;

namespace KpiCore.ServiceDesk;

/// <summary>The service-desk figures of a batch of calls for one reporting period: per organisation and priority, plus the records that were rejected.</summary>
/// <remarks>
/// Every input record is either counted or rejected: <see cref="Counted"/> + <see cref="Rejected"/>.Count =
/// <see cref="InputCount"/>. Counted records include valid calls outside the period (they may still be open at its
/// end, or simply not concern it).
/// </remarks>
public sealed class ServiceDeskReport
{
    private readonly OrganisationSlaFigures[] _organisations;
    private readonly RejectedRecord[] _rejected;

    internal ServiceDeskReport(ReportingPeriod period, SlaBasis basis, OrganisationSlaFigures[] organisations, RejectedRecord[] rejected, long inputCount, long callsWithOverlappingOnHold)
    {
        Period = period;
        Basis = basis;
        _organisations = organisations;
        _rejected = rejected;
        InputCount = inputCount;
        CallsWithOverlappingOnHold = callsWithOverlappingOnHold;
    }

    /// <summary>Gets the reporting period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets which calls the percentages are taken over.</summary>
    public SlaBasis Basis { get; }

    /// <summary>Gets the figures per organisation, ordered by name (ordinal).</summary>
    public IReadOnlyList<OrganisationSlaFigures> Organisations => Array.AsReadOnly(_organisations);

    /// <summary>Gets the records that were not counted, with their position, reference, field and reason, ordered by position.</summary>
    public IReadOnlyList<RejectedRecord> Rejected => Array.AsReadOnly(_rejected);

    /// <summary>Gets the number of input records.</summary>
    public long InputCount { get; }

    /// <summary>Gets the number of records counted (valid), whether or not they concern the period.</summary>
    public long Counted => InputCount - _rejected.Length;

    /// <summary>Gets how many counted calls had overlapping on-hold intervals, which were merged so that overlapping time counts once.</summary>
    public long CallsWithOverlappingOnHold { get; }

    /// <summary>Gets one organisation's figures.</summary>
    /// <param name="organisation">The organisation name (ordinal comparison).</param>
    /// <param name="figures">The figures, or null.</param>
    /// <returns>Whether the batch had calls of <paramref name="organisation"/>.</returns>
    public bool TryGet(string organisation, [NotNullWhen(true)] out OrganisationSlaFigures? figures)
    {
        figures = Array.Find(_organisations, o => string.Equals(o.Organisation, organisation, StringComparison.Ordinal));
        return figures is not null;
    }
}
