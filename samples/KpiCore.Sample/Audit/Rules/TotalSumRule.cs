using static System.FormattableString;

namespace KpiCore.Sample.Audit.Rules;

/// <summary><c>total-sum</c>: "Total Volume of Calls" must be the sum of the per-priority volumes (P1 to P4) of the same organisation and month.</summary>
internal sealed class TotalSumRule : AuditRule
{
    /// <inheritdoc/>
    internal override string Name => "total-sum";

    /// <inheritdoc/>
    internal override string Description => "a Total Volume of Calls that is not the sum of the P1-P4 volumes.";

    /// <inheritdoc/>
    internal override IEnumerable<Finding> Check(PublishedPack pack, AuditSettings settings)
    {
        foreach (PublishedRow total in pack.Rows.Where(r => r.Kind.Role == KpiRole.TotalVolume && r.Figure.IsCount))
        {
            PublishedRow?[] parts = [.. pack.Priorities(total.Organisation).Select(p => pack.Find(total.Organisation, KpiRole.PriorityVolume, p, total.Month))];
            if (parts.Length == 0 || parts.Any(p => p is null || !p.Figure.IsCount))
            {
                continue;
            }

            long sum = parts.Sum(p => p!.Figure.Scaled);
            if (sum != total.Figure.Scaled)
            {
                string terms = string.Join(" + ", parts.Select(p => p!.Figure.Text));
                yield return new Finding(total.Organisation, total.Kpi, total.Month, Name, Severity.Error,
                    Invariant($"{total.Kpi} is {total.Figure.Text}, but the priorities' volumes add up to {terms} = {sum} (difference {total.Figure.Scaled - sum})."));
            }
        }
    }
}
