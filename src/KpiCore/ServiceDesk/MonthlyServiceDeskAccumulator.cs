using System.Runtime.CompilerServices;
using KpiCore.Kpis;
using KpiCore.Time;
using KpiCore.Utility;
using NodaTime;

namespace KpiCore.ServiceDesk;

/// <summary>
/// Builds every calendar month's service-desk figures at once, one call at a time: each call is read, checked and
/// timed once, whichever months it concerns. Accumulators of separate partitions merge exactly.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="ToReport(YearMonth)"/> equals, for every month, the report of a <see cref="ServiceDeskAccumulator"/>
/// for that month (<see cref="ReportingPeriod.Month"/> in <see cref="Zone"/>) with the same policy, options and first
/// index, fed the same calls in the same order: the same organisations (every organisation with a valid call, with
/// zeros in the months its calls do not concern), figures, rejected and not-judged records, input count and count of
/// calls with overlapping on-hold intervals. See <see cref="ServiceDeskAccumulator"/> for the rules.
/// </para>
/// <para>
/// Memory grows with the organisations times the months the calls' lives reach (logged month to resolved month), not
/// with the number of calls, except for the repeated-reference check (<see cref="DuplicateIdCheck.WholeRun"/>) and the
/// rejected and not-judged records. Not thread-safe: use one per thread and <see cref="Merge"/> them.
/// </para>
/// </remarks>
public sealed partial class MonthlyServiceDeskAccumulator
{
    private const int RecentSize = 8;

    private readonly SlaPolicy _policy;
    private readonly bool _resolvedBasis;
    private readonly MonthTable _table;
    private readonly Dictionary<string, OrganisationMonths> _organisations = new(StringComparer.Ordinal);
    private readonly List<RejectedRecord> _rejected = [];
    private readonly List<NotJudgedCall> _notJudged = [];
    private readonly RepeatedKeyFinder? _ids;
    private readonly string?[] _recentNames = new string?[RecentSize];
    private readonly OrganisationMonths?[] _recentTallies = new OrganisationMonths?[RecentSize];
    private readonly long[] _holdScratch = new long[2 * CallChecks.StackHolds];
    private MonthTable.Cache _loggedMonth;
    private MonthTable.Cache _resolvedMonth;
    private int _recentCount;
    private int _nextIndex;
    private long _overlapping;
    private int _firstMonth = int.MaxValue;
    private int _lastMonth = int.MinValue;

    /// <summary>Creates an empty accumulator.</summary>
    /// <param name="policy">The SLA policy.</param>
    /// <param name="zone">The zone months are taken in.</param>
    /// <param name="options">The basis and repeated-reference check; null for <see cref="SlaReportOptions.Default"/>.</param>
    /// <param name="firstIndex">The position given to the first call added (for partitions of a larger input); not negative.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> or <paramref name="zone"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="firstIndex"/> is negative.</exception>
    public MonthlyServiceDeskAccumulator(SlaPolicy policy, DateTimeZone zone, SlaReportOptions? options = null, int firstIndex = 0)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentOutOfRangeException.ThrowIfNegative(firstIndex);
        _policy = policy;
        Zone = zone;
        Options = options ?? SlaReportOptions.Default;
        _resolvedBasis = Options.Basis == SlaBasis.ResolvedInPeriod;
        _ids = Options.DuplicateIds == DuplicateIdCheck.WholeRun ? new RepeatedKeyFinder() : null;
        _table = new MonthTable(zone);
        FirstIndex = firstIndex;
        _nextIndex = firstIndex;
    }

    /// <summary>Gets the SLA policy.</summary>
    public SlaPolicy Policy => _policy;

    /// <summary>Gets the zone months are taken in.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the basis and repeated-reference options.</summary>
    public SlaReportOptions Options { get; }

    /// <summary>Gets the position given to the first call added.</summary>
    public int FirstIndex { get; }

    /// <summary>Gets the number of records added, counted or rejected, including merged accumulators' records.</summary>
    public long InputCount { get; private set; }

    /// <summary>Gets the earliest month a counted call was logged in, or null when no call was counted.</summary>
    public YearMonth? FirstMonth => _firstMonth <= _lastMonth ? MonthTable.Month(_firstMonth) : null;

    /// <summary>Gets the latest month a counted call was logged in or an incident or service request resolved in, or null when no call was counted.</summary>
    /// <remarks>From <see cref="FirstMonth"/> to this month the figures change from month to month; after it, only calls still open are counted (open at period end).</remarks>
    public YearMonth? LastMonth => _firstMonth <= _lastMonth ? MonthTable.Month(_lastMonth) : null;

    /// <summary>Adds a call: counts it in every month it concerns, or rejects it with its reason.</summary>
    /// <param name="call">The call.</param>
    /// <returns><see langword="true"/> when the call was counted, <see langword="false"/> when it was rejected.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="call"/> is null.</exception>
    /// <exception cref="OverflowException">More than <see cref="int.MaxValue"/> positions were used.</exception>
    public bool Add(Call call)
    {
        ArgumentNullException.ThrowIfNull(call);
        int index = NextIndex();
        if (_ids is not null && _ids.IsRepeat(call.Id))
        {
            return Reject(index, call.Id, "Id", CallChecks.RepeatedId(call.Id));
        }

        CallProblem problem = CallChecks.Read(call, _holdScratch, out CallNanos nanos, out string field, out string reason);
        return Count(index, problem, nanos, field, reason, call.Id, default, call.Organisation, call.Priority, call.Type);
    }

    /// <summary>Takes the next position and counts the record.</summary>
    private int NextIndex()
    {
        int index = _nextIndex;
        _nextIndex = checked(_nextIndex + 1);
        InputCount++;
        return index;
    }

    /// <summary>
    /// Counts a checked call in every month it concerns, or rejects it: the part of <see cref="Add(Call)"/> after the
    /// checks, shared by both forms of a call. The reference is <paramref name="id"/>, or when that is null the
    /// characters <paramref name="idChars"/>, made a string only for a message.
    /// </summary>
    private bool Count(int index, CallProblem problem, in CallNanos nanos, string field, string reason, string? id, ReadOnlySpan<char> idChars, string organisationName, Priority priority, CallType type)
    {
        if (problem == CallProblem.Rejected)
        {
            return Reject(index, id ?? idChars.ToString(), field, reason);
        }

        bool hasSla = type is CallType.Incident or CallType.ServiceRequest;
        int p = hasSla ? _policy.IndexOf(priority) : -1;
        if (hasSla && p < 0)
        {
            return Reject(index, id ?? idChars.ToString(), "Priority", CallChecks.UnknownPriority(priority));
        }

        if (nanos.HasOverlappingHolds)
        {
            _overlapping++;
        }

        OrganisationMonths organisation = Organisation(organisationName);
        long logged = nanos.Logged;
        long resolved = nanos.Resolved; // UnixNanos.None while open
        int loggedMonth = _loggedMonth.Of(logged, _table);
        SeeMonth(loggedMonth);
        if (!hasSla)
        {
            OrganisationTally month = organisation.At(loggedMonth);
            if (type == CallType.Problem)
            {
                month.ProblemsLogged++;
            }
            else
            {
                month.ChangesLogged++;
            }

            return true;
        }

        PriorityTally loggedTally = organisation.At(loggedMonth).Priorities[p];
        loggedTally.Logged++;
        if (resolved == UnixNanos.None)
        {
            loggedTally.OpenAtEnd++; // open at the end of every month from its logged month on
            if (problem != CallProblem.None)
            {
                AddNotJudged(index, id ?? idChars.ToString(), field, reason, loggedMonth, int.MaxValue);
            }

            return true;
        }

        int resolvedMonth = _resolvedMonth.Of(resolved, _table);
        SeeMonth(resolvedMonth);
        PriorityTally basis = loggedTally;
        if (resolvedMonth > loggedMonth)
        {
            // Open at the end of its logged month and of each month up to the one before it was resolved.
            PriorityTally resolvedTally = organisation.At(resolvedMonth).Priorities[p];
            loggedTally.OpenAtEnd++;
            resolvedTally.OpenAtEnd--;
            if (_resolvedBasis)
            {
                basis = resolvedTally;
            }
        }

        PrioritySla sla = _policy[p];
        long used = 0;
        if (problem == CallProblem.None)
        {
            used = SlaClock.Used(sla, nanos, resolved, out _);
            if (used < 0)
            {
                // Rare: an on-hold total larger than the working time the call was open.
                problem = CallProblem.OnHold;
                reason = TotalExceedsWorkingTime(nanos.HoldTotal, used);
                field = "OnHoldTotal";
            }
        }

        basis.Resolved++;
        basis.ElapsedTimes.Add(resolved - logged);
        if (problem != CallProblem.None)
        {
            // Rare: on-hold data that cannot be used. Counted everywhere but in met / missed, listed in every month it concerns.
            basis.NotJudged++;
            AddNotJudged(index, id ?? idChars.ToString(), field, reason, loggedMonth, _resolvedBasis ? resolvedMonth : Math.Max(loggedMonth, resolvedMonth - 1));
        }
        else
        {
            if (used <= sla.TargetNanos)
            {
                basis.Met++;
            }

            basis.WorkingTimes.Add(used);
        }

        return true;
    }

    /// <summary>Adds another accumulator's calls to this one; the other is left unchanged.</summary>
    /// <param name="other">An accumulator with the same policy (the same instance), the same zone (by id) and equal options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="other"/> is this accumulator, has another policy, zone or options, or (with
    /// <see cref="DuplicateIdCheck.WholeRun"/>) holds a call reference this one holds too: a reference repeated across
    /// partitions cannot be rejected after both were counted, so partition by reference (for example by its hash) to
    /// keep repeats in one partition.
    /// </exception>
    public void Merge(MonthlyServiceDeskAccumulator other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (ReferenceEquals(other, this))
        {
            throw new ArgumentException("An accumulator cannot be merged into itself.", nameof(other));
        }

        if (!ReferenceEquals(other._policy, _policy) || !string.Equals(other.Zone.Id, Zone.Id, StringComparison.Ordinal)
            || other.Options.Basis != Options.Basis || other.Options.DuplicateIds != Options.DuplicateIds)
        {
            throw new ArgumentException("Only accumulators with the same policy, zone and options can be merged.", nameof(other));
        }

        if (_ids is not null && other._ids is not null)
        {
            _ids.MergeCallReferences(other._ids, nameof(other));
        }

        foreach (OrganisationMonths theirs in other._organisations.Values)
        {
            Organisation(theirs.Name).Merge(theirs);
        }

        _rejected.AddRange(other._rejected);
        _notJudged.AddRange(other._notJudged);
        InputCount += other.InputCount;
        _overlapping += other._overlapping;
        _firstMonth = Math.Min(_firstMonth, other._firstMonth);
        _lastMonth = Math.Max(_lastMonth, other._lastMonth);
    }

    private void SeeMonth(int month)
    {
        if (month < _firstMonth)
        {
            _firstMonth = month;
        }

        if (month > _lastMonth)
        {
            _lastMonth = month;
        }
    }

    /// <summary>Lists a rejected record (off the common path).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool Reject(int index, string? id, string field, string reason)
    {
        _rejected.Add(new RejectedRecord(index, id, field, reason));
        return false;
    }

    /// <summary>The reason a resolved call's on-hold total (<paramref name="total"/> ns) exceeds the working time outside its intervals (<paramref name="used"/> is that working time less the total).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string TotalExceedsWorkingTime(long total, long used) =>
        CallChecks.TotalExceedsWorkingTime(Duration.FromNanoseconds(total), Duration.FromNanoseconds(used + total), resolved: true);

    /// <summary>Lists a call whose SLA cannot be judged with the months it concerns (from <paramref name="first"/> to <paramref name="last"/>, inclusive).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AddNotJudged(int index, string id, string field, string reason, int first, int last) =>
        _notJudged.Add(new NotJudgedCall(new RejectedRecord(index, id, field, reason), first, last));

    private OrganisationMonths Organisation(string name)
    {
        // Callers usually share one string instance per organisation: find it by reference first, hashing only on a miss.
        for (int i = 0; i < _recentCount; i++)
        {
            if (ReferenceEquals(_recentNames[i], name))
            {
                return _recentTallies[i]!;
            }
        }

        if (!_organisations.TryGetValue(name, out OrganisationMonths? tally))
        {
            tally = new OrganisationMonths(name, _policy.Count);
            _organisations.Add(name, tally);
        }

        int slot = _recentCount < RecentSize ? _recentCount++ : (int)(unchecked((uint)name.GetHashCode(StringComparison.Ordinal)) % RecentSize);
        _recentNames[slot] = name;
        _recentTallies[slot] = tally;
        return tally;
    }

    /// <summary>A call whose SLA cannot be judged, and the months it concerns (<see cref="MonthTable.Number"/>, inclusive; <see cref="int.MaxValue"/> while open).</summary>
    private readonly record struct NotJudgedCall(RejectedRecord Record, int First, int Last);
}
