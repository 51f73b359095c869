using System.Globalization;
using KpiCore.Kpis;
using KpiCore.Time;
using KpiCore.Utility;
using NodaTime;

namespace KpiCore.Availability;

/// <summary>
/// Reads one calculation's outage records: rejects the bad ones (null, a service not in the catalogue, ending before
/// starting, a repeated reference of the same service), clips the others to the calculation's window and groups those
/// left by service, each with its outage class, in the grouped arrays of a <see cref="RecordScratch"/>.
/// </summary>
/// <remarks>
/// Records that fall wholly outside the window are accepted and still claim their reference, but are not kept. The
/// class of a record is <c>kind * 3 + impact</c> (see <see cref="ClassedOutages"/>).
/// </remarks>
internal sealed class OutageBatchReader
{
    private const int ClassBits = 3; // a kept record's bucket is service << ClassBits | class

    private readonly ServiceCatalogue _catalogue;
    private readonly long _windowStart;
    private readonly long _windowEnd;
    private readonly long _asOfNanos;

    /// <summary>Creates a reader for the window [<paramref name="windowStart"/>, <paramref name="windowEnd"/>) in Unix nanoseconds.</summary>
    /// <param name="catalogue">The services; a record of any other service is rejected.</param>
    /// <param name="windowStart">The start of the first period, in Unix nanoseconds.</param>
    /// <param name="windowEnd">The end of the last period or the as-of instant, whichever is earlier, in Unix nanoseconds.</param>
    /// <param name="asOfNanos">The as-of instant in Unix nanoseconds (moved into the supported range), where open outages end.</param>
    internal OutageBatchReader(ServiceCatalogue catalogue, long windowStart, long windowEnd, long asOfNanos)
    {
        _catalogue = catalogue;
        _windowStart = windowStart;
        _windowEnd = windowEnd;
        _asOfNanos = asOfNanos;
    }

    // Called once per calculation with loops over every record: compiled optimised at once rather than starting
    // in tier 0 and waiting for on-stack replacement (a caller that calculates once would never see tier 1).
    /// <summary>Reads <paramref name="outages"/> into <paramref name="scratch"/>, grouped by service.</summary>
    /// <param name="outages">The records.</param>
    /// <param name="scratch">Receives the kept records, then the grouped arrays (rented here).</param>
    /// <param name="references">Collects the (service, reference) of accepted records, tagged with their slot, to reject repeats.</param>
    /// <returns>The counts, the rejected records in input order, and where each service's records are.</returns>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal OutageBatch Read(IEnumerable<Outage?> outages, RecordScratch scratch, RepeatedKeyFinder references)
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
                rejected.Add(NullRecord(index));
                continue;
            }

            int service = _catalogue.IndexOf(outage.Service);
            if (service < 0)
            {
                rejected.Add(UnknownService(index, outage));
                continue;
            }

            // Clamped: an instant outside the supported range lies outside the window too, so clipping gives the same piece.
            long start = UnixNanos.Clamped(outage.Start);
            long end;
            if (outage.End is Instant e)
            {
                end = UnixNanos.Clamped(e);
                if (e < outage.Start)
                {
                    rejected.Add(EndsBeforeStart(index, outage));
                    continue;
                }
            }
            else
            {
                end = _asOfNanos; // an open outage lasts until the as-of instant
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
        var repeats = new List<RepeatedKey>();
        references.FindRepeats(repeats);
        foreach (RepeatedKey repeat in repeats)
        {
            rejected.Add(RepeatedReference(repeat.Record, repeat.Key, repeat.First));
            if (repeat.Tag >= 0)
            {
                bucketOf[repeat.Tag] = -1; // unlinked: the kept record at that slot is not grouped
            }
        }

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

        return new OutageBatch(input, rejected, serviceStart, largest);
    }

    /// <summary>The rejection of a null record.</summary>
    internal static RejectedRecord NullRecord(int index) => new(index, null, "Outage", "The record is null.");

    /// <summary>The rejection of a record whose service is not in the catalogue.</summary>
    internal static RejectedRecord UnknownService(int index, Outage outage) => new(index, outage.Reference, "Service",
        string.Create(CultureInfo.InvariantCulture, $"The service '{outage.Service}' is not in the catalogue."));

    /// <summary>The rejection of a record that ends before it starts.</summary>
    internal static RejectedRecord EndsBeforeStart(int index, Outage outage) =>
        new(index, outage.Reference, "End", "The outage ends before it starts; the end must not be earlier than the start.");

    /// <summary>The rejection of a record that repeats the reference of record <paramref name="first"/> of the same service.</summary>
    internal static RejectedRecord RepeatedReference(int index, string reference, int first) => new(index, reference, "Reference",
        string.Create(CultureInfo.InvariantCulture, $"The reference repeats that of record #{first} of the same service; each outage must be recorded once."));
}
