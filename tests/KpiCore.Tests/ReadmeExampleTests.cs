using KpiCore.Time;
using NodaTime;

namespace KpiCore.Tests;

/// <summary>The README's quick start, compiled and checked: if this test changes, copy it into README.md.</summary>
public sealed class ReadmeExampleTests
{
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
