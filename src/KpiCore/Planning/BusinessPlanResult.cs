using KpiCore.Kpis;

namespace KpiCore.Planning;

/// <summary>A business plan read from untrusted rows, with the rows that could not be used.</summary>
/// <remarks>
/// Every row is either counted (it is part of an objective of <see cref="Plan"/>) or rejected with its position,
/// objective id, field and reason: <see cref="Counted"/> + <see cref="Rejected"/>.Count = <see cref="InputCount"/>.
/// Immutable; made by <see cref="BusinessPlan.FromRows"/>.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public sealed class BusinessPlanResult : IBatchResult
{
    internal BusinessPlanResult(BusinessPlan plan, long inputCount, IReadOnlyList<RejectedRecord> rejected)
    {
        Plan = plan;
        InputCount = inputCount;
        Rejected = rejected;
    }

    /// <summary>Gets the plan of the counted rows.</summary>
    public BusinessPlan Plan { get; }

    /// <summary>Gets the number of rows given.</summary>
    public long InputCount { get; }

    /// <summary>Gets the number of rows used in <see cref="Plan"/>.</summary>
    public long Counted => InputCount - Rejected.Count;

    /// <inheritdoc/>
    public long Excluded => 0;

    /// <summary>Gets the rows that were not used, in input order, each with its 0-based position, objective id (null for a null row), field and reason.</summary>
    public IReadOnlyList<RejectedRecord> Rejected { get; }
}
