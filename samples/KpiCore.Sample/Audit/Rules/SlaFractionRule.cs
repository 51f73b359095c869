using static System.FormattableString;

namespace KpiCore.Sample.Audit.Rules;

/// <summary>
/// <c>sla-fraction</c>: a "% resolved within SLA" must be a share of whole calls. Any basis: it lies in [0%, 100%].
/// Logged basis: it is k/v for some whole k, v the published volume (otherwise the nearest volumes that fit are named).
/// Cohort basis: it is k/d for some d from 1 to v. Resolved basis: the denominator is not bounded by the volume, so
/// nothing more can be proven.
/// </summary>
internal sealed class SlaFractionRule : AuditRule
{
    /// <inheritdoc/>
    internal override string Name => "sla-fraction";

    /// <inheritdoc/>
    internal override string Description => "a % resolved within SLA that no whole count of calls gives: outside 0-100%; with --basis logged not k/v for the published volume v; with --basis cohort not k/d for any d <= v.";

    /// <inheritdoc/>
    internal override IEnumerable<Finding> Check(PublishedPack pack, AuditSettings settings)
    {
        foreach (PublishedRow row in pack.Rows.Where(r => r.Kind.Role is KpiRole.PrioritySla or KpiRole.OverallSla && r.Figure.Kind == FigureKind.Percent))
        {
            PublishedFigure figure = row.Figure;
            if (figure.Scaled > 100 * figure.Unit || figure.Scaled < 0)
            {
                yield return Found(row, Invariant($"{figure.Text} is a share of calls outside 0% to 100%; no k of d calls (0 <= k <= d) gives it."));
                continue;
            }

            PublishedRow? volumeRow = row.Kind.Role == KpiRole.OverallSla
                ? pack.Find(row.Organisation, KpiRole.TotalVolume, 0, row.Month)
                : pack.Find(row.Organisation, KpiRole.PriorityVolume, row.Kind.Priority, row.Month);
            if (volumeRow is null || !volumeRow.Figure.IsCount || volumeRow.Figure.Scaled == 0 || settings.Basis == SlaBasis.Resolved)
            {
                continue; // a zero volume is na-volume's; the resolved basis bounds nothing
            }

            long v = volumeRow.Figure.Scaled;
            if (settings.Basis == SlaBasis.Logged && !RoundingFit.Fits(figure, v))
            {
                var (below, above) = RoundingFit.NearestFits(figure, v);
                long[] near = [.. new[] { below, above }.Where(n => n is not null).Select(n => n!.Value)];
                string fits = string.Join(" or ", near.Select(n => Invariant($"{n} ({RoundingFit.Ratio(RoundingFit.Numerators(figure, n).First(), n)})")));
                yield return Found(row, Invariant(
                    $"{figure.Text} is not k/{v} for any whole k ({Neighbours(figure, v)}), {settings.BasisWords}; nearest volumes that fit: {(near.Length == 0 ? "none" : fits)}."));
            }
            else if (settings.Basis == SlaBasis.Cohort && RoundingFit.SmallestFit(figure, v) is null)
            {
                long? smallest = RoundingFit.SmallestFit(figure, 1_000_000);
                yield return Found(row, Invariant(
                    $"{figure.Text} is not k/d for any d from 1 to {v}, {settings.BasisWords}; the smallest d that gives it is {(smallest is long s ? Invariant($"{s} ({RoundingFit.Ratio(RoundingFit.Numerators(figure, s).First(), s)})") : "above 1000000")}."));
            }
        }
    }

    /// <summary>The two ratios k/v either side of the figure, such as "8/13 = 61.5385%, 9/13 = 69.2308%".</summary>
    private static string Neighbours(PublishedFigure figure, long v)
    {
        long k = (long)Math.Floor(figure.Value / 100m * v);
        return string.Join(", ", new[] { k, k + 1 }.Where(n => n >= 0 && n <= v).Select(n => RoundingFit.Ratio(n, v)));
    }

    private Finding Found(PublishedRow row, string detail) => new(row.Organisation, row.Kpi, row.Month, Name, Severity.Error, detail);
}
