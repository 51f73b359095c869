using KpiCore.Sample.Input;
using KpiCore.Satisfaction;
using NodaTime;

namespace KpiCore.Sample.Pack;

/// <summary>
/// The survey side of <c>pack</c> fed one response at a time, in memory that does not grow with the number of
/// responses: per organisation and month a library <see cref="NpsTally"/>, the months' response counts for
/// <see cref="ReportingRange"/>, and the (rare) responses the NPS calculator rejects, so that the pack's figures,
/// problems and their order equal those of grouping a list of every response (PackDocumentLoader.AddSurvey).
/// </summary>
/// <remarks>
/// Why this equals the list path. That path groups the responses by (organisation, month) in order of each group's
/// first response and gives each group of a reported month to <see cref="NetPromoterScore.CalculateFromResponses"/>:
/// its summary is the tally of the group's valid scores, and its rejections are the scores outside 0-10 (a repeated id
/// cannot reach it: responses.csv refuses a repeated id at its row, comparing the same trimmed text), in the group's
/// order. Here each group keeps its tally and the ordinal of its first response, each rejected response its group, so
/// the groups, their summaries and the rejections come out in the same order. The rejection's words are the
/// calculator's own (it is asked about the one response).
/// </remarks>
internal sealed class ResponseMonthStore
{
    private readonly DateTimeZone _zone;
    private readonly Dictionary<(string Organisation, YearMonth Month), Group> _groups = [];
    private readonly List<Group> _order = [];
    private readonly List<string> _organisations = [];
    private readonly HashSet<string> _knownOrganisations = new(StringComparer.Ordinal);
    private readonly Dictionary<YearMonth, int> _months = [];
    private readonly List<(Group Group, Sourced<SurveyResponse> Response)> _invalid = [];
    private Instant _monthStart = Instant.MaxValue;
    private Instant _monthEnd = Instant.MinValue;
    private YearMonth _month;

    /// <summary>Creates an empty store.</summary>
    /// <param name="zone">The run's zone, in which months are taken.</param>
    internal ResponseMonthStore(DateTimeZone zone)
    {
        _zone = zone;
    }

    /// <summary>Gets the number of responses fed.</summary>
    internal int Count { get; private set; }

    /// <summary>Gets the file of the first response fed, or null.</summary>
    internal string? File { get; private set; }

    /// <summary>Gets the responses' organisations in order of first appearance.</summary>
    internal IReadOnlyList<string> Organisations => _organisations;

    /// <summary>Feeds the next response (one the list path would keep: read cleanly, its organisation known).</summary>
    internal void Add(Sourced<SurveyResponse> response)
    {
        Count++;
        File ??= response.File;
        YearMonth month = MonthOf(response.Record.RespondedAt);
        _months[month] = _months.GetValueOrDefault(month) + 1;
        if (_knownOrganisations.Add(response.Organisation))
        {
            _organisations.Add(response.Organisation);
        }

        if (!_groups.TryGetValue((response.Organisation, month), out Group? group))
        {
            group = new Group(response.Organisation, month);
            _groups.Add((response.Organisation, month), group);
            _order.Add(group);
        }

        if (NpsRating.IsValid(response.Record.Score))
        {
            group.Tally.Add(response.Record.Score);
        }
        else
        {
            _invalid.Add((group, response));
        }
    }

    /// <summary>Gets the months in which a response was fed.</summary>
    internal IEnumerable<YearMonth> Months => _months.Keys;

    /// <summary>Gets the responses' months for <see cref="ReportingRange"/>.</summary>
    internal ReportingRange.Source Source() => ReportingRange.Source.FromCounts(File ?? "responses.csv", _months);

    /// <summary>The number of responses in months that are not reported (each is counted as outside the reporting range).</summary>
    internal int OutsideCount(IReadOnlySet<YearMonth> reported) =>
        _months.Where(m => !reported.Contains(m.Key)).Sum(m => m.Value);

    /// <summary>Each (organisation, month) group of a reported month in order of its first response, with its summary; the rejected responses of those groups go to <paramref name="problems"/> in the same order.</summary>
    internal List<(string Organisation, YearMonth Month, NpsSummary Summary)> Summaries(IReadOnlySet<YearMonth> reported, List<InputProblem> problems)
    {
        var invalid = _invalid.ToLookup(i => i.Group, i => i.Response);
        var summaries = new List<(string, YearMonth, NpsSummary)>();
        foreach (Group group in _order.Where(g => reported.Contains(g.Month)))
        {
            foreach (Sourced<SurveyResponse> response in invalid[group])
            {
                NpsResponseSummary alone = NetPromoterScore.CalculateFromResponses([response.Record]);
                problems.AddRange(alone.Rejected.Select(r => DataSet.Locate([response], r)));
            }

            summaries.Add((group.Organisation, group.Month, group.Tally.ToSummary()));
        }

        return summaries;
    }

    /// <summary>The month an instant falls in, converting only when it leaves the last month's bounds (responses come in date order).</summary>
    private YearMonth MonthOf(Instant instant)
    {
        if (instant < _monthStart || instant >= _monthEnd)
        {
            _month = PackMonths.YearMonthOf(instant, _zone);
            _monthStart = _zone.AtStartOfDay(_month.OnDayOfMonth(1)).ToInstant();
            _monthEnd = _zone.AtStartOfDay(_month.PlusMonths(1).OnDayOfMonth(1)).ToInstant();
        }

        return _month;
    }

    /// <summary>One organisation's responses in one month.</summary>
    private sealed class Group(string organisation, YearMonth month)
    {
        internal string Organisation { get; } = organisation;

        internal YearMonth Month { get; } = month;

        internal NpsTally Tally { get; } = new();
    }
}
