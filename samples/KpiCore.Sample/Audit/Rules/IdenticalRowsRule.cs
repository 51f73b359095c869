using static System.FormattableString;

namespace KpiCore.Sample.Audit.Rules;

/// <summary>
/// <c>identical-rows</c> (warning): two rows, of one organisation or of two, with the same figures in every month
/// (compared by position, by value: 100% equals 100.00%), as if one were copied from the other. Rows with fewer than
/// two distinct numbers (all 100%, all N/A) are left out, since those coincide honestly; so is a combined
/// organisation's row beside the same row of a council, which it equals when that council is the only one with it.
/// </summary>
internal sealed class IdenticalRowsRule : AuditRule
{
    /// <inheritdoc/>
    internal override string Name => "identical-rows";

    /// <inheritdoc/>
    internal override string Description => "(warning) two rows with the same figures in every month, in one organisation or across two.";

    /// <inheritdoc/>
    internal override IEnumerable<Finding> Check(PublishedPack pack, AuditSettings settings)
    {
        var series = pack.Rows
            .GroupBy(r => (r.Organisation, r.Kpi))
            .Select(g => (g.Key.Organisation, g.Key.Kpi, Figures: g.OrderBy(r => r.Month).Select(r => r.Figure).ToArray()))
            .Where(s => s.Figures.Length >= 2 && s.Figures.Where(f => f.IsNumeric).Select(f => (f.Kind, f.Value)).Distinct().Count() >= 2)
            .ToList();
        for (int i = 0; i < series.Count; i++)
        {
            for (int j = i + 1; j < series.Count; j++)
            {
                var (a, b) = (series[i], series[j]);
                bool combinedBesideCouncil = string.Equals(a.Kpi, b.Kpi, StringComparison.Ordinal)
                    && (string.Equals(a.Organisation, settings.Combined, StringComparison.Ordinal) || string.Equals(b.Organisation, settings.Combined, StringComparison.Ordinal));
                if (!combinedBesideCouncil && a.Figures.SequenceEqual(b.Figures))
                {
                    yield return new Finding(a.Organisation, a.Kpi, null, Name, Severity.Warning,
                        Invariant($"the same figures in all {a.Figures.Length} months as {b.Organisation} / {b.Kpi}: {string.Join(", ", a.Figures.Select(f => f.Text))}; copied?"));
                }
            }
        }
    }
}
