using System.Globalization;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Availability;

/// <summary>
/// Turns outage records into availability, downtime and error budget per service and reporting period
/// (see <see cref="ServiceAvailability"/> for the definitions).
/// </summary>
/// <remarks>
/// <para>
/// A record is rejected, with its position, reference, field and reason, when it is null, names a service not in the
/// catalogue, ends before it starts, or repeats the reference of an earlier accepted record of the same service (one
/// incident may take down several services, so references are unique per service). Rejected records count nowhere.
/// </para>
/// <para>
/// Speed: O(n) to read n records and group them by service (a counting sort); repeated references are found by sorting
/// hashes of (service, reference). Each service's outages are then sorted once by start, and the union of any
/// combination of outage classes (kind x impact) is one linear merge over that order, kept per class mask. Impact
/// weights are measured in layers, one per distinct positive weight, each the union of the classes weighing at least
/// that much swept once over the periods (once more for unplanned downtime alone). Scratch arrays are rented, so the
/// number of allocations does not grow with the number of outages. Service hours cost one calendar lookup per stretch
/// of downtime. The method is pure and thread-safe.
/// </para>
/// <para>
/// Instants are measured exactly, in nanoseconds. The periods must lie within the library's supported range,
/// 1900-01-01T00:00:00Z to 2150-01-01T00:00:00Z; outages and the as-of instant may lie anywhere (only their parts
/// inside the periods count).
/// </para>
/// </remarks>
public static partial class AvailabilityCalculator
{
    /// <summary>Computes every catalogue service's figures for one period.</summary>
    /// <param name="outages">The outage records, in any order; may contain bad records (they are reported).</param>
    /// <param name="catalogue">The services and their policies.</param>
    /// <param name="period">The reporting period, such as <c>ReportingPeriod.Month(new YearMonth(2017, 9))</c>.</param>
    /// <param name="asOf">The instant the figures are as of: open outages end there and later time is not measured.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="outages"/>, <paramref name="catalogue"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> starts or ends outside the supported range, 1900-01-01T00:00:00Z to 2150-01-01T00:00:00Z.</exception>
    public static AvailabilityReport Calculate(IEnumerable<Outage?> outages, ServiceCatalogue catalogue, ReportingPeriod period, Instant asOf)
    {
        ArgumentNullException.ThrowIfNull(period);
        CheckInRange(period, nameof(period));
        return Calculate(outages, catalogue, [period], asOf);
    }

    /// <summary>Computes every catalogue service's figures for each of several periods (a series, such as six months).</summary>
    /// <param name="outages">The outage records, in any order; may contain bad records (they are reported).</param>
    /// <param name="catalogue">The services and their policies.</param>
    /// <param name="periods">The periods, in ascending order and not overlapping, such as <c>ReportingPeriod.Months(first, last)</c>.</param>
    /// <param name="asOf">The instant the figures are as of: open outages end there and later time is not measured.</param>
    /// <returns>The report; each result's trend compares it with the previous period in <paramref name="periods"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="outages"/>, <paramref name="catalogue"/> or <paramref name="periods"/> is null, or a period is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="periods"/> is empty, or the periods are not ascending and disjoint.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A period starts or ends outside the supported range, 1900-01-01T00:00:00Z to 2150-01-01T00:00:00Z.</exception>
    public static AvailabilityReport Calculate(IEnumerable<Outage?> outages, ServiceCatalogue catalogue, IEnumerable<ReportingPeriod> periods, Instant asOf)
    {
        ArgumentNullException.ThrowIfNull(outages);
        ArgumentNullException.ThrowIfNull(catalogue);
        return new Engine(catalogue, CheckedPeriods(periods), asOf).Run(outages);
    }

    /// <summary>
    /// Checks a series of periods as <see cref="Calculate(IEnumerable{Outage?}, ServiceCatalogue, IEnumerable{ReportingPeriod}, Instant)"/>
    /// documents (at least one, none null, ascending, disjoint, in the supported range) and gives them as an array.
    /// </summary>
    internal static ReportingPeriod[] CheckedPeriods(IEnumerable<ReportingPeriod> periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        ReportingPeriod[] list = [.. periods];
        if (list.Length == 0)
        {
            throw new ArgumentException("At least one reporting period is needed.", nameof(periods));
        }

        for (int i = 0; i < list.Length; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentNullException(nameof(periods), "A reporting period is null.");
            }

            CheckInRange(list[i], nameof(periods));

            if (i > 0 && list[i].Start < list[i - 1].End)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"The periods must be in ascending order and must not overlap; {list[i]} starts before {list[i - 1]} ends."),
                    nameof(periods));
            }
        }

        return list;
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> for a period outside the supported range (the engine measures in <see cref="UnixNanos"/>).</summary>
    private static void CheckInRange(ReportingPeriod period, string paramName)
    {
        if (!UnixNanos.InRange(period.Start) || !UnixNanos.InRange(period.End))
        {
            throw new ArgumentOutOfRangeException(paramName, period, UnixNanos.OutOfRangeMessage);
        }
    }
}
