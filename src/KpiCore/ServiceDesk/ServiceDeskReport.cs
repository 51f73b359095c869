using System.Diagnostics.CodeAnalysis;
using KpiCore.Kpis;
using KpiCore.Time;

namespace KpiCore.ServiceDesk;

/// <summary>The service-desk figures of a batch of calls for one reporting period: per organisation and priority, plus the records that were rejected.</summary>
/// <remarks>
/// Every input record is either counted or rejected: <see cref="Counted"/> + <see cref="Rejected"/>.Count =
/// <see cref="InputCount"/>. Counted records include valid calls outside the period (they may still be open at its
/// end, or simply not concern it), and the calls listed in <see cref="NotJudged"/>: those are counted in the volume,
/// open calls and resolved calls, but their SLA could not be judged.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public sealed class ServiceDeskReport : IBatchResult
{
    private readonly OrganisationSlaFigures[] _organisations;
    private readonly RejectedRecord[] _rejected;
    private readonly RejectedRecord[] _notJudged;

    internal ServiceDeskReport(ReportingPeriod period, SlaBasis basis, OrganisationSlaFigures[] organisations, RejectedRecord[] rejected, RejectedRecord[] notJudged, long inputCount, long callsWithOverlappingOnHold)
    {
        _notJudged = notJudged;
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

    /// <summary>Gets the counted calls whose SLA could not be judged (a warning, not a rejection), with their position, reference, field ("OnHold" or "OnHoldTotal") and reason, ordered by position.</summary>
    /// <remarks>
    /// A call is listed when an on-hold interval starts before it was logged or ends after it was resolved, and it counts
    /// in one of the period's figures (logged in the period, open at its end, or in the basis). It is counted in the
    /// volume, in open at period end and in <see cref="PrioritySlaFigures.Resolved"/>, but in neither
    /// <see cref="PrioritySlaFigures.Met"/> nor <see cref="PrioritySlaFigures.Missed"/>: those in the basis are counted
    /// in <see cref="PrioritySlaFigures.NotJudged"/> instead, and left out of the percentage's denominator.
    /// </remarks>
    public IReadOnlyList<RejectedRecord> NotJudged => Array.AsReadOnly(_notJudged);

    /// <summary>Gets the number of input records.</summary>
    public long InputCount { get; }

    /// <summary>Gets the number of records counted (valid), whether or not they concern the period.</summary>
    public long Counted => InputCount - _rejected.Length;

    /// <inheritdoc/>
    public long Excluded => 0;

    /// <summary>Gets how many counted calls had overlapping on-hold intervals, which were merged so that overlapping time counts once.</summary>
    public long CallsWithOverlappingOnHold { get; }

    /// <summary>
    /// Creates a report from organisations' figures and the records set aside, as the calculator would have. For
    /// consumers' tests and for reading reports back (JSON).
    /// </summary>
    /// <param name="period">The reporting period.</param>
    /// <param name="basis">The basis.</param>
    /// <param name="organisations">The organisations' figures, all for this period and basis, no organisation twice.</param>
    /// <param name="rejected">The calls rejected as invalid.</param>
    /// <param name="notJudged">The calls counted whose SLA could not be judged.</param>
    /// <param name="inputCount">The number of calls read; at least the number rejected.</param>
    /// <param name="callsWithOverlappingOnHold">The calls whose on-hold intervals overlapped; not negative.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An organisation's figures are null, for another period or basis, or repeat an organisation; a record is null; or a count is out of range.</exception>
    public static ServiceDeskReport FromFigures(ReportingPeriod period, SlaBasis basis, IEnumerable<OrganisationSlaFigures> organisations,
        IEnumerable<RejectedRecord> rejected, IEnumerable<RejectedRecord> notJudged, long inputCount, long callsWithOverlappingOnHold = 0)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(organisations);
        ArgumentNullException.ThrowIfNull(rejected);
        ArgumentNullException.ThrowIfNull(notJudged);
        OrganisationSlaFigures[] figures = [.. organisations];
        RejectedRecord[] rejectedCopy = [.. rejected];
        RejectedRecord[] notJudgedCopy = [.. notJudged];
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (OrganisationSlaFigures organisation in figures)
        {
            ArgumentNullException.ThrowIfNull(organisation, nameof(organisations));
            if (organisation.Period != period || organisation.Basis != basis || !names.Add(organisation.Organisation))
            {
                throw new ArgumentException($"The figures of {organisation.Organisation} are for another period or basis, or the organisation appears twice.", nameof(organisations));
            }
        }

        if (Array.Exists(rejectedCopy, r => r is null) || Array.Exists(notJudgedCopy, r => r is null))
        {
            throw new ArgumentException("The records set aside must not hold null.", nameof(rejected));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(inputCount, rejectedCopy.Length);
        ArgumentOutOfRangeException.ThrowIfNegative(callsWithOverlappingOnHold);
        return new ServiceDeskReport(period, basis, figures, rejectedCopy, notJudgedCopy, inputCount, callsWithOverlappingOnHold);
    }

    /// <summary>Gets one organisation's figures.</summary>
    /// <param name="organisation">The organisation name (ordinal comparison).</param>
    /// <param name="figures">The figures, or null.</param>
    /// <returns>Whether the batch had calls of <paramref name="organisation"/>.</returns>
    public bool TryGet(string organisation, [NotNullWhen(true)] out OrganisationSlaFigures? figures)
    {
        figures = Array.Find(_organisations, o => string.Equals(o.Organisation, organisation, StringComparison.Ordinal));
        return figures is not null;
    }

    /// <summary>Summarises the report on one line, such as "ServiceDeskReport 2017-09: 2 organisations, 1,234 calls, 3 rejected, 1 not judged" (culture-invariant).</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"ServiceDeskReport {Period.Label()}: {_organisations.Length:N0} organisations, {InputCount:N0} calls, {_rejected.Length:N0} rejected, {_notJudged.Length:N0} not judged");
}
