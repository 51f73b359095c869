using static System.FormattableString;

namespace KpiCore.Sample.Audit.Rules;

/// <summary>
/// <c>combined-sum</c>: when the pack has a combined organisation (the host's "Shared service", or the one named with
/// <c>--combined</c>), each of its call counts (volumes per priority, total, open at period end) must be the sum of
/// the other organisations' counts for the same row and month.
/// </summary>
internal sealed class CombinedSumRule : AuditRule
{
    /// <inheritdoc/>
    internal override string Name => "combined-sum";

    /// <inheritdoc/>
    internal override string Description => "a count of the combined organisation (--combined, default \"Shared service\") that is not the sum of the councils' counts.";

    /// <inheritdoc/>
    internal override IEnumerable<Finding> Check(PublishedPack pack, AuditSettings settings)
    {
        IReadOnlyList<string> councils = pack.Councils(settings.Combined);
        foreach (PublishedRow row in pack.Rows.Where(r => councils.Count > 0 && string.Equals(r.Organisation, settings.Combined, StringComparison.Ordinal)
            && r.Kind.Role is KpiRole.PriorityVolume or KpiRole.TotalVolume or KpiRole.OpenCalls && r.Figure.IsCount))
        {
            PublishedRow?[] parts = [.. councils.Select(c => pack.Find(c, row.Kind.Role, row.Kind.Priority, row.Month))];
            if (parts.Any(p => p is null || !p.Figure.IsCount))
            {
                continue;
            }

            long sum = parts.Sum(p => p!.Figure.Scaled);
            if (sum != row.Figure.Scaled)
            {
                string terms = string.Join(" + ", parts.Select(p => $"{p!.Organisation} {p.Figure.Text}"));
                yield return new Finding(row.Organisation, row.Kpi, row.Month, Name, Severity.Error,
                    Invariant($"{row.Figure.Text}, but the organisations add up to {terms} = {sum} (difference {row.Figure.Scaled - sum})."));
            }
        }
    }
}
