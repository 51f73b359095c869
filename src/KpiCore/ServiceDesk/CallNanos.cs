using KpiCore.Time;

namespace KpiCore.ServiceDesk;

/// <summary>
/// A call's instants in Unix nanoseconds (see <see cref="UnixNanos"/>), with its on-hold intervals normalised: the form
/// the SLA clocks run on, built once per evaluation by <c>CallChecks.Read</c> (from a <see cref="Call"/> or <see cref="CallFields"/>) from a call that passed the range check.
/// </summary>
/// <remarks>A ref struct: its hold spans may point into the caller's stack buffer, so it lives only while the call is being judged.</remarks>
internal readonly ref struct CallNanos
{
    internal CallNanos(long logged, long resolved, long firstResponse, ReadOnlySpan<long> holdStarts, ReadOnlySpan<long> holdEnds, bool overlapping, long holdTotal)
    {
        Logged = logged;
        Resolved = resolved;
        FirstResponse = firstResponse;
        HoldStarts = holdStarts;
        HoldEnds = holdEnds;
        HasOverlappingHolds = overlapping;
        HoldTotal = holdTotal;
    }

    /// <summary>Gets when the call was logged.</summary>
    internal long Logged { get; }

    /// <summary>Gets when it was resolved, or <see cref="UnixNanos.None"/> while open.</summary>
    internal long Resolved { get; }

    /// <summary>Gets the first response, or <see cref="UnixNanos.None"/> when none.</summary>
    internal long FirstResponse { get; }

    /// <summary>Gets the starts of the sorted, merged, non-empty on-hold intervals.</summary>
    internal ReadOnlySpan<long> HoldStarts { get; }

    /// <summary>Gets the ends matching <see cref="HoldStarts"/>.</summary>
    internal ReadOnlySpan<long> HoldEnds { get; }

    /// <summary>Gets whether two of the given on-hold intervals overlapped before they were merged.</summary>
    internal bool HasOverlappingHolds { get; }

    /// <summary>Gets the on-hold total in working nanoseconds, or -1 when the call has none.</summary>
    internal long HoldTotal { get; }

    /// <summary>Gets where the call's on-hold time came from.</summary>
    internal OnHoldSource HoldSource =>
        (OnHoldSource)((HoldStarts.Length > 0 ? (int)OnHoldSource.Intervals : 0) + (HoldTotal >= 0 ? (int)OnHoldSource.Total : 0));

    /// <summary>Gets the same call as if it had never been on hold: how the clocks of a call that is not judged are run, for information.</summary>
    internal CallNanos WithoutHolds() => new(Logged, Resolved, FirstResponse, [], [], HasOverlappingHolds, -1);
}
