using KpiCore.Planning;
using KpiCore.Reporting;
using KpiCore.Risk;
using KpiCore.Satisfaction;
using NodaTime;

namespace KpiCore.Sample.Rendering;

/// <summary>
/// Everything the renderers show: one performance pack per organisation plus the combined one, the Net Promoter Score
/// counts behind the NPS rows (for the intervals), the risk register with its movement since the previous one, the
/// business plan with each objective's RAG, the rejected input rows and the cover block.
/// </summary>
internal sealed class PackDocument
{
    internal PackDocument(
        string title,
        IReadOnlyList<PerformancePack> packs,
        IReadOnlyDictionary<string, IReadOnlyList<NpsSummary?>>? nps = null,
        RiskRegister? risks = null,
        IReadOnlyList<string>? problems = null,
        IReadOnlyList<ObjectiveEvaluation>? businessPlan = null,
        BusinessPlanRagRule? businessPlanRule = null,
        IReadOnlyList<RiskMovement>? riskMovements = null,
        PackCover? cover = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(packs);
        if (packs.Count == 0)
        {
            throw new ArgumentException("A document needs at least one pack.", nameof(packs));
        }

        Title = title;
        Packs = packs;
        Nps = nps ?? new Dictionary<string, IReadOnlyList<NpsSummary?>>(StringComparer.Ordinal);
        Risks = risks;
        Problems = problems ?? [];
        BusinessPlan = businessPlan ?? [];
        BusinessPlanRule = businessPlanRule ?? BusinessPlanRagRule.Default;
        RiskMovements = riskMovements;
        Cover = cover;
    }

    /// <summary>Gets the document's title, such as "ICT Shared Service performance pack".</summary>
    internal string Title { get; }

    /// <summary>Gets the packs: each organisation's, then the combined one.</summary>
    internal IReadOnlyList<PerformancePack> Packs { get; }

    /// <summary>Gets the months reported (those of the first pack).</summary>
    internal IReadOnlyList<YearMonth> Months => Packs[0].Months;

    /// <summary>Gets the NPS counts per pack (by organisation name), one entry per month, null where there were no responses.</summary>
    internal IReadOnlyDictionary<string, IReadOnlyList<NpsSummary?>> Nps { get; }

    /// <summary>Gets the risk register, if one was loaded.</summary>
    internal RiskRegister? Risks { get; }

    /// <summary>Gets the business plan's objectives with their RAG as of the last day of the pack; empty when there is no plan.</summary>
    internal IReadOnlyList<ObjectiveEvaluation> BusinessPlan { get; }

    /// <summary>Gets the rule the business plan's RAG was derived by.</summary>
    internal BusinessPlanRagRule BusinessPlanRule { get; }

    /// <summary>Gets the business plan's title: "Business Plan" and the financial year (April to March) of the pack's last month, such as "Business Plan 2017/18".</summary>
    internal string BusinessPlanTitle
    {
        get
        {
            YearMonth last = Months[^1];
            int year = last.Month >= 4 ? last.Year : last.Year - 1;
            return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Business Plan {year}/{(year + 1) % 100:00}");
        }
    }

    /// <summary>Gets each risk's movement since the previous register (current risks in register order, then closed ones); null when no previous register was given.</summary>
    internal IReadOnlyList<RiskMovement>? RiskMovements { get; }

    /// <summary>Gets a current risk's movement since the previous register, or null without one.</summary>
    internal RiskMovement? MovementOf(string riskId) => RiskMovements?.FirstOrDefault(m => m.RiskId == riskId && m.Kind != RiskMovementKind.Closed);

    /// <summary>Gets the rejected input rows as "file:line: field: reason".</summary>
    internal IReadOnlyList<string> Problems { get; }

    /// <summary>Gets the cover block (committee, report date, period, data as of, source files); null for none.</summary>
    internal PackCover? Cover { get; }
}
