using System.Globalization;
using System.Text;
using KpiCore.ServiceDesk;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Tests.ServiceDesk;

/// <summary>Shared helpers: London instants, the default policy, an independent day-by-day working-time reference, and a report fingerprint.</summary>
internal static class ServiceDeskTestData
{
    internal static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    internal static SlaPolicy Policy => SlaPolicy.UkCouncilDefault();

    internal static ReportingPeriod April2017 => ReportingPeriod.Month(new YearMonth(2017, 4), London);

    /// <summary>An instant from a London local time that is neither skipped nor repeated.</summary>
    internal static Instant Local(int year, int month, int day, int hour, int minute = 0, int second = 0) =>
        London.AtStrictly(new LocalDateTime(year, month, day, hour, minute, second)).ToInstant();

    /// <summary>England and Wales bank holidays of 2017, typed from GOV.UK.</summary>
    internal static readonly LocalDate[] Holidays2017 =
    [
        new(2017, 1, 2), new(2017, 4, 14), new(2017, 4, 17), new(2017, 5, 1), new(2017, 5, 29), new(2017, 8, 28), new(2017, 12, 25), new(2017, 12, 26),
    ];

    /// <summary>Working time Mon-Fri 08:00-18:00 London between two instants, day by day, without WorkingCalendar.</summary>
    internal static Duration NaiveOfficeTime(Instant from, Instant to)
    {
        if (to <= from)
        {
            return Duration.Zero;
        }

        Duration total = Duration.Zero;
        for (LocalDate date = from.InZone(London).Date; date <= to.InZone(London).Date; date = date.PlusDays(1))
        {
            if (date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday || Array.IndexOf(Holidays2017, date) >= 0)
            {
                continue;
            }

            Instant open = London.AtStrictly(date.At(new LocalTime(8, 0))).ToInstant();
            Instant close = London.AtStrictly(date.At(new LocalTime(18, 0))).ToInstant();
            Instant s = open > from ? open : from;
            Instant e = close < to ? close : to;
            if (e > s)
            {
                total += e - s;
            }
        }

        return total;
    }

    /// <summary>The SLA time of a resolved call under the default policy, computed without the library's clocks.</summary>
    internal static Duration NaiveUsed(Call call, Instant end)
    {
        Func<Instant, Instant, Duration> working = call.Priority == Priority.P1 ? (a, b) => b > a ? b - a : Duration.Zero : NaiveOfficeTime;
        Duration used = working(call.Logged, end);
        foreach (Interval hold in Merge(call.OnHold))
        {
            Instant s = hold.Start > call.Logged ? hold.Start : call.Logged;
            Instant e = hold.End < end ? hold.End : end;
            if (e > s)
            {
                used -= working(s, e);
            }
        }

        return used;
    }

    /// <summary>Whether a (non-empty) on-hold interval starts before the call was logged or ends after it was resolved: then its SLA cannot be judged.</summary>
    internal static bool HoldOutsideLife(Call call) =>
        call.OnHold.Any(h => h.End > h.Start && (h.Start < call.Logged || (call.Resolved is Instant r && h.End > r)));

    internal static Duration DefaultTarget(Priority priority) =>
        priority == Priority.P1 ? Duration.FromHours(4) : priority == Priority.P2 ? Duration.FromHours(8) : priority == Priority.P3 ? Duration.FromHours(30) : Duration.FromHours(50);

    internal static List<Interval> Merge(IEnumerable<Interval> intervals)
    {
        var merged = new List<Interval>();
        foreach (Interval i in intervals.Where(i => i.End > i.Start).OrderBy(i => i.Start))
        {
            if (merged.Count > 0 && i.Start <= merged[^1].End)
            {
                Interval last = merged[^1];
                merged[^1] = new Interval(last.Start, i.End > last.End ? i.End : last.End);
            }
            else
            {
                merged.Add(i);
            }
        }

        return merged;
    }

    /// <summary>Every figure of a report as text, so two reports can be compared exactly.</summary>
    internal static string Fingerprint(ServiceDeskReport report)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"in={report.InputCount} counted={report.Counted} overlap={report.CallsWithOverlappingOnHold}\n");
        foreach (var org in report.Organisations)
        {
            text.Append(CultureInfo.InvariantCulture, $"{org.Organisation} L={org.Logged} R={org.Resolved} N={org.NotJudged} M={org.Met} O={org.OpenAtPeriodEnd} P={org.ProblemRecordsLogged} C={org.ChangeRecordsLogged} {org.OverallWithinSla}\n");
            foreach (var p in org.Priorities)
            {
                text.Append(CultureInfo.InvariantCulture, $" {p.Priority} L={p.Logged} R={p.Resolved} N={p.NotJudged} M={p.Met} O={p.OpenAtPeriodEnd} {p.WithinSla} [{p.WithinSlaLower},{p.WithinSlaUpper}] {p.MedianWorkingTime} {p.Percentile90WorkingTime} {p.MedianElapsedTime} {p.Percentile90ElapsedTime} {p.Evaluation} {p.JudgedBy}\n");
            }
        }

        foreach (var r in report.Rejected)
        {
            text.Append(CultureInfo.InvariantCulture, $"x {r.Index} {r.RecordId} {r.Field}\n");
        }

        foreach (var r in report.NotJudged)
        {
            text.Append(CultureInfo.InvariantCulture, $"? {r.Index} {r.RecordId} {r.Field}\n");
        }

        return text.ToString();
    }
}
