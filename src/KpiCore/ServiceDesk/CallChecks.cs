using System.Globalization;
using KpiCore.Time;

namespace KpiCore.ServiceDesk;

/// <summary>The data checks a call must pass before its clocks are run; shared by single evaluation (which throws) and batches (which reject).</summary>
internal static class CallChecks
{
    /// <summary>Finds the first problem with the call's instants and says what it costs the call, or returns <see cref="CallProblem.None"/>.</summary>
    /// <remarks>
    /// The common case, a consistent call, is decided inline without building anything; only a bad call goes on to
    /// <see cref="DescribeProblem"/>, whose message building would otherwise make every call pay for a large frame.
    /// Problems that reject the call are looked for before on-hold problems, so <see cref="CallProblem.OnHold"/> means
    /// that everything but the on-hold data is sound.
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static CallProblem FindProblem(Call call, out string field, out string reason)
    {
        if (IsConsistent(call))
        {
            field = string.Empty;
            reason = string.Empty;
            return CallProblem.None;
        }

        return DescribeProblem(call, out field, out reason);
    }

    /// <summary>Returns a value indicating whether the call passes every check of <see cref="DescribeProblem"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsConsistent(Call call)
    {
        long logged = call.LoggedNanos;
        long resolved = call.ResolvedNanos;
        long[] starts = call.HoldStarts;
        return call.InSupportedRange
            && resolved >= logged
            && call.FirstResponseNanos >= logged
            && (starts.Length == 0 || (starts[0] >= logged && call.HoldEnds[^1] <= resolved));
    }

    /// <summary>Finds the first problem with the call's instants and describes it, or returns false with no problem.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static CallProblem DescribeProblem(Call call, out string field, out string reason)
    {
        if (!call.InSupportedRange)
        {
            field = "Logged";
            reason = "Every instant of the call (logged, resolved, first response, on-hold) must lie within WorkingCalendar.SupportedRange (1900-01-01 to 2150-01-01 UTC).";
            return CallProblem.Rejected;
        }

        if (call.ResolvedNanos < call.LoggedNanos)
        {
            field = "Resolved";
            reason = string.Create(CultureInfo.InvariantCulture, $"The call was resolved at {call.Resolved} before it was logged at {call.Logged}; resolved must not be earlier than logged.");
            return CallProblem.Rejected;
        }

        if (call.FirstResponseNanos < call.LoggedNanos)
        {
            field = "FirstResponse";
            reason = string.Create(CultureInfo.InvariantCulture, $"The first response at {call.FirstResponse} is before the call was logged at {call.Logged}; it must not be earlier than logged.");
            return CallProblem.Rejected;
        }

        long[] starts = call.HoldStarts;
        if (starts.Length > 0)
        {
            if (starts[0] < call.LoggedNanos)
            {
                field = "OnHold";
                reason = string.Create(CultureInfo.InvariantCulture, $"An on-hold interval starts at {Call.FromNanos(starts[0])}, before the call was logged at {call.Logged}, so the SLA clock cannot be run; on-hold time must lie within the call's life.");
                return CallProblem.OnHold;
            }

            long lastEnd = call.HoldEnds[^1];
            if (lastEnd > call.ResolvedNanos)
            {
                field = "OnHold";
                reason = string.Create(CultureInfo.InvariantCulture, $"An on-hold interval ends at {Call.FromNanos(lastEnd)}, after the call was resolved at {call.Resolved}, so the SLA clock cannot be run; on-hold time must lie within the call's life.");
                return CallProblem.OnHold;
            }
        }

        field = string.Empty;
        reason = string.Empty;
        return CallProblem.None;
    }

    internal static string UnknownPriority(Priority priority) =>
        string.Create(CultureInfo.InvariantCulture, $"The priority '{priority.Code}' (rank {priority.Rank}) is not configured in the SLA policy.");

    internal static string RepeatedId(string id) =>
        string.Create(CultureInfo.InvariantCulture, $"The call reference '{id}' appeared earlier in the input; references must be unique.");

    /// <summary>Gets whether an instant lies within <see cref="WorkingCalendar.SupportedRange"/>, both ends included.</summary>
    internal static bool InRange(NodaTime.Instant instant) =>
        instant >= WorkingCalendar.SupportedRange.Start && instant <= WorkingCalendar.SupportedRange.End;
}
