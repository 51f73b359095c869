using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KpiCore.Time;
using NodaTime;
using Interval = NodaTime.Interval;

namespace KpiCore.Tests.Time;

public sealed class ReportingPeriodTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    private static Instant Utc(int year, int month, int day, int hour = 0) => Instant.FromUtc(year, month, day, hour, 0);

    // ---- hand-worked month lengths in Europe/London ----

    [Theory]
    [InlineData(2017, 10, 745)] // BST ends Sun 29 Oct 2017: 31 days * 24 + 1
    [InlineData(2018, 3, 743)] // BST starts Sun 25 Mar 2018: 31 days * 24 - 1
    [InlineData(2024, 2, 696)] // leap February: 29 * 24
    [InlineData(2017, 9, 720)] // 30 * 24, no change
    [InlineData(2018, 1, 744)] // 31 * 24, no change
    public void Month_London_LengthInHours(int year, int month, int hours) =>
        Assert.Equal(Duration.FromHours(hours), ReportingPeriod.Month(new YearMonth(year, month)).Length);

    [Fact]
    public void Month_October2017London_StartsAndEndsAtLocalMidnight()
    {
        ReportingPeriod october = ReportingPeriod.Month(new YearMonth(2017, 10), London);
        Assert.Equal(Utc(2017, 9, 30, 23), october.Start); // 00:00 BST = 23:00 UTC the day before
        Assert.Equal(Utc(2017, 11, 1), october.End); // 00:00 GMT
        Assert.Equal(new Interval(october.Start, october.End), october.Interval);
        Assert.Equal(new LocalDate(2017, 10, 1), october.FirstDay);
        Assert.Equal(new LocalDate(2017, 10, 31), october.LastDay);
        Assert.Equal(new YearMonth(2017, 10), october.CalendarMonth);
        Assert.True(october.IsMonth);
        Assert.Equal(31, october.DayCount);
    }

    [Fact]
    public void Month_NoZone_DefaultsToEuropeLondon()
    {
        ReportingPeriod period = ReportingPeriod.Month(new YearMonth(2017, 10));
        Assert.Equal("Europe/London", period.Zone.Id);
        Assert.Equal("Europe/London", ReportingPeriod.DefaultZone.Id);
        Assert.Equal("Europe/London", ReportingPeriod.ForDates(new LocalDate(2017, 10, 1), new LocalDate(2017, 10, 1)).Zone.Id);
    }

    [Fact]
    public void Month_Utc_EveryMonthIsDaysTimes24Hours()
    {
        int[] daysInMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
        for (int year = 2015; year <= 2025; year++)
        {
            bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
            for (int month = 1; month <= 12; month++)
            {
                int days = daysInMonth[month - 1] + (month == 2 && leap ? 1 : 0);
                ReportingPeriod period = ReportingPeriod.Month(new YearMonth(year, month), DateTimeZone.Utc);
                Assert.Equal(Duration.FromHours(days * 24), period.Length);
                Assert.Equal(Utc(year, month, 1), period.Start);
            }
        }
    }

    // ---- zones whose midnight does not exist ----

    [Fact]
    public void Month_AsuncionOctober2017_StartsAtFirstInstantOfDay()
    {
        // Paraguay moved clocks from 00:00 (-04) to 01:00 (-03) on Sunday 1 October 2017: local midnight did not exist.
        DateTimeZone asuncion = DateTimeZoneProviders.Tzdb["America/Asuncion"];
        Assert.Throws<SkippedTimeException>(() => asuncion.AtStrictly(new LocalDateTime(2017, 10, 1, 0, 0)));
        ReportingPeriod october = ReportingPeriod.Month(new YearMonth(2017, 10), asuncion);
        Assert.Equal(Utc(2017, 10, 1, 4), october.Start); // 01:00 -03
        Assert.Equal(Utc(2017, 11, 1, 3), october.End); // 00:00 -03
        Assert.Equal(Duration.FromHours((31 * 24) - 1), october.Length);
        Assert.Equal(october.Start, october.Previous().End);
    }

    [Fact]
    public void ForDates_SaoPauloDstDay_StartsAtOneAndLasts23Hours()
    {
        // Brazil moved clocks from 00:00 (-03) to 01:00 (-02) on Sunday 4 November 2018.
        DateTimeZone saoPaulo = DateTimeZoneProviders.Tzdb["America/Sao_Paulo"];
        var day = new LocalDate(2018, 11, 4);
        ReportingPeriod period = ReportingPeriod.ForDates(day, day, saoPaulo);
        Assert.Equal(Utc(2018, 11, 4, 3), period.Start); // 01:00 -02
        Assert.Equal(Utc(2018, 11, 5, 2), period.End); // 00:00 -02
        Assert.Equal(Duration.FromHours(23), period.Length);
        Assert.Equal(period.Start, period.Previous().End);
    }

    // ---- navigation ----

    [Fact]
    public void PreviousNext_Month_AdjacentMonthsAcrossYearEnd()
    {
        ReportingPeriod january = ReportingPeriod.Month(new YearMonth(2018, 1), London);
        Assert.Equal(ReportingPeriod.Month(new YearMonth(2017, 12), London), january.Previous());
        Assert.Equal(ReportingPeriod.Month(new YearMonth(2018, 2), London), january.Next());
        Assert.Equal(january.End, january.Next().Start);
        Assert.Equal(january.Start, january.Previous().End);
    }

    [Fact]
    public void PreviousNext_DateRange_AdjacentRangeOfSameLength()
    {
        ReportingPeriod week = ReportingPeriod.ForDates(new LocalDate(2017, 10, 2), new LocalDate(2017, 10, 8), London);
        Assert.Null(week.CalendarMonth);
        Assert.False(week.IsMonth);
        Assert.Equal(7, week.DayCount);
        Assert.Equal(ReportingPeriod.ForDates(new LocalDate(2017, 10, 9), new LocalDate(2017, 10, 15), London), week.Next());
        Assert.Equal(ReportingPeriod.ForDates(new LocalDate(2017, 9, 25), new LocalDate(2017, 10, 1), London), week.Previous());
    }

    [Fact]
    public void Months_October2017ToMarch2018_SixContiguousMonths()
    {
        ReportingPeriod[] months = ReportingPeriod.Months(new YearMonth(2017, 10), new YearMonth(2018, 3), London).ToArray();
        Assert.Equal(6, months.Length);
        Assert.Equal(new YearMonth(2017, 10), months[0].CalendarMonth);
        Assert.Equal(new YearMonth(2018, 3), months[^1].CalendarMonth);
        for (int i = 1; i < months.Length; i++)
        {
            Assert.Equal(months[i - 1].End, months[i].Start);
        }

        // 745 + 720 + 744 + 744 + 672 + 743 hours, Oct 2017 to Mar 2018
        Assert.Equal(Duration.FromHours(745 + 720 + 744 + 744 + 672 + 743), months[^1].End - months[0].Start);
    }

    [Fact]
    public void Months_SingleMonth_OnePeriod() =>
        Assert.Single(ReportingPeriod.Months(new YearMonth(2017, 10), new YearMonth(2017, 10)));

    // ---- validation ----

    [Fact]
    public void ForDates_LastBeforeFirst_ThrowsWithParamName()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(
            () => ReportingPeriod.ForDates(new LocalDate(2017, 10, 2), new LocalDate(2017, 10, 1)));
        Assert.Equal("lastDayInclusive", ex.ParamName);
    }

    [Fact]
    public void Months_LastBeforeFirst_ThrowsEagerlyWithParamName()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(
            () => ReportingPeriod.Months(new YearMonth(2017, 10), new YearMonth(2017, 9)));
        Assert.Equal("last", ex.ParamName);
    }

    [Fact]
    public void Month_NonIsoCalendar_ThrowsWithParamName()
    {
        var ex = Assert.Throws<ArgumentException>(() => ReportingPeriod.Month(new YearMonth(2017, 10, CalendarSystem.Julian)));
        Assert.Equal("month", ex.ParamName);
    }

    [Fact]
    public void ForDates_NonIsoCalendar_ThrowsWithParamName()
    {
        var ex = Assert.Throws<ArgumentException>(
            () => ReportingPeriod.ForDates(new LocalDate(2017, 10, 1, CalendarSystem.Julian), new LocalDate(2017, 10, 2, CalendarSystem.Julian)));
        Assert.Equal("firstDay", ex.ParamName);
    }

    // ---- contains, equality, formatting ----

    [Fact]
    public void Contains_HalfOpen_StartInEndOut()
    {
        ReportingPeriod october = ReportingPeriod.Month(new YearMonth(2017, 10), London);
        Assert.True(october.Contains(Utc(2017, 9, 30, 23)));
        Assert.False(october.Contains(Utc(2017, 9, 30, 23) - Duration.FromTicks(1)));
        Assert.True(october.Contains(Utc(2017, 11, 1) - Duration.FromTicks(1)));
        Assert.False(october.Contains(Utc(2017, 11, 1)));
    }

    [Fact]
    public void Equality_SameMonthAndZone_EqualWithSameHash()
    {
        ReportingPeriod a = ReportingPeriod.Month(new YearMonth(2017, 10));
        ReportingPeriod b = ReportingPeriod.Month(new YearMonth(2017, 10), London);
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Equality_DifferentKindZoneOrMonth_NotEqual()
    {
        ReportingPeriod month = ReportingPeriod.Month(new YearMonth(2017, 10), London);
        ReportingPeriod sameDays = ReportingPeriod.ForDates(new LocalDate(2017, 10, 1), new LocalDate(2017, 10, 31), London);
        Assert.Equal(month.Interval, sameDays.Interval);
        Assert.NotEqual(month, sameDays);
        Assert.NotEqual(month, ReportingPeriod.Month(new YearMonth(2017, 10), DateTimeZone.Utc));
        Assert.NotEqual(month, ReportingPeriod.Month(new YearMonth(2017, 11), London));
        Assert.False(month == null);
        Assert.False(month.Equals(null));
    }

    [Fact]
    public void ToString_AnyCulture_IsoWithZone()
    {
        CultureInfo saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("ar-SA");
            Assert.Equal("2017-10 (Europe/London)", ReportingPeriod.Month(new YearMonth(2017, 10)).ToString());
            Assert.Equal(
                "2017-10-02..2017-10-08 (Europe/London)",
                ReportingPeriod.ForDates(new LocalDate(2017, 10, 2), new LocalDate(2017, 10, 8)).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    // ---- laws ----

    [Property(MaxTest = 300)]
    public bool Month_AnyLondonMonth_LengthWithinOneHourOfDaysAndAdjacentToNeighbours(int seed)
    {
        var random = new Random(seed);
        var month = new YearMonth(random.Next(1980, 2060), random.Next(1, 13));
        ReportingPeriod period = ReportingPeriod.Month(month, London);
        long hours = (long)period.Length.TotalHours;
        long days = period.DayCount;
        return period.Length == Duration.FromHours(hours)
            && Math.Abs(hours - (days * 24)) <= 1
            && period.Next().Start == period.End
            && period.Previous().End == period.Start
            && period.Contains(period.Start) && !period.Contains(period.End);
    }

    [Property(MaxTest = 200)]
    public Property ForDates_AnyRange_NextAndPreviousTileTheLine()
    {
        Gen<(LocalDate First, int Days)> gen =
            from dayNumber in Gen.Choose(0, 20_000)
            from days in Gen.Choose(1, 60)
            select (new LocalDate(1990, 1, 1).PlusDays(dayNumber), days);
        return Prop.ForAll(gen.ToArbitrary(), input =>
        {
            ReportingPeriod period = ReportingPeriod.ForDates(input.First, input.First.PlusDays(input.Days - 1), London);
            ReportingPeriod next = period.Next();
            ReportingPeriod previous = period.Previous();
            return period.DayCount == input.Days
                && next.DayCount == input.Days && previous.DayCount == input.Days
                && next.Start == period.End && previous.End == period.Start
                && next.Previous() == period && previous.Next() == period;
        });
    }
}
