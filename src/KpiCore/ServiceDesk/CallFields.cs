using KpiCore.Time;
using NodaTime;

namespace KpiCore.ServiceDesk;

/// <summary>
/// A call's fields as a reader has them, to add to a <see cref="MonthlyServiceDeskAccumulator"/> without building a
/// <see cref="Call"/>: the call reference as characters and the on-hold intervals as a span, both of which may point
/// into the reader's own buffers.
/// </summary>
/// <remarks>
/// <para>
/// The same values as a <see cref="Call"/>, and the same rules: the constructor checks what a programmer could get
/// wrong in a single value (an empty reference or organisation, an unbounded on-hold interval, a negative on-hold
/// total), and <see cref="MonthlyServiceDeskAccumulator.Add(in CallFields)"/> judges the fields exactly as
/// <see cref="MonthlyServiceDeskAccumulator.Add(Call)"/> judges the call with the same values: the same figures,
/// rejections and reasons.
/// </para>
/// <para>
/// It is a ref struct so that a reader of millions of records can fill it from one record, add it, and reuse its
/// buffers for the next: the accumulator copies nothing of it unless the call is rejected or not judged (its reference
/// is then kept as a string for the message), or the accumulator checks repeated references itself
/// (<see cref="DuplicateIdCheck.WholeRun"/>, which keeps every reference as a string).
/// </para>
/// </remarks>
public readonly ref struct CallFields
{
    /// <summary>Creates a call's fields.</summary>
    /// <param name="id">The call reference, unique within a batch; not empty or white space.</param>
    /// <param name="organisation">The organisation (council) the call belongs to; not empty or white space.</param>
    /// <param name="priority">The priority; it must be configured in the policy the call is judged by.</param>
    /// <param name="type">The kind of record.</param>
    /// <param name="logged">When the call was logged: its SLA clocks start here.</param>
    /// <param name="resolved">When it was resolved; null while it is open.</param>
    /// <param name="firstResponse">When the caller first had a response; null if not yet (or not recorded).</param>
    /// <param name="onHold">Intervals during which the call waited on the caller or a supplier, in any order; empty for none. Each must have a start and an end.</param>
    /// <param name="onHoldTotal">The total time on hold, as working time on the priority's calendar, when the source gives a total instead of intervals; null for none. Zero or positive.</param>
    /// <exception cref="ArgumentNullException"><paramref name="organisation"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="organisation"/> is empty or white space, or an on-hold interval has no start or no end.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="onHoldTotal"/> is negative or longer than <see cref="WorkingCalendar.SupportedRange"/>.</exception>
    public CallFields(
        ReadOnlySpan<char> id,
        string organisation,
        Priority priority,
        CallType type,
        Instant logged,
        Instant? resolved = null,
        Instant? firstResponse = null,
        ReadOnlySpan<Interval> onHold = default,
        Duration? onHoldTotal = null)
    {
        if (id.IsWhiteSpace())
        {
            throw new ArgumentException("The call reference must not be empty or white space.", nameof(id));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(organisation);
        Call.CheckOnHold(onHold, onHoldTotal);

        Id = id;
        Organisation = organisation;
        Priority = priority;
        Type = type;
        Logged = logged;
        Resolved = resolved;
        FirstResponse = firstResponse;
        OnHold = onHold;
        OnHoldTotal = onHoldTotal;
    }

    /// <summary>Gets the call reference.</summary>
    public ReadOnlySpan<char> Id { get; }

    /// <summary>Gets the organisation.</summary>
    public string Organisation { get; }

    /// <summary>Gets the priority.</summary>
    public Priority Priority { get; }

    /// <summary>Gets the kind of record.</summary>
    public CallType Type { get; }

    /// <summary>Gets when the call was logged.</summary>
    public Instant Logged { get; }

    /// <summary>Gets when it was resolved, or null while it is open.</summary>
    public Instant? Resolved { get; }

    /// <summary>Gets the first response, or null.</summary>
    public Instant? FirstResponse { get; }

    /// <summary>Gets the on-hold intervals as given.</summary>
    public ReadOnlySpan<Interval> OnHold { get; }

    /// <summary>Gets the on-hold total given instead of intervals, or null.</summary>
    public Duration? OnHoldTotal { get; }

    /// <summary>Builds the <see cref="Call"/> with these values (for code that keeps calls).</summary>
    /// <param name="service">The service the call is about, if recorded.</param>
    /// <param name="category">The category, if recorded.</param>
    /// <returns>The call.</returns>
    public Call ToCall(string? service = null, string? category = null) =>
        new(Id.ToString(), Organisation, Priority, Type, Logged, Resolved, FirstResponse, OnHold.IsEmpty ? null : OnHold.ToArray(), service, category, OnHoldTotal);
}
