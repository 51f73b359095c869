using System.Globalization;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Availability;

// The report: the unions cut to the periods' window and measured by the calculator's own engine.
public sealed partial class AvailabilityAccumulator
{
    /// <summary>Gives the report of the records added, for the catalogue given at construction.</summary>
    /// <param name="periods">The periods, in ascending order and not overlapping, such as <c>ReportingPeriod.Months(first, last)</c>.</param>
    /// <param name="asOf">The instant the figures are as of: open outages end there and later time is not measured.</param>
    /// <returns>The report <see cref="AvailabilityCalculator"/> gives for the same records, catalogue, periods and as-of instant.</returns>
    /// <exception cref="InvalidOperationException">The accumulator was created without a catalogue.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="periods"/> is null, or a period is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="periods"/> is empty, or the periods are not ascending and disjoint.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A period starts or ends outside the supported range, 1900-01-01T00:00:00Z to 2150-01-01T00:00:00Z.</exception>
    public AvailabilityReport Report(IEnumerable<ReportingPeriod> periods, Instant asOf)
    {
        if (_catalogue is null)
        {
            throw new InvalidOperationException("This accumulator was created without a catalogue; give one to Report.");
        }

        return Report(_catalogue, periods, asOf);
    }

    /// <summary>Gives the report of the records added, for a catalogue decided after they were read (services and policies).</summary>
    /// <param name="catalogue">The services and their policies; it must contain every service of an accepted record.</param>
    /// <param name="periods">The periods, in ascending order and not overlapping.</param>
    /// <param name="asOf">The instant the figures are as of: open outages end there and later time is not measured.</param>
    /// <returns>The report <see cref="AvailabilityCalculator"/> gives for the same records, catalogue, periods and as-of instant.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalogue"/> or <paramref name="periods"/> is null, or a period is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="catalogue"/> lacks a service of an accepted record (its outages would be lost), <paramref name="periods"/> is empty,
    /// or the periods are not ascending and disjoint.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">A period starts or ends outside the supported range.</exception>
    public AvailabilityReport Report(ServiceCatalogue catalogue, IEnumerable<ReportingPeriod> periods, Instant asOf)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        if (_services.FirstOrDefault(s => !catalogue.Contains(s)) is string missing)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The catalogue has no service '{missing}', which has accepted outages; each service read must be in the catalogue."), nameof(catalogue));
        }

        var engine = new AvailabilityCalculator.Engine(catalogue, AvailabilityCalculator.CheckedPeriods(periods), asOf);
        return Measure(catalogue, engine);
    }

    /// <summary>Cuts the unions to the engine's window, groups them by catalogue service (one piece per union piece, plus the open one) and measures them.</summary>
    private AvailabilityReport Measure(ServiceCatalogue catalogue, AvailabilityCalculator.Engine engine)
    {
        int services = catalogue.Count;
        var states = new ServiceState?[services];
        int total = 0;
        for (int s = 0; s < services; s++)
        {
            states[s] = _states.GetValueOrDefault(catalogue.NameAt(s));
            foreach (OutageUnion? union in states[s]?.Classes ?? [])
            {
                union?.Normalise();
                total += union is null ? 0 : union.Count + 1;
            }
        }

        long[] starts = new long[total];
        long[] ends = new long[total];
        byte[] classes = new byte[total];
        int[] serviceStart = new int[services + 1];
        (long windowStart, long windowEnd, long asOf) = (engine.WindowStart, engine.WindowEnd, engine.AsOfNanos);
        int w = 0;
        int largest = 0;
        for (int s = 0; s < services; s++)
        {
            serviceStart[s] = w;
            OutageUnion?[] unions = states[s]?.Classes ?? [];
            for (int c = 0; c < unions.Length; c++)
            {
                if (unions[c] is not OutageUnion union)
                {
                    continue;
                }

                void Keep(long start, long end)
                {
                    (start, end) = (Math.Max(start, windowStart), Math.Min(end, windowEnd));
                    if (start < end)
                    {
                        (starts[w], ends[w], classes[w]) = (start, end, (byte)c);
                        w++;
                    }
                }

                for (int i = 0; i < union.Count; i++)
                {
                    Keep(union.Starts[i], union.Ends[i]);
                }

                Keep(union.OpenFrom, asOf);
            }

            largest = Math.Max(largest, w - serviceStart[s]);
        }

        serviceStart[services] = w;
        return engine.Measure(starts, ends, classes, serviceStart, largest, _count, [.. _rejected]);
    }
}
