using System.Globalization;
using System.Runtime.InteropServices;
using KpiCore.Kpis;
using KpiCore.Sample.Input;
using KpiCore.ServiceDesk;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Sample.Pack;

/// <summary>
/// The service-desk side of <c>pack</c> fed one call at a time, in memory that does not grow with the number of calls:
/// a library accumulator per month of the window of months the calls' lives reach, the months' record counts for
/// <see cref="ReportingRange"/>, and what <see cref="OutsideRange"/> needs, so that the reporting range is chosen after
/// the only pass and the figures and messages equal those of one report per month over the whole list.
/// </summary>
/// <remarks>
/// <para>
/// Why this equals one report per month over every call (PackDocumentLoader.AddServiceDesk). Every call first goes
/// through the duplicate-id table (<see cref="CallIdTable"/>: the first record with an id stands) and a checker
/// accumulator: rejections do not depend on the period, so the checker's are every month's. A valid call changes a
/// month's figures only in the months of its life (logged month to resolved month); elsewhere it only makes its
/// organisation appear (with zeros), which one synthetic presence call per organisation and month restores at the
/// end. The window of months is kept contiguous and holds every life seen, so a month added later lies outside the
/// life of every earlier resolved call; an earlier open call is in it only as "open at period end", which a synthetic
/// open call per (organisation, priority, type, logged month) count restores. Calls whose on-hold data may make them
/// not judged (the rare <c>suspects</c>) keep their line, and open ones their record, so that their warnings are
/// placed and ordered as before: rejections in record order, then each covered month's new not-judged warnings in
/// record order.
/// </para>
/// <para>
/// Memory: the duplicate-id table (16 bytes per distinct id when its capacity is given, 16 to 32 otherwise; a deferring later range 8 bytes per call until the merge: see CallIdTable), per month of the window one accumulator
/// (organisations x priorities tallies), the months' counts, a histogram of (logged month, resolved month) pairs, and
/// the problem records. None of it grows with the number of valid calls beyond the id table.
/// </para>
/// </remarks>
internal sealed partial class CallMonthStore
{
    private const string SyntheticId = "~synthetic";

    private static readonly SlaReportOptions Options = new(SlaBasis.ResolvedInPeriod, DuplicateIdCheck.None);

    private readonly SlaPolicy _policy;
    private readonly DateTimeZone _zone;
    private readonly Func<long, string> _idAt;
    private readonly CallIdTable _ids; // the ids _idSet does not hold (CallMonthStore.Ids.cs): those that do not end in a number
    private readonly ServiceDeskAccumulator _checker;
    private readonly Dictionary<int, int> _checkerRejections = []; // checker position -> index in _rejections
    private readonly List<(string File, int Line, InputProblem? Problem)> _rejections = [];
    private readonly Dictionary<YearMonth, MonthSlot> _months = [];
    private readonly HashSet<string> _organisations = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Organisation, Priority Priority, CallType Type), SortedDictionary<YearMonth, int>> _open = [];
    private readonly List<(Call Call, string File, int Line, long Index)> _openSuspects = [];
    private readonly Dictionary<(YearMonth Logged, YearMonth? Resolved), (int Valid, int Rejected)> _lives = [];
    private readonly int _positionBase;
    private List<ulong[]>? _deferred; // a later range's hashes of the ids _idSet does not hold, in record order and chunks, checked at the merge (TryTakeIds) instead of a table of its own
    private int _deferredCount;
    private bool _idsTaken;
    private bool _sealed;
    private uint _touched; // what TryTakeIds' look-ahead loads read, kept so that they are not optimised away
    private readonly long _firstIndex;
    private long _lastPosition = -1;
    private int _checkerFed;
    private MonthSpan _loggedMonth;
    private MonthSpan _resolvedMonth;
    private string? _lastOrganisation;
    private YearMonth _lo;
    private YearMonth _hi;

    /// <summary>Creates an empty store.</summary>
    /// <param name="policy">The SLA policy (one instance for the run).</param>
    /// <param name="zone">The run's zone, in which months are taken.</param>
    /// <param name="idAt">Gives the id of the call at an earlier index (its position as fed); called only on a 64-bit hash match.</param>
    /// <param name="part">The part of the input this store is fed (0 for the whole input or its first part, 1 for the next one): its accumulators' positions start at <c>part * 2^30</c>, so that merged parts keep record order.</param>
    /// <param name="firstIndex">The position of the first call fed by <see cref="Add(Sourced{Call})"/> (the number of calls before this part); calls fed with their own position (<see cref="Add(Sourced{Call}, long)"/>, such as a byte offset) must come at or after it.</param>
    /// <param name="idCapacity">About how many distinct ids are coming; 0 when not known. No longer used: the id set needs no estimate, and the table holds only the ids the set does not.</param>
    /// <param name="deferIds">
    /// True for a later range whose ids are checked only at the merge, by <see cref="TryTakeIds"/> into the earlier
    /// range's table: this store keeps 8 bytes per call (the id's hash) instead of a table, and judges no call a repeat
    /// itself, so its figures are right only when no id repeats (which TryTakeIds proves, or the range is read again).
    /// </param>
    internal CallMonthStore(SlaPolicy policy, DateTimeZone zone, Func<long, string> idAt, int part = 0, long firstIndex = 0, int idCapacity = 0, bool deferIds = false)
    {
        _ids = new CallIdTable(deferIds ? 0 : 1024); // only the ids the set does not hold (none in most exports): it grows as they come
        _deferred = deferIds ? [] : null;
        ArgumentOutOfRangeException.ThrowIfNegative(part);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(part, 1);
        _policy = policy;
        _zone = zone;
        _idAt = idAt;
        _positionBase = part << 30;
        _firstIndex = firstIndex;
        _checker = new ServiceDeskAccumulator(policy, ReportingPeriod.Month(new YearMonth(2000, 1), zone), Options, _positionBase);
    }

    /// <summary>Gets the SLA policy the months' reports are judged by.</summary>
    internal SlaPolicy Policy => _policy;

    /// <summary>Gets the number of calls fed.</summary>
    internal int Count { get; private set; }

    /// <summary>Gets the file of the first call fed, or null.</summary>
    internal string? File { get; private set; }

    /// <summary>Gets the count of calls per logged month (from the lives' histogram, which counts every call fed once).</summary>
    internal SortedDictionary<YearMonth, int> LoggedMonths
    {
        get
        {
            var counts = new SortedDictionary<YearMonth, int>();
            foreach (((YearMonth logged, _), (int valid, int rejected)) in _lives)
            {
                counts[logged] = counts.GetValueOrDefault(logged) + valid + rejected;
            }

            return counts;
        }
    }

    /// <summary>Gets the count of resolved calls per resolved month.</summary>
    internal SortedDictionary<YearMonth, int> ResolvedMonths
    {
        get
        {
            var counts = new SortedDictionary<YearMonth, int>();
            foreach (((_, YearMonth? resolved), (int valid, int rejected)) in _lives)
            {
                if (resolved is YearMonth month)
                {
                    counts[month] = counts.GetValueOrDefault(month) + valid + rejected;
                }
            }

            return counts;
        }
    }

    /// <summary>Gets the number of months the store holds an accumulator for.</summary>
    internal int WindowMonths => _months.Count;

    /// <summary>The exact text of the library's rejection of a repeated call reference (pinned by a test).</summary>
    internal static string RepeatedId(string id) =>
        string.Create(CultureInfo.InvariantCulture, $"The call reference '{id}' appeared earlier in the input; references must be unique.");

    /// <summary>Gets the calls' months for <see cref="ReportingRange"/>.</summary>
    internal ReportingRange.Source Source() => ReportingRange.Source.FromCounts(File ?? "calls.csv", LoggedMonths, ResolvedMonths);

    /// <summary>Feeds the next call (its position is the first index plus the number fed before it).</summary>
    internal void Add(Sourced<Call> sourced) => Add(sourced, _firstIndex + Count);

    /// <summary>Feeds the next call at a position after every earlier one's (its byte offset in the file, or its index), given back to the id lookup on a hash match.</summary>
    internal void Add(Sourced<Call> sourced, long index) => Add(sourced.Record, sourced.File, sourced.Line, index);

    /// <summary>Feeds the next call read from a file's line (no <see cref="Sourced{T}"/> needed), at a position after every earlier one's.</summary>
    internal void Add(Call call, string file, int line, long index)
    {
        if (index < _firstIndex || index <= _lastPosition)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, "Calls must be fed in increasing positions from the store's first.");
        }

        if (_sealed)
        {
            throw new InvalidOperationException("A store that took in a later range's ids by hash only takes no more calls.");
        }

        _lastPosition = index;
        Count++;
        File ??= file;
        YearMonth logged = _loggedMonth.Of(call.Logged, _zone);
        YearMonth? resolved = call.Resolved is Instant r ? _resolvedMonth.Of(r, _zone) : null;
        ref (int Valid, int Rejected) life = ref CollectionsMarshal.GetValueRefOrAddDefault(_lives, (logged, resolved), out _);
        if (!IsNewId(call.Id, index))
        {
            life.Rejected++;
            _rejections.Add((file, line, new InputProblem(file, line, DataSet.ColumnOf("Id"), RepeatedId(call.Id))));
            return;
        }

        int position = _positionBase + _checkerFed++;
        if (!_checker.Add(call))
        {
            life.Rejected++;
            _checkerRejections[position] = _rejections.Count;
            _rejections.Add((file, line, null));
            return;
        }

        life.Valid++;
        if (!ReferenceEquals(call.Organisation, _lastOrganisation))
        {
            _organisations.Add(call.Organisation);
            _lastOrganisation = call.Organisation;
        }

        bool hasSla = call.Type is CallType.Incident or CallType.ServiceRequest;
        YearMonth last = !hasSla ? logged : resolved ?? logged;
        Extend(logged, last);
        bool suspect = hasSla && IsSuspect(call);
        if (hasSla && resolved is null)
        {
            last = _hi; // open: every month of the window from its logged month; later months by Extend
            if (suspect)
            {
                _openSuspects.Add((call, file, line, index));
            }
            else
            {
                var key = (call.Organisation, call.Priority, call.Type);
                if (!_open.TryGetValue(key, out SortedDictionary<YearMonth, int>? counts))
                {
                    _open[key] = counts = [];
                }

                counts[logged] = counts.GetValueOrDefault(logged) + 1;
            }
        }

        for (YearMonth m = logged; m <= last; m = m.PlusMonths(1))
        {
            _months[m].Feed(call, index, suspect, file, line);
        }
    }

    /// <summary>
    /// The figures and problems of the covered months, as one report per covered month over every call gives them.
    /// </summary>
    /// <param name="months">The months reported, in order.</param>
    /// <param name="covered">Which of them the calls cover (<see cref="PackMonths.CallsCoverage"/>).</param>
    /// <param name="problems">Receives the rejections, then each month's new not-judged warnings, as before.</param>
    /// <returns>The report of each covered month, in order.</returns>
    internal List<ServiceDeskReport> Reports(IReadOnlyList<YearMonth> months, bool[] covered, List<InputProblem> problems)
    {
        var reports = new List<ServiceDeskReport>();
        if (Count == 0)
        {
            return reports;
        }

        // A month in which only rejected calls were logged is covered, but no valid call's life made it part of the
        // window: its report lists every organisation with zeros and the calls still open at its end, which Extend gives it.
        for (int i = 0; i < months.Count; i++)
        {
            if (covered[i])
            {
                Extend(months[i], months[i]);
            }
        }

        ServiceDeskReport? checkerReport = null;
        var notJudged = new HashSet<long>();
        for (int i = 0; i < months.Count; i++)
        {
            if (!covered[i])
            {
                continue;
            }

            if (!_months.TryGetValue(months[i], out MonthSlot? slot))
            {
                throw new InvalidOperationException("A covered month lies outside the months of the calls' lives.");
            }

            if (checkerReport is null)
            {
                checkerReport = _checker.ToReport();
                foreach (RejectedRecord rejected in checkerReport.Rejected)
                {
                    int at = _checkerRejections[rejected.Index];
                    (string file, int line, _) = _rejections[at];
                    _rejections[at] = (file, line, new InputProblem(file, line, DataSet.ColumnOf(rejected.Field), rejected.Reason));
                }

                problems.AddRange(_rejections.Select(r => r.Problem!));
            }

            foreach (string organisation in _organisations)
            {
                slot.Presence(organisation);
            }

            ServiceDeskReport report = slot.Accumulator.ToReport();
            foreach (RejectedRecord record in report.NotJudged)
            {
                (long index, string file, int line) = slot.Suspects[record.Index];
                if (notJudged.Add(index))
                {
                    problems.Add(new InputProblem(file, line, DataSet.ColumnOf(record.Field), record.Reason.TrimEnd('.') + "; its SLA is not judged (left out of % within SLA).", ProblemKind.Warning));
                }
            }

            reports.Add(report);
        }

        return reports;
    }

    /// <summary>The number of calls outside the months (<see cref="OutsideRange.CallMonths"/>) and not rejected (rejections count as such when any month is covered).</summary>
    internal int OutsideCount(ReportingPeriod[] periods, bool[] covered)
    {
        var test = new OutsideRange.CallMonths(periods, covered);
        bool anyCovered = covered.Any(c => c);
        int outside = 0;
        foreach (((YearMonth logged, YearMonth? resolved), (int valid, int rejected)) in _lives)
        {
            Instant start = ReportingPeriod.Month(logged, _zone).Start;
            Instant? end = resolved is YearMonth r ? ReportingPeriod.Month(r, _zone).Start : null;
            if (!test.Shows(start, end))
            {
                outside += valid + (anyCovered ? 0 : rejected);
            }
        }

        return outside;
    }

    /// <summary>A superset of the calls whose on-hold data may leave them not judged (see CallChecks): any on-hold total, or an interval not inside the call's life.</summary>
    internal static bool IsSuspect(Call call) =>
        call.OnHoldTotal is not null || (call.OnHold.Count > 0 && call.OnHold.Any(h => h.Start < call.Logged || call.Resolved is not Instant r || h.End > r));

    /// <summary>Makes the window reach the months from <paramref name="first"/> to <paramref name="last"/>, giving new later months the open calls.</summary>
    private void Extend(YearMonth first, YearMonth last)
    {
        if (_months.Count == 0)
        {
            _lo = first;
            _hi = first;
            _months[first] = new MonthSlot(this, first);
        }

        for (; _lo > first; _lo = _lo.PlusMonths(-1))
        {
            YearMonth m = _lo.PlusMonths(-1);
            _months[m] = new MonthSlot(this, m); // no earlier call was logged before it: presence only, at the end
        }

        while (_hi < last)
        {
            _hi = _hi.PlusMonths(1);
            var slot = new MonthSlot(this, _hi);
            _months[_hi] = slot;
            ReplayOpen(slot, _hi);
        }
    }

    /// <summary>Gives a month after every logged month of this store's calls what its open calls add there: open at its end (and the suspects' warnings).</summary>
    private void ReplayOpen(MonthSlot slot, YearMonth month)
    {
        foreach (((string organisation, Priority priority, CallType type), SortedDictionary<YearMonth, int> counts) in _open)
        {
            foreach ((YearMonth logged, int count) in counts.Where(c => c.Key < month))
            {
                var open = new Call(SyntheticId, organisation, priority, type, ReportingPeriod.Month(logged, _zone).Start);
                for (int k = 0; k < count; k++)
                {
                    slot.Feed(open, -1, false);
                }
            }
        }

        foreach ((Call call, string file, int line, long index) in _openSuspects.Where(s => PackMonths.YearMonthOf(s.Call.Logged, _zone) < month))
        {
            slot.Feed(call, index, true, file, line);
        }
    }
}
