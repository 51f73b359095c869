using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using KpiCore.Kpis;
using KpiCore.Time;

namespace KpiCore.ServiceDesk;

/// <summary>One organisation's service-desk figures for a period: per priority, overall SLA, total volume, open calls and problem and change records.</summary>
/// <remarks>
/// <see cref="OverallWithinSla"/> = all met / all judged across priorities (not the mean of the priorities'
/// percentages), N/A when no resolved call was judged; calls that could not be judged (see
/// <see cref="PrioritySlaFigures.NotJudged"/>) count in <see cref="Resolved"/> and <see cref="NotJudged"/> only. <see cref="Logged"/> ("Total Volume of Calls") is the sum of the
/// priorities' volumes; problem and change records are counted only in <see cref="ProblemRecordsLogged"/> and
/// <see cref="ChangeRecordsLogged"/>.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public sealed class OrganisationSlaFigures
{
    private readonly PrioritySlaFigures[] _priorities;

    internal OrganisationSlaFigures(string organisation, ReportingPeriod period, SlaBasis basis, PrioritySlaFigures[] priorities, long problems, long changes)
    {
        Organisation = organisation;
        Period = period;
        Basis = basis;
        _priorities = priorities;
        foreach (PrioritySlaFigures figures in priorities)
        {
            Logged += figures.Logged;
            Resolved += figures.Resolved;
            Met += figures.Met;
            NotJudged += figures.NotJudged;
            OpenAtPeriodEnd += figures.OpenAtPeriodEnd;
        }

        OverallWithinSla = Judged == 0 ? KpiValue.NotApplicable : KpiValue.FromPercentage(Percentage.FromRatio(Met, Judged));
        ProblemRecordsLogged = problems;
        ChangeRecordsLogged = changes;
    }

    /// <summary>Gets the organisation (council).</summary>
    public string Organisation { get; }

    /// <summary>Gets the reporting period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets which calls the percentages are taken over.</summary>
    public SlaBasis Basis { get; }

    /// <summary>Gets the figures of every priority of the policy, by rank (priorities with no calls included).</summary>
    public IReadOnlyList<PrioritySlaFigures> Priorities => Array.AsReadOnly(_priorities);

    /// <summary>Gets the total volume: incidents and service requests logged in the period, all priorities.</summary>
    public long Logged { get; }

    /// <summary>Gets the resolved calls in the basis, judged or not, all priorities.</summary>
    public long Resolved { get; }

    /// <summary>Gets how many of <see cref="Resolved"/> could not be judged, all priorities.</summary>
    public long NotJudged { get; }

    /// <summary>Gets the resolved calls the overall percentage is taken over: <see cref="Resolved"/> - <see cref="NotJudged"/>, all priorities.</summary>
    public long Judged => Resolved - NotJudged;

    /// <summary>Gets how many of <see cref="Judged"/> met their target, all priorities.</summary>
    public long Met { get; }

    /// <summary>Gets "Overall SLA Performance": <see cref="Met"/> / <see cref="Judged"/> in percent, or N/A.</summary>
    public KpiValue OverallWithinSla { get; }

    /// <summary>Gets the calls logged before the period's end and not resolved by it, all priorities.</summary>
    public long OpenAtPeriodEnd { get; }

    /// <summary>Gets the number of problem records logged in the period.</summary>
    public long ProblemRecordsLogged { get; }

    /// <summary>Gets the number of change records logged in the period.</summary>
    public long ChangeRecordsLogged { get; }

    /// <summary>Gets the figures of one priority.</summary>
    /// <param name="priority">The priority.</param>
    /// <param name="figures">The figures, or null.</param>
    /// <returns>Whether the policy has <paramref name="priority"/>.</returns>
    public bool TryGet(Priority priority, [NotNullWhen(true)] out PrioritySlaFigures? figures)
    {
        figures = Array.Find(_priorities, f => f.Priority == priority);
        return figures is not null;
    }

    /// <summary>
    /// Creates an organisation's figures from its priorities' figures, as the calculator would have: the totals and the
    /// overall percentage are worked out from them. For consumers' tests and for reading figures back (JSON).
    /// </summary>
    /// <param name="organisation">The organisation; not blank.</param>
    /// <param name="period">The reporting period.</param>
    /// <param name="priorities">One figures per priority, all of this organisation, period and basis, no priority twice.</param>
    /// <param name="problemRecordsLogged">Problem records logged in the period; not negative.</param>
    /// <param name="changeRecordsLogged">Change records logged in the period; not negative.</param>
    /// <param name="basis">The report's basis.</param>
    /// <returns>The figures.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> or <paramref name="priorities"/> is null.</exception>
    /// <exception cref="ArgumentException">A priority's figures are null, of another organisation, period or basis, or repeat a priority; or a count is negative.</exception>
    public static OrganisationSlaFigures FromPriorities(string organisation, ReportingPeriod period, IEnumerable<PrioritySlaFigures> priorities,
        long problemRecordsLogged = 0, long changeRecordsLogged = 0, SlaBasis basis = SlaBasis.ResolvedInPeriod)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organisation);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(priorities);
        ArgumentOutOfRangeException.ThrowIfNegative(problemRecordsLogged);
        ArgumentOutOfRangeException.ThrowIfNegative(changeRecordsLogged);
        PrioritySlaFigures[] copy = [.. priorities];
        var seen = new HashSet<Priority>();
        foreach (PrioritySlaFigures figures in copy)
        {
            ArgumentNullException.ThrowIfNull(figures, nameof(priorities));
            if (!string.Equals(figures.Organisation, organisation, StringComparison.Ordinal) || figures.Period != period || figures.Basis != basis)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"The {figures.Priority} figures are for {figures.Organisation} {figures.Period} ({figures.Basis}), not {organisation} {period} ({basis})."), nameof(priorities));
            }

            if (!seen.Add(figures.Priority))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The priority {figures.Priority} appears twice."), nameof(priorities));
            }
        }

        return new OrganisationSlaFigures(organisation, period, basis, copy, problemRecordsLogged, changeRecordsLogged);
    }

    /// <summary>Describes the figures, such as "Brent 2017-04: overall 79.45%, volume 3596, open 439" (culture-invariant).</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Organisation} {Period}: overall {OverallWithinSla}, volume {Logged}, open {OpenAtPeriodEnd}");
}
