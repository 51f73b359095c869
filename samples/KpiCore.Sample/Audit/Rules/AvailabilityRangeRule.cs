using static System.FormattableString;

namespace KpiCore.Sample.Audit.Rules;

/// <summary>
/// <c>availability-range</c>: availability = 1 − downtime / measured time, with downtime from 0 to the whole period, so
/// a figure below 0% needs more downtime than the month holds and one above 100% needs a negative downtime.
/// </summary>
internal sealed class AvailabilityRangeRule : AuditRule
{
    /// <inheritdoc/>
    internal override string Name => "availability-range";

    /// <inheritdoc/>
    internal override string Description => "an availability that needs a downtime the month cannot hold (below 0%: more than the month; above 100%: negative).";

    /// <inheritdoc/>
    internal override IEnumerable<Finding> Check(PublishedPack pack, AuditSettings settings)
    {
        foreach (PublishedRow row in pack.Rows.Where(r => r.Kind.Role == KpiRole.Availability && r.Figure.Kind == FigureKind.Percent))
        {
            PublishedFigure figure = row.Figure;
            if (figure.Scaled <= 100 * figure.Unit && figure.Scaled >= 0)
            {
                continue;
            }

            // Minutes of a 24x7 month (the report's basis); a DST month is an hour shorter or longer, which changes nothing here.
            long minutes = row.Month.ToDateInterval().Length * 24L * 60;
            decimal downtime = Math.Round((100m - figure.Value) / 100m * minutes, 1, MidpointRounding.AwayFromZero);
            string why = figure.Scaled < 0
                ? Invariant($"more downtime than the month holds ({downtime} of {minutes} minutes)")
                : Invariant($"a negative downtime ({downtime} minutes of {minutes})");
            yield return new Finding(row.Organisation, row.Kpi, row.Month, Name, Severity.Error,
                Invariant($"{figure.Text} needs {why}: availability = 1 - downtime / period lies in 0% to 100%."));
        }
    }
}
