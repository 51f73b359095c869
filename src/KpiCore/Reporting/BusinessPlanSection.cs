using KpiCore.Kpis;
using KpiCore.Planning;

namespace KpiCore.Reporting;

/// <summary>
/// The business plan (the fifth domain, <see cref="Planning"/>): the shared service's plan, one for every pack, and, when
/// the layout has the <see cref="PackLayout.BusinessPlanSection"/> entry (key <see cref="PerformancePackBuilder.BusinessPlanSectionKey"/>),
/// rows counting its objectives by RAG as of the last day of each month, by the plan's <see cref="BusinessPlanRagRule"/>.
/// Every organisation's pack and the combined one show the same counts (the plan is the service's, not a council's);
/// a pack to which no plan was added shows the rows as "UNVL".
/// </summary>
internal sealed class BusinessPlanSection(PackContext context) : IPackSection
{
    private BusinessPlan? _plan;
    private BusinessPlanRagRule _rule = BusinessPlanRagRule.Default;

    internal void Add(BusinessPlan plan, BusinessPlanRagRule rule)
    {
        if (_plan is not null)
        {
            throw new InvalidOperationException("A business plan was already added; a pack reports one plan.");
        }

        (_plan, _rule) = (plan, rule);
    }

    public IEnumerable<KpiRow> Rows(PackSectionLayout layout, string organisation) => CombinedRows(layout);

    public IEnumerable<KpiRow> CombinedRows(PackSectionLayout layout) =>
        layout.Rows.Select(row => row.ToRow(context.Months.Select(m => Count(row.Key, m.OnDayOfMonth(1).PlusMonths(1).PlusDays(-1)))));

    private KpiValue Count(string key, NodaTime.LocalDate asOf)
    {
        RagStatus? status = key switch
        {
            PackRowKeys.RedObjectives => RagStatus.Red,
            PackRowKeys.AmberObjectives => RagStatus.Amber,
            PackRowKeys.GreenObjectives => RagStatus.Green,
            _ => null,
        };
        return _plan is null || status is null
            ? KpiValue.Unavailable
            : KpiValue.FromCount(_plan.Evaluate(asOf, _rule).Count(e => e.Status == status));
    }
}
