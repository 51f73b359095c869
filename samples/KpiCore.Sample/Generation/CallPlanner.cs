using KpiCore.ServiceDesk;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Sample.Generation;

/// <summary>Makes up one call of a priority: when it was logged and resolved so that it lands in the wanted months and meets or breaches its SLA as asked.</summary>
internal sealed class CallPlanner
{
    private readonly PrioritySla _sla;
    private readonly Random _random;

    internal CallPlanner(PrioritySla sla, Random random)
    {
        _sla = sla;
        _random = random;
    }

    /// <summary>Plans a call logged in <paramref name="month"/>, resolved in it (or in the next month when <paramref name="carried"/>).</summary>
    internal GeneratedCall Plan(ReportingPeriod month, bool carried, bool meets, string[] services, string[] categories)
    {
        WorkingCalendar calendar = _sla.Calendar;
        long target = (long)_sla.ResolutionTarget.TotalSeconds;
        double factor = meets ? 0.05 + (_random.NextDouble() * 0.92) : 1.05 + (_random.NextDouble() * 1.15);
        Duration used = Duration.FromSeconds(Math.Max(60, (long)(target * factor)));
        if (meets && used > _sla.ResolutionTarget)
        {
            used = _sla.ResolutionTarget;
        }

        int rank = _sla.Priority.Rank;
        bool hold = rank >= 3 && _random.Next(20) == 0;
        Duration holdLength = Duration.FromMinutes(60 + _random.Next(60 * 72));
        Instant end = month.End;
        Instant nextEnd = month.Next().End;
        double window = carried ? (0.02 + (_random.NextDouble() * 0.98)) * 12 * 86_400 : month.Length.TotalSeconds;
        Instant logged = default;
        Instant resolved = default;
        Instant? holdStart = null;
        Instant? holdEnd = null;
        for (int attempt = 0; ; attempt++)
        {
            Instant from = carried ? Max(month.Start, end - Duration.FromSeconds((long)window)) : month.Start;
            logged = from + Duration.FromSeconds((long)(_random.NextDouble() * (end - from).TotalSeconds));
            if (rank > 1 && !calendar.IsWorkingAt(logged) && _random.Next(20) < 17 && attempt < 400)
            {
                continue; // most calls are logged in office hours
            }

            if (attempt >= 400 && !carried)
            {
                logged = calendar.NextWorkingInstant(month.Start);
            }

            (resolved, holdStart, holdEnd) = Resolve(calendar, logged, used, hold ? holdLength : null);
            bool fits = carried ? resolved >= end && resolved < nextEnd : resolved < end;
            if (fits || attempt >= 400)
            {
                break;
            }

            if (carried)
            {
                window = Math.Max(window * 0.7, 1800); // resolved too early: log it later in the month
            }
        }

        Instant firstResponse = logged + Duration.FromSeconds(60 + _random.Next(45 * 60));
        if (firstResponse > resolved)
        {
            firstResponse = resolved;
        }

        CallType type = rank switch
        {
            <= 2 => CallType.Incident,
            3 => _random.Next(4) == 0 ? CallType.ServiceRequest : CallType.Incident,
            _ => _random.Next(4) == 0 ? CallType.Incident : CallType.ServiceRequest,
        };
        return new GeneratedCall(_sla.Priority.Code, type, logged, firstResponse, resolved, holdStart, holdEnd,
            services[_random.Next(services.Length)], categories[_random.Next(categories.Length)]);
    }

    private static (Instant Resolved, Instant? HoldStart, Instant? HoldEnd) Resolve(WorkingCalendar calendar, Instant logged, Duration used, Duration? hold)
    {
        if (hold is not Duration length)
        {
            return (calendar.AddWorkingTime(logged, used), null, null);
        }

        // On hold half-way through: the clock stops for the hold, so the SLA time used is still exactly 'used'.
        Duration half = Duration.FromSeconds((long)used.TotalSeconds / 2);
        Instant holdStart = calendar.AddWorkingTime(logged, half);
        Instant holdEnd = holdStart + length;
        return (calendar.AddWorkingTime(holdEnd, used - half), holdStart, holdEnd);
    }

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;
}
