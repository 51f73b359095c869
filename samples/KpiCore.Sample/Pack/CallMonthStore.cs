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
/// the library's <see cref="MonthlyServiceDeskAccumulator"/> (every month's tallies at once), the months' record counts
/// for <see cref="ReportingRange"/>, and what <see cref="OutsideRange"/> needs, so that the reporting range is chosen
/// after the only pass and the figures and messages equal those of one report per month over the whole list.
/// </summary>
/// <remarks>
/// <para>
/// Why this equals one report per month over every call (PackDocumentLoader.AddServiceDesk). Every call first goes
/// through the duplicate-id check (<see cref="Input.CallIdSet"/> and <see cref="CallIdTable"/>: the first record with
/// an id stands), then into the monthly accumulator, whose report of any month equals that of a
/// <see cref="ServiceDeskAccumulator"/> for the month fed the same calls (the library's property tests): each call is
/// checked and timed once and counted in the months it concerns, open calls in every later month. Rejections do not
/// depend on the month. Calls whose on-hold data may make them not judged (the rare suspects, a superset) keep their
/// file and line, so that their warnings are placed and ordered as before: rejections in record order, then each
/// covered month's new not-judged warnings in record order.
/// </para>
/// <para>
/// Memory: the duplicate-id check (see CallMonthStore.Ids.cs), the accumulator (organisations x months x priorities
/// tallies), the months' counts, a histogram of (logged month, resolved month) pairs, and the problem records. None
/// of it grows with the number of valid calls beyond the id check.
/// </para>
/// </remarks>
internal sealed partial class CallMonthStore
{
    private static readonly SlaReportOptions Options = new(SlaBasis.ResolvedInPeriod, DuplicateIdCheck.None);

    private readonly SlaPolicy _policy;
    private readonly DateTimeZone _zone;
    private readonly Func<long, string> _idAt;
    private readonly CallIdTable _ids; // the ids _idSet does not hold (CallMonthStore.Ids.cs): those that do not end in a number
    private readonly MonthlyServiceDeskAccumulator _monthly;
    private readonly Dictionary<int, int> _rejectionAt = []; // accumulator position -> index in _rejections
    private readonly List<(string File, int Line, InputProblem? Problem)> _rejections = [];
    private readonly Dictionary<int, (string File, int Line)> _suspects = []; // accumulator position -> where a suspect call came from
    private readonly Dictionary<long, (int Valid, int Rejected)> _lives = []; // (logged month, resolved month or none) as LifeKey -> calls
    private readonly int _positionBase;
    private readonly int _idCapacity;
    private List<ulong[]>? _deferred; // a later range's hashes of the ids _idSet does not hold, in record order and chunks, checked at the merge (TryTakeIds) instead of a table of its own
    private int _deferredCount;
    private bool _idsTaken;
    private bool _sealed;
    private uint _touched; // what TryTakeIds' look-ahead loads read, kept so that they are not optimised away
    private readonly long _firstIndex;
    private long _lastPosition = -1;
    private int _fed;
    private MonthSpan _loggedMonth;
    private MonthSpan _resolvedMonth;

    /// <summary>Creates an empty store.</summary>
    /// <param name="policy">The SLA policy (one instance for the run).</param>
    /// <param name="zone">The run's zone, in which months are taken.</param>
    /// <param name="idAt">Gives the id of the call at an earlier index (its position as fed); called only on a 64-bit hash match.</param>
    /// <param name="part">The part of the input this store is fed (0 for the whole input or its first part, 1 for the next one): its accumulators' positions start at <c>part * 2^30</c>, so that merged parts keep record order.</param>
    /// <param name="firstIndex">The position of the first call fed by <see cref="Add(Sourced{Call})"/> (the number of calls before this part); calls fed with their own position (<see cref="Add(Sourced{Call}, long)"/>, such as a byte offset) must come at or after it.</param>
    /// <param name="idCapacity">About how many calls are coming in the whole input (the pre-scan's estimate); 0 when not known. The id set needs no estimate; the table of the ids the set does not hold is sized from it once their share is known (<c>SizeTableFromSample</c>).</param>
    /// <param name="deferIds">
    /// True for a later range whose ids are checked only at the merge, by <see cref="TryTakeIds"/> into the earlier
    /// range's table: this store keeps 8 bytes per call (the id's hash) instead of a table, and judges no call a repeat
    /// itself, so its figures are right only when no id repeats (which TryTakeIds proves, or the range is read again).
    /// </param>
    internal CallMonthStore(SlaPolicy policy, DateTimeZone zone, Func<long, string> idAt, int part = 0, long firstIndex = 0, int idCapacity = 0, bool deferIds = false)
    {
        _ids = new CallIdTable(deferIds ? 0 : 1024); // only the ids the set does not hold (none in most exports): sized once their share is known
        _idCapacity = deferIds ? 0 : idCapacity;
        _deferred = deferIds ? [] : null;
        ArgumentOutOfRangeException.ThrowIfNegative(part);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(part, 1);
        _policy = policy;
        _zone = zone;
        _idAt = idAt;
        _positionBase = part << 30;
        _firstIndex = firstIndex;
        _monthly = new MonthlyServiceDeskAccumulator(policy, zone, Options, _positionBase);
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
            foreach ((long key, (int valid, int rejected)) in _lives)
            {
                YearMonth logged = Life(key).Logged;
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
            foreach ((long key, (int valid, int rejected)) in _lives)
            {
                if (Life(key).Resolved is YearMonth month)
                {
                    counts[month] = counts.GetValueOrDefault(month) + valid + rejected;
                }
            }

            return counts;
        }
    }

    /// <summary>Gets the number of months from the first a counted call was logged in to the last one a call was logged or resolved in (0 when none was counted).</summary>
    internal int WindowMonths => _monthly.FirstMonth is YearMonth first && _monthly.LastMonth is YearMonth last ? MonthsFrom(first, last) : 0;

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
    internal void Add(Call call, string file, int line, long index) =>
        Add(new CallFields(call.Id, call.Organisation, call.Priority, call.Type, call.Logged, call.Resolved, call.FirstResponse, call.OnHold.Count == 0 ? default : [.. call.OnHold], call.OnHoldTotal),
            file, line, index);

    /// <summary>
    /// Feeds the next call as its fields (the span path: no <see cref="Call"/>, no id string), read from a file's line,
    /// at a position after every earlier one's; exactly as the <see cref="Call"/> with the same values.
    /// </summary>
    internal void Add(in CallFields call, string file, int line, long index)
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
        ref (int Valid, int Rejected) life = ref CollectionsMarshal.GetValueRefOrAddDefault(_lives, LifeKey(logged, resolved), out _);
        if (!IsNewId(call.Id, index))
        {
            life.Rejected++;
            string id = call.Id.ToString();
            _rejections.Add((file, line, new InputProblem(file, line, DataSet.ColumnOf("Id"), RepeatedId(id))));
            return;
        }

        int position = _positionBase + _fed++;
        if (!_monthly.Add(call))
        {
            life.Rejected++;
            _rejectionAt[position] = _rejections.Count;
            _rejections.Add((file, line, null));
            return;
        }

        life.Valid++;
        if (call.Type is CallType.Incident or CallType.ServiceRequest && IsSuspect(call))
        {
            _suspects[position] = (file, line);
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

        bool rejectionsPlaced = false;
        var notJudged = new HashSet<int>();
        for (int i = 0; i < months.Count; i++)
        {
            if (!covered[i])
            {
                continue;
            }

            ServiceDeskReport report = _monthly.ToReport(months[i]);
            if (!rejectionsPlaced)
            {
                rejectionsPlaced = true;
                foreach (RejectedRecord rejected in report.Rejected)
                {
                    int at = _rejectionAt[rejected.Index];
                    (string file, int line, _) = _rejections[at];
                    _rejections[at] = (file, line, new InputProblem(file, line, DataSet.ColumnOf(rejected.Field), rejected.Reason));
                }

                problems.AddRange(_rejections.Select(r => r.Problem!));
            }

            foreach (RejectedRecord record in report.NotJudged)
            {
                (string file, int line) = _suspects[record.Index];
                if (notJudged.Add(record.Index))
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
        foreach ((long key, (int valid, int rejected)) in _lives)
        {
            (YearMonth logged, YearMonth? resolved) = Life(key);
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
    internal static bool IsSuspect(in CallFields call) => IsSuspect(call.OnHoldTotal is not null, call.OnHold, call.Logged, call.Resolved);

    /// <inheritdoc cref="IsSuspect(in CallFields)"/>
    internal static bool IsSuspect(Call call) =>
        IsSuspect(call.OnHoldTotal is not null, call.OnHold.Count == 0 ? default : [.. call.OnHold], call.Logged, call.Resolved);

    private static bool IsSuspect(bool hasTotal, ReadOnlySpan<Interval> holds, Instant logged, Instant? resolved)
    {
        if (hasTotal)
        {
            return true;
        }

        foreach (Interval hold in holds)
        {
            if (hold.Start < logged || resolved is not Instant r || hold.End > r)
            {
                return true;
            }
        }

        return false;
    }

    private static int MonthsFrom(YearMonth first, YearMonth last) => ((last.Year - first.Year) * 12) + last.Month - first.Month + 1;
}
