using KpiCore.Kpis;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.ServiceDesk;

// One month's report from the months' tallies.
public sealed partial class MonthlyServiceDeskAccumulator
{
    /// <summary>Builds one month's figures of the calls added so far; the accumulator can go on accepting calls.</summary>
    /// <param name="month">The month (<see cref="ReportingPeriod.Month"/> in <see cref="Zone"/>); any month, with or without calls.</param>
    /// <returns>The report, equal to that of a <see cref="ServiceDeskAccumulator"/> for the month fed the same calls.</returns>
    /// <exception cref="ArgumentException"><paramref name="month"/> is not in the ISO calendar, or its period extends outside <see cref="WorkingCalendar.SupportedRange"/>.</exception>
    public ServiceDeskReport ToReport(YearMonth month)
    {
        ReportingPeriod period = ReportingPeriod.Month(month, Zone);
        if (!UnixNanos.InRange(period.Start) || !UnixNanos.InRange(period.End))
        {
            throw new ArgumentException("The month must lie within WorkingCalendar.SupportedRange.", nameof(month));
        }

        int m = MonthTable.Number(month);
        var empty = new PriorityTally(); // a month in which an organisation has nothing counted
        var organisations = new OrganisationSlaFigures[_organisations.Count];
        int o = 0;
        foreach (OrganisationMonths organisation in _organisations.Values.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            OrganisationTally? tally = organisation.Find(m);
            var priorities = new PrioritySlaFigures[_policy.Count];
            for (int p = 0; p < priorities.Length; p++)
            {
                priorities[p] = Figures(organisation.Name, period, _policy[p], tally?.Priorities[p] ?? empty, organisation.OpenAtEnd(m, p));
            }

            organisations[o++] = new OrganisationSlaFigures(organisation.Name, period, Options.Basis, priorities, tally?.ProblemsLogged ?? 0, tally?.ChangesLogged ?? 0);
        }

        RejectedRecord[] rejected = [.. _rejected.OrderBy(r => r.Index)];
        RejectedRecord[] notJudged = [.. _notJudged.Where(n => n.First <= m && m <= n.Last).Select(n => n.Record).OrderBy(r => r.Index)];
        return new ServiceDeskReport(period, Options.Basis, organisations, rejected, notJudged, InputCount, _overlapping);
    }

    /// <summary>A priority's figures from a month's tally, whose <see cref="PriorityTally.OpenAtEnd"/> is a difference (see <see cref="OrganisationMonths"/>), with the count of calls open at the month's end.</summary>
    private PrioritySlaFigures Figures(string organisation, ReportingPeriod period, PrioritySla sla, PriorityTally tally, long openAtEnd)
    {
        long difference = tally.OpenAtEnd;
        tally.OpenAtEnd = openAtEnd;
        try
        {
            return new PrioritySlaFigures(organisation, period, Options.Basis, sla, tally);
        }
        finally
        {
            tally.OpenAtEnd = difference;
        }
    }
}
