using System.Globalization;
using KpiCore.Kpis;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Availability;

/// <summary>
/// The result of <see cref="AvailabilityCalculator"/>: one <see cref="ServiceAvailability"/> per catalogue service and
/// reporting period, plus the input records that were rejected and why.
/// </summary>
/// <remarks>
/// Every input record is either accepted (<see cref="Counted"/>) or listed in <see cref="Rejected"/>:
/// <c>Counted + Rejected.Count == InputCount</c>. Accepted records outside every period are accepted but
/// contribute nothing. Instances are immutable.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public sealed class AvailabilityReport : IBatchResult
{
    private readonly ServiceAvailability[] _results; // service-major: [service * periods + period]
    private readonly ReportingPeriod[] _periods;

    internal AvailabilityReport(
        ServiceCatalogue catalogue,
        ReportingPeriod[] periods,
        ServiceAvailability[] results,
        Instant asOf,
        int inputCount,
        RejectedRecord[] rejected)
    {
        Catalogue = catalogue;
        _periods = periods;
        _results = results;
        AsOf = asOf;
        InputCount = inputCount;
        Rejected = Array.AsReadOnly(rejected);
    }

    /// <summary>Gets the catalogue of services and policies the report was computed for.</summary>
    public ServiceCatalogue Catalogue { get; }

    /// <summary>Gets the service names, in catalogue order.</summary>
    public IReadOnlyList<string> Services => Catalogue.Services;

    /// <summary>Gets the reporting periods, in ascending order.</summary>
    public IReadOnlyList<ReportingPeriod> Periods => Array.AsReadOnly(_periods);

    /// <summary>Gets the instant the figures are as of: open outages end there, and later time is not measured.</summary>
    public Instant AsOf { get; }

    /// <summary>Gets every result, by service (catalogue order) and then by period.</summary>
    public IReadOnlyList<ServiceAvailability> Results => Array.AsReadOnly(_results);

    /// <summary>Gets the number of input records.</summary>
    public long InputCount { get; }

    /// <summary>Gets the number of input records that were accepted.</summary>
    public long Counted => InputCount - Rejected.Count;

    /// <inheritdoc/>
    public long Excluded => 0;

    /// <summary>Gets the rejected records, in input order, each with its position, reference, field and reason.</summary>
    public IReadOnlyList<RejectedRecord> Rejected { get; }

    /// <summary>Gets the figures of one service in one period.</summary>
    /// <param name="service">The service name.</param>
    /// <param name="period">One of <see cref="Periods"/>.</param>
    /// <returns>The figures.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="KeyNotFoundException">The service or the period is not in the report.</exception>
    public ServiceAvailability Get(string service, ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        int s = ServiceIndex(service);
        int p = Array.IndexOf(_periods, period);
        if (p < 0)
        {
            throw new KeyNotFoundException(string.Create(CultureInfo.InvariantCulture, $"The period {period} is not in the report."));
        }

        return _results[(s * _periods.Length) + p];
    }

    /// <summary>Gets the series of one service: its figures for each period, in period order.</summary>
    /// <param name="service">The service name.</param>
    /// <returns>The figures, one per period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="service"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The service is not in the report.</exception>
    public IReadOnlyList<ServiceAvailability> ForService(string service)
    {
        int s = ServiceIndex(service);
        return new ArraySegment<ServiceAvailability>(_results, s * _periods.Length, _periods.Length);
    }

    /// <summary>Gets the figures of every service for one period, in catalogue order (one column of the report's table).</summary>
    /// <param name="period">One of <see cref="Periods"/>.</param>
    /// <returns>The figures, one per service.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The period is not in the report.</exception>
    public IReadOnlyList<ServiceAvailability> ForPeriod(ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        int p = Array.IndexOf(_periods, period);
        if (p < 0)
        {
            throw new KeyNotFoundException(string.Create(CultureInfo.InvariantCulture, $"The period {period} is not in the report."));
        }

        var column = new ServiceAvailability[Catalogue.Count];
        for (int s = 0; s < column.Length; s++)
        {
            column[s] = _results[(s * _periods.Length) + p];
        }

        return Array.AsReadOnly(column);
    }

    private int ServiceIndex(string service)
    {
        ArgumentNullException.ThrowIfNull(service);
        int s = Catalogue.IndexOf(service);
        return s >= 0
            ? s
            : throw new KeyNotFoundException(string.Create(CultureInfo.InvariantCulture, $"The service '{service}' is not in the report."));
    }

    /// <summary>Summarises the report on one line, such as "AvailabilityReport 2017-07..2017-09: 12 services, 3 periods, 40 outages, 1 rejected" (culture-invariant).</summary>
    /// <returns>The summary.</returns>
    public override string ToString()
    {
        string span = _periods.Length == 0 ? "no period"
            : _periods.Length == 1 ? _periods[0].Label() : _periods[0].Label() + ".." + _periods[^1].Label();
        return string.Create(CultureInfo.InvariantCulture,
            $"AvailabilityReport {span}: {Catalogue.Count:N0} services, {_periods.Length:N0} periods, {InputCount:N0} outages, {Rejected.Count:N0} rejected");
    }
}
