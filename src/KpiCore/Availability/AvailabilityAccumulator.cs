using System.Globalization;
using KpiCore.Kpis;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Availability;

/// <summary>
/// Reads outage records one at a time, keeping only the union of each service's downtime per outage class, and gives
/// the same <see cref="AvailabilityReport"/> as <see cref="AvailabilityCalculator"/> would for the whole list: for
/// reading an outage log as it streams past, or in parts on several threads (<see cref="TryMerge"/>).
/// </summary>
/// <remarks>
/// <para>
/// A record is rejected when it is added (<see cref="Add"/> returns the rejection and the report lists it), with the
/// same field and reason as the calculator gives and its position among the records added: when it is null, names a service not in the catalogue given, ends before it starts, or
/// repeats the reference of an earlier accepted record of the same service. Rejected records count nowhere.
/// </para>
/// <para>
/// Memory: per service and class (kind x impact), the disjoint pieces of the union of its closed outages (16 bytes
/// each, at most about twice that while unsorted records arrive) and the earliest start of an open one; plus, for the
/// repeated-reference check, one entry per distinct (service, reference) of the accepted records (the reference
/// string and its first position). Records without a reference cost nothing beyond their downtime, and overlapping or
/// touching outages share pieces. Adding n records costs O(n log n) at worst and O(n) when each service's records
/// arrive in order of start.
/// </para>
/// <para>
/// Not thread-safe: give each thread its own accumulator and merge them in record order.
/// </para>
/// </remarks>
public sealed partial class AvailabilityAccumulator
{
    private readonly ServiceCatalogue? _catalogue;
    private readonly List<string> _services = []; // the services of accepted records, in order of the first
    private readonly Dictionary<string, ServiceState> _states = new(StringComparer.Ordinal);
    private ServiceState? _last; // the last record's service: exports often list one service's outages together
    private readonly List<RejectedRecord> _rejected = [];
    private readonly List<int> _repeatOf = []; // per rejection, the position of the record whose reference it repeats, or -1
    private int _count;

    /// <summary>Creates an accumulator that accepts the outages of the catalogue's services only, as the calculator does.</summary>
    /// <param name="catalogue">The services and their policies; <see cref="Report(IEnumerable{ReportingPeriod}, Instant)"/> uses them.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalogue"/> is null.</exception>
    public AvailabilityAccumulator(ServiceCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        _catalogue = catalogue;
    }

    /// <summary>
    /// Creates an accumulator that accepts the outages of any service, for when the catalogue is decided after the
    /// outages are read (for example, services named by the outage log itself); report with
    /// <see cref="Report(ServiceCatalogue, IEnumerable{ReportingPeriod}, Instant)"/>.
    /// </summary>
    public AvailabilityAccumulator()
    {
    }

    /// <summary>Gets the number of records added (accepted and rejected).</summary>
    public int Count => _count;

    /// <summary>Gets the services of the accepted records, in order of their first accepted record.</summary>
    public IReadOnlyList<string> Services => _services.AsReadOnly();

    /// <summary>Adds the next record.</summary>
    /// <param name="outage">The record; may be null or bad (it is rejected, not thrown).</param>
    /// <returns>The rejection when the record is rejected; null when it is accepted.</returns>
    /// <exception cref="OverflowException">More than <see cref="int.MaxValue"/> records were added.</exception>
    public RejectedRecord? Add(Outage? outage)
    {
        int index = _count;
        _count = checked(_count + 1);
        RejectedRecord? rejected = Check(outage, index, out int repeatOf);
        if (rejected is not null)
        {
            _rejected.Add(rejected);
            _repeatOf.Add(repeatOf);
            return rejected;
        }

        OutageUnion union = _last!.UnionOf(((int)outage!.Kind * 3) + (int)outage.Impact);
        long start = UnixNanos.Clamped(outage.Start);
        if (outage.End is Instant end)
        {
            union.Add(start, UnixNanos.Clamped(end));
        }
        else
        {
            union.AddOpen(start);
        }

        return null;
    }

    /// <summary>
    /// Adds every record of <paramref name="later"/> after this one's, as if they had been added here in turn: its
    /// rejections move up by <see cref="Count"/>. Refused (nothing changes) when a record of <paramref name="later"/>
    /// repeats the reference of one here, since only a single pass can tell which record then stands: add those records
    /// here instead.
    /// </summary>
    /// <param name="later">The accumulator of the records that come after this one's; unchanged.</param>
    /// <returns><see langword="true"/> when merged; <see langword="false"/> when the two share a (service, reference).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="later"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="later"/> is this accumulator, or holds outages of a service not in this one's catalogue.</exception>
    /// <exception cref="OverflowException">The merged count would exceed <see cref="int.MaxValue"/> records.</exception>
    public bool TryMerge(AvailabilityAccumulator later)
    {
        ArgumentNullException.ThrowIfNull(later);
        if (ReferenceEquals(later, this))
        {
            throw new ArgumentException("An accumulator cannot be merged into itself.", nameof(later));
        }

        if (_catalogue is not null && later._services.FirstOrDefault(s => !_catalogue.Contains(s)) is string unknown)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The later accumulator holds outages of '{unknown}', which is not in this one's catalogue."), nameof(later));
        }

        foreach (ServiceState theirs in later._states.Values)
        {
            if (theirs.References is { } references && _states.GetValueOrDefault(theirs.Name)?.References is { } ours && references.Keys.Any(ours.ContainsKey))
            {
                return false;
            }
        }

        int offset = _count;
        _count = checked(_count + later._count);
        for (int i = 0; i < later._rejected.Count; i++)
        {
            RejectedRecord rejected = later._rejected[i];
            int repeatOf = later._repeatOf[i] < 0 ? -1 : later._repeatOf[i] + offset;
            _rejected.Add(repeatOf < 0
                ? new RejectedRecord(rejected.Index + offset, rejected.RecordId, rejected.Field, rejected.Reason)
                : OutageBatchReader.RepeatedReference(rejected.Index + offset, rejected.RecordId!, repeatOf));
            _repeatOf.Add(repeatOf);
        }

        foreach (string service in later._services)
        {
            ServiceState theirs = later._states[service];
            ServiceState ours = StateOf(service);
            foreach ((string reference, int first) in theirs.References ?? [])
            {
                (ours.References ??= []).Add(reference, first + offset);
            }

            for (int c = 0; c < theirs.Classes.Length; c++)
            {
                if (theirs.Classes[c] is OutageUnion union)
                {
                    ours.UnionOf(c).Add(union);
                }
            }
        }

        return true;
    }

    /// <summary>The rejection of a record, or null when it is accepted (in which case its reference is claimed); <paramref name="repeatOf"/> is the position of the record whose reference it repeats, or -1.</summary>
    private RejectedRecord? Check(Outage? outage, int index, out int repeatOf)
    {
        repeatOf = -1;
        if (outage is null)
        {
            return OutageBatchReader.NullRecord(index);
        }

        // The last record's service was accepted before, so it is in the catalogue.
        bool sameService = _last is not null && IsNamed(_last, outage.Service);
        if (!sameService && _catalogue is not null && !_catalogue.Contains(outage.Service))
        {
            return OutageBatchReader.UnknownService(index, outage);
        }

        if (outage.End is Instant end && end < outage.Start)
        {
            return OutageBatchReader.EndsBeforeStart(index, outage);
        }

        // Accepted from here on (the reference is the last check), so the service's state may be made.
        ServiceState state = sameService ? _last! : StateOf(outage.Service);
        if (outage.Reference is string reference && !(state.References ??= []).TryAdd(reference, index))
        {
            repeatOf = state.References[reference];
            return OutageBatchReader.RepeatedReference(index, reference, repeatOf);
        }

        return null;
    }

    /// <summary>The state of a service, made (and the service listed) at its first accepted record; also the last one used.</summary>
    private ServiceState StateOf(string service)
    {
        if (_last is not null && IsNamed(_last, service))
        {
            return _last;
        }

        if (!_states.TryGetValue(service, out ServiceState? state))
        {
            state = new ServiceState(service);
            _states.Add(service, state);
            _services.Add(service);
        }

        return _last = state;
    }

    private static bool IsNamed(ServiceState state, string service) =>
        ReferenceEquals(state.Name, service) || string.Equals(state.Name, service, StringComparison.Ordinal);

    /// <summary>One service's unions per outage class and, when its records have references, each reference's first position.</summary>
    private sealed class ServiceState(string name)
    {
        internal string Name { get; } = name;

        internal OutageUnion?[] Classes { get; } = new OutageUnion?[ClassedOutages.Classes];

        internal Dictionary<string, int>? References { get; set; }

        internal OutageUnion UnionOf(int outageClass) => Classes[outageClass] ??= new OutageUnion();
    }
}
