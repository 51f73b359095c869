namespace KpiCore.Sample.Audit.Rules;

/// <summary>
/// <c>combined-share</c>: a combined organisation's "% within SLA" (per priority or overall) is its councils' met over
/// their judged calls together, a weighted mean of their shares, so (on any basis) it lies between the lowest and the
/// highest council's figure, and it is N/A exactly when every council's is.
/// </summary>
internal sealed class CombinedShareRule : AuditRule
{
    /// <inheritdoc/>
    internal override string Name => "combined-share";

    /// <inheritdoc/>
    internal override string Description => "a % within SLA of the combined organisation outside the range of the councils' figures, or N/A inconsistent with them.";

    /// <inheritdoc/>
    internal override IEnumerable<Finding> Check(PublishedPack pack, AuditSettings settings)
    {
        IReadOnlyList<string> councils = pack.Councils(settings.Combined);
        foreach (PublishedRow row in pack.Rows.Where(r => councils.Count > 0 && string.Equals(r.Organisation, settings.Combined, StringComparison.Ordinal)
            && r.Kind.Role is KpiRole.PrioritySla or KpiRole.OverallSla && r.Figure.Kind is FigureKind.Percent or FigureKind.NotApplicable))
        {
            PublishedRow?[] parts = [.. councils.Select(c => pack.Find(c, row.Kind.Role, row.Kind.Priority, row.Month))];
            if (parts.All(p => p is not null && p.Figure.Kind is FigureKind.Percent or FigureKind.NotApplicable)
                && WeightedMean.Explain(row.Figure, [.. parts.Select(p => (p!.Organisation, p.Figure))]) is string detail)
            {
                yield return Found(row, detail);
            }
        }
    }

    private Finding Found(PublishedRow row, string detail) => new(row.Organisation, row.Kpi, row.Month, Name, Severity.Error, detail);
}
