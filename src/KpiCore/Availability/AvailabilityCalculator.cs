using System.Globalization;
using KpiCore.Kpis;
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
/// Speed: O(n) to read n records plus a radix sort per service and outage class, then linear merges; the number of
/// allocations does not grow with the number of outages. Service hours cost one calendar lookup per stretch of downtime.
/// The method is pure and thread-safe.
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
    public static AvailabilityReport Calculate(IEnumerable<Outage?> outages, ServiceCatalogue catalogue, ReportingPeriod period, Instant asOf)
    {
        ArgumentNullException.ThrowIfNull(period);
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
    public static AvailabilityReport Calculate(IEnumerable<Outage?> outages, ServiceCatalogue catalogue, IEnumerable<ReportingPeriod> periods, Instant asOf)
    {
        ArgumentNullException.ThrowIfNull(outages);
        ArgumentNullException.ThrowIfNull(catalogue);
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

            if (i > 0 && list[i].Start < list[i - 1].End)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"The periods must be in ascending order and must not overlap; {list[i]} starts before {list[i - 1]} ends."),
                    nameof(periods));
            }
        }

        return new Engine(catalogue, list, asOf).Run(outages);
    }

    /// <summary>One calculation: reads the records into per-service, per-class tick arrays, then measures each service.</summary>
    private sealed class Engine
    {
        private const int Classes = 6; // kind * 3 + impact
        private const int ClassBits = 3; // a kept record's bucket is service << ClassBits | class

        private readonly ServiceCatalogue _catalogue;
        private readonly ReportingPeriod[] _periods;
        private readonly Instant _asOf;
        private readonly long[] _periodStarts;
        private readonly long[] _periodEnds;
        private readonly long _windowStart;
        private readonly long _windowEnd;
        private readonly long _asOfTicks;

        internal Engine(ServiceCatalogue catalogue, ReportingPeriod[] periods, Instant asOf)
        {
            _catalogue = catalogue;
            _periods = periods;
            _asOf = asOf;
            _asOfTicks = asOf.ToUnixTimeTicks();
            _periodStarts = new long[periods.Length];
            _periodEnds = new long[periods.Length];
            for (int i = 0; i < periods.Length; i++)
            {
                _periodStarts[i] = periods[i].Start.ToUnixTimeTicks();
                _periodEnds[i] = Math.Min(periods[i].End.ToUnixTimeTicks(), _asOfTicks);
            }

            _windowStart = _periodStarts[0];
            _windowEnd = Math.Max(_windowStart, Math.Min(periods[^1].End.ToUnixTimeTicks(), _asOfTicks));
        }

        internal AvailabilityReport Run(IEnumerable<Outage?> outages)
        {
            int capacity = outages is IReadOnlyCollection<Outage?> collection ? Math.Max(collection.Count, 16) : 1024;
            var scratch = new RecordScratch(capacity);
            var references = new ReferenceLog(capacity, outages as IReadOnlyList<Outage?>);
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

        // Called once per calculation with loops over every record: compiled optimised at once rather than starting
        // in tier 0 and waiting for on-stack replacement (a caller that calculates once would never see tier 1).
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        private AvailabilityReport Run(IEnumerable<Outage?> outages, RecordScratch scratch, ReferenceLog references)
        {
            int[] bucketOf = scratch.BucketOf;
            long[] starts = scratch.Starts;
            long[] ends = scratch.Ends;
            int room = scratch.Capacity;
            int services = _catalogue.Count;
            int kept = 0;
            int input = 0;
            var rejected = new List<RejectedRecord>();

            foreach (Outage? outage in outages)
            {
                int index = input++;
                if (outage is null)
                {
                    rejected.Add(new RejectedRecord(index, null, "Outage", "The record is null."));
                    continue;
                }

                int service = _catalogue.IndexOf(outage.Service);
                if (service < 0)
                {
                    rejected.Add(new RejectedRecord(index, outage.Reference, "Service",
                        string.Create(CultureInfo.InvariantCulture, $"The service '{outage.Service}' is not in the catalogue.")));
                    continue;
                }

                long start = outage.Start.ToUnixTimeTicks();
                long end;
                if (outage.End is Instant e)
                {
                    end = e.ToUnixTimeTicks();
                    if (e < outage.Start)
                    {
                        rejected.Add(new RejectedRecord(index, outage.Reference, "End", "The outage ends before it starts; the end must not be earlier than the start."));
                        continue;
                    }
                }
                else
                {
                    end = _asOfTicks; // an open outage lasts until the as-of instant
                }

                start = Math.Max(start, _windowStart);
                end = Math.Min(end, _windowEnd);
                int slot = -1;
                if (start < end)
                {
                    if (kept == room)
                    {
                        scratch.Grow(kept);
                        (bucketOf, starts, ends, room) = (scratch.BucketOf, scratch.Starts, scratch.Ends, scratch.Capacity);
                    }

                    slot = kept++;
                    bucketOf[slot] = (service << ClassBits) | (((int)outage.Kind * 3) + (int)outage.Impact);
                    starts[slot] = start;
                    ends[slot] = end;
                }

                // Accepted records outside every period (slot -1) still claim their reference.
                if (outage.Reference is string reference)
                {
                    references.Add(service, reference, index, slot);
                }
            }

            // Repeated references: found by sorting hashes rather than a dictionary of every reference, which is
            // several times slower for millions of records; the later records of each group are rejected.
            references.RejectRepeats(rejected, bucketOf);
            rejected.Sort(static (a, b) => a.Index.CompareTo(b.Index));

            // Group the records by service (a stable counting sort): one stretch of the arrays per service, with the class.
            int[] serviceStart = new int[services + 1];
            for (int i = 0; i < kept; i++)
            {
                if (bucketOf[i] >= 0)
                {
                    serviceStart[(bucketOf[i] >> ClassBits) + 1]++;
                }
            }

            int largest = 0;
            for (int s = 0; s < services; s++)
            {
                largest = Math.Max(largest, serviceStart[s + 1]);
                serviceStart[s + 1] += serviceStart[s];
            }

            int accepted = serviceStart[services];
            scratch.RentGroups(accepted);
            long[] groupStarts = scratch.GroupStarts;
            long[] groupEnds = scratch.GroupEnds;
            byte[] groupClass = scratch.GroupClass;
            int[] next = serviceStart.AsSpan(0, services).ToArray();
            for (int i = 0; i < kept; i++)
            {
                int b = bucketOf[i];
                if (b < 0)
                {
                    continue;
                }

                int at = next[b >> ClassBits]++;
                groupStarts[at] = starts[i];
                groupEnds[at] = ends[i];
                groupClass[at] = (byte)(b & ((1 << ClassBits) - 1));
            }

            int periods = _periods.Length;
            var results = new ServiceAvailability[services * periods];
            var sets = new ServiceOutages(groupStarts, groupEnds, groupClass, largest);
            var measure = new Measure(periods);
            for (int s = 0; s < services; s++)
            {
                sets.Load(serviceStart[s], serviceStart[s + 1] - serviceStart[s]);
                MeasureService(s, sets, measure, results);
            }

            return new AvailabilityReport(_catalogue, _periods, results, _asOf, input, [.. rejected]);
        }

        private void MeasureService(int service, ServiceOutages sets, Measure m, ServiceAvailability[] results)
        {
            AvailabilityPolicy policy = _catalogue.PolicyAt(service);
            WorkingCalendar? hours = policy.ServiceHours;
            int periods = _periods.Length;
            IntervalSet window = _windowStart < _windowEnd
                ? IntervalSet.FromNormalizedTicks([_windowStart], [_windowEnd])
                : IntervalSet.Empty;
            IntervalSet monitored = policy.Monitoring is null ? window : policy.Monitoring.Intersect(window);
            bool exclude = policy.PlannedMaintenance == PlannedMaintenanceRule.Excluded;
            IntervalSet measured = monitored;
            m.Reset();
            if (exclude)
            {
                // Maintenance that is downtime (weight above 0) is excluded; zero-weight maintenance is neither.
                IntervalSet planned = sets.Union(
                    ClassBit(OutageKind.Planned, OutageImpact.Full)
                    | (policy.PartialWeight > 0.0 ? ClassBit(OutageKind.Planned, OutageImpact.Partial) : 0)
                    | (policy.DegradedWeight > 0.0 ? ClassBit(OutageKind.Planned, OutageImpact.Degraded) : 0));
                measured = monitored.Except(planned);
                Sweep(monitored.Intersect(planned), hours, m.Excluded, null);
            }

            Sweep(measured, hours, m.Measured, null);

            // Layer cake: downtime = sum over distinct positive weights t1 > t2 > ... of (t_k - t_k+1) x |covered at weight >= t_k|.
            Span<decimal> weights = [1m, (decimal)policy.PartialWeight, (decimal)policy.DegradedWeight];
            Span<decimal> thresholds = stackalloc decimal[3];
            int levels = 0;
            foreach (decimal w in weights)
            {
                if (w > 0m && thresholds[..levels].IndexOf(w) < 0)
                {
                    thresholds[levels++] = w;
                }
            }

            thresholds[..levels].Sort();
            thresholds[..levels].Reverse();
            for (int k = 0; k < levels; k++)
            {
                decimal step = thresholds[k] - (k + 1 < levels ? thresholds[k + 1] : 0m);
                int unplannedClasses = 0;
                int plannedClasses = 0;
                for (int impact = 0; impact < 3; impact++)
                {
                    if (weights[impact] >= thresholds[k])
                    {
                        unplannedClasses |= ClassBit(OutageKind.Unplanned, (OutageImpact)impact);
                        plannedClasses |= exclude ? 0 : ClassBit(OutageKind.Planned, (OutageImpact)impact);
                    }
                }

                IntervalSet unplanned = sets.Union(unplannedClasses);
                IntervalSet all = sets.Any(plannedClasses) ? sets.Union(unplannedClasses | plannedClasses) : unplanned;
                IntervalSet unplannedMeasured = Within(unplanned, measured);
                IntervalSet allMeasured = ReferenceEquals(all, unplanned) ? unplannedMeasured : Within(all, measured);
                Sweep(allMeasured, hours, m.Level, k == levels - 1 ? m : null);
                for (int j = 0; j < periods; j++)
                {
                    m.Downtime[j] += step * m.Level[j];
                }

                if (!ReferenceEquals(allMeasured, unplannedMeasured))
                {
                    Array.Clear(m.Level);
                    Sweep(unplannedMeasured, hours, m.Level, null);
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
                    _asOfTicks >= _periods[j].End.ToUnixTimeTicks(),
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

        /// <summary>
        /// Adds the service time of <paramref name="set"/> inside each period to <paramref name="perPeriod"/> (nanoseconds);
        /// with <paramref name="episodes"/>, also counts each non-empty piece as an outage (count, longest, total).
        /// </summary>
        private void Sweep(IntervalSet set, WorkingCalendar? hours, long[] perPeriod, Measure? episodes)
        {
            ReadOnlySpan<long> starts = set.StartTicks;
            ReadOnlySpan<long> ends = set.EndTicks;
            long[] ps = _periodStarts;
            long[] pe = _periodEnds;
            int j = 0;
            for (int i = 0; i < starts.Length; i++)
            {
                long s = starts[i];
                long e = ends[i];
                while (j < ps.Length && pe[j] <= s)
                {
                    j++;
                }

                for (int k = j; k < ps.Length && ps[k] < e; k++)
                {
                    long lo = Math.Max(s, ps[k]);
                    long hi = Math.Min(e, pe[k]);
                    if (lo >= hi)
                    {
                        continue;
                    }

                    long nanos = hours is null
                        ? (hi - lo) * NodaConstants.NanosecondsPerTick
                        : hours.WorkingNanosBetweenTicks(lo, hi);
                    perPeriod[k] += nanos;
                    if (episodes is not null && nanos > 0)
                    {
                        episodes.Count[k]++;
                        episodes.Total[k] += nanos;
                        episodes.Longest[k] = Math.Max(episodes.Longest[k], nanos);
                    }
                }
            }
        }
    }

    /// <summary>
    /// The per-record arrays of one calculation, rented (see <see cref="Utility.Pool"/>) and given back by
    /// <see cref="Release"/>: each kept record's bucket (service and class) and ticks, then the records grouped by service.
    /// </summary>
    private sealed class RecordScratch(int capacity)
    {
        public int[] BucketOf { get; private set; } = Utility.Pool.Rent<int>(capacity);

        public long[] Starts { get; private set; } = Utility.Pool.Rent<long>(capacity);

        public long[] Ends { get; private set; } = Utility.Pool.Rent<long>(capacity);

        public long[] GroupStarts { get; private set; } = [];

        public long[] GroupEnds { get; private set; } = [];

        public byte[] GroupClass { get; private set; } = [];

        /// <summary>Gets how many records the per-record arrays hold (rented arrays may differ in length).</summary>
        public int Capacity => Math.Min(BucketOf.Length, Math.Min(Starts.Length, Ends.Length));

        /// <summary>Doubles the per-record arrays, keeping their first <paramref name="kept"/> entries.</summary>
        public void Grow(int kept)
        {
            int grown = checked(kept * 2);
            int[] bucketOf = BucketOf;
            long[] starts = Starts, ends = Ends;
            Utility.Pool.Grow(ref bucketOf, grown, kept);
            Utility.Pool.Grow(ref starts, grown, kept);
            Utility.Pool.Grow(ref ends, grown, kept);
            (BucketOf, Starts, Ends) = (bucketOf, starts, ends);
        }

        /// <summary>Rents the grouped arrays for <paramref name="accepted"/> records.</summary>
        public void RentGroups(int accepted)
        {
            GroupStarts = Utility.Pool.Rent<long>(accepted);
            GroupEnds = Utility.Pool.Rent<long>(accepted);
            GroupClass = Utility.Pool.Rent<byte>(accepted);
        }

        /// <summary>Gives every array back.</summary>
        public void Release()
        {
            Utility.Pool.Return(BucketOf);
            Utility.Pool.Return(Starts);
            Utility.Pool.Return(Ends);
            Utility.Pool.Return(GroupStarts);
            Utility.Pool.Return(GroupEnds);
            Utility.Pool.Return(GroupClass);
            (BucketOf, Starts, Ends, GroupStarts, GroupEnds, GroupClass) = ([], [], [], [], [], []);
        }
    }

    /// <summary>The bit of an outage class (kind x impact) in a class mask.</summary>
    private static int ClassBit(OutageKind kind, OutageImpact impact) => 1 << (((int)kind * 3) + (int)impact);

    /// <summary>
    /// One service's outages, sorted once by start, from which the union of any combination of classes is one linear
    /// merge (instead of a sorted set per class and a union per combination). Buffers are reused across services.
    /// </summary>
    private sealed class ServiceOutages(long[] starts, long[] ends, byte[] classes, int largest)
    {
        private readonly long[] _keys = new long[largest];
        private readonly long[] _items = new long[largest];
        private readonly long[] _tmpKeys = new long[largest];
        private readonly long[] _tmpItems = new long[largest];
        private readonly long[] _outStarts = new long[largest];
        private readonly long[] _outEnds = new long[largest];
        private readonly int[] _buckets = new int[Utility.TickSorter.MaxBuckets + 1];
        private readonly IntervalSet?[] _byMask = new IntervalSet?[1 << 6]; // one per mask of the six classes
        private int _offset;
        private int _count;
        private int _present;

        /// <summary>Loads the service whose records are at [offset, offset + count) of the grouped arrays.</summary>
        public void Load(int offset, int count)
        {
            _offset = offset;
            _count = count;
            _present = 0;
            Array.Clear(_byMask);
            Span<long> keys = _keys.AsSpan(0, count);
            Span<long> items = _items.AsSpan(0, count);
            starts.AsSpan(offset, count).CopyTo(keys);
            for (int i = 0; i < count; i++)
            {
                items[i] = i;
                _present |= 1 << classes[offset + i];
            }

            Utility.TickSorter.SortWithScratch(keys, items, _tmpKeys, _tmpItems, _buckets);
        }

        /// <summary>Returns a value indicating whether the service has a record of any class in <paramref name="mask"/>.</summary>
        public bool Any(int mask) => (_present & mask) != 0;

        /// <summary>The union of the service's outages of the classes in <paramref name="mask"/>, normalised.</summary>
        public IntervalSet Union(int mask)
        {
            if ((_present & mask) == 0)
            {
                return IntervalSet.Empty;
            }

            if (_byMask[mask] is IntervalSet known)
            {
                return known;
            }

            ReadOnlySpan<long> keys = _keys.AsSpan(0, _count);
            ReadOnlySpan<long> items = _items.AsSpan(0, _count);
            ReadOnlySpan<long> serviceEnds = ends.AsSpan(_offset, _count);
            ReadOnlySpan<byte> serviceClasses = classes.AsSpan(_offset, _count);
            long[] outStarts = _outStarts;
            long[] outEnds = _outEnds;
            int w = -1;
            long currentEnd = long.MinValue;
            for (int j = 0; j < keys.Length; j++)
            {
                int record = (int)items[j];
                if (((mask >> serviceClasses[record]) & 1) == 0)
                {
                    continue;
                }

                long start = keys[j];
                long end = serviceEnds[record];
                if (w >= 0 && start <= currentEnd)
                {
                    // Overlapping or touching: extend the current piece (records are non-empty, start < end).
                    if (end > currentEnd)
                    {
                        currentEnd = end;
                        outEnds[w] = end;
                    }
                }
                else
                {
                    w++;
                    outStarts[w] = start;
                    outEnds[w] = end;
                    currentEnd = end;
                }
            }

            IntervalSet set = IntervalSet.FromNormalizedTicks(outStarts.AsSpan(0, w + 1).ToArray(), outEnds.AsSpan(0, w + 1).ToArray());
            _byMask[mask] = set;
            return set;
        }
    }

    /// <summary>The (service, reference) of every accepted record, to find repeats after reading.</summary>
    /// <remarks>
    /// Two longs per record: the key (service, 32-bit hash of the reference) and the item (record index, slot + 1). The
    /// reference strings are read back from the input list when it is one, so only hash collisions touch them again.
    /// </remarks>
    private sealed class ReferenceLog(int capacity, IReadOnlyList<Outage?>? source)
    {
        private long[] _keys = [];
        private long[] _items = [];
        private string[]? _references; // only when the input is not a list
        private int _count;
        private int _room; // entries the arrays hold

        public void Add(int service, string reference, int record, int slot)
        {
            if (_count == _room)
            {
                int grown = _count == 0 ? Math.Max(capacity, 16) : checked(_count * 2);
                Utility.Pool.Grow(ref _keys, grown, _count);
                Utility.Pool.Grow(ref _items, grown, _count);
                _room = Math.Min(_keys.Length, _items.Length); // rented arrays may be longer than asked for
                if (source is null)
                {
                    _references ??= [];
                    Utility.Pool.Grow(ref _references, grown, _count);
                    _room = Math.Min(_room, _references.Length);
                }
            }

            _keys[_count] = ((long)service << 32) | unchecked((uint)Utility.FastStringHash.Hash(reference));
            _items[_count] = ((long)record << 32) | (uint)(slot + 1);
            if (_references is not null)
            {
                _references[_count] = reference;
            }

            _count++;
        }

        /// <summary>Gives the rented arrays back.</summary>
        public void Release()
        {
            Utility.Pool.Return(_keys);
            Utility.Pool.Return(_items);
            Utility.Pool.Return(_references);
            _keys = _items = [];
            _references = null;
            _count = _room = 0;
        }

        /// <summary>Rejects every record whose (service, reference) an earlier record has, and unlinks its slot.</summary>
        public void RejectRepeats(List<RejectedRecord> rejected, int[] bucketOf)
        {
            if (_count < 2)
            {
                return;
            }

            if (_references is not null)
            {
                // Keep the strings findable after the sort: the item's low half indexes them instead of the slot.
                var slots = new int[_count];
                for (int i = 0; i < _count; i++)
                {
                    slots[i] = Low(_items[i]) - 1;
                    _items[i] = (_items[i] & ~0xFFFFFFFFL) | (uint)i;
                }

                Sort();
                Scan(rejected, bucketOf, slots);
                return;
            }

            Sort();
            Scan(rejected, bucketOf, null);
        }

        private void Sort()
        {
            if (_count < Utility.TickSorter.RadixThreshold)
            {
                Utility.TickSorter.Sort(_keys.AsSpan(0, _count), _items.AsSpan(0, _count));
                return;
            }

            long[] keyBuffer = Utility.Pool.Rent<long>(_count);
            long[] itemBuffer = Utility.Pool.Rent<long>(_count);
            try
            {
                Utility.TickSorter.RadixSort(_keys.AsSpan(0, _count), _items.AsSpan(0, _count), keyBuffer, itemBuffer);
            }
            finally
            {
                Utility.Pool.Return(keyBuffer);
                Utility.Pool.Return(itemBuffer);
            }
        }

        private void Scan(List<RejectedRecord> rejected, int[] bucketOf, int[]? slots)
        {
            Span<long> keys = _keys.AsSpan(0, _count);
            int runStart = 0;
            for (int i = 1; i <= _count; i++)
            {
                if (i < _count && keys[i] == keys[runStart])
                {
                    continue;
                }

                if (i - runStart > 1)
                {
                    RejectWithinRun(_items.AsSpan(runStart, i - runStart), rejected, bucketOf, slots);
                }

                runStart = i;
            }
        }

        private static int RecordOf(long item) => (int)(item >> 32);

        private static int Low(long item) => unchecked((int)(uint)item);

        private string ReferenceOf(long item, int[]? slots) =>
            slots is null ? source![RecordOf(item)]!.Reference! : _references![Low(item)];

        private static int SlotOf(long item, int[]? slots) => slots is null ? Low(item) - 1 : slots[Low(item)];

        private void RejectWithinRun(Span<long> run, List<RejectedRecord> rejected, int[] bucketOf, int[]? slots)
        {
            // Equal hashes: group by the exact reference; in each group the earliest record stands.
            for (int a = 0; a < run.Length; a++)
            {
                if (run[a] < 0)
                {
                    continue;
                }

                string reference = ReferenceOf(run[a], slots);
                int first = RecordOf(run[a]);
                for (int b = a + 1; b < run.Length; b++)
                {
                    if (run[b] >= 0 && string.Equals(ReferenceOf(run[b], slots), reference, StringComparison.Ordinal))
                    {
                        first = Math.Min(first, RecordOf(run[b]));
                    }
                }

                for (int b = a; b < run.Length; b++)
                {
                    long item = run[b];
                    if (item < 0 || !string.Equals(ReferenceOf(item, slots), reference, StringComparison.Ordinal))
                    {
                        continue;
                    }

                    run[b] = -1;
                    if (RecordOf(item) == first)
                    {
                        continue;
                    }

                    rejected.Add(new RejectedRecord(RecordOf(item), reference, "Reference",
                        string.Create(CultureInfo.InvariantCulture, $"The reference repeats that of record #{first} of the same service; each outage must be recorded once.")));
                    int slot = SlotOf(item, slots);
                    if (slot >= 0)
                    {
                        bucketOf[slot] = -1;
                    }
                }
            }
        }
    }

    /// <summary>Per-period accumulators for one service, reused across services.</summary>
    private sealed class Measure(int periods)
    {
        public readonly long[] Measured = new long[periods];
        public readonly long[] Excluded = new long[periods];
        public readonly long[] Level = new long[periods];
        public readonly decimal[] Downtime = new decimal[periods];
        public readonly decimal[] Unplanned = new decimal[periods];
        public readonly int[] Count = new int[periods];
        public readonly long[] Longest = new long[periods];
        public readonly long[] Total = new long[periods];

        public void Reset()
        {
            Array.Clear(Measured);
            Array.Clear(Excluded);
            Array.Clear(Level);
            Array.Clear(Downtime);
            Array.Clear(Unplanned);
            Array.Clear(Count);
            Array.Clear(Longest);
            Array.Clear(Total);
        }
    }
}
