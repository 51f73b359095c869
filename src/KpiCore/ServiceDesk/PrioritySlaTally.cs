using KpiCore.Kpis;

namespace KpiCore.ServiceDesk;

/// <summary>
/// The exact call counts of one priority (of one or more organisations or reports): logged, resolved, judged or not,
/// met and open at the period's end, for combining "% resolved within SLA" exactly as total met / total judged.
/// </summary>
/// <remarks>
/// Counts are 64-bit and added with overflow checks. Merging adds every count, so the tally of any split of the figures
/// merged in any order equals the tally of one pass. <see cref="Judged"/> = <see cref="Resolved"/> -
/// <see cref="NotJudged"/>, as in <see cref="PrioritySlaFigures"/>. Not thread-safe.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public sealed class PrioritySlaTally
{
    /// <summary>Gets the number of calls logged in the period (the report's "Volume of P1 Calls").</summary>
    public long Logged { get; private set; }

    /// <summary>Gets the number of resolved calls in the basis, judged or not.</summary>
    public long Resolved { get; private set; }

    /// <summary>Gets how many of <see cref="Resolved"/> could not be judged (inconsistent on-hold data).</summary>
    public long NotJudged { get; private set; }

    /// <summary>Gets how many of <see cref="Resolved"/> were judged met or missed: the percentage's denominator.</summary>
    public long Judged => Resolved - NotJudged;

    /// <summary>Gets how many of <see cref="Judged"/> met the resolution target.</summary>
    public long Met { get; private set; }

    /// <summary>Gets the number of calls logged before the period's end and not resolved by it.</summary>
    public long OpenAtPeriodEnd { get; private set; }

    /// <summary>Creates the tally of one organisation's figures for one priority.</summary>
    /// <param name="figures">The figures.</param>
    /// <returns>A tally of their counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="figures"/> is null.</exception>
    public static PrioritySlaTally FromFigures(PrioritySlaFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var tally = new PrioritySlaTally();
        tally.AddCounts(figures.Logged, figures.Resolved, figures.NotJudged, figures.Met, figures.OpenAtPeriodEnd);
        return tally;
    }

    /// <summary>Adds the counts of another tally to this one; the other tally is unchanged.</summary>
    /// <param name="other">The tally to add.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="OverflowException">A count would overflow.</exception>
    public void Merge(PrioritySlaTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        AddCounts(other.Logged, other.Resolved, other.NotJudged, other.Met, other.OpenAtPeriodEnd);
    }

    /// <summary>Gives "% resolved within SLA": <see cref="Met"/> / <see cref="Judged"/> in percent.</summary>
    /// <returns>The percentage, or <see cref="KpiValue.NotApplicable"/> ("N/A") when no resolved call was judged.</returns>
    public KpiValue ToKpiValue() => SlaRatio(Met, Judged);

    /// <summary>Gives met / judged as a percentage, N/A when nothing was judged.</summary>
    internal static KpiValue SlaRatio(long met, long judged) =>
        judged == 0 ? KpiValue.NotApplicable : KpiValue.FromPercentage(Percentage.FromRatio(met, judged));

    private void AddCounts(long logged, long resolved, long notJudged, long met, long open)
    {
        long newLogged = checked(Logged + logged);
        long newResolved = checked(Resolved + resolved);
        long newNotJudged = checked(NotJudged + notJudged);
        long newMet = checked(Met + met);
        long newOpen = checked(OpenAtPeriodEnd + open);
        Logged = newLogged;
        Resolved = newResolved;
        NotJudged = newNotJudged;
        Met = newMet;
        OpenAtPeriodEnd = newOpen;
    }
}
