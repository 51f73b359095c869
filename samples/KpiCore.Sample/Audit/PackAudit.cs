using KpiCore.Sample.Audit.Rules;

namespace KpiCore.Sample.Audit;

/// <summary>Runs every rule over a published pack: findings by organisation (in pack order), then rule, KPI and month.</summary>
internal static class PackAudit
{
    /// <summary>Gets the rules in the order their findings are listed.</summary>
    internal static IReadOnlyList<AuditRule> Rules { get; } =
    [
        new MonthCoverageRule(),
        new TotalSumRule(),
        new CombinedSumRule(),
        new CombinedShareRule(),
        new SlaFractionRule(),
        new NotApplicableVolumeRule(),
        new OverallSlaRule(),
        new AvailabilityRangeRule(),
        new RagTargetRule(),
        new IdenticalRowsRule(),
    ];

    /// <summary>Audits the pack under the given assumptions.</summary>
    internal static IReadOnlyList<Finding> Run(PublishedPack pack, AuditSettings settings)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(settings);
        var order = pack.Organisations.Select((o, i) => (o, i)).ToDictionary(p => p.o, p => p.i, StringComparer.Ordinal);
        return
        [
            .. Rules.SelectMany((rule, index) => rule.Check(pack, settings).Select(f => (f, index)))
                .OrderBy(p => p.f.Organisation.Length == 0 ? -1 : order.GetValueOrDefault(p.f.Organisation, int.MaxValue))
                .ThenBy(p => p.index)
                .ThenBy(p => p.f.Month)
                .Select(p => p.f),
        ];
    }
}
