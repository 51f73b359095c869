using KpiCore.Reporting;
using NodaTime;

namespace KpiCore.Tests.Reporting;

/// <summary>The one <c>Add</c> method of the toy domain.</summary>
internal static class BusinessPlanPackExtensions
{
    internal static PerformancePackBuilder AddBusinessPlan(this PerformancePackBuilder builder, string organisation, YearMonth month, long due, long delivered)
    {
        builder.Section(BusinessPlanSection.Key, c => new BusinessPlanSection(c)).Add(organisation, month, due, delivered);
        return builder;
    }
}
