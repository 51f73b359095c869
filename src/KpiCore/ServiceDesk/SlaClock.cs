using System.Runtime.CompilerServices;
using KpiCore.Time;

namespace KpiCore.ServiceDesk;

/// <summary>
/// A priority's SLA clocks on a call: the <see cref="PausedClock"/> rule with the call's on-hold intervals as pauses
/// (when the policy stops the clock on hold) and its on-hold total taken off the resolution clock.
/// </summary>
/// <remarks>
/// The total is working time on the priority's calendar held at no known instant; it is taken as held before the
/// breach. So the clock used over a span is the working time outside the intervals less the total, and the breach is
/// where the working time outside the intervals reaches the target plus the total. The response clock uses the
/// intervals only.
/// </remarks>
internal static class SlaClock
{
    /// <summary>The resolution clock over [logged, <paramref name="end"/>): working time less the intervals' working time less the total.</summary>
    /// <param name="sla">The priority's SLA.</param>
    /// <param name="call">The call.</param>
    /// <param name="end">The end of the measured span: the resolution, or the evaluation instant while open.</param>
    /// <param name="onHold">The working time the holds (intervals and total) took off the clock.</param>
    /// <returns>The working time used; negative when the total exceeds the working time outside the intervals (the call cannot be judged).</returns>
    /// <remarks>Inlined on purpose (the report's per-call step), so the call's nanosecond form stays in registers.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static long Used(PrioritySla sla, in CallNanos call, long end, out long onHold)
    {
        // One clock call either way (no pauses when holds do not stop the clock), so the inlined step stays small.
        bool stops = sla.OnHoldStopsClock;
        long outside = PausedClock.Elapsed(sla.Calendar, call.Logged, end, stops ? call.HoldStarts : [], stops ? call.HoldEnds : [], out _, out long paused);
        long total = stops ? Math.Max(call.HoldTotal, 0) : 0;
        onHold = paused + total;
        return outside - total;
    }

    /// <summary>The response clock over [logged, <paramref name="end"/>): working time less the intervals' working time (the total is not used).</summary>
    internal static long ResponseUsed(PrioritySla sla, in CallNanos call, long end) => sla.OnHoldStopsClock
        ? PausedClock.Elapsed(sla.Calendar, call.Logged, end, call.HoldStarts, call.HoldEnds, out _, out _)
        : PausedClock.Elapsed(sla.Calendar, call.Logged, end, [], [], out _, out _);

    /// <summary>The first instant at which the resolution clock reaches the target, with the intervals known up to <paramref name="holdLimit"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">That instant would lie beyond <see cref="WorkingCalendar.SupportedRange"/>.</exception>
    internal static long Breach(PrioritySla sla, in CallNanos call, long holdLimit)
    {
        if (!sla.OnHoldStopsClock)
        {
            return PausedClock.ReachedAt(sla.Calendar, call.Logged, sla.TargetNanos, [], [], holdLimit);
        }

        long total = Math.Max(call.HoldTotal, 0);
        long amount = total <= UnixNanos.MaxSpanNanos - sla.TargetNanos ? sla.TargetNanos + total : UnixNanos.MaxSpanNanos;
        return PausedClock.ReachedAt(sla.Calendar, call.Logged, amount, call.HoldStarts, call.HoldEnds, holdLimit);
    }
}
