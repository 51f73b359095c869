using KpiCore.Availability;
using KpiCore.Sample.Input;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Sample.Pack;

/// <summary>
/// The outages of <c>pack</c>, streamed: per organisation a library <see cref="AvailabilityAccumulator"/> (the union of
/// each service's downtime per outage class, not the records) and the first and last start (the outage log's inferred
/// coverage), plus counts per month for the reporting range and for the outages outside it. No record is kept.
/// </summary>
/// <remarks>
/// Rows reach the store checked: the outages format has rejected those that end before they start or repeat a
/// reference of the same service, and the services.csv filter those of services it does not define, so the library
/// has nothing left to reject; a rejection there is a fault in the host and stops the run rather than lose a record.
/// The references go no further (the format checks them, keeping only those a pre-pass met twice), so memory grows
/// with the disjoint pieces of downtime and with the months, not with the number of rows.
/// </remarks>
internal sealed class OutageStore(DateTimeZone zone)
{
    private readonly Dictionary<string, Organisation> _organisations = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private readonly Dictionary<YearMonth, int> _startMonths = [];
    private readonly Dictionary<(YearMonth Start, YearMonth? LastCovered), int> _spans = [];

    /// <summary>Gets the number of outages added.</summary>
    internal int Count { get; private set; }

    /// <summary>Gets the file the outages came from (the first one's), or null before the first.</summary>
    internal string? File { get; private set; }

    /// <summary>Gets the organisations of the outages, in order of first appearance.</summary>
    internal IReadOnlyList<string> Organisations => _order;

    /// <summary>Adds a checked outage.</summary>
    /// <exception cref="InvalidOperationException">The library rejects it (the host's checks missed a fault).</exception>
    internal void Add(Sourced<Outage> outage)
    {
        File ??= outage.File;
        Count++;
        if (!_organisations.TryGetValue(outage.Organisation, out Organisation? organisation))
        {
            _organisations.Add(outage.Organisation, organisation = new Organisation(outage.Record.Start));
            _order.Add(outage.Organisation);
        }

        // The reference was checked by the format (with the lines of both rows), so the library's check is not repeated.
        Outage record = outage.Record;
        if (organisation.Outages.Add(record.Reference is null ? record : new Outage(record.Service, record.Start, record.End, record.Kind, record.Impact)) is { } rejected)
        {
            throw new InvalidOperationException($"{outage.File}:{outage.Line}: {rejected.Field}: {rejected.Reason} (the outages format should have rejected this row)");
        }

        organisation.Widen(outage.Record.Start);
        YearMonth start = PackMonths.YearMonthOf(outage.Record.Start, zone);
        _startMonths[start] = _startMonths.GetValueOrDefault(start) + 1;
        (YearMonth, YearMonth?) span = (start, LastCovered(outage.Record));
        _spans[span] = _spans.GetValueOrDefault(span) + 1;
    }

    /// <summary>Gets an organisation's services in order of their first outage (its catalogue when services.csv defines none).</summary>
    internal IReadOnlyList<string> ServicesOf(string organisation) => _organisations[organisation].Outages.Services;

    /// <summary>Gets the months of an organisation's first and last outage start (the outage log's inferred coverage).</summary>
    internal (YearMonth First, YearMonth Last) StartMonths(string organisation)
    {
        Organisation o = _organisations[organisation];
        return (PackMonths.YearMonthOf(o.First, zone), PackMonths.YearMonthOf(o.Last, zone));
    }

    /// <summary>The file's months for the inference: the month of each outage's start, as counts.</summary>
    internal ReportingRange.Source Source() => ReportingRange.Source.FromCounts(File ?? Input.Formats.OutagesFormat.Name, _startMonths);

    /// <summary>
    /// Counts the outages wholly outside the months <paramref name="first"/> to <paramref name="last"/>, as
    /// <see cref="OutsideRange"/> does for a list: those starting after the last month, and those ending before the
    /// first month starts (an empty outage at the first instant of the range is inside; an open one never ends).
    /// </summary>
    internal int OutsideCount(YearMonth first, YearMonth last) =>
        _spans.Where(s => s.Key.Start > last || s.Key.LastCovered < first).Sum(s => s.Value);

    /// <summary>An organisation's availability for a catalogue decided after reading (coverage from the log, services.csv's policies).</summary>
    internal AvailabilityReport Report(string organisation, ServiceCatalogue catalogue, ReportingPeriod[] periods, Instant asOf) =>
        (_organisations.GetValueOrDefault(organisation)?.Outages ?? new AvailabilityAccumulator()).Report(catalogue, periods, asOf);

    /// <summary>
    /// The month of the last instant an outage covers (the month of its end for an empty one), or null for an open one:
    /// a closed outage ends before a range starts exactly when this month is before the range's first.
    /// </summary>
    private YearMonth? LastCovered(Outage outage) => outage.End is not Instant end ? null
        : PackMonths.YearMonthOf(end > outage.Start ? end - Duration.Epsilon : end, zone);

    private sealed class Organisation(Instant start)
    {
        internal AvailabilityAccumulator Outages { get; } = new();

        internal Instant First { get; private set; } = start;

        internal Instant Last { get; private set; } = start;

        internal void Widen(Instant start) => (First, Last) = (start < First ? start : First, start > Last ? start : Last);
    }
}
