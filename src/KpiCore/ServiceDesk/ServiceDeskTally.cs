using KpiCore.Kpis;

namespace KpiCore.ServiceDesk;

/// <summary>
/// The exact service-desk counts of one or more organisations or reports for a period: a <see cref="PrioritySlaTally"/>
/// per priority code, plus problem and change records, for combining the "Service desk KPIs" exactly.
/// </summary>
/// <remarks>
/// The totals (<see cref="Logged"/>, <see cref="Judged"/>, <see cref="Met"/>, <see cref="OpenAtPeriodEnd"/>) are the
/// sums over the priorities; "Overall SLA Performance" is all met / all judged, never a mean of the priorities'
/// percentages. Priorities are matched by <see cref="Priority.Code"/> (ordinal). Merging adds every count, with overflow
/// checks, so the tally of any split merged in any order equals the tally of one pass. Not thread-safe.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public sealed class ServiceDeskTally
{
    private readonly Dictionary<string, PrioritySlaTally> _priorities = new(StringComparer.Ordinal);

    /// <summary>Gets the number of problem records logged.</summary>
    public long ProblemRecords { get; private set; }

    /// <summary>Gets the number of change records logged.</summary>
    public long ChangeRecords { get; private set; }

    /// <summary>Gets the calls logged, all priorities (the report's "Total Volume of Calls").</summary>
    public long Logged => Sum(p => p.Logged);

    /// <summary>Gets the resolved calls judged met or missed, all priorities.</summary>
    public long Judged => Sum(p => p.Judged);

    /// <summary>Gets the judged calls that met their target, all priorities.</summary>
    public long Met => Sum(p => p.Met);

    /// <summary>Gets the calls open at the period's end, all priorities.</summary>
    public long OpenAtPeriodEnd => Sum(p => p.OpenAtPeriodEnd);

    /// <summary>Creates the tally of one organisation's figures for a period.</summary>
    /// <param name="figures">The figures.</param>
    /// <returns>A tally of their counts, every priority of the policy included.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="figures"/> is null.</exception>
    public static ServiceDeskTally FromFigures(OrganisationSlaFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var tally = new ServiceDeskTally
        {
            ProblemRecords = figures.ProblemRecordsLogged,
            ChangeRecords = figures.ChangeRecordsLogged,
        };
        foreach (PrioritySlaFigures priority in figures.Priorities)
        {
            tally.For(priority.Priority.Code).Merge(PrioritySlaTally.FromFigures(priority));
        }

        return tally;
    }

    /// <summary>Gets the codes of the priorities that have counts, in ordinal order: with <see cref="ForPriority"/>, every count of the tally can be listed.</summary>
    public IReadOnlyList<string> PriorityCodes => [.. _priorities.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Gets the counts of one priority.</summary>
    /// <param name="priority">The priority.</param>
    /// <returns>Its tally; an empty one (all counts 0) when no figures of that priority were added.</returns>
    public PrioritySlaTally ForPriority(Priority priority) => ForCode(priority.Code) ?? new PrioritySlaTally();

    /// <summary>Adds the counts of another tally to this one; the other tally is unchanged.</summary>
    /// <param name="other">The tally to add.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="OverflowException">A count would overflow.</exception>
    public void Merge(ServiceDeskTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        ProblemRecords = checked(ProblemRecords + other.ProblemRecords);
        ChangeRecords = checked(ChangeRecords + other.ChangeRecords);
        foreach (KeyValuePair<string, PrioritySlaTally> pair in other._priorities)
        {
            For(pair.Key).Merge(pair.Value);
        }
    }

    /// <summary>Gives "Overall SLA Performance": <see cref="Met"/> / <see cref="Judged"/> in percent.</summary>
    /// <returns>The percentage, or <see cref="KpiValue.NotApplicable"/> ("N/A") when no resolved call was judged.</returns>
    public KpiValue ToKpiValue() => PrioritySlaTally.SlaRatio(Met, Judged);

    /// <summary>Rebuilds a tally from its counts (JSON): problem and change records and a tally per priority code, codes distinct.</summary>
    internal static ServiceDeskTally Restore(long problemRecords, long changeRecords, IEnumerable<KeyValuePair<string, PrioritySlaTally>> priorities)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(problemRecords);
        ArgumentOutOfRangeException.ThrowIfNegative(changeRecords);
        var tally = new ServiceDeskTally { ProblemRecords = problemRecords, ChangeRecords = changeRecords };
        foreach (KeyValuePair<string, PrioritySlaTally> pair in priorities)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(pair.Key);
            tally._priorities.Add(pair.Key, pair.Value);
        }

        return tally;
    }

    /// <summary>Gets the tally of a priority code, or null when the code has no counts.</summary>
    internal PrioritySlaTally? ForCode(string code) => _priorities.GetValueOrDefault(code);

    private PrioritySlaTally For(string code)
    {
        if (!_priorities.TryGetValue(code, out PrioritySlaTally? tally))
        {
            tally = new PrioritySlaTally();
            _priorities.Add(code, tally);
        }

        return tally;
    }

    private long Sum(Func<PrioritySlaTally, long> pick)
    {
        long total = 0;
        foreach (PrioritySlaTally tally in _priorities.Values)
        {
            total = checked(total + pick(tally));
        }

        return total;
    }
}
