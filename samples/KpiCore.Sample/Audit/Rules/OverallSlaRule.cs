using static System.FormattableString;

namespace KpiCore.Sample.Audit.Rules;

/// <summary>
/// <c>overall-sla</c>: the overall SLA figure is all met / all judged across the priorities, so it must come from
/// counts that also give each published per-priority figure.
/// </summary>
/// <remarks>
/// Any basis: the overall share is a weighted mean of the per-priority shares (weights d_i &gt; 0), so it lies between
/// the lowest and the highest of them; it is N/A exactly when every priority is N/A. Logged basis: every achievable
/// k_i (k_i/v_i printing as the priority's figure) is combined, and some Σk_i / Σv_i must print as the overall figure.
/// </remarks>
internal sealed class OverallSlaRule : AuditRule
{
    private const int MaxSums = 1_000_000;

    /// <inheritdoc/>
    internal override string Name => "overall-sla";

    /// <inheritdoc/>
    internal override string Description => "an Overall SLA figure that no achievable per-priority counts give: outside the per-priority range, N/A inconsistent with them, or (--basis logged) no sum of achievable k_i over the sum of volumes.";

    /// <inheritdoc/>
    internal override IEnumerable<Finding> Check(PublishedPack pack, AuditSettings settings)
    {
        foreach (PublishedRow overall in pack.Rows.Where(r => r.Kind.Role == KpiRole.OverallSla))
        {
            int[] priorities = [.. pack.Priorities(overall.Organisation)];
            PublishedRow?[] shares = [.. priorities.Select(p => pack.Find(overall.Organisation, KpiRole.PrioritySla, p, overall.Month))];
            if (priorities.Length == 0 || shares.Any(s => s is null || s.Figure.Kind is not (FigureKind.Percent or FigureKind.NotApplicable)))
            {
                continue;
            }

            if (overall.Figure.Kind is FigureKind.Percent or FigureKind.NotApplicable
                && WeightedMean.Explain(overall.Figure, [.. shares.Select(s => (s!.Kpi, s.Figure))]) is string mean)
            {
                yield return Found(overall, mean);
                continue;
            }

            if (overall.Figure.Kind != FigureKind.Percent)
            {
                continue;
            }

            if (settings.Basis == SlaBasis.Logged && LoggedCombination(pack, overall, priorities, shares) is string detail)
            {
                yield return Found(overall, detail + " (" + settings.BasisWords + ").");
            }
        }
    }

    /// <summary>On the logged basis: null when some achievable counts give the overall figure, else the arithmetic.</summary>
    private static string? LoggedCombination(PublishedPack pack, PublishedRow overall, int[] priorities, PublishedRow?[] shares)
    {
        var sums = new HashSet<long> { 0 };
        long volume = 0;
        var terms = new List<string>();
        for (int i = 0; i < priorities.Length; i++)
        {
            PublishedRow? volumeRow = pack.Find(overall.Organisation, KpiRole.PriorityVolume, priorities[i], overall.Month);
            if (volumeRow is null || !volumeRow.Figure.IsCount)
            {
                return null;
            }

            long v = volumeRow.Figure.Scaled;
            long[] ks = shares[i]!.Figure.Kind == FigureKind.NotApplicable ? (v == 0 ? [0] : []) : [.. RoundingFit.Numerators(shares[i]!.Figure, v)];
            if (ks.Length == 0)
            {
                return null; // that priority's own figure is impossible: sla-fraction or na-volume says so
            }

            terms.Add(Invariant($"P{priorities[i]} k in {{{Range(ks)}}} of {v}"));
            volume += v;
            sums = [.. sums.SelectMany(s => ks.Select(k => s + k))];
            if (sums.Count > MaxSums)
            {
                return null;
            }
        }

        if (volume == 0 || sums.Any(k => RoundingFit.Contains(overall.Figure, k, volume)))
        {
            return null;
        }

        long[] needed = [.. RoundingFit.Numerators(overall.Figure, volume)];
        string need = needed.Length == 0 ? Invariant($"no k/{volume} prints as it") : Invariant($"it needs a total of {Range(needed)} met of {volume}");
        return Invariant($"{overall.Figure.Text}: {string.Join(", ", terms)} give a total met of {sums.Min()} to {sums.Max()} of {volume} ({RoundingFit.Ratio(sums.Min(), volume)} to {RoundingFit.Ratio(sums.Max(), volume)}), but {need}");
    }

    private static string Range(long[] values) => values.Length == 1
        ? values[0].ToString(System.Globalization.CultureInfo.InvariantCulture)
        : Invariant($"{values.Min()}..{values.Max()}");

    private Finding Found(PublishedRow row, string detail) => new(row.Organisation, row.Kpi, row.Month, Name, Severity.Error, detail);
}
