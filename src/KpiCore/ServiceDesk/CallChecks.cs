using System.Globalization;
using System.Runtime.CompilerServices;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.ServiceDesk;

/// <summary>
/// The data checks a call must pass before its clocks are run, shared by single evaluation (which throws) and batches
/// (which reject); they build the call's nanosecond form (<see cref="CallNanos"/>) on the way.
/// </summary>
internal static class CallChecks
{
    /// <summary>On-hold intervals a stack buffer of this many longs holds (two per interval); more are put on the heap.</summary>
    internal const int StackHolds = 4;

    /// <summary>Checks the call's instants and converts them once; says what a problem costs the call, or returns <see cref="CallProblem.None"/>.</summary>
    /// <param name="call">The call.</param>
    /// <param name="scratch">Room for the converted on-hold intervals, <c>2 * StackHolds</c> longs (usually on the caller's stack).</param>
    /// <param name="nanos">The call in nanoseconds; default when the call is rejected for its range.</param>
    /// <param name="field">The field at fault, or empty.</param>
    /// <param name="reason">Why, or empty.</param>
    /// <remarks>
    /// The common case, a consistent call, is decided inline without building anything; only a bad call goes on to
    /// <see cref="DescribeProblem"/>, whose message building would otherwise make every call pay for a large frame.
    /// Problems that reject the call are looked for before on-hold problems, so <see cref="CallProblem.OnHold"/> means
    /// that everything but the on-hold data is sound. An on-hold total larger than the working time elapsed needs the
    /// priority's calendar and is found by <see cref="SlaClock"/>, not here.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static CallProblem Read(Call call, Span<long> scratch, out CallNanos nanos, out string field, out string reason)
    {
        ReadOnlySpan<long> holdStarts = call.HoldStartNanos, holdEnds = call.HoldEndNanos;
        long logged = call.LoggedNanos, resolved = call.ResolvedNanos, firstResponse = call.FirstResponseNanos;
        if (!call.InSupportedRange)
        {
            return OutOfRange(out nanos, out field, out reason);
        }

        long total = call.OnHoldTotalNanos;
        nanos = call.HoldsNormalised
            ? new CallNanos(logged, resolved, firstResponse, holdStarts, holdEnds, false, total)
            : WithHolds(logged, resolved, firstResponse, total, holdStarts, holdEnds, scratch);

        if (IsConsistent(nanos))
        {
            field = string.Empty;
            reason = string.Empty;
            return CallProblem.None;
        }

        return DescribeProblem(call.Logged, call.Resolved, call.FirstResponse, nanos, out field, out reason);
    }

    /// <summary>
    /// Checks a call's fields and converts them, as <see cref="Read(Call, Span{long}, out CallNanos, out string, out string)"/>
    /// does for the <see cref="Call"/> with the same values: the same problem, field and reason.
    /// </summary>
    /// <param name="call">The call's fields.</param>
    /// <param name="scratch">Room for the converted on-hold intervals, <c>2 * StackHolds</c> longs; more are put on the heap.</param>
    /// <param name="nanos">The call in nanoseconds; default when the call is rejected for its range.</param>
    /// <param name="field">The field at fault, or empty.</param>
    /// <param name="reason">Why, or empty.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static CallProblem Read(in CallFields call, Span<long> scratch, out CallNanos nanos, out string field, out string reason)
    {
        long logged = UnixNanos.Stored(call.Logged);
        long resolved = call.Resolved is { } r ? UnixNanos.Stored(r) : UnixNanos.None;
        long firstResponse = call.FirstResponse is { } f ? UnixNanos.Stored(f) : UnixNanos.None;
        bool supported = UnixNanos.IsSupported(logged)
            && (resolved == UnixNanos.None || UnixNanos.IsSupported(resolved))
            && (firstResponse == UnixNanos.None || UnixNanos.IsSupported(firstResponse));
        ReadOnlySpan<Interval> holds = call.OnHold;
        int n = holds.Length;
        Span<long> buffer = 2 * n <= scratch.Length ? scratch : new long[2 * n];
        Span<long> starts = buffer[..n];
        Span<long> ends = buffer.Slice(n, n);
        for (int i = 0; i < n; i++)
        {
            starts[i] = UnixNanos.Stored(holds[i].Start);
            ends[i] = UnixNanos.Stored(holds[i].End);
            supported &= UnixNanos.IsSupported(starts[i]) && UnixNanos.IsSupported(ends[i]);
        }

        if (!supported)
        {
            return OutOfRange(out nanos, out field, out reason);
        }

        int count = n;
        bool overlapping = false;
        if (n > 0 && !NanoIntervals.IsNormalised(starts, ends))
        {
            count = NanoIntervals.Normalise(starts, ends, n, out overlapping);
        }

        long total = call.OnHoldTotal is { } t ? t.ToInt64Nanoseconds() : -1;
        nanos = new CallNanos(logged, resolved, firstResponse, starts[..count], ends[..count], overlapping, total);
        if (IsConsistent(nanos))
        {
            field = string.Empty;
            reason = string.Empty;
            return CallProblem.None;
        }

        return DescribeProblem(call.Logged, call.Resolved, call.FirstResponse, nanos, out field, out reason);
    }

    /// <summary>The rejection of a call with an instant outside <see cref="WorkingCalendar.SupportedRange"/>.</summary>
    private static CallProblem OutOfRange(out CallNanos nanos, out string field, out string reason)
    {
        nanos = default;
        field = "Logged";
        reason = "Every instant of the call (logged, resolved, first response, on-hold) must lie within WorkingCalendar.SupportedRange (1900-01-01 to 2150-01-01 UTC).";
        return CallProblem.Rejected;
    }

    /// <summary>Normalises on-hold intervals that were given unsorted, empty, overlapping or touching (rare: off the common path).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static CallNanos WithHolds(long logged, long resolved, long firstResponse, long total, ReadOnlySpan<long> holdStarts, ReadOnlySpan<long> holdEnds, Span<long> scratch)
    {
        int n = holdStarts.Length;
        Span<long> buffer = 2 * n <= scratch.Length ? scratch : new long[2 * n];
        Span<long> starts = buffer[..n];
        Span<long> ends = buffer.Slice(n, n);
        holdStarts.CopyTo(starts);
        holdEnds.CopyTo(ends);
        int count = NanoIntervals.Normalise(starts, ends, n, out bool overlapping);
        return new CallNanos(logged, resolved, firstResponse, starts[..count], ends[..count], overlapping, total);
    }

    /// <summary>The reason a call is not judged when its on-hold total exceeds the working time the clock ran.</summary>
    internal static string TotalExceedsWorkingTime(Duration total, Duration working, bool resolved) =>
        string.Create(CultureInfo.InvariantCulture, $"The on-hold total {total} is more than the {working} of working time from logged to {(resolved ? "resolved" : "the evaluation instant")} on the priority's calendar, so the SLA clock cannot be run; an on-hold total must not exceed the working time the call was open.");

    internal static string UnknownPriority(Priority priority) =>
        string.Create(CultureInfo.InvariantCulture, $"The priority '{priority.Code}' (rank {priority.Rank}) is not configured in the SLA policy.");

    internal static string RepeatedId(string id) =>
        string.Create(CultureInfo.InvariantCulture, $"The call reference '{id}' appeared earlier in the input; references must be unique.");

    /// <summary>Returns a value indicating whether the call passes every check of <see cref="DescribeProblem"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsConsistent(in CallNanos call)
    {
        ReadOnlySpan<long> starts = call.HoldStarts;
        return call.Resolved >= call.Logged
            && call.FirstResponse >= call.Logged
            && (starts.Length == 0 || (starts[0] >= call.Logged && call.HoldEnds[^1] <= call.Resolved && call.HoldTotal < 0));
    }

    /// <summary>Finds the first problem with the call's instants and describes it, or returns <see cref="CallProblem.None"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static CallProblem DescribeProblem(Instant logged, Instant? resolved, Instant? firstResponse, in CallNanos nanos, out string field, out string reason)
    {
        if (nanos.Resolved < nanos.Logged)
        {
            field = "Resolved";
            reason = string.Create(CultureInfo.InvariantCulture, $"The call was resolved at {resolved} before it was logged at {logged}; resolved must not be earlier than logged.");
            return CallProblem.Rejected;
        }

        if (nanos.FirstResponse < nanos.Logged)
        {
            field = "FirstResponse";
            reason = string.Create(CultureInfo.InvariantCulture, $"The first response at {firstResponse} is before the call was logged at {logged}; it must not be earlier than logged.");
            return CallProblem.Rejected;
        }

        ReadOnlySpan<long> starts = nanos.HoldStarts;
        if (starts.Length > 0)
        {
            if (starts[0] < nanos.Logged)
            {
                field = "OnHold";
                reason = string.Create(CultureInfo.InvariantCulture, $"An on-hold interval starts at {UnixNanos.ToInstant(starts[0])}, before the call was logged at {logged}, so the SLA clock cannot be run; on-hold time must lie within the call's life.");
                return CallProblem.OnHold;
            }

            long lastEnd = nanos.HoldEnds[^1];
            if (lastEnd > nanos.Resolved)
            {
                field = "OnHold";
                reason = string.Create(CultureInfo.InvariantCulture, $"An on-hold interval ends at {UnixNanos.ToInstant(lastEnd)}, after the call was resolved at {resolved}, so the SLA clock cannot be run; on-hold time must lie within the call's life.");
                return CallProblem.OnHold;
            }

            if (nanos.HoldTotal >= 0)
            {
                field = "OnHold";
                reason = "The call has both on-hold intervals and an on-hold total, so the SLA clock cannot be run; the total may already include the intervals, so give one or the other.";
                return CallProblem.OnHold;
            }
        }

        field = string.Empty;
        reason = string.Empty;
        return CallProblem.None;
    }
}
