using KpiCore.Availability;
using KpiCore.Kpis;
using KpiCore.ServiceDesk;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Tests;

/// <summary>The README's quick start, compiled and checked: if this test changes, copy it into README.md.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void QuickStart_ProducesTheFiguresTheReadmeShows()
    {
        // README quick start (begin)
        DateTimeZone london = DateTimeZoneProviders.Tzdb["Europe/London"];
        var september = ReportingPeriod.Month(new YearMonth(2017, 9), london);            // 720 hours
        Instant At(int d, int h, int m = 0) => new LocalDateTime(2017, 9, d, h, m).InZoneStrictly(london).ToInstant();

        // Availability: 24x7, planned maintenance counted, target 99.9%.
        var catalogue = ServiceCatalogue.Empty.With("Website", AvailabilityPolicy.AtLeast(99.9));
        var outages = new[] { new Outage("Website", At(12, 9), At(13, 4, 39) + Duration.FromSeconds(22)) };
        ServiceAvailability website = AvailabilityCalculator
            .Calculate(outages, catalogue, september, asOf: september.End).Get("Website", september);
        Console.WriteLine($"{website.Availability} {website.Outcome}");                  // 97.27% Missed

        // Service desk: a P2 call on the default UK council policy (8 working hours, Mon-Fri 08:00-18:00).
        SlaPolicy policy = SlaPolicy.UkCouncilDefault();
        var call = new Call("INC1", "Brent", Priority.P2, CallType.Incident, logged: At(8, 16), resolved: At(11, 13));
        CallSlaResult result = policy.Evaluate(call, asOf: september.End);
        Console.WriteLine($"{result.Status} after {result.SlaTimeUsed.TotalHours} working hours"); // Met after 7 working hours
        // README quick start (end)

        Assert.Equal("97.27%", website.Availability.ToString());
        Assert.Equal(TargetOutcome.Missed, website.Outcome);
        // Fri 8 Sep 16:00-18:00 = 2 h, Mon 11 Sep 08:00-13:00 = 5 h: 7 working hours of 8.
        Assert.Equal(Duration.FromHours(7), result.SlaTimeUsed);
        Assert.Equal(CallSlaStatus.Met, result.Status);
    }

    [Fact]
    public void CouncilCalendar_ChristmasWeek_DueAfterHolidaysAndClosureDay()
    {
        // README council calendar (begin)
        var holidays = UkBankHolidays.Official(UkDivision.EnglandAndWales);               // GOV.UK data 2012-2028, rules 1970-2100
        WorkingCalendar officeHours = WorkingCalendar.Create(DateTimeZoneProviders.Tzdb["Europe/London"])
            .WithHours(IsoDayOfWeek.Monday, IsoDayOfWeek.Friday, new LocalTime(8, 0), new LocalTime(18, 0))
            .WithClosedDates(holidays.DatesBetween(new LocalDate(2017, 1, 1), new LocalDate(2027, 12, 31)))
            .WithClosedDates([new LocalDate(2017, 12, 27)])                                  // a council closure day
            .WithSpecialHours(new LocalDate(2017, 12, 22), new LocalTimeRange(new LocalTime(8, 0), new LocalTime(13, 0)));
        Instant logged = Instant.FromUtc(2017, 12, 21, 17, 30);                            // Thursday 17:30 GMT
        Instant due = officeHours.AddWorkingTime(logged, Duration.FromHours(8));            // Thursday 28 December 10:30
        // README council calendar (end)

        // Thu 21 17:30-18:00 = 0.5 h; Fri 22 08:00-13:00 = 5 h; Mon 25 and Tue 26 bank holidays; Wed 27 closed;
        // Thu 28 from 08:00 the remaining 2.5 h: 10:30 GMT.
        Assert.Equal(Instant.FromUtc(2017, 12, 28, 10, 30), due);
    }
}
