using System.Globalization;
using KpiCore.Kpis;
using KpiCore.ServiceDesk;
using NodaTime;

namespace KpiCore.Reporting;

/// <summary>
/// "Service desk KPIs": per priority of the SLA policy "% resolved within SLA" and volume, then the layout's rows
/// (overall SLA, total volume, open calls, problem and change records), from one <see cref="ServiceDeskTally"/> per
/// organisation and month. A month with no report is "UNVL"; in a month with a report an organisation absent from it
/// had no calls (volumes 0, percentages "N/A").
/// </summary>
internal sealed class ServiceDeskSection(PackContext context) : IPackSection
{
    private static readonly MonthlySeries<ServiceDeskTally>.Merging Merging =
        new(_ => new ServiceDeskTally(), (sum, part) => sum.Merge(part), (_, _) => true);

    private readonly bool[] _reported = new bool[context.MonthCount];
    private readonly Dictionary<string, MonthlySeries<ServiceDeskTally>> _tallies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SlaPolicy> _policies = new(StringComparer.Ordinal);
    private SlaPolicy? _policy;

    internal void Add(ServiceDeskReport report, SlaPolicy policy)
    {
        _policy ??= policy;
        int index = context.IndexOf(report.Period, nameof(report));
        if (index < 0)
        {
            return;
        }

        _reported[index] = true;
        foreach (OrganisationSlaFigures figures in report.Organisations)
        {
            context.Touch(figures.Organisation);
            _policies.TryAdd(figures.Organisation, policy);
            if (!_tallies.TryGetValue(figures.Organisation, out MonthlySeries<ServiceDeskTally>? series))
            {
                series = context.NewSeries<ServiceDeskTally>();
                _tallies.Add(figures.Organisation, series);
            }

            series.GetOrAdd(index, () => new ServiceDeskTally()).Merge(ServiceDeskTally.FromFigures(figures));
        }
    }

    public IEnumerable<KpiRow> Rows(PackSectionLayout layout, string organisation) =>
        RowsOf(layout, _policies.GetValueOrDefault(organisation) ?? _policy, Cells(_tallies.GetValueOrDefault(organisation)));

    public IEnumerable<KpiRow> CombinedRows(PackSectionLayout layout)
    {
        // The month's report is a contributor too (an empty tally): a month reported with no calls at all is 0 and N/A, not UNVL.
        MonthlySeries<ServiceDeskTally> reports = Cells(null);
        IEnumerable<MonthlySeries<ServiceDeskTally>> organisations = context.Organisations.Select(o => Cells(_tallies.GetValueOrDefault(o)));
        return RowsOf(layout, _policy, MonthlySeries<ServiceDeskTally>.Combine([reports, .. organisations], context.MonthCount, Merging));
    }

    /// <summary>The report's wording of a priority's "% resolved within SLA" row (see <see cref="PerformancePackBuilder.SlaRowName"/>).</summary>
    internal static string SlaRowName(PrioritySla sla)
    {
        Duration day = sla.Calendar.NominalWorkingDay;
        if (day > Duration.Zero && sla.ResolutionTarget >= day * 5 && sla.ResolutionTarget.BclCompatibleTicks % day.BclCompatibleTicks == 0)
        {
            long days = sla.ResolutionTarget.BclCompatibleTicks / day.BclCompatibleTicks;
            return string.Create(CultureInfo.InvariantCulture, $"{sla.Priority.Code} Calls Resolved < {days} days");
        }

        return sla.Priority.Code + " Calls Resolved within SLA";
    }

    /// <summary>The report's wording of a priority's volume row.</summary>
    internal static string VolumeRowName(Priority priority) => "Volume of " + priority.Code + " Calls";

    private static List<KpiRow> RowsOf(PackSectionLayout layout, SlaPolicy? policy, MonthlySeries<ServiceDeskTally> months)
    {
        policy ??= SlaPolicy.UkCouncilDefault();
        var rows = new List<KpiRow>();
        foreach (PrioritySla sla in policy.Priorities)
        {
            Priority priority = sla.Priority;
            rows.Add(layout.DataRow(PackRowKeys.Sla(priority), SlaRowName(sla), sla.ComplianceTarget,
                months.Values(t => t.ForPriority(priority).ToKpiValue(), KpiValue.Unavailable)));
            rows.Add(layout.DataRow(PackRowKeys.Volume(priority), VolumeRowName(priority), KpiTarget.None,
                months.Values(t => KpiValue.FromCount(t.ForPriority(priority).Logged), KpiValue.Unavailable)));
        }

        // Entries for the priority rows above set their wording only; the others are rows of their own.
        var priorityRows = new HashSet<string>(rows.Select(r => r.Key), StringComparer.Ordinal);
        foreach (PackRowLayout row in layout.Rows.Where(r => !priorityRows.Contains(r.Key)))
        {
            Func<ServiceDeskTally, KpiValue> select = row.Key switch
            {
                PackRowKeys.OverallSla => t => t.ToKpiValue(),
                PackRowKeys.TotalVolume => t => KpiValue.FromCount(t.Logged),
                PackRowKeys.OpenAtPeriodEnd => t => KpiValue.FromCount(t.OpenAtPeriodEnd),
                PackRowKeys.ProblemRecords => t => KpiValue.FromCount(t.ProblemRecords),
                PackRowKeys.ChangeRecords => t => KpiValue.FromCount(t.ChangeRecords),
                _ => _ => KpiValue.Unavailable, // a row this section has no figures for
            };
            rows.Add(row.ToRow(months.Values(select, KpiValue.Unavailable)));
        }

        return rows;
    }

    /// <summary>An organisation's cells: its tally in reported months (an empty one when it had no calls), none in the others.</summary>
    private MonthlySeries<ServiceDeskTally> Cells(MonthlySeries<ServiceDeskTally>? tallies)
    {
        MonthlySeries<ServiceDeskTally> cells = context.NewSeries<ServiceDeskTally>();
        for (int i = 0; i < cells.Count; i++)
        {
            cells[i] = _reported[i] ? tallies?[i] ?? new ServiceDeskTally() : null;
        }

        return cells;
    }
}
