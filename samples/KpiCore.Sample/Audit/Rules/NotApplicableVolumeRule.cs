using static System.FormattableString;

namespace KpiCore.Sample.Audit.Rules;

/// <summary>
/// <c>na-volume</c>: N/A against a volume, and a percentage against none. A percentage with a zero volume cannot be
/// true on the logged or cohort basis (d &lt;= v = 0 leaves nothing to divide by); N/A with a non-zero volume cannot be
/// true on the logged basis (k/v is defined). On the resolved basis both can happen (backlog resolved, or nothing
/// resolved yet), so nothing is reported.
/// </summary>
internal sealed class NotApplicableVolumeRule : AuditRule
{
    /// <inheritdoc/>
    internal override string Name => "na-volume";

    /// <inheritdoc/>
    internal override string Description => "a % within SLA beside a zero volume (--basis logged or cohort), or N/A beside a non-zero volume (--basis logged).";

    /// <inheritdoc/>
    internal override IEnumerable<Finding> Check(PublishedPack pack, AuditSettings settings)
    {
        if (settings.Basis == SlaBasis.Resolved)
        {
            yield break;
        }

        foreach (PublishedRow row in pack.Rows.Where(r => r.Kind.Role is KpiRole.PrioritySla or KpiRole.OverallSla))
        {
            PublishedRow? volumeRow = row.Kind.Role == KpiRole.OverallSla
                ? pack.Find(row.Organisation, KpiRole.TotalVolume, 0, row.Month)
                : pack.Find(row.Organisation, KpiRole.PriorityVolume, row.Kind.Priority, row.Month);
            if (volumeRow is null || !volumeRow.Figure.IsCount)
            {
                continue;
            }

            long v = volumeRow.Figure.Scaled;
            if (row.Figure.Kind == FigureKind.Percent && v == 0)
            {
                yield return new Finding(row.Organisation, row.Kpi, row.Month, Name, Severity.Error,
                    Invariant($"{row.Figure.Text} beside {volumeRow.Kpi} = 0: a share of no calls has no value (k/0), {settings.BasisWords}; it should be N/A."));
            }
            else if (row.Figure.Kind == FigureKind.NotApplicable && v > 0 && settings.Basis == SlaBasis.Logged)
            {
                yield return new Finding(row.Organisation, row.Kpi, row.Month, Name, Severity.Error,
                    Invariant($"N/A beside {volumeRow.Kpi} = {v}: k/{v} is a number for every k, {settings.BasisWords}."));
            }
        }
    }
}
