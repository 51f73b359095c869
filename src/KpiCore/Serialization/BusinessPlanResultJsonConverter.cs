using KpiCore.Kpis;
using KpiCore.Planning;

namespace KpiCore.Serialization;

/// <summary><see cref="BusinessPlanResult"/> as <c>{"plan":{...},"inputCount":12,"rejected":[...]}</c>.</summary>
internal sealed class BusinessPlanResultJsonConverter : BatchResultJsonConverter<BusinessPlanResult, BusinessPlan>
{
    internal static readonly BusinessPlanResultJsonConverter Instance = new();

    private BusinessPlanResultJsonConverter()
        : base("plan", BusinessPlanJsonConverter.Instance)
    {
    }

    protected override BusinessPlan ProductOf(BusinessPlanResult value) => value.Plan;

    protected override BusinessPlanResult Create(BusinessPlan product, long inputCount, IReadOnlyList<RejectedRecord> rejected) =>
        new(product, inputCount, rejected);
}
