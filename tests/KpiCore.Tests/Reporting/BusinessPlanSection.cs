using KpiCore.Kpis;
using KpiCore.Reporting;
using NodaTime;

namespace KpiCore.Tests.Reporting;

/// <summary>The one section file of the toy domain.</summary>
internal sealed class BusinessPlanSection(PackContext context) : IPackSection
{
    internal const string Key = "business-plan";
    internal const string DeliveredRow = "milestones-delivered";

    private static readonly MonthlySeries<MilestoneTally>.Merging Merging = new(_ => new MilestoneTally(), (s, p) => s.Merge(p), (_, _) => true);

    private readonly Dictionary<string, MonthlySeries<MilestoneTally>> _tallies = new(StringComparer.Ordinal);

    internal void Add(string organisation, YearMonth month, long due, long delivered)
    {
        int index = context.IndexOf(month);
        if (index < 0)
        {
            return;
        }

        context.Touch(organisation);
        if (!_tallies.TryGetValue(organisation, out MonthlySeries<MilestoneTally>? series))
        {
            series = context.NewSeries<MilestoneTally>();
            _tallies.Add(organisation, series);
        }

        series.GetOrAdd(index, () => new MilestoneTally()).Add(due, delivered);
    }

    public IEnumerable<KpiRow> Rows(PackSectionLayout layout, string organisation) =>
        RowsOf(layout, _tallies.GetValueOrDefault(organisation) ?? context.NewSeries<MilestoneTally>());

    public IEnumerable<KpiRow> CombinedRows(PackSectionLayout layout) =>
        RowsOf(layout, MonthlySeries<MilestoneTally>.Combine(context.Organisations.Where(_tallies.ContainsKey).Select(o => _tallies[o]), context.MonthCount, Merging));

    private static IEnumerable<KpiRow> RowsOf(PackSectionLayout layout, MonthlySeries<MilestoneTally> series) =>
        layout.Rows.Select(r => r.ToRow(series.Values(t => t.ToKpiValue(), KpiValue.Unavailable)));
}
