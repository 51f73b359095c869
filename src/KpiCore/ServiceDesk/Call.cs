using System.Diagnostics.CodeAnalysis;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.ServiceDesk;

/// <summary>A record logged on the service desk: an incident, service request, problem or change, with its priority and the instants that drive its SLA clock.</summary>
/// <remarks>
/// <para>
/// A call is immutable. The constructor checks only what a programmer could get wrong in a single value (null or empty
/// identifiers, unbounded on-hold intervals); whether the instants make sense together (resolved before logged, on-hold
/// time outside the call's life) is a property of the data and is checked when the call is evaluated or reported:
/// <see cref="PrioritySla.Evaluate(Call, Instant)"/> throws, a batch report lists the call as rejected with its reason.
/// </para>
/// <para>
/// <see cref="OnHold"/> keeps the intervals exactly as given; the SLA clock uses them sorted and merged, so overlapping
/// or touching intervals count once (<see cref="HasOverlappingOnHold"/> says whether any overlapped). Empty intervals are
/// ignored.
/// </para>
/// </remarks>
[SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Justification = "'Call' is the service-desk term (a call logged on the desk); the VB keyword clash only affects VB callers, who can escape it.")]
public sealed class Call
{
    private static readonly Interval[] NoIntervals = [];

    private readonly Interval[] _onHold;

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
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="organisation"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="organisation"/> is empty or white space, or an on-hold interval has no start or no end.</exception>
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
        string? category = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(organisation);
        Interval[] holds = onHold is null ? NoIntervals : [.. onHold];
        foreach (Interval hold in holds)
        {
            if (!hold.HasStart || !hold.HasEnd)
            {
                throw new ArgumentException("Every on-hold interval must have a start and an end.", nameof(onHold));
            }
        }

        Id = id;
        Organisation = organisation;
        Priority = priority;
        Type = type;
        Logged = logged;
        Resolved = resolved;
        FirstResponse = firstResponse;
        _onHold = holds;
        Service = service;
        Category = category;

        InSupportedRange = InRange(logged) && (resolved is not { } r || InRange(r)) && (firstResponse is not { } f || InRange(f));
        foreach (Interval hold in holds)
        {
            InSupportedRange &= InRange(hold.Start) && InRange(hold.End);
        }

        if (InSupportedRange)
        {
            LoggedNanos = ToNanos(logged);
            ResolvedNanos = resolved is { } res ? ToNanos(res) : long.MaxValue;
            FirstResponseNanos = firstResponse is { } first ? ToNanos(first) : long.MaxValue;
            (HoldStarts, HoldEnds, HasOverlappingOnHold) = Normalise(holds);
        }
        else
        {
            HoldStarts = HoldEnds = [];
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
    public Instant Logged { get; }

    /// <summary>Gets when the call was resolved, or null while it is open.</summary>
    public Instant? Resolved { get; }

    /// <summary>Gets when the caller first had a response, or null if not yet.</summary>
    public Instant? FirstResponse { get; }

    /// <summary>Gets the on-hold intervals exactly as given (unsorted, possibly overlapping).</summary>
    public IReadOnlyList<Interval> OnHold => Array.AsReadOnly(_onHold);

    /// <summary>Gets whether two of the on-hold intervals overlap (they are merged before the clock uses them).</summary>
    public bool HasOverlappingOnHold { get; }

    /// <summary>Gets the service the call is about, or null.</summary>
    public string? Service { get; }

    /// <summary>Gets the category, or null.</summary>
    public string? Category { get; }

    /// <summary>Gets whether all instants lie within <see cref="WorkingCalendar.SupportedRange"/> (the nanosecond fields are valid only then).</summary>
    internal bool InSupportedRange { get; }

    internal long LoggedNanos { get; }

    /// <summary>Gets the resolved instant in Unix nanoseconds, or <see cref="long.MaxValue"/> when open.</summary>
    internal long ResolvedNanos { get; }

    /// <summary>Gets the first-response instant in Unix nanoseconds, or <see cref="long.MaxValue"/> when none.</summary>
    internal long FirstResponseNanos { get; }

    /// <summary>Gets the starts of the sorted, merged, non-empty on-hold intervals (Unix nanoseconds).</summary>
    internal long[] HoldStarts { get; }

    /// <summary>Gets the ends matching <see cref="HoldStarts"/>.</summary>
    internal long[] HoldEnds { get; }

    internal static long ToNanos(Instant instant) => (instant - NodaConstants.UnixEpoch).ToInt64Nanoseconds();

    internal static Instant FromNanos(long nanos) => NodaConstants.UnixEpoch.PlusNanoseconds(nanos);

    private static bool InRange(Instant instant) =>
        instant >= WorkingCalendar.SupportedRange.Start && instant <= WorkingCalendar.SupportedRange.End;

    private static (long[] Starts, long[] Ends, bool Overlapped) Normalise(Interval[] holds)
    {
        if (holds.Length == 0)
        {
            return ([], [], false);
        }

        var pairs = new (long Start, long End)[holds.Length];
        int n = 0;
        foreach (Interval hold in holds)
        {
            long s = ToNanos(hold.Start), e = ToNanos(hold.End);
            if (e > s)
            {
                pairs[n++] = (s, e);
            }
        }

        Array.Sort(pairs, 0, n);
        var starts = new List<long>(n);
        var ends = new List<long>(n);
        bool overlapped = false;
        for (int i = 0; i < n; i++)
        {
            if (starts.Count > 0 && pairs[i].Start <= ends[^1])
            {
                overlapped |= pairs[i].Start < ends[^1];
                ends[^1] = Math.Max(ends[^1], pairs[i].End);
            }
            else
            {
                starts.Add(pairs[i].Start);
                ends.Add(pairs[i].End);
            }
        }

        return ([.. starts], [.. ends], overlapped);
    }
}
