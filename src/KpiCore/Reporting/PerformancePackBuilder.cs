using System.Globalization;
using KpiCore.Availability;
using KpiCore.Kpis;
using KpiCore.Planning;
using KpiCore.Risk;
using KpiCore.Satisfaction;
using KpiCore.ServiceDesk;
using NodaTime;

namespace KpiCore.Reporting;

/// <summary>
/// Assembles <see cref="PerformancePack"/>s from the calculators' results: one pack per organisation (council) with the
/// sections of its <see cref="PackLayout"/> (by default the report's "System availability KPIs", "Service desk KPIs"
/// and "Other KPIs") and its exceptions commentary, and a combined pack for the shared service as a whole.
/// </summary>
/// <remarks>
/// <para>
/// Add results with the <c>Add…</c> methods, then call <see cref="Build(string)"/> or <see cref="BuildCombined()"/>;
/// building does not change the builder, so it can be called any number of times. The builder is not thread-safe.
/// </para>
/// <para>
/// The combined view is computed from merged exact quantities, never by averaging percentages: availability of a
/// service is 1 - (sum of downtime) / (sum of measured time) over the organisations that run it; "% resolved within
/// SLA" is (sum of calls met) / (sum of resolved calls judged, see <see cref="PrioritySlaFigures.Judged"/>); volumes,
/// open calls, problem and change records are sums; the Net Promoter Score is taken over the pooled promoter, passive and detractor counts; the satisfaction mean over the
/// pooled answers. A combined cell is "UNVL" when an organisation that contributes to it (that runs the service, or
/// has survey answers in other months) has no data for that month while others have, so a combined figure never
/// silently covers only part of the service. The Process Success Index is a score without
/// components, so it cannot be combined: its combined cell is "UNVL" when any organisation has one set that month; otherwise it
/// is the mean of the pooled process-success answers (<see cref="AddProcessSuccess"/>), "N/A" without any.
/// </para>
/// <para>
/// Sections keep domain tallies (<see cref="AvailabilityTally"/>, <see cref="ServiceDeskTally"/>, <see cref="NpsTally"/>,
/// <see cref="ScaleTally"/>) combined by one rule. The constants are <see cref="PackLayout.Default"/>'s wording; find rows by <see cref="KpiRow.Key"/>.
/// </para>
/// <para>
/// Missing data: an availability cell with no measured time, or a month for which no availability result was added,
/// is "UNVL". A month with no service-desk report is "UNVL"; in a month with a report, an organisation absent from it
/// had no calls (volumes 0, percentages "N/A"). Net Promoter Score, satisfaction and the Process Success Index are
/// "N/A" when there is no data.
/// </para>
/// </remarks>
public sealed partial class PerformancePackBuilder
{
    private readonly PackContext _context;
    private readonly AvailabilitySection _availability;
    private readonly ServiceDeskSection _serviceDesk;
    private readonly OtherKpisSection _other;
    private readonly RiskSection _risks;
    private readonly Dictionary<string, IPackSection> _custom = new(StringComparer.Ordinal);
    private readonly CommentaryPlacer _commentary;

    /// <summary>Creates a builder for a run of consecutive months.</summary>
    /// <param name="months">The months the packs report, oldest first; at least one, consecutive.</param>
    /// <exception cref="ArgumentNullException"><paramref name="months"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="months"/> is empty or not consecutive.</exception>

    /// <remarks>The packs have the report's layout, <see cref="PackLayout.Default"/>.</remarks>
    public PerformancePackBuilder(IEnumerable<YearMonth> months)
        : this(months, PackLayout.Default)
    {
    }

    /// <summary>Creates a builder for a run of consecutive months whose packs have a given layout.</summary>
    /// <param name="months">The months the packs report, oldest first; at least one, consecutive.</param>
    /// <param name="layout">The sections and rows of the packs, their wording, order and targets, and the combined pack's name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="months"/> or <paramref name="layout"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="months"/> is empty or not consecutive.</exception>
    public PerformancePackBuilder(IEnumerable<YearMonth> months, PackLayout layout)
    {
        ArgumentNullException.ThrowIfNull(months);
        ArgumentNullException.ThrowIfNull(layout);
        YearMonth[] array = months.ToArray();
        if (array.Length == 0)
        {
            throw new ArgumentException("A pack needs at least one month.", nameof(months));
        }

        for (int i = 1; i < array.Length; i++)
        {
            if (array[i] != array[i - 1].PlusMonths(1))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Months must be consecutive; {array[i]} does not follow {array[i - 1]}."),
                    nameof(months));
            }
        }

        Layout = layout;
        _context = new PackContext(array);
        _availability = new AvailabilitySection(_context);
        _serviceDesk = new ServiceDeskSection(_context);
        _other = new OtherKpisSection(_context);
        _risks = new RiskSection(_context);
        _commentary = new CommentaryPlacer(_context);
    }

    /// <summary>Gets the months reported, oldest first.</summary>
    public IReadOnlyList<YearMonth> Months => _context.Months;

    /// <summary>Gets the layout of the packs built.</summary>
    public PackLayout Layout { get; }

    /// <summary>Gets the organisations that figures were added for, in the order they first appeared.</summary>
    /// <remarks>
    /// Only organisations with figures are listed: an availability report, service-desk figures, Net Promoter Score
    /// responses or satisfaction answers in one of the pack's months, or a Process Success Index for one of them.
    /// Exceptions commentary alone does not add an organisation.
    /// </remarks>
    public IReadOnlyList<string> Organisations => _context.Organisations;

    /// <summary>Adds an organisation's availability results: one row per service of the report's catalogue.</summary>
    /// <param name="organisation">The organisation, such as "Brent".</param>
    /// <param name="report">The results; periods outside the builder's months are ignored.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="organisation"/> is empty, a period of the report is not a calendar month, or a service already has
    /// a result for one of the months.
    /// </exception>
    public PerformancePackBuilder AddAvailability(string organisation, AvailabilityReport report)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organisation);
        ArgumentNullException.ThrowIfNull(report);
        _availability.Add(organisation, report);
        return this;
    }

    /// <summary>Adds a month's service-desk figures of every organisation in the report.</summary>
    /// <param name="report">The figures; a period outside the builder's months is ignored.</param>
    /// <param name="policy">The SLA policy the report was computed with: it names the priority rows and gives their targets.</param>
    /// <returns>This builder.</returns>
    /// <remarks>Adding two reports of the same month adds their counts, so give each call to one report only.</remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The report's period is not a calendar month.</exception>
    public PerformancePackBuilder AddServiceDesk(ServiceDeskReport report, SlaPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(policy);
        _serviceDesk.Add(report, policy);
        return this;
    }

    /// <summary>
    /// Adds an organisation's Net Promoter Score responses for a month; adding twice pools the counts. A summary without
    /// responses records that the month was surveyed and nobody answered ("N/A"); a month never added has no survey
    /// data ("UNVL").
    /// </summary>
    /// <param name="organisation">The organisation.</param>
    /// <param name="month">The month; a month outside the builder's months is ignored.</param>
    /// <param name="summary">The promoter, passive and detractor counts.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="organisation"/> is empty.</exception>
    public PerformancePackBuilder AddNetPromoterScore(string organisation, YearMonth month, NpsSummary summary)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organisation);
        ArgumentNullException.ThrowIfNull(summary);
        _other.AddNetPromoterScore(organisation, month, summary);
        return this;
    }

    /// <summary>Adds an organisation's user-satisfaction answers for a month (the report's survey is out of 7); adding twice pools the answers; a summary without answers adds nothing.</summary>
    /// <param name="organisation">The organisation.</param>
    /// <param name="month">The month; a month outside the builder's months is ignored.</param>
    /// <param name="summary">The answers' summary.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="organisation"/> is empty, or the scale differs from that of answers already added.
    /// </exception>
    public PerformancePackBuilder AddUserSatisfaction(string organisation, YearMonth month, ScaleSummary summary)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organisation);
        ArgumentNullException.ThrowIfNull(summary);
        _other.AddUserSatisfaction(organisation, month, summary);
        return this;
    }

    /// <summary>
    /// Adds an organisation's process-success answers for a month (the report's index is out of 9, so a 1-9 scale): the
    /// Process Success Index is then their mean, with its interval, and the combined pack pools the answers; adding twice
    /// pools them; a summary without answers adds nothing.
    /// </summary>
    /// <param name="organisation">The organisation.</param>
    /// <param name="month">The month; a month outside the builder's months is ignored.</param>
    /// <param name="summary">The answers' summary.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="organisation"/> is empty, the scale differs from that of answers already added, or an index was
    /// set for the organisation and month with <see cref="SetProcessSuccessIndex"/>.
    /// </exception>
    public PerformancePackBuilder AddProcessSuccess(string organisation, YearMonth month, ScaleSummary summary)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organisation);
        ArgumentNullException.ThrowIfNull(summary);
        _other.AddProcessSuccess(organisation, month, summary);
        return this;
    }

    /// <summary>Sets an organisation's Process Success Index (out of 9) for a month.</summary>
    /// <param name="organisation">The organisation.</param>
    /// <param name="month">The month; a month outside the builder's months is ignored.</param>
    /// <param name="index">The index, from 0 to 9.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="organisation"/> is empty, or answers were added for the organisation and month with <see cref="AddProcessSuccess"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is NaN or outside [0, 9].</exception>
    public PerformancePackBuilder SetProcessSuccessIndex(string organisation, YearMonth month, double index)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organisation);
        Utility.Preconditions.CheckRange(index, 0.0, 9.0, nameof(index));
        _other.SetProcessSuccessIndex(organisation, month, index);
        return this;
    }

    /// <summary>Adds the shared service's risk register, as at the end of the pack's last month, to every pack built.</summary>
    /// <param name="register">The register.</param>
    /// <returns>This builder.</returns>
    /// <remarks>
    /// Every pack holds it in <see cref="PerformancePack.Risks"/>; a <see cref="PackSectionKind.Risk"/> section counts its
    /// entries by residual RAG (<see cref="PackRowKeys.RedRisks"/>, ...) in the last month, "UNVL" before (a snapshot).
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> is null.</exception>
    /// <exception cref="InvalidOperationException">A register was already added.</exception>
    public PerformancePackBuilder AddRisks(RiskRegister register)
    {
        ArgumentNullException.ThrowIfNull(register);
        _risks.Add(register);
        return this;
    }

    /// <summary>Adds the shared service's business plan, evaluated by a RAG rule as of the last day of each month of the pack.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="rule">How an objective's RAG is derived from its milestones; null for <see cref="BusinessPlanRagRule.Default"/>.</param>
    /// <returns>This builder.</returns>
    /// <remarks>
    /// The plan fills the layout's section with the key <see cref="BusinessPlanSectionKey"/> (add
    /// <see cref="PackLayout.BusinessPlanSection"/> to the layout to show it): the number of objectives rated red, amber
    /// and green at each month's end, the same in every pack. The objectives themselves, with their RAG and its reason,
    /// are <see cref="BusinessPlan.Evaluate"/>'s result. Adding a plan does not add an organisation.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    /// <exception cref="InvalidOperationException">A plan was already added.</exception>
    public PerformancePackBuilder AddBusinessPlan(BusinessPlan plan, BusinessPlanRagRule? rule = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        Section(BusinessPlanSectionKey, c => new BusinessPlanSection(c)).Add(plan, rule ?? BusinessPlanRagRule.Default);
        return this;
    }

    /// <summary>Adds a line of exceptions commentary to an organisation's pack; a note that cannot be placed is listed in the built pack's <see cref="PerformancePack.RejectedNotes"/>, never thrown.</summary>
    /// <param name="organisation">The organisation (ordinal comparison, as for figures).</param>
    /// <param name="note">
    /// The commentary. At build time its row name, with surrounding white space ignored, is matched to the rows of the
    /// organisation's pack without regard to case: the row with that name (an exact match of case wins over others), or
    /// else the unique row that starts with it followed by a space (the report writes "Social Care" for the row
    /// "Social Care System").
    /// </param>
    /// <returns>This builder.</returns>
    /// <remarks>
    /// The note is not checked here, and adding it does not add <paramref name="organisation"/> to
    /// <see cref="Organisations"/>. When a pack is built the note is placed in <see cref="PerformancePack.Exceptions"/>
    /// under the matched row's name, or listed in <see cref="PerformancePack.RejectedNotes"/> with the reason: "no
    /// figures for this organisation" when no figures were added for it, or a reason naming the row that matched
    /// nothing (or several rows), or the month outside the pack's months.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="note"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="organisation"/> is empty.</exception>
    public PerformancePackBuilder AddException(string organisation, ExceptionNote note)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organisation);
        ArgumentNullException.ThrowIfNull(note);
        _commentary.Add(organisation, note);
        return this;
    }

    /// <summary>Gets the pooled Net Promoter Score counts of an organisation in a month, for charts with intervals.</summary>
    /// <param name="organisation">The organisation; null for the combined view.</param>
    /// <param name="month">The month.</param>
    /// <returns>The counts, or null when there were no responses (or, combined, when any organisation with responses in the pack had none that month).</returns>
    public NpsSummary? NetPromoterScoreFor(string? organisation, YearMonth month) => _other.NetPromoterScoreFor(organisation, month);

    /// <summary>Builds the pack of one organisation.</summary>
    /// <param name="organisation">The organisation; it need not have data (its cells are then "UNVL" or "N/A", and its commentary is rejected).</param>
    /// <returns>The pack, with the organisation's commentary in <see cref="PerformancePack.Exceptions"/> or, when it cannot be placed, in <see cref="PerformancePack.RejectedNotes"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="organisation"/> is empty.</exception>
    public PerformancePack Build(string organisation)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organisation);
        PackSection[] sections = Layout.Sections.Select(s => s.ToSection(SectionFor(s)?.Rows(s, organisation) ?? NoFigures(s))).ToArray();
        (List<ExceptionNote> placed, List<RejectedNote> rejected) = _commentary.ForOrganisation(sections, organisation);
        return new PerformancePack(organisation, _context.Months, sections, placed, rejected, _risks.Register);
    }

    /// <summary>Builds the combined pack of all organisations (the shared service as a whole), named as the layout says (<see cref="PackLayout.CombinedName"/>).</summary>
    /// <returns>The pack, as <see cref="BuildCombined(string)"/> describes.</returns>
    public PerformancePack BuildCombined() => BuildCombined(Layout.CombinedName);

    /// <summary>Builds the combined pack of all organisations (the shared service as a whole) from merged counts and durations.</summary>
    /// <param name="name">The pack's name.</param>
    /// <returns>
    /// The pack; its commentary is every organisation's (organisations in <see cref="Organisations"/> order, each one's
    /// notes in the order added), each line prefixed with the organisation's name and matched to the combined pack's
    /// rows as <see cref="AddException"/> describes; notes that cannot be placed, and those of organisations without
    /// figures, are in <see cref="PerformancePack.RejectedNotes"/> in the order added.
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public PerformancePack BuildCombined(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        PackSection[] sections = Layout.Sections.Select(s => s.ToSection(SectionFor(s)?.CombinedRows(s) ?? NoFigures(s))).ToArray();
        (List<ExceptionNote> placed, IEnumerable<RejectedNote> rejected) = _commentary.Combined(sections);
        return new PerformancePack(name, _context.Months, sections, placed, rejected, _risks.Register);
    }

    /// <summary>
    /// Gets the section of a new domain that the layout's <see cref="PackSectionKind.Custom"/> section with this key shows,
    /// creating it on first use: a new domain's <c>Add…</c> method feeds the section it gets here.
    /// </summary>
    internal T Section<T>(string key, Func<PackContext, T> create)
        where T : class, IPackSection
    {
        if (!_custom.TryGetValue(key, out IPackSection? section))
        {
            section = create(_context);
            _custom.Add(key, section);
        }

        return (T)section;
    }

    /// <summary>A layout row of a section without figures: "UNVL" in every month.</summary>
    private IEnumerable<KpiRow> NoFigures(PackSectionLayout layout) =>
        layout.Rows.Select(r => r.ToRow(Enumerable.Repeat(KpiValue.Unavailable, _context.MonthCount)));

    private IPackSection? SectionFor(PackSectionLayout layout) => layout.Kind switch
    {
        PackSectionKind.Availability => _availability,
        PackSectionKind.ServiceDesk => _serviceDesk,
        PackSectionKind.OtherKpis => _other,
        PackSectionKind.Risk => _risks,
        _ => _custom.GetValueOrDefault(layout.Key),
    };
}
