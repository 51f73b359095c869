using KpiCore.Kpis;

namespace KpiCore.Tests.Reporting;

/// <summary>The toy domain's mergeable tally: milestones due and delivered on time.</summary>
internal sealed class MilestoneTally
{
    internal long Due { get; private set; }

    internal long Delivered { get; private set; }

    internal void Merge(MilestoneTally other)
    {
        Due = checked(Due + other.Due);
        Delivered = checked(Delivered + other.Delivered);
    }

    internal void Add(long due, long delivered) => Merge(new MilestoneTally { Due = due, Delivered = delivered });

    internal KpiValue ToKpiValue() => Due == 0 ? KpiValue.NotApplicable : KpiValue.FromPercentage(Percentage.FromRatio(Delivered, Due));
}
