using NodaTime;
using static System.FormattableString;

namespace KpiCore.Sample.Audit.Rules;

/// <summary>
/// <c>month-coverage</c>: every section of every organisation in one pack should cover the same months. The months most
/// sections cover (the first such set on a tie) are the pack's; each section that covers other months is reported.
/// </summary>
internal sealed class MonthCoverageRule : AuditRule
{
    /// <inheritdoc/>
    internal override string Name => "month-coverage";

    /// <inheritdoc/>
    internal override string Description => "a section that covers other months than the rest of the pack (such as APR-16 to SEP-16 beside APR-17 to SEP-17).";

    /// <inheritdoc/>
    internal override IEnumerable<Finding> Check(PublishedPack pack, AuditSettings settings)
    {
        var sections = pack.Rows
            .GroupBy(r => (r.Organisation, r.Section))
            .Select(g => (g.Key.Organisation, g.Key.Section, Months: g.Select(r => r.Month).Distinct().Order().ToArray()))
            .ToList();
        if (sections.Count < 2)
        {
            yield break;
        }

        YearMonth[] reference = sections
            .GroupBy(s => Describe(s.Months), StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .First().First().Months; // OrderByDescending is stable: a tie keeps the first set in file order
        foreach (var (organisation, section, months) in sections.Where(s => !s.Months.SequenceEqual(reference)))
        {
            int shift = Index(months[0]) - Index(reference[0]);
            bool shiftedWhole = shift != 0 && months.Length == reference.Length && months.Zip(reference).All(p => Index(p.First) - Index(p.Second) == shift);
            string shifted = shiftedWhole ? Invariant($" ({Math.Abs(shift)} months {(shift < 0 ? "earlier" : "later")})") : string.Empty;
            yield return new Finding(organisation, section, null, Name, Severity.Error,
                Invariant($"the section covers {Describe(months)}{shifted}, but the rest of the pack covers {Describe(reference)}: one pack's figures should be for the same months."));
        }
    }

    private static int Index(YearMonth month) => (month.Year * 12) + month.Month;

    private static string Describe(YearMonth[] months) => months.Length == 1
        ? PublishedPackReader.FormatMonth(months[0])
        : Invariant($"{PublishedPackReader.FormatMonth(months[0])} to {PublishedPackReader.FormatMonth(months[^1])} ({months.Length} months)");
}
