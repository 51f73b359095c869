using KpiCore.Time;
using KpiCore.Utility;

namespace KpiCore.ServiceDesk;

/// <summary>Computes a period's service-desk figures from a stream of calls: sequentially, asynchronously or in parallel over partitions.</summary>
/// <remarks>
/// All three give the same report for the same calls (see <see cref="ServiceDeskAccumulator"/> for the definitions and
/// the rejection rules). Memory does not grow with the number of calls, except for the repeated-reference check
/// (<see cref="DuplicateIdCheck.WholeRun"/>, the default; choose <see cref="DuplicateIdCheck.None"/> for constant memory)
/// and the rejected records.
/// </remarks>
public static class ServiceDeskCalculator
{
    /// <summary>Reads the calls once and builds the period's figures.</summary>
    /// <param name="calls">The calls; a null element is rejected, not thrown.</param>
    /// <param name="policy">The SLA policy.</param>
    /// <param name="period">The reporting period.</param>
    /// <param name="options">The basis and repeated-reference check; null for the defaults.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calls"/>, <paramref name="policy"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="period"/> extends outside <see cref="WorkingCalendar.SupportedRange"/>.</exception>
    public static ServiceDeskReport Calculate(IEnumerable<Call> calls, SlaPolicy policy, ReportingPeriod period, SlaReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(calls);
        var accumulator = new ServiceDeskAccumulator(policy, period, options);
        if (calls is Call[] array)
        {
            // The common in-memory cases without an enumerator's two interface calls per call.
            foreach (Call call in array)
            {
                AddOrReject(accumulator, call);
            }
        }
        else if (calls is List<Call> list)
        {
            foreach (Call call in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list))
            {
                AddOrReject(accumulator, call);
            }
        }
        else
        {
            foreach (Call call in calls)
            {
                AddOrReject(accumulator, call);
            }
        }

        return accumulator.ToReport();
    }

    /// <summary>Reads the calls once, asynchronously, and builds the period's figures.</summary>
    /// <param name="calls">The calls; a null element is rejected, not thrown.</param>
    /// <param name="policy">The SLA policy.</param>
    /// <param name="period">The reporting period.</param>
    /// <param name="options">The basis and repeated-reference check; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calls"/>, <paramref name="policy"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="period"/> extends outside <see cref="WorkingCalendar.SupportedRange"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<ServiceDeskReport> CalculateAsync(
        IAsyncEnumerable<Call> calls,
        SlaPolicy policy,
        ReportingPeriod period,
        SlaReportOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(calls);
        var accumulator = new ServiceDeskAccumulator(policy, period, options);
        await foreach (Call call in calls.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            AddOrReject(accumulator, call);
        }

        return accumulator.ToReport();
    }

    /// <summary>
    /// Builds the period's figures in parallel: the list is cut into contiguous partitions, each tallied on its own
    /// thread, and the tallies are merged. The report equals <see cref="Calculate"/>'s on the same list.
    /// </summary>
    /// <param name="calls">The calls; a null element is rejected, not thrown.</param>
    /// <param name="policy">The SLA policy.</param>
    /// <param name="period">The reporting period.</param>
    /// <param name="options">The basis and repeated-reference check; null for the defaults. With <see cref="DuplicateIdCheck.WholeRun"/> a sequential first pass over the references finds the repeats (the first occurrence is kept), so that partitions agree with one pass.</param>
    /// <param name="maxDegreeOfParallelism">The number of partitions and threads; -1 (the default) for one per processor.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calls"/>, <paramref name="policy"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is 0 or less than -1.</exception>
    /// <exception cref="ArgumentException"><paramref name="period"/> extends outside <see cref="WorkingCalendar.SupportedRange"/>.</exception>
    public static ServiceDeskReport CalculateParallel(
        IReadOnlyList<Call> calls,
        SlaPolicy policy,
        ReportingPeriod period,
        SlaReportOptions? options = null,
        int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(calls);
        if (maxDegreeOfParallelism == 0 || maxDegreeOfParallelism < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, "Value must be -1 (one per processor) or positive.");
        }

        options ??= SlaReportOptions.Default;
        var first = new ServiceDeskAccumulator(policy, period, options, 0, trackIds: false);
        int n = calls.Count;
        HashSet<int>? repeated = null;
        if (options.DuplicateIds == DuplicateIdCheck.WholeRun)
        {
            // One pass over the references before the partitions run, so that the first occurrence stands as in one pass.
            var ids = new RepeatedKeyFinder(n, i => calls[i].Id);
            var repeats = new List<RepeatedKey>();
            try
            {
                for (int i = 0; i < n; i++)
                {
                    if (calls[i] is { } call)
                    {
                        ids.Add(0, call.Id, i, -1);
                    }
                }

                ids.FindRepeats(repeats);
            }
            finally
            {
                ids.Release();
            }

            repeated = [.. repeats.Select(repeat => repeat.Record)];
        }

        int parts = maxDegreeOfParallelism == -1 ? Environment.ProcessorCount : maxDegreeOfParallelism;
        parts = Math.Max(1, Math.Min(parts, n));
        var accumulators = new ServiceDeskAccumulator[parts];
        accumulators[0] = first;
        Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, k =>
        {
            int lo = (int)((long)n * k / parts);
            int hi = (int)((long)n * (k + 1) / parts);
            ServiceDeskAccumulator accumulator = k == 0 ? first : new ServiceDeskAccumulator(policy, period, options, lo, trackIds: false);
            for (int i = lo; i < hi; i++)
            {
                accumulator.AddAt(calls[i], i, repeated is not null && repeated.Contains(i));
            }

            accumulators[k] = accumulator;
        });

        for (int k = 1; k < parts; k++)
        {
            first.MergeCounts(accumulators[k]);
        }

        return first.ToReport();
    }

    private static void AddOrReject(ServiceDeskAccumulator accumulator, Call? call)
    {
        if (call is null)
        {
            accumulator.AddNull();
        }
        else
        {
            accumulator.Add(call);
        }
    }
}
