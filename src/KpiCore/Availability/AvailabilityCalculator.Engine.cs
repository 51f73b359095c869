using KpiCore.Kpis;
using KpiCore.Time;
using KpiCore.Utility;
using NodaTime;

namespace KpiCore.Availability;

public static partial class AvailabilityCalculator
{
    /// <summary>
    /// One calculation: reads the records (<see cref="OutageBatchReader"/>), then measures each service: its measured
    /// time, its downtime layer by layer (<see cref="WeightLayers"/>) from the unions of its outage classes
    /// (<see cref="ClassedOutages"/>), each swept over the periods (<see cref="PeriodSweep"/>).
    /// </summary>
    internal sealed class Engine
    {
        private readonly ServiceCatalogue _catalogue;
        private readonly ReportingPeriod[] _periods;
        private readonly Instant _asOf;
        private readonly long _windowStart;
        private readonly long _windowEnd;
        private readonly long _asOfNanos;
        private readonly OutageBatchReader _reader;
        private readonly PeriodSweep _sweep;

        internal Engine(ServiceCatalogue catalogue, ReportingPeriod[] periods, Instant asOf)
        {
            _catalogue = catalogue;
            _periods = periods;
            _asOf = asOf;
            _asOfNanos = UnixNanos.Clamped(asOf); // every period is within the supported range, so a later as-of cuts nothing
            long[] periodStarts = new long[periods.Length];
            long[] periodEnds = new long[periods.Length];
            for (int i = 0; i < periods.Length; i++)
            {
                periodStarts[i] = UnixNanos.From(periods[i].Start);
                periodEnds[i] = Math.Min(UnixNanos.From(periods[i].End), _asOfNanos);
            }

            _windowStart = periodStarts[0];
            _windowEnd = Math.Max(_windowStart, Math.Min(UnixNanos.From(periods[^1].End), _asOfNanos));
            _reader = new OutageBatchReader(catalogue, _windowStart, _windowEnd, _asOfNanos);
            _sweep = new PeriodSweep(periodStarts, periodEnds);
        }

        /// <summary>Gets the start of the measured window (the first period's start), in Unix nanoseconds.</summary>
        internal long WindowStart => _windowStart;

        /// <summary>Gets the end of the measured window (the last period's end or the as-of instant, whichever is earlier), in Unix nanoseconds.</summary>
        internal long WindowEnd => _windowEnd;

        /// <summary>Gets the as-of instant in Unix nanoseconds (moved into the supported range), where open outages end.</summary>
        internal long AsOfNanos => _asOfNanos;

        internal AvailabilityReport Run(IEnumerable<Outage?> outages)
        {
            int capacity = outages is IReadOnlyCollection<Outage?> collection ? Math.Max(collection.Count, 16) : 1024;
            var scratch = new RecordScratch(capacity);
            // The references are read back from the input when it is a list, rather than stored again.
            Func<int, string>? referenceAt = outages is IReadOnlyList<Outage?> list ? record => list[record]!.Reference! : null;
            var references = new RepeatedKeyFinder(capacity, referenceAt);
            try
            {
                return Run(outages, scratch, references);
            }
            finally
            {
                scratch.Release();
                references.Release();
            }
        }

        // Called once per calculation: compiled optimised at once rather than starting in tier 0 (the reader's loops
        // over every record are in OutageBatchReader.Read, which is compiled the same way).
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        private AvailabilityReport Run(IEnumerable<Outage?> outages, RecordScratch scratch, RepeatedKeyFinder references)
        {
            OutageBatch batch = _reader.Read(outages, scratch, references);
            return Measure(scratch.GroupStarts, scratch.GroupEnds, scratch.GroupClass, batch.ServiceStart, batch.Largest, batch.Input, [.. batch.Rejected]);
        }

        /// <summary>
        /// Measures every service from its outages grouped by service: the pieces at [serviceStart[s], serviceStart[s + 1])
        /// are service s's, each non-empty, inside the window and of the class <c>kind * 3 + impact</c>, in any order.
        /// Only the unions of the pieces count, so any pieces with the same unions per class give the same report.
        /// </summary>
        /// <param name="starts">The pieces' starts, in Unix nanoseconds.</param>
        /// <param name="ends">The pieces' ends, each after its start.</param>
        /// <param name="classes">The pieces' outage classes.</param>
        /// <param name="serviceStart">Where each catalogue service's pieces start, plus the end of the last.</param>
        /// <param name="largest">The most pieces of one service.</param>
        /// <param name="input">The number of input records.</param>
        /// <param name="rejected">The rejected records, in input order.</param>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        internal AvailabilityReport Measure(long[] starts, long[] ends, byte[] classes, int[] serviceStart, int largest, int input, RejectedRecord[] rejected)
        {
            int services = _catalogue.Count;
            int periods = _periods.Length;
            var results = new ServiceAvailability[services * periods];
            var sets = new ClassedOutages(starts, ends, classes, largest);
            var measure = new PeriodTotals(periods);
            for (int s = 0; s < services; s++)
            {
                sets.Load(serviceStart[s], serviceStart[s + 1] - serviceStart[s]);
                MeasureService(s, sets, measure, results);
            }

            return new AvailabilityReport(_catalogue, _periods, results, _asOf, input, rejected);
        }

        private void MeasureService(int service, ClassedOutages sets, PeriodTotals m, ServiceAvailability[] results)
        {
            AvailabilityPolicy policy = _catalogue.PolicyAt(service);
            WorkingCalendar? hours = policy.ServiceHours;
            int periods = _periods.Length;
            IntervalSet window = _windowStart < _windowEnd
                ? IntervalSet.FromNormalizedNanos([_windowStart], [_windowEnd])
                : IntervalSet.Empty;
            IntervalSet monitored = policy.Monitoring is null ? window : policy.Monitoring.Intersect(window);
            bool exclude = policy.PlannedMaintenance == PlannedMaintenanceRule.Excluded;
            IntervalSet measured = monitored;
            m.Reset();
            if (exclude)
            {
                // Maintenance that is downtime (weight above 0) is excluded; zero-weight maintenance is neither.
                IntervalSet planned = sets.Union(
                    ClassedOutages.ClassBit(OutageKind.Planned, OutageImpact.Full)
                    | (policy.PartialWeight > 0.0 ? ClassedOutages.ClassBit(OutageKind.Planned, OutageImpact.Partial) : 0)
                    | (policy.DegradedWeight > 0.0 ? ClassedOutages.ClassBit(OutageKind.Planned, OutageImpact.Degraded) : 0));
                measured = monitored.Except(planned);
                _sweep.Sweep(monitored.Intersect(planned), hours, m.Excluded, null);
            }

            _sweep.Sweep(measured, hours, m.Measured, null);

            Span<WeightLayer> layers = stackalloc WeightLayer[WeightLayers.MaxLayers];
            int levels = WeightLayers.Compute(policy.PartialWeight, policy.DegradedWeight, layers);
            for (int k = 0; k < levels; k++)
            {
                decimal step = layers[k].Step;
                int unplannedClasses = ClassedOutages.ClassMask(OutageKind.Unplanned, layers[k].Impacts);
                int plannedClasses = exclude ? 0 : ClassedOutages.ClassMask(OutageKind.Planned, layers[k].Impacts);
                IntervalSet unplanned = sets.Union(unplannedClasses);
                IntervalSet all = sets.Any(plannedClasses) ? sets.Union(unplannedClasses | plannedClasses) : unplanned;
                IntervalSet unplannedMeasured = Within(unplanned, measured);
                IntervalSet allMeasured = ReferenceEquals(all, unplanned) ? unplannedMeasured : Within(all, measured);
                _sweep.Sweep(allMeasured, hours, m.Level, k == levels - 1 ? m : null);
                for (int j = 0; j < periods; j++)
                {
                    m.Downtime[j] += step * m.Level[j];
                }

                if (!ReferenceEquals(allMeasured, unplannedMeasured))
                {
                    Array.Clear(m.Level);
                    _sweep.Sweep(unplannedMeasured, hours, m.Level, null);
                }

                for (int j = 0; j < periods; j++)
                {
                    m.Unplanned[j] += step * m.Level[j];
                }

                Array.Clear(m.Level);
            }

            KpiValue previous = KpiValue.Unavailable;
            for (int j = 0; j < periods; j++)
            {
                var result = new ServiceAvailability(
                    _catalogue.NameAt(service),
                    _periods[j],
                    policy,
                    _asOf >= _periods[j].End,
                    m.Measured[j],
                    m.Downtime[j],
                    m.Unplanned[j],
                    m.Excluded[j],
                    m.Count[j],
                    m.Longest[j],
                    m.Total[j],
                    previous);
                results[(service * periods) + j] = result;
                previous = result.Availability;
            }
        }

        /// <summary>The part of <paramref name="set"/> inside <paramref name="measured"/>; a clip (no copy when nothing is cut) when measured time is one interval.</summary>
        private static IntervalSet Within(IntervalSet set, IntervalSet measured) =>
            measured.Count == 1 ? set.Clip(measured[0]) : set.Intersect(measured);
    }
}
