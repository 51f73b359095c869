using KpiCore.Kpis;
using KpiCore.Time;
using KpiCore.Utility;
using NodaTime;

namespace KpiCore.ServiceDesk;

/// <summary>
/// Builds a period's service-desk figures one call at a time, in memory that does not grow with the number of calls
/// (except for the repeated-reference check, see <see cref="DuplicateIdCheck"/>, and the list of rejected records).
/// Accumulators of separate partitions merge exactly.
/// </summary>
/// <remarks>
/// <para>
/// Feed every call that may concern the period, including calls logged in earlier periods (they may be resolved in
/// this one, or still open at its end). Calls that do not concern it are counted as valid and otherwise ignored.
/// </para>
/// <para>
/// A record is rejected, with its position, reference, field and reason, when: its reference appeared earlier (with
/// <see cref="DuplicateIdCheck.WholeRun"/>); an instant lies outside <see cref="WorkingCalendar.SupportedRange"/>; it
/// was resolved before it was logged; its first response is before it was logged; or it is an incident or service
/// request whose priority the policy does not configure. Overlapping on-hold intervals are merged and counted in
/// <see cref="ServiceDeskReport.CallsWithOverlappingOnHold"/>. Positions count from the accumulator's first index.
/// </para>
/// <para>
/// A call with an on-hold interval that starts before it was logged or ends after it was resolved, with both on-hold
/// intervals and an on-hold total (field "OnHold"), or with an on-hold total larger than the working time from logged
/// to resolved on its priority's calendar (field "OnHoldTotal", see <see cref="Call.OnHoldTotal"/>) is counted, not
/// rejected: in the volume, in open at period end and as resolved, but its SLA is not judged (neither met nor missed,
/// and left out of the percentage): it is counted in <see cref="PrioritySlaFigures.NotJudged"/> when it falls in the
/// basis, and listed in <see cref="ServiceDeskReport.NotJudged"/> when it counts in any of the
/// period's figures (volume, open at period end or the basis).
/// </para>
/// <para>
/// <see cref="Merge"/> adds another accumulator's tallies: merging is associative and commutative, so the figures of
/// any split of a batch, merged in any order, equal those of one pass (rejected records are kept in position order).
/// An accumulator is not thread-safe: use one per thread and merge them, as
/// <see cref="ServiceDeskCalculator.CalculateParallel"/> does.
/// </para>
/// </remarks>
public sealed partial class ServiceDeskAccumulator
{
    private const int RecentSize = 8;

    private readonly SlaPolicy _policy;
    private readonly long _start;
    private readonly long _end;
    private readonly bool _resolvedBasis;
    private readonly Dictionary<string, OrganisationTally> _organisations = new(StringComparer.Ordinal);
    private readonly List<RejectedRecord> _rejected = [];
    private readonly List<RejectedRecord> _notJudged = [];
    private readonly RepeatedKeyFinder? _ids;
    private readonly string?[] _recentNames = new string?[RecentSize];
    private readonly OrganisationTally?[] _recentTallies = new OrganisationTally?[RecentSize];
    private readonly long[] _holdScratch = new long[2 * CallChecks.StackHolds]; // a call's converted holds, reused (not zeroed) per call
    private int _recentCount;
    private int _nextIndex;
    private long _overlapping;

    /// <summary>Creates an empty accumulator.</summary>
    /// <param name="policy">The SLA policy.</param>
    /// <param name="period">The reporting period.</param>
    /// <param name="options">The basis and repeated-reference check; null for <see cref="SlaReportOptions.Default"/>.</param>
    /// <param name="firstIndex">The position given to the first call added (for partitions of a larger input); not negative.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="firstIndex"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="period"/> extends outside <see cref="WorkingCalendar.SupportedRange"/>.</exception>
    public ServiceDeskAccumulator(SlaPolicy policy, ReportingPeriod period, SlaReportOptions? options = null, int firstIndex = 0)
        : this(policy, period, options, firstIndex, trackIds: true)
    {
    }

    internal ServiceDeskAccumulator(SlaPolicy policy, ReportingPeriod period, SlaReportOptions? options, int firstIndex, bool trackIds)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentOutOfRangeException.ThrowIfNegative(firstIndex);
        if (!UnixNanos.InRange(period.Start) || !UnixNanos.InRange(period.End))
        {
            throw new ArgumentException("The period must lie within WorkingCalendar.SupportedRange.", nameof(period));
        }

        _policy = policy;
        Period = period;
        Options = options ?? SlaReportOptions.Default;
        _start = UnixNanos.From(period.Start);
        _end = UnixNanos.From(period.End);
        _resolvedBasis = Options.Basis == SlaBasis.ResolvedInPeriod;
        _ids = trackIds && Options.DuplicateIds == DuplicateIdCheck.WholeRun ? new RepeatedKeyFinder() : null;
        FirstIndex = firstIndex;
        _nextIndex = firstIndex;
    }

    /// <summary>Gets the SLA policy.</summary>
    public SlaPolicy Policy => _policy;

    /// <summary>Gets the reporting period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the basis and repeated-reference options.</summary>
    public SlaReportOptions Options { get; }

    /// <summary>Gets the position given to the first call added.</summary>
    public int FirstIndex { get; }

    /// <summary>Gets the number of records added, counted or rejected, including merged accumulators' records.</summary>
    public long InputCount { get; private set; }

    /// <summary>Adds a call: counts it, or rejects it with its reason.</summary>
    /// <param name="call">The call.</param>
    /// <returns><see langword="true"/> when the call was counted, <see langword="false"/> when it was rejected.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="call"/> is null.</exception>
    /// <exception cref="OverflowException">More than <see cref="int.MaxValue"/> positions were used.</exception>
    public bool Add(Call call)
    {
        ArgumentNullException.ThrowIfNull(call);
        int index = _nextIndex;
        _nextIndex = checked(_nextIndex + 1);
        bool repeated = _ids is not null && _ids.IsRepeat(call.Id);
        return AddAt(call, index, repeated);
    }

    /// <summary>Builds the figures of the calls added so far; the accumulator can go on accepting calls.</summary>
    /// <returns>The report.</returns>
    public ServiceDeskReport ToReport()
    {
        var organisations = new OrganisationSlaFigures[_organisations.Count];
        int o = 0;
        foreach (OrganisationTally tally in _organisations.Values.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            var priorities = new PrioritySlaFigures[_policy.Count];
            for (int p = 0; p < priorities.Length; p++)
            {
                priorities[p] = new PrioritySlaFigures(tally.Name, Period, Options.Basis, _policy[p], tally.Priorities[p]);
            }

            organisations[o++] = new OrganisationSlaFigures(tally.Name, Period, Options.Basis, priorities, tally.ProblemsLogged, tally.ChangesLogged);
        }

        RejectedRecord[] rejected = [.. _rejected.OrderBy(r => r.Index)];
        RejectedRecord[] notJudged = [.. _notJudged.OrderBy(r => r.Index)];
        return new ServiceDeskReport(Period, Options.Basis, organisations, rejected, notJudged, InputCount, _overlapping);
    }

    /// <summary>Rejects a null record at the next position.</summary>
    internal void AddNull()
    {
        int index = _nextIndex;
        _nextIndex = checked(_nextIndex + 1);
        AddAt(null, index, repeatedId: false);
    }

    /// <summary>Counts or rejects a record at a given position; <paramref name="repeatedId"/> says its reference was seen before.</summary>
    internal bool AddAt(Call? call, int index, bool repeatedId)
    {
        InputCount++;
        if (call is null)
        {
            return Reject(index, null, "Call", "The record is null.");
        }

        if (repeatedId)
        {
            return Reject(index, call.Id, "Id", CallChecks.RepeatedId(call.Id));
        }

        CallProblem problem = CallChecks.Read(call, _holdScratch, out CallNanos nanos, out string field, out string reason);
        if (problem == CallProblem.Rejected)
        {
            return Reject(index, call.Id, field, reason);
        }

        bool hasSla = call.Type is CallType.Incident or CallType.ServiceRequest;
        int p = hasSla ? _policy.IndexOf(call.Priority) : -1;
        if (hasSla && p < 0)
        {
            return Reject(index, call.Id, "Priority", CallChecks.UnknownPriority(call.Priority));
        }

        if (nanos.HasOverlappingHolds)
        {
            _overlapping++;
        }

        OrganisationTally organisation = Organisation(call.Organisation);
        long logged = nanos.Logged;
        long resolved = nanos.Resolved; // UnixNanos.None while open
        bool loggedInPeriod = logged >= _start && logged < _end;
        if (!hasSla)
        {
            if (loggedInPeriod)
            {
                if (call.Type == CallType.Problem)
                {
                    organisation.ProblemsLogged++;
                }
                else
                {
                    organisation.ChangesLogged++;
                }
            }

            return true;
        }

        PriorityTally tally = organisation.Priorities[p];
        if (loggedInPeriod)
        {
            tally.Logged++;
        }

        bool openAtEnd = logged < _end && resolved >= _end;
        if (openAtEnd)
        {
            tally.OpenAtEnd++;
        }

        bool inBasis = _resolvedBasis ? resolved >= _start && resolved < _end : loggedInPeriod && resolved != UnixNanos.None;
        bool concernsPeriod = inBasis || loggedInPeriod || openAtEnd;
        PrioritySla sla = _policy[p];
        long used = 0;
        if (problem == CallProblem.None && (inBasis || (concernsPeriod && nanos.HoldTotal > 0 && resolved != UnixNanos.None)))
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

        if (problem != CallProblem.None)
        {
            // Rare: on-hold data that cannot be used. Counted everywhere but in met / missed.
            AddNotJudged(tally, call.Id, inBasis ? resolved - logged : 0, index, field, reason, inBasis, concernsPeriod);
        }
        else if (inBasis)
        {
            tally.Resolved++;
            if (used <= sla.TargetNanos)
            {
                tally.Met++;
            }

            tally.WorkingTimes.Add(used);
            tally.ElapsedTimes.Add(resolved - logged);
        }

        return true;
    }

    /// <summary>Lists a rejected record (off the common path, so the per-call step stays small enough to inline its clock).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private bool Reject(int index, string? id, string field, string reason)
    {
        _rejected.Add(new RejectedRecord(index, id, field, reason));
        return false;
    }

    /// <summary>The reason a resolved call's on-hold total (<paramref name="total"/> ns) exceeds the working time outside its intervals (<paramref name="used"/> is that working time less the total).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static string TotalExceedsWorkingTime(long total, long used) =>
        CallChecks.TotalExceedsWorkingTime(Duration.FromNanoseconds(total), Duration.FromNanoseconds(used + total), resolved: true);

    /// <summary>Counts a resolved call whose SLA cannot be judged, and lists it when it counts in the period's figures.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private void AddNotJudged(PriorityTally tally, string id, long elapsed, int index, string field, string reason, bool inBasis, bool concernsPeriod)
    {
        if (inBasis)
        {
            tally.Resolved++;
            tally.NotJudged++;
            tally.ElapsedTimes.Add(elapsed);
        }

        if (concernsPeriod)
        {
            _notJudged.Add(new RejectedRecord(index, id, field, reason));
        }
    }

    private OrganisationTally Organisation(string name)
    {
        // Callers usually share one string instance per organisation: find it by reference first, hashing only on a miss.
        for (int i = 0; i < _recentCount; i++)
        {
            if (ReferenceEquals(_recentNames[i], name))
            {
                return _recentTallies[i]!;
            }
        }

        if (!_organisations.TryGetValue(name, out OrganisationTally? tally))
        {
            tally = new OrganisationTally(name, _policy.Count);
            _organisations.Add(name, tally);
        }

        int slot = _recentCount < RecentSize ? _recentCount++ : (int)(unchecked((uint)name.GetHashCode(StringComparison.Ordinal)) % RecentSize);
        _recentNames[slot] = name;
        _recentTallies[slot] = tally;
        return tally;
    }
}
