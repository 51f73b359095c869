using System.Diagnostics.CodeAnalysis;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.ServiceDesk;

/// <summary>A record logged on the service desk: an incident, service request, problem or change, with its priority and the instants that drive its SLA clock.</summary>
/// <remarks>
/// <para>
/// A call is immutable. The constructor checks only what a programmer could get wrong in a single value (null or empty
/// identifiers, unbounded on-hold intervals, a negative on-hold total); whether the instants make sense together
/// (resolved before logged, on-hold time outside the call's life, an instant outside
/// <see cref="WorkingCalendar.SupportedRange"/>) is a property of the data and is checked when the call is evaluated or
/// reported: <see cref="PrioritySla.Evaluate(Call, Instant)"/> throws, a batch report lists the call as rejected with
/// its reason.
/// </para>
/// <para>
/// On-hold time is given in one of two forms. <see cref="OnHold"/> keeps intervals exactly as given; the SLA clock uses
/// them sorted and merged, so overlapping or touching intervals count once (<see cref="HasOverlappingOnHold"/> says
/// whether any overlapped), and empty intervals are ignored. <see cref="OnHoldTotal"/> is a total without intervals,
/// as TOPdesk exports it (<c>onHoldDuration</c>): working time on the priority's calendar, see
/// <see cref="OnHoldTotal"/> for how the clock uses it. A call that has both is not judged (the total may already
/// include the intervals, and counting both could remove hold time twice).
/// </para>
/// <para>
/// Internally the instants are kept as Unix nanoseconds (see <see cref="UnixNanos.Stored"/>), the form the SLA checks
/// read, so a report converts nothing per call; the properties convert back, exactly.
/// </para>
/// </remarks>
[SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Justification = "'Call' is the service-desk term (a call logged on the desk); the VB keyword clash only affects VB callers, who can escape it.")]
public sealed class Call
{
    private static readonly Interval[] NoIntervals = [];

    /// <summary>The on-hold intervals' starts in the order given, as stored (<see cref="UnixNanos.Stored"/>).</summary>
    private readonly long[] _holdStarts;

    /// <summary>The matching ends: two arrays rather than one of starts then ends, so the clocks take them whole, with no slicing per report.</summary>
    private readonly long[] _holdEnds;

    /// <summary>The on-hold intervals exactly as given when one of their instants is too far from 1970 for 64-bit nanoseconds; null for every real call.</summary>
    private readonly Interval[]? _farHolds;
    private readonly long _logged;
    private readonly long _resolved;
    private readonly long _firstResponse;
    private readonly long _onHoldTotal;

    /// <summary>The instants too far from 1970 for 64-bit nanoseconds (logged, resolved, first response), exactly as given; null for every real call.</summary>
    private readonly Instant[]? _far;

    /// <summary>Creates a call.</summary>
    /// <param name="id">The call reference, unique within a batch; not empty or white space.</param>
    /// <param name="organisation">The organisation (council) the call belongs to; not empty or white space.</param>
    /// <param name="priority">The priority; it must be configured in the policy the call is judged by.</param>
    /// <param name="type">The kind of record.</param>
    /// <param name="logged">When the call was logged: its SLA clocks start here.</param>
    /// <param name="resolved">When it was resolved; null while it is open.</param>
    /// <param name="firstResponse">When the caller first had a response; null if not yet (or not recorded).</param>
    /// <param name="onHold">Intervals during which the call waited on the caller or a supplier; null for none. Each must have a start and an end.</param>
    /// <param name="service">The service the call is about, if recorded.</param>
    /// <param name="category">The category, if recorded.</param>
    /// <param name="onHoldTotal">The total time the call was on hold, as working time on its priority's calendar, when the source gives a total instead of intervals; null for none. Zero or positive.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="organisation"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="organisation"/> is empty or white space, or an on-hold interval has no start or no end.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="onHoldTotal"/> is negative or longer than <see cref="WorkingCalendar.SupportedRange"/>.</exception>
    public Call(
        string id,
        string organisation,
        Priority priority,
        CallType type,
        Instant logged,
        Instant? resolved = null,
        Instant? firstResponse = null,
        IEnumerable<Interval>? onHold = null,
        string? service = null,
        string? category = null,
        Duration? onHoldTotal = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(organisation);
        Interval[] holds = onHold is null ? NoIntervals : [.. onHold];
        CheckOnHold(holds, onHoldTotal);

        Id = id;
        Organisation = organisation;
        Priority = priority;
        Type = type;
        _logged = UnixNanos.Stored(logged);
        _resolved = resolved is { } r ? UnixNanos.Stored(r) : UnixNanos.None;
        _firstResponse = firstResponse is { } f ? UnixNanos.Stored(f) : UnixNanos.None;
        if (_logged == UnixNanos.Far || _resolved == UnixNanos.Far || _firstResponse == UnixNanos.Far)
        {
            _far = [logged, resolved.GetValueOrDefault(), firstResponse.GetValueOrDefault()];
        }

        _onHoldTotal = onHoldTotal is { } t ? t.ToInt64Nanoseconds() : -1;
        _holdStarts = holds.Length == 0 ? [] : new long[holds.Length];
        _holdEnds = holds.Length == 0 ? [] : new long[holds.Length];
        for (int i = 0; i < holds.Length; i++)
        {
            _holdStarts[i] = UnixNanos.Stored(holds[i].Start);
            _holdEnds[i] = UnixNanos.Stored(holds[i].End);
        }

        // Most calls have no on-hold interval: the interval checks are skipped for them (this is on every record's path).
        bool anyHolds = holds.Length > 0;
        _farHolds = anyHolds && (Array.IndexOf(_holdStarts, UnixNanos.Far) >= 0 || Array.IndexOf(_holdEnds, UnixNanos.Far) >= 0) ? holds : null;
        InSupportedRange = UnixNanos.IsSupported(_logged)
            && (_resolved == UnixNanos.None || UnixNanos.IsSupported(_resolved))
            && (_firstResponse == UnixNanos.None || UnixNanos.IsSupported(_firstResponse))
            && (!anyHolds || (Array.TrueForAll(_holdStarts, UnixNanos.IsSupported) && Array.TrueForAll(_holdEnds, UnixNanos.IsSupported)));
        HoldsNormalised = _farHolds is null && (!anyHolds || NanoIntervals.IsNormalised(_holdStarts, _holdEnds));
        HasOverlappingOnHold = holds.Length > 1 && Overlaps(holds);
        Service = service;
        Category = category;
    }

    /// <summary>The single-value checks of the on-hold data, shared with <see cref="CallFields"/>: every interval bounded, the total zero or positive and within range.</summary>
    /// <exception cref="ArgumentException">An interval has no start or no end (parameter <c>onHold</c>).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The total is negative or too long (parameter <c>onHoldTotal</c>).</exception>
    internal static void CheckOnHold(ReadOnlySpan<Interval> onHold, Duration? onHoldTotal)
    {
        foreach (Interval hold in onHold)
        {
            if (!hold.HasStart || !hold.HasEnd)
            {
                throw new ArgumentException("Every on-hold interval must have a start and an end.", nameof(onHold));
            }
        }

        if (onHoldTotal is { } total && (total < Duration.Zero || total > UnixNanos.MaxSpan))
        {
            throw new ArgumentOutOfRangeException(nameof(onHoldTotal), total, "Value must be zero or positive and no longer than WorkingCalendar.SupportedRange.");
        }
    }

    /// <summary>Gets the call reference.</summary>
    public string Id { get; }

    /// <summary>Gets the organisation (council) the call belongs to.</summary>
    public string Organisation { get; }

    /// <summary>Gets the priority.</summary>
    public Priority Priority { get; }

    /// <summary>Gets the kind of record.</summary>
    public CallType Type { get; }

    /// <summary>Gets when the call was logged.</summary>
    public Instant Logged => _logged == UnixNanos.Far ? _far![0] : UnixNanos.ToInstant(_logged);

    /// <summary>Gets when the call was resolved, or null while it is open.</summary>
    public Instant? Resolved => _resolved == UnixNanos.None ? null : _resolved == UnixNanos.Far ? _far![1] : UnixNanos.ToInstant(_resolved);

    /// <summary>Gets when the caller first had a response, or null if not yet.</summary>
    public Instant? FirstResponse => _firstResponse == UnixNanos.None ? null : _firstResponse == UnixNanos.Far ? _far![2] : UnixNanos.ToInstant(_firstResponse);

    /// <summary>Gets the on-hold intervals exactly as given (unsorted, possibly overlapping).</summary>
    public IReadOnlyList<Interval> OnHold => Array.AsReadOnly(_farHolds ?? ToIntervals(_holdStarts, _holdEnds));

    /// <summary>Gets whether two of the on-hold intervals overlap (they are merged before the clock uses them).</summary>
    public bool HasOverlappingOnHold { get; }

    /// <summary>Gets the total on-hold time given without intervals, or null when none was given.</summary>
    /// <remarks>
    /// <para>
    /// The total is working time on the calendar of the call's priority (TOPdesk's <c>onHoldDuration</c> is measured
    /// that way), not elapsed time. When the policy stops the clock on hold, the resolution clock is the working time
    /// from logged to resolved, less the working time inside <see cref="OnHold"/>, less this total.
    /// </para>
    /// <para>
    /// A total carries no instants, so it is taken as held before the breach: the breach instant is where the working
    /// time since logged (outside the on-hold intervals) reaches the target plus the total. A total larger than the
    /// working time the clock has run is a problem of the call's data: the call is counted but not judged
    /// (<see cref="CallSlaStatus.NotJudged"/>). The response clock does not use the total (it cannot say whether the
    /// hold came before the first response).
    /// </para>
    /// </remarks>
    public Duration? OnHoldTotal => _onHoldTotal < 0 ? null : Duration.FromNanoseconds(_onHoldTotal);

    /// <summary>Gets the service the call is about, or null.</summary>
    public string? Service { get; }

    /// <summary>Gets the category, or null.</summary>
    public string? Category { get; }

    /// <summary>Gets the on-hold intervals in the order given as stored: their starts (any may be <see cref="UnixNanos.Far"/>; not range-checked).</summary>
    internal ReadOnlySpan<long> HoldStartNanos => _holdStarts;

    /// <summary>Gets the ends matching <see cref="HoldStartNanos"/>, as stored.</summary>
    internal ReadOnlySpan<long> HoldEndNanos => _holdEnds;

    /// <summary>Gets whether every instant of the call (logged, resolved, first response, on-hold) lies within <see cref="WorkingCalendar.SupportedRange"/>: checked once here, as the call is immutable, instead of in every report.</summary>
    internal bool InSupportedRange { get; }

    /// <summary>Gets whether <see cref="HoldStartNanos"/> and <see cref="HoldEndNanos"/> are already normalised (each interval non-empty, sorted, none overlapping or touching the next), so the clocks can run on it as it is.</summary>
    internal bool HoldsNormalised { get; }

    /// <summary>Gets <see cref="Logged"/> as stored: Unix nanoseconds, or <see cref="UnixNanos.Far"/> (not range-checked).</summary>
    internal long LoggedNanos => _logged;

    /// <summary>Gets <see cref="Resolved"/> as stored: Unix nanoseconds, <see cref="UnixNanos.None"/> while open, or <see cref="UnixNanos.Far"/>.</summary>
    internal long ResolvedNanos => _resolved;

    /// <summary>Gets <see cref="FirstResponse"/> as stored: Unix nanoseconds, <see cref="UnixNanos.None"/> when none, or <see cref="UnixNanos.Far"/>.</summary>
    internal long FirstResponseNanos => _firstResponse;

    /// <summary>Gets <see cref="OnHoldTotal"/> in nanoseconds, or -1 when none (the constructor keeps it within <see cref="UnixNanos.MaxSpan"/>).</summary>
    internal long OnHoldTotalNanos => _onHoldTotal;

    /// <summary>Rebuilds the intervals from stored nanoseconds (none <see cref="UnixNanos.Far"/>): exact.</summary>
    private static Interval[] ToIntervals(long[] starts, long[] ends)
    {
        int n = starts.Length;
        if (n == 0)
        {
            return NoIntervals;
        }

        var intervals = new Interval[n];
        for (int i = 0; i < n; i++)
        {
            intervals[i] = new Interval(UnixNanos.ToInstant(starts[i]), UnixNanos.ToInstant(ends[i]));
        }

        return intervals;
    }

    /// <summary>Whether two non-empty intervals overlap (touching is not overlapping); on instants, so that it holds for any call, in range or not.</summary>
    private static bool Overlaps(Interval[] holds)
    {
        Interval[] sorted = [.. holds.Where(hold => hold.End > hold.Start).OrderBy(hold => hold.Start)];
        for (int i = 1; i < sorted.Length; i++)
        {
            // Sorted by start and disjoint so far, so the previous interval ends last.
            if (sorted[i].Start < sorted[i - 1].End)
            {
                return true;
            }
        }

        return false;
    }
}
