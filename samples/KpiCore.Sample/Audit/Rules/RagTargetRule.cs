using static System.FormattableString;

namespace KpiCore.Sample.Audit.Rules;

/// <summary>
/// <c>rag-target</c>: with a RAG column, an availability or "% within SLA" shown green must be able to reach its target
/// (an "at least" percentage such as 99.9%), and one shown red must be able to fall short of it, at the figure's
/// printed precision (99.90% may be 99.895%, so red beside 99.90% against 99.9% is possible). Amber is not checked:
/// packs differ in their tolerance.
/// </summary>
internal sealed class RagTargetRule : AuditRule
{
    /// <inheritdoc/>
    internal override string Name => "rag-target";

    /// <inheritdoc/>
    internal override string Description => "an availability or % within SLA shown green although below its target, or red although at or above it (when a RAG column is present).";

    /// <inheritdoc/>
    internal override IEnumerable<Finding> Check(PublishedPack pack, AuditSettings settings)
    {
        foreach (PublishedRow row in pack.Rows.Where(r => r.Kind.Role is KpiRole.Availability or KpiRole.PrioritySla
            && r.Figure.Kind == FigureKind.Percent && r.Rag is "green" or "red"))
        {
            if (!PublishedFigure.TryParse(row.Target, out PublishedFigure target) || target.Kind != FigureKind.Percent)
            {
                continue;
            }

            // The figure stands for (2P − 1)/(2U) to (2P + 1)/(2U); the target T = Pt/Ut is exact.
            PublishedFigure figure = row.Figure;
            Int128 targetTwice = (Int128)2 * target.Scaled * figure.Unit;
            bool canMeet = ((Int128)(2 * figure.Scaled) + 1) * target.Unit >= targetTwice;
            bool canMiss = ((Int128)(2 * figure.Scaled) - 1) * target.Unit < targetTwice;
            if (row.Rag == "green" && !canMeet)
            {
                yield return Found(row, Invariant($"shown green, but {figure.Text} {RoundingFit.Interval(figure)} is below its target of at least {target.Text}."));
            }
            else if (row.Rag == "red" && !canMiss)
            {
                yield return Found(row, Invariant($"shown red, but {figure.Text} {RoundingFit.Interval(figure)} meets its target of at least {target.Text}."));
            }
        }
    }

    private Finding Found(PublishedRow row, string detail) => new(row.Organisation, row.Kpi, row.Month, Name, Severity.Error, detail);
}
