using KpiCore.Time;
using NodaTime;
using NodaTime.HighPerformance;

namespace KpiCore.Tests.Time;

public sealed class WorkingCalendarTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    private static readonly WorkingCalendar OfficeHours = WorkingCalendar.Create(London)
        .WithHours(IsoDayOfWeek.Monday, IsoDayOfWeek.Friday, new LocalTime(8, 0), new LocalTime(18, 0));

    /// <summary>Every day 22:00-24:00 and 00:00-06:00: an overnight operations shift.</summary>
    private static readonly WorkingCalendar NightShift = WorkingCalendar.Create(London)
        .WithHours(IsoDayOfWeek.Monday, IsoDayOfWeek.Sunday,
            new LocalTimeRange(LocalTime.Midnight, new LocalTime(6, 0)),
            new LocalTimeRange(new LocalTime(22, 0), LocalTime.Midnight));

    private static Instant L(int year, int month, int day, int hour, int minute = 0) =>
        London.AtStrictly(new LocalDateTime(year, month, day, hour, minute)).ToInstant();

    private static Instant Utc(int year, int month, int day, int hour, int minute = 0) => Instant.FromUtc(year, month, day, hour, minute);

    // ---------------------------------------------------------------- published examples

    [Fact]
    public void AddWorkingTime_TimePeriodLibraryReadme_Is6AprilAt1630()
    {
        // Mon-Fri 08:30-12:00 + 13:30-18:00 (8 h a day), closed Tue 2011-04-05. From Fri 2011-04-01 09:00 + 22 h:
        // Fri 09:00-12:00 3 h + 13:30-18:00 4.5 h = 7.5 h (14.5 left); Mon 04-04 8 h (6.5 left); Tue closed;
        // Wed 04-06 08:30-12:00 3.5 h (3 left); 13:30 + 3 h = 16:30.
        WorkingCalendar calendar = WorkingCalendar.Create(London)
            .WithHours(IsoDayOfWeek.Monday, IsoDayOfWeek.Friday,
                new LocalTimeRange(new LocalTime(8, 30), new LocalTime(12, 0)),
                new LocalTimeRange(new LocalTime(13, 30), new LocalTime(18, 0)))
            .WithClosedDates([new LocalDate(2011, 4, 5)]);

        Assert.Equal(L(2011, 4, 6, 16, 30), calendar.AddWorkingTime(L(2011, 4, 1, 9), Duration.FromHours(22)));
        Assert.Equal(Duration.FromHours(22), calendar.WorkingTimeBetween(L(2011, 4, 1, 9), L(2011, 4, 6, 16, 30)));
    }

    [Fact]
    public void WorkingTimeBetween_ServiceNowFridayNightToMonday_Is1h30Working60h30Actual()
    {
        // Mon-Fri 08:00-17:00; Fri 2014-12-12 21:00 to Mon 2014-12-15 09:30: only Mon 08:00-09:30 works = 1 h 30;
        // elapsed = 3 days (72 h) - 11.5 h = 60 h 30.
        WorkingCalendar calendar = WorkingCalendar.Create(London)
            .WithHours(IsoDayOfWeek.Monday, IsoDayOfWeek.Friday, new LocalTime(8, 0), new LocalTime(17, 0));
        Instant start = L(2014, 12, 12, 21);
        Instant end = L(2014, 12, 15, 9, 30);

        Assert.Equal(Duration.FromMinutes(90), calendar.WorkingTimeBetween(start, end));
        Assert.Equal(Duration.FromMinutes((60 * 60) + 30), end - start);
    }

    [Fact]
    public void WorkingTimeBetween_ServiceNow1400ToNextMorning_Is3hWorking19hActual()
    {
        // 09:00-17:00 weekdays; Tue 2014-12-09 14:00 to Wed 09:00: 14:00-17:00 = 3 h; elapsed 19 h.
        WorkingCalendar calendar = WorkingCalendar.Create(London)
            .WithHours(IsoDayOfWeek.Monday, IsoDayOfWeek.Friday, new LocalTime(9, 0), new LocalTime(17, 0));
        Instant start = L(2014, 12, 9, 14);
        Instant end = L(2014, 12, 10, 9);

        Assert.Equal(Duration.FromHours(3), calendar.WorkingTimeBetween(start, end));
        Assert.Equal(Duration.FromHours(19), end - start);
        // Landing exactly on the end of the working day gives 17:00, not 09:00 the next day.
        Assert.Equal(L(2014, 12, 9, 17), calendar.AddWorkingTime(start, Duration.FromHours(3)));
    }

    [Fact]
    public void AddWorkingTime_RickarFriday1700Plus4h_IsMonday1100()
    {
        // 08:00-18:00: Fri 17:00-18:00 1 h, then 3 h from Mon 08:00 = 11:00.
        Assert.Equal(L(2014, 12, 15, 11), OfficeHours.AddWorkingTime(L(2014, 12, 12, 17), Duration.FromHours(4)));
    }

    [Fact]
    public void AddWorkingTime_JsmGoal16hFromMonday1100_IsThursday1100()
    {
        // Mon 09-17, Tue 09-16, Wed closed, Thu 08-17; Mon 2014-12-08 11:00 + 16 h:
        // Mon 11-17 6 h (10 left), Tue 7 h (3 left), Wed none, Thu 08:00 + 3 h = 11:00.
        WorkingCalendar calendar = WorkingCalendar.Create(London)
            .WithHours(IsoDayOfWeek.Monday, new LocalTimeRange(new LocalTime(9, 0), new LocalTime(17, 0)))
            .WithHours(IsoDayOfWeek.Tuesday, new LocalTimeRange(new LocalTime(9, 0), new LocalTime(16, 0)))
            .WithHours(IsoDayOfWeek.Thursday, new LocalTimeRange(new LocalTime(8, 0), new LocalTime(17, 0)));

        Assert.Equal(L(2014, 12, 11, 11), calendar.AddWorkingTime(L(2014, 12, 8, 11), Duration.FromHours(16)));
    }

    // ---------------------------------------------------------------- hand-worked

    [Fact]
    public void AddWorkingTime_Friday1730BeforeAugustBankHoliday_IsTuesday1530()
    {
        // 08:00-18:00, Mon 2017-08-28 closed. Fri 25th 17:30-18:00 = 0.5 h (7.5 h left); Sat, Sun, Mon none;
        // Tue 29th 08:00 + 7.5 h = 15:30.
        WorkingCalendar calendar = OfficeHours.WithClosedDates([new LocalDate(2017, 8, 28)]);

        Assert.Equal(L(2017, 8, 29, 15, 30), calendar.AddWorkingTime(L(2017, 8, 25, 17, 30), Duration.FromHours(8)));
    }

    [Fact]
    public void AddWorkingTime_Friday1830BeforeAugustBankHoliday_IsTuesday1600()
    {
        // Logged after hours: the clock starts Tue 29th 08:00 (Mon is closed); + 8 h = 16:00.
        WorkingCalendar calendar = OfficeHours.WithClosedDates([new LocalDate(2017, 8, 28)]);

        Assert.Equal(L(2017, 8, 29, 16), calendar.AddWorkingTime(L(2017, 8, 25, 18, 30), Duration.FromHours(8)));
        Assert.Equal(Duration.FromHours(8), calendar.WorkingTimeBetween(L(2017, 8, 25, 18, 30), L(2017, 8, 29, 16)));
    }

    [Fact]
    public void WorkingTimeBetween_ChristmasWeek2017_Is30Hours()
    {
        // Closed Mon 25 and Tue 26 Dec 2017. Fri 22nd 12:00 to Fri 29th 12:00:
        // Fri 12-18 6 h + Wed 10 h + Thu 10 h + Fri 08-12 4 h = 30 h.
        WorkingCalendar calendar = OfficeHours.WithClosedDates([new LocalDate(2017, 12, 25), new LocalDate(2017, 12, 26)]);

        Assert.Equal(Duration.FromHours(30), calendar.WorkingTimeBetween(L(2017, 12, 22, 12), L(2017, 12, 29, 12)));
        // Fri 22nd 16:00 + 10 h: Fri 2 h (8 left), Wed 27th 08:00 + 8 h = 16:00.
        Assert.Equal(L(2017, 12, 27, 16), calendar.AddWorkingTime(L(2017, 12, 22, 16), Duration.FromHours(10)));
        Assert.False(calendar.IsWorkingAt(L(2017, 12, 26, 10)));
        Assert.Equal(L(2017, 12, 27, 8), calendar.NextWorkingInstant(L(2017, 12, 22, 18)));
    }

    [Fact]
    public void WorkingTimeBetween_SpanAroundSpecialHoursDay_UsesSpecialHoursAndClosedDateWins()
    {
        // Tue 2024-12-24 special 08:00-13:00; Wed 25 and Thu 26 closed (25th also has special hours: closed wins);
        // Sat 28th special 10:00-12:00. Mon 23rd 17:00 to Mon 30th 09:00:
        // Mon 1 h + Tue 5 h + Fri 27th 10 h + Sat 2 h + Mon 30th 1 h = 19 h.
        WorkingCalendar calendar = OfficeHours
            .WithSpecialHours(new LocalDate(2024, 12, 24), new LocalTimeRange(new LocalTime(8, 0), new LocalTime(13, 0)))
            .WithSpecialHours(new LocalDate(2024, 12, 25), new LocalTimeRange(new LocalTime(10, 0), new LocalTime(12, 0)))
            .WithSpecialHours(new LocalDate(2024, 12, 28), new LocalTimeRange(new LocalTime(10, 0), new LocalTime(12, 0)))
            .WithClosedDates([new LocalDate(2024, 12, 25), new LocalDate(2024, 12, 26)]);

        Assert.Equal(Duration.FromHours(19), calendar.WorkingTimeBetween(L(2024, 12, 23, 17), L(2024, 12, 30, 9)));
        // Tue 24th 12:00 + 2 h: 12-13 1 h, then Fri 27th 08:00 + 1 h = 09:00.
        Assert.Equal(L(2024, 12, 27, 9), calendar.AddWorkingTime(L(2024, 12, 24, 12), Duration.FromHours(2)));
        Assert.Empty(calendar.GetHours(new LocalDate(2024, 12, 25)));
        Assert.Equal([new LocalTimeRange(new LocalTime(8, 0), new LocalTime(13, 0))], calendar.GetHours(new LocalDate(2024, 12, 24)));
    }

    [Fact]
    public void WorkingTimeBetween_BothInsideOneNonWorkingGap_IsZero()
    {
        Assert.Equal(Duration.Zero, OfficeHours.WorkingTimeBetween(L(2017, 8, 26, 10), L(2017, 8, 27, 15))); // Sat to Sun
        Assert.Equal(Duration.Zero, OfficeHours.WorkingTimeBetween(L(2017, 8, 22, 18), L(2017, 8, 23, 8))); // 18:00 to 08:00
    }

    [Fact]
    public void WorkingTimeBetween_ZeroLengthSpan_IsZero()
    {
        Assert.Equal(Duration.Zero, OfficeHours.WorkingTimeBetween(L(2017, 8, 22, 10), L(2017, 8, 22, 10)));
    }

    [Fact]
    public void AddWorkingTime_Zero_ReturnsStartEvenOutsideHours()
    {
        Assert.Equal(L(2017, 8, 26, 10), OfficeHours.AddWorkingTime(L(2017, 8, 26, 10), Duration.Zero));
    }

    [Fact]
    public void AddWorkingTime_StartOutsideHours_StartsAtNextWorkingInstant()
    {
        // Sat 2017-08-26 10:00 + 1 min = Mon 28th 08:01.
        Assert.Equal(L(2017, 8, 28, 8, 1), OfficeHours.AddWorkingTime(L(2017, 8, 26, 10), Duration.FromMinutes(1)));
    }

    [Fact]
    public void IsWorkingAt_Boundaries_StartIncludedEndExcluded()
    {
        Assert.True(OfficeHours.IsWorkingAt(L(2017, 8, 22, 8)));
        Assert.False(OfficeHours.IsWorkingAt(L(2017, 8, 22, 8) - Duration.Epsilon));
        Assert.True(OfficeHours.IsWorkingAt(L(2017, 8, 22, 18) - Duration.Epsilon));
        Assert.False(OfficeHours.IsWorkingAt(L(2017, 8, 22, 18)));
    }

    [Fact]
    public void NextWorkingInstant_WorkingInstant_IsItself_OtherwiseNextStart()
    {
        Assert.Equal(L(2017, 8, 22, 9), OfficeHours.NextWorkingInstant(L(2017, 8, 22, 9)));
        Assert.Equal(L(2017, 8, 22, 8), OfficeHours.NextWorkingInstant(L(2017, 8, 22, 8)));
        Assert.Equal(L(2017, 8, 28, 8), OfficeHours.NextWorkingInstant(L(2017, 8, 25, 18))); // Fri 18:00 -> Mon 08:00
    }

    [Fact]
    public void WorkingTimeBetween_LongSpan_CountsEveryWeekdayTenHours()
    {
        // 2015-01-01 to 2025-01-01 (local midnights): 2015..2024 have 261, 261, 260, 261, 261, 262, 261, 260, 260, 262
        // weekdays (52 weeks = 260, plus 1 for each of the extra 1 or 2 days of the year that is a weekday) = 2609; x 10 h.
        Assert.Equal(Duration.FromHours(2609 * 10), OfficeHours.WorkingTimeBetween(L(2015, 1, 1, 0), L(2025, 1, 1, 0)));
    }

    // ---------------------------------------------------------------- DST (London: 26 Mar / 29 Oct 2017, 31 Mar / 27 Oct 2024)

    [Theory]
    [InlineData(2017, 3, 26, 23)]
    [InlineData(2017, 10, 29, 25)]
    [InlineData(2024, 3, 31, 23)]
    [InlineData(2024, 10, 27, 25)]
    public void TwentyFourSeven_ClockChangeDay_MeasuresRealHours(int year, int month, int day, int hours)
    {
        WorkingCalendar calendar = WorkingCalendar.TwentyFourSeven(London);
        Instant start = London.AtStartOfDay(new LocalDate(year, month, day)).ToInstant();
        Instant end = London.AtStartOfDay(new LocalDate(year, month, day).PlusDays(1)).ToInstant();

        Assert.Equal(Duration.FromHours(hours), end - start); // the zone data agrees with the expected day length
        Assert.Equal(Duration.FromHours(hours), calendar.WorkingTimeBetween(start, end));
        Assert.Equal(end, calendar.AddWorkingTime(start, Duration.FromHours(hours)));
    }

    [Fact]
    public void WorkingTimeBetween_NightShiftOnSpringForwardDay_Is5HoursFor0000To0600()
    {
        // 26 Mar 2017: 00:00 GMT = 00:00Z; 06:00 BST = 05:00Z -> 5 h. Sat 22:00 GMT (22:00Z) joins up: 22:00Z-05:00Z = 7 h.
        Assert.Equal(Duration.FromHours(5), NightShift.WorkingTimeBetween(Utc(2017, 3, 26, 0), Utc(2017, 3, 26, 12)));
        Assert.Equal(Duration.FromHours(7), NightShift.WorkingTimeBetween(Utc(2017, 3, 25, 20), Utc(2017, 3, 26, 12)));
        Assert.Equal(Utc(2017, 3, 26, 5), NightShift.AddWorkingTime(Utc(2017, 3, 25, 22), Duration.FromHours(7)));
        // 31 Mar 2024 likewise.
        Assert.Equal(Duration.FromHours(5), NightShift.WorkingTimeBetween(Utc(2024, 3, 31, 0), Utc(2024, 3, 31, 12)));
    }

    [Fact]
    public void WorkingTimeBetween_NightShiftOnFallBackDay_Is7HoursFor0000To0600()
    {
        // 29 Oct 2017: 00:00 BST = 28 Oct 23:00Z; 06:00 GMT = 06:00Z -> 7 h; Sat 22:00 BST = 21:00Z -> 06:00Z = 9 h.
        Assert.Equal(Duration.FromHours(7), NightShift.WorkingTimeBetween(Utc(2017, 10, 28, 23), Utc(2017, 10, 29, 12)));
        Assert.Equal(Duration.FromHours(9), NightShift.WorkingTimeBetween(Utc(2017, 10, 28, 12), Utc(2017, 10, 29, 12)));
        Assert.Equal(Utc(2017, 10, 29, 6), NightShift.AddWorkingTime(Utc(2017, 10, 28, 21), Duration.FromHours(9)));
        // 27 Oct 2024 likewise: 26 Oct 23:00Z to 27 Oct 06:00Z.
        Assert.Equal(Duration.FromHours(7), NightShift.WorkingTimeBetween(Utc(2024, 10, 26, 23), Utc(2024, 10, 27, 12)));
        Assert.True(NightShift.IsWorkingAt(Utc(2024, 10, 27, 0, 30))); // 01:30 BST, first pass
        Assert.True(NightShift.IsWorkingAt(Utc(2024, 10, 27, 1, 30))); // 01:30 GMT, second pass
    }

    [Theory]
    [InlineData(2017, 3, 26, 0)] // 01:00-02:00 does not exist: empty
    [InlineData(2017, 10, 29, 2)] // 01:00 BST (00:00Z) to 02:00 GMT (02:00Z): both passes
    [InlineData(2024, 3, 31, 0)]
    [InlineData(2024, 10, 27, 2)]
    public void WorkingTimeBetween_RangeOnTheChangingHour_FollowsTheRule(int year, int month, int day, int hours)
    {
        WorkingCalendar calendar = WorkingCalendar.Create(London)
            .WithHours(IsoDayOfWeek.Sunday, new LocalTimeRange(new LocalTime(1, 0), new LocalTime(2, 0)));

        Assert.Equal(Duration.FromHours(hours), calendar.WorkingTimeBetween(Utc(year, month, day - 1, 12), Utc(year, month, day, 12)));
    }

    [Fact]
    public void WorkingTimeBetween_RangeStartingInTheGap_StartsWhenClocksJump()
    {
        // 01:30-03:00 on 26 Mar 2017: 01:30 does not exist -> 01:00Z (clocks jump to 02:00 BST); 03:00 BST = 02:00Z: 1 h.
        WorkingCalendar calendar = WorkingCalendar.Create(London)
            .WithHours(IsoDayOfWeek.Sunday, new LocalTimeRange(new LocalTime(1, 30), new LocalTime(3, 0)));

        Assert.Equal(Duration.FromHours(1), calendar.WorkingTimeBetween(Utc(2017, 3, 25, 12), Utc(2017, 3, 26, 12)));
        Assert.Equal(Utc(2017, 3, 26, 1), calendar.NextWorkingInstant(Utc(2017, 3, 25, 12)));
    }

    [Fact]
    public void WorkingTimeBetween_TouchingRangesOnRepeatedTime_CountOnce()
    {
        // 29 Oct 2017, 00:00-01:30 and 01:30-03:00: as instants 23:00Z-01:30Z and 00:30Z-03:00Z overlap; merged
        // they cover 23:00Z-03:00Z = 4 h (the real length of local 00:00-03:00 that night).
        WorkingCalendar calendar = WorkingCalendar.Create(London)
            .WithHours(IsoDayOfWeek.Sunday,
                new LocalTimeRange(LocalTime.Midnight, new LocalTime(1, 30)),
                new LocalTimeRange(new LocalTime(1, 30), new LocalTime(3, 0)));

        Assert.Equal(Duration.FromHours(4), calendar.WorkingTimeBetween(Utc(2017, 10, 28, 12), Utc(2017, 10, 29, 12)));
    }

    [Fact]
    public void WorkingTimeBetween_RangeEndingOnRepeatedTime_EndsAtSecondPass()
    {
        // 29 Oct 2017, 00:00-01:30: 00:00 BST = 28 Oct 23:00Z; 01:30 happens twice, the end takes the later one,
        // 01:30 GMT = 01:30Z -> 2 h 30.
        WorkingCalendar calendar = WorkingCalendar.Create(London)
            .WithHours(IsoDayOfWeek.Sunday, new LocalTimeRange(LocalTime.Midnight, new LocalTime(1, 30)));

        Assert.Equal(Duration.FromMinutes(150), calendar.WorkingTimeBetween(Utc(2017, 10, 28, 12), Utc(2017, 10, 29, 12)));
        Assert.Equal(Utc(2017, 10, 29, 1, 30), calendar.AddWorkingTime(Utc(2017, 10, 28, 12), Duration.FromMinutes(150)));
        // 1:30-02:00 on the same night starts at the first pass: 00:30Z to 02:00Z = 1 h 30.
        WorkingCalendar late = WorkingCalendar.Create(London)
            .WithHours(IsoDayOfWeek.Sunday, new LocalTimeRange(new LocalTime(1, 30), new LocalTime(2, 0)));
        Assert.Equal(Duration.FromMinutes(90), late.WorkingTimeBetween(Utc(2017, 10, 28, 12), Utc(2017, 10, 29, 12)));
    }

    [Fact]
    public void WorkingIntervals_OfficeHours_ListsEachWorkingDayCutToWindow()
    {
        // Fri 2014-12-12 00:00 to Tue 16th 12:00 (GMT): Fri 08-18, Mon 08-18, Tue 08-12 = 24 h.
        IntervalSet set = OfficeHours.WorkingIntervals(new Interval(Utc(2014, 12, 12, 0), Utc(2014, 12, 16, 12)));

        Assert.Equal(3, set.Count);
        Assert.Equal(new Interval(Utc(2014, 12, 12, 8), Utc(2014, 12, 12, 18)), set[0]);
        Assert.Equal(new Interval(Utc(2014, 12, 15, 8), Utc(2014, 12, 15, 18)), set[1]);
        Assert.Equal(new Interval(Utc(2014, 12, 16, 8), Utc(2014, 12, 16, 12)), set[2]);
        Assert.Equal(Duration.FromHours(24), set.TotalDuration);
    }

    [Fact]
    public void WorkingIntervals_NightShiftAcrossMidnight_JoinsAndFollowsDst()
    {
        // Sat 25 Mar 2017 22:00 GMT (22:00Z) to Sun 06:00 BST (05:00Z) = 7 h as one interval;
        // Sun 22:00 BST (21:00Z) to Mon 06:00 BST (05:00Z) = 8 h. Window Sat 12:00Z to Mon 12:00Z.
        IntervalSet set = NightShift.WorkingIntervals(new Interval(Utc(2017, 3, 25, 12), Utc(2017, 3, 27, 12)));

        Assert.Equal(2, set.Count);
        Assert.Equal(new Interval(Utc(2017, 3, 25, 22), Utc(2017, 3, 26, 5)), set[0]);
        Assert.Equal(new Interval(Utc(2017, 3, 26, 21), Utc(2017, 3, 27, 5)), set[1]);
        Assert.Equal(Duration.FromHours(15), set.TotalDuration);
    }

    [Fact]
    public void WorkingTimeIn_Month_IsRealLengthFor24x7AndWeekdayHoursForOffice()
    {
        // October 2017 London: 31 x 24 + 1 (clocks go back) = 745 h; March 2018: 31 x 24 - 1 = 743 h.
        WorkingCalendar all = WorkingCalendar.TwentyFourSeven(London);
        Assert.Equal(Duration.FromHours(745), all.WorkingTimeIn(ReportingPeriod.Month(new YearMonth(2017, 10), London)));
        Assert.Equal(Duration.FromHours(743), all.WorkingTimeIn(ReportingPeriod.Month(new YearMonth(2018, 3), London)));
        // 1 Oct 2017 is a Sunday: weekdays 2-6, 9-13, 16-20, 23-27, 30-31 = 22 days x 10 h = 220 h.
        Assert.Equal(Duration.FromHours(220), OfficeHours.WorkingTimeIn(ReportingPeriod.Month(new YearMonth(2017, 10), London)));
        Assert.Equal("period", Assert.Throws<ArgumentNullException>(() => OfficeHours.WorkingTimeIn(null!)).ParamName);
    }

    [Fact]
    public void WorkingIntervals_OpenWindow_ThrowsWithParamName()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => OfficeHours.WorkingIntervals(new Interval(Utc(2017, 1, 1, 0), null)));
        Assert.Equal("window", ex.ParamName);
        Assert.True(OfficeHours.WorkingIntervals(new Interval(Utc(2017, 1, 2, 10), Utc(2017, 1, 2, 10))).IsEmpty);
    }

    [Fact]
    public void TwentyFourSeven_MidnightGapInSaoPaulo_DayStartsWhenClocksJump()
    {
        // 4 Nov 2018 Sao Paulo: 00:00 -03 did not exist, clocks jumped to 01:00 -02 = 03:00Z; 5 Nov 00:00 -02 = 02:00Z: 23 h.
        DateTimeZone saoPaulo = DateTimeZoneProviders.Tzdb["America/Sao_Paulo"];
        WorkingCalendar closedOn4th = WorkingCalendar.TwentyFourSeven(saoPaulo).WithClosedDates([new LocalDate(2018, 11, 4)]);

        Assert.Equal(Duration.FromHours(48 - 23), closedOn4th.WorkingTimeBetween(Utc(2018, 11, 3, 12), Utc(2018, 11, 5, 12)));
        Assert.Equal(Utc(2018, 11, 5, 2), closedOn4th.NextWorkingInstant(Utc(2018, 11, 4, 3)));
        Assert.True(closedOn4th.IsWorkingAt(Utc(2018, 11, 4, 3) - Duration.Epsilon)); // still 3 Nov locally (23:59 -03)
    }

    [Fact]
    public void WorkingTimeBetween_SamoaSkippedDay_HasNoWorkingHours()
    {
        // Apia skipped Fri 30 Dec 2011: Thu 29th 23:59:59 -10 was followed by Sat 31st 00:00 +14 (= 30 Dec 10:00Z).
        // Every day 08:00-18:00: 29th local = 18:00Z-04:00Z(30th); 30th none; 31st local 08:00 +14 = 30th 18:00Z to
        // 31st 04:00Z. From 29th 12:00Z to 31st 12:00Z: 10 h + 10 h = 20 h.
        WorkingCalendar apia = WorkingCalendar.Create(DateTimeZoneProviders.Tzdb["Pacific/Apia"])
            .WithHours(IsoDayOfWeek.Monday, IsoDayOfWeek.Sunday, new LocalTime(8, 0), new LocalTime(18, 0));

        Assert.Equal(Duration.FromHours(20), apia.WorkingTimeBetween(Utc(2011, 12, 29, 12), Utc(2011, 12, 31, 12)));
        Assert.Equal(Utc(2011, 12, 30, 18), apia.NextWorkingInstant(Utc(2011, 12, 30, 4)));
    }

    [Fact]
    public void WorkingTimeBetween_OfficeHoursOnClockChangeDays_AlwaysTenHours()
    {
        WorkingCalendar everyDay = WorkingCalendar.Create(London)
            .WithHours(IsoDayOfWeek.Monday, IsoDayOfWeek.Sunday, new LocalTime(8, 0), new LocalTime(18, 0));

        Assert.Equal(Duration.FromHours(10), everyDay.WorkingTimeBetween(Utc(2017, 3, 25, 23), Utc(2017, 3, 26, 23)));
        Assert.Equal(Duration.FromHours(10), everyDay.WorkingTimeBetween(Utc(2017, 10, 28, 22), Utc(2017, 10, 29, 23)));
    }

    // ---------------------------------------------------------------- configuration

    [Fact]
    public void NominalWorkingDay_WeekdaysPlusShortSaturday_IsTheCommonWeekdayLength()
    {
        WorkingCalendar calendar = OfficeHours.WithHours(IsoDayOfWeek.Saturday, new LocalTimeRange(new LocalTime(9, 0), new LocalTime(13, 0)));

        Assert.Equal(Duration.FromHours(10), calendar.NominalWorkingDay);
        Assert.Equal(Duration.FromHours(24), WorkingCalendar.TwentyFourSeven(London).NominalWorkingDay);
        Assert.Equal(Duration.Zero, WorkingCalendar.Create(London).NominalWorkingDay);
        Assert.Equal(Duration.FromHours(8), NightShift.NominalWorkingDay);
    }

    [Fact]
    public void NominalWorkingDay_Tie_IsTheLongest()
    {
        // Mon 8 h, Tue 7 h, Thu 9 h: each once, so the longest, 9 h.
        WorkingCalendar calendar = WorkingCalendar.Create(London)
            .WithHours(IsoDayOfWeek.Monday, new LocalTimeRange(new LocalTime(9, 0), new LocalTime(17, 0)))
            .WithHours(IsoDayOfWeek.Tuesday, new LocalTimeRange(new LocalTime(9, 0), new LocalTime(16, 0)))
            .WithHours(IsoDayOfWeek.Thursday, new LocalTimeRange(new LocalTime(8, 0), new LocalTime(17, 0)));

        Assert.Equal(Duration.FromHours(9), calendar.NominalWorkingDay);
    }

    [Fact]
    public void With_ReturnsNewCalendar_OriginalUnchanged()
    {
        WorkingCalendar closed = OfficeHours.WithClosedDates([new LocalDate(2017, 8, 28)]);

        Assert.NotSame(OfficeHours, closed);
        Assert.Empty(OfficeHours.ClosedDates);
        Assert.Equal([new LocalDate(2017, 8, 28)], closed.ClosedDates);
        Assert.True(OfficeHours.IsWorkingAt(L(2017, 8, 28, 10)));
        Assert.False(closed.IsWorkingAt(L(2017, 8, 28, 10)));
    }

    [Fact]
    public void WithHours_WrappingDayRange_SetsSaturdayToMonday()
    {
        WorkingCalendar calendar = WorkingCalendar.Create(London)
            .WithHours(IsoDayOfWeek.Saturday, IsoDayOfWeek.Monday, new LocalTime(9, 0), new LocalTime(10, 0));

        Assert.Single(calendar.GetHours(IsoDayOfWeek.Saturday));
        Assert.Single(calendar.GetHours(IsoDayOfWeek.Sunday));
        Assert.Single(calendar.GetHours(IsoDayOfWeek.Monday));
        Assert.Empty(calendar.GetHours(IsoDayOfWeek.Tuesday));
    }

    [Fact]
    public void WithSpecialHours_OverlappingRanges_ThrowsWithParamName()
    {
        var special = Assert.Throws<ArgumentException>(() => WorkingCalendar.Create(London).WithSpecialHours(new LocalDate(2024, 12, 24),
            new LocalTimeRange(new LocalTime(8, 0), new LocalTime(12, 0)),
            new LocalTimeRange(new LocalTime(8, 0), new LocalTime(9, 0))));
        Assert.Equal("ranges", special.ParamName);
    }

    [Fact]
    public void WithHours_TwoCallsSameDays_AddUpTo176HoursInOctober2017()
    {
        // October 2017 starts on a Sunday: weekdays 2-6, 9-13, 16-20, 23-27, 30-31 = 22 days, no bank holiday;
        // 08:00-12:00 (4 h) + 13:00-17:00 (4 h) = 8 h a day; 22 x 8 h = 176 h. Replacement would give 22 x 4 h = 88 h.
        WorkingCalendar calendar = WorkingCalendar.Create(London)
            .WithHours(IsoDayOfWeek.Monday, IsoDayOfWeek.Friday, new LocalTime(8, 0), new LocalTime(12, 0))
            .WithHours(IsoDayOfWeek.Monday, IsoDayOfWeek.Friday, new LocalTime(13, 0), new LocalTime(17, 0));
        var october = ReportingPeriod.Month(new YearMonth(2017, 10), London);

        Assert.Equal(Duration.FromHours(176), calendar.WorkingTimeBetween(october.Start, october.End));
        Assert.Equal(Duration.FromHours(8), calendar.NominalWorkingDay);
        Assert.Equal(2, calendar.GetHours(IsoDayOfWeek.Wednesday).Count);
    }

    [Fact]
    public void WithHours_OverlappingRangesInSeparateCalls_MergeTo6HoursADay()
    {
        // 08:00-12:00 and 11:00-14:00: the union is 08:00-14:00, 6 h (not 4 + 3 = 7 h). Mon 2017-10-02.
        WorkingCalendar calendar = WorkingCalendar.Create(London)
            .WithHours(IsoDayOfWeek.Monday, IsoDayOfWeek.Friday, new LocalTime(8, 0), new LocalTime(12, 0))
            .WithHours(IsoDayOfWeek.Monday, IsoDayOfWeek.Friday, new LocalTime(11, 0), new LocalTime(14, 0));

        Assert.Equal(Duration.FromHours(6), calendar.WorkingTimeBetween(L(2017, 10, 2, 0), L(2017, 10, 3, 0)));
        Assert.Equal([new LocalTimeRange(new LocalTime(8, 0), new LocalTime(14, 0))], calendar.GetHours(IsoDayOfWeek.Monday));
    }

    [Fact]
    public void WithHours_OverlappingRangesInOneCall_MergeInsteadOfThrowing()
    {
        WorkingCalendar calendar = WorkingCalendar.Create(London).WithHours(IsoDayOfWeek.Monday,
            new LocalTimeRange(new LocalTime(11, 0), new LocalTime(14, 0)),
            new LocalTimeRange(new LocalTime(8, 0), new LocalTime(12, 0)),
            new LocalTimeRange(new LocalTime(9, 0), new LocalTime(10, 0)));

        Assert.Equal([new LocalTimeRange(new LocalTime(8, 0), new LocalTime(14, 0))], calendar.GetHours(IsoDayOfWeek.Monday));
    }

    [Fact]
    public void WithHours_TouchingRangesInSeparateCalls_MergeTo9Hours()
    {
        // 08:00-12:00 and 12:00-17:00 touch: one range 08:00-17:00, 9 h on Mon 2017-10-02.
        WorkingCalendar calendar = WorkingCalendar.Create(London)
            .WithHours(IsoDayOfWeek.Monday, IsoDayOfWeek.Friday, new LocalTime(12, 0), new LocalTime(17, 0))
            .WithHours(IsoDayOfWeek.Monday, IsoDayOfWeek.Friday, new LocalTime(8, 0), new LocalTime(12, 0));

        Assert.Equal(Duration.FromHours(9), calendar.WorkingTimeBetween(L(2017, 10, 2, 0), L(2017, 10, 3, 0)));
        Assert.Equal([new LocalTimeRange(new LocalTime(8, 0), new LocalTime(17, 0))], calendar.GetHours(IsoDayOfWeek.Monday));
    }

    [Fact]
    public void WithHours_RangeToMidnightTouchingAllDay_StaysAllDay()
    {
        WorkingCalendar calendar = WorkingCalendar.TwentyFourSeven(London)
            .WithHours(IsoDayOfWeek.Monday, new LocalTimeRange(new LocalTime(22, 0), LocalTime.Midnight));

        Assert.Equal([LocalTimeRange.AllDay], calendar.GetHours(IsoDayOfWeek.Monday));
    }

    [Fact]
    public void WithHours_OnlySomeDaysOverlap_LeavesOtherDaysAlone()
    {
        // Mon-Fri 08:00-12:00, then Fri-Sat 10:00-15:00: Thursday 4 h, Friday 08:00-15:00 = 7 h, Saturday 5 h.
        WorkingCalendar calendar = WorkingCalendar.Create(London)
            .WithHours(IsoDayOfWeek.Monday, IsoDayOfWeek.Friday, new LocalTime(8, 0), new LocalTime(12, 0))
            .WithHours(IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, new LocalTime(10, 0), new LocalTime(15, 0));

        Assert.Equal(Duration.FromHours(4), calendar.WorkingTimeBetween(L(2017, 10, 5, 0), L(2017, 10, 6, 0)));
        Assert.Equal(Duration.FromHours(7), calendar.WorkingTimeBetween(L(2017, 10, 6, 0), L(2017, 10, 7, 0)));
        Assert.Equal(Duration.FromHours(5), calendar.WorkingTimeBetween(L(2017, 10, 7, 0), L(2017, 10, 8, 0)));
    }

    [Fact]
    public void WithHours_NoRanges_LeavesTheDayAsItIs()
    {
        WorkingCalendar calendar = OfficeHours.WithHours(IsoDayOfWeek.Monday, []);

        Assert.Equal(OfficeHours.GetHours(IsoDayOfWeek.Monday), calendar.GetHours(IsoDayOfWeek.Monday));
    }

    [Fact]
    public void WithoutHours_ThenWithHours_ReplacesTheDaysHours()
    {
        // Office hours 08:00-18:00, Friday replaced by 08:00-13:00: Fri 2017-10-06 is 5 h, Thu 2017-10-05 still 10 h.
        WorkingCalendar calendar = OfficeHours
            .WithoutHours(IsoDayOfWeek.Friday)
            .WithHours(IsoDayOfWeek.Friday, new LocalTimeRange(new LocalTime(8, 0), new LocalTime(13, 0)));

        Assert.Equal(Duration.FromHours(5), calendar.WorkingTimeBetween(L(2017, 10, 6, 0), L(2017, 10, 7, 0)));
        Assert.Equal(Duration.FromHours(10), calendar.WorkingTimeBetween(L(2017, 10, 5, 0), L(2017, 10, 6, 0)));
        Assert.Equal(Duration.FromHours(10), OfficeHours.WorkingTimeBetween(L(2017, 10, 6, 0), L(2017, 10, 7, 0)));
    }

    [Fact]
    public void WithoutHours_WrappingDayRange_ClearsSaturdayToMonday()
    {
        WorkingCalendar calendar = WorkingCalendar.TwentyFourSeven(London).WithoutHours(IsoDayOfWeek.Saturday, IsoDayOfWeek.Monday);

        Assert.Empty(calendar.GetHours(IsoDayOfWeek.Saturday));
        Assert.Empty(calendar.GetHours(IsoDayOfWeek.Sunday));
        Assert.Empty(calendar.GetHours(IsoDayOfWeek.Monday));
        Assert.Equal([LocalTimeRange.AllDay], calendar.GetHours(IsoDayOfWeek.Tuesday));
        Assert.Equal(Duration.FromHours(24), calendar.NominalWorkingDay);
    }

    [Fact]
    public void WithoutHours_InvalidDay_ThrowsWithParamName()
    {
        Assert.Equal("dayOfWeek", Assert.Throws<ArgumentOutOfRangeException>(() => OfficeHours.WithoutHours(IsoDayOfWeek.None)).ParamName);
        Assert.Equal("lastDay", Assert.Throws<ArgumentOutOfRangeException>(() => OfficeHours.WithoutHours(IsoDayOfWeek.Monday, (IsoDayOfWeek)8)).ParamName);
    }

    [Fact]
    public void WithHours_TouchingRanges_AreAllowedAndJoin()
    {
        WorkingCalendar calendar = WorkingCalendar.Create(London).WithHours(IsoDayOfWeek.Monday,
            new LocalTimeRange(new LocalTime(12, 0), new LocalTime(18, 0)),
            new LocalTimeRange(new LocalTime(8, 0), new LocalTime(12, 0)));

        Assert.Equal([new LocalTimeRange(new LocalTime(8, 0), new LocalTime(18, 0))], calendar.GetHours(IsoDayOfWeek.Monday)); // sorted and merged
        Assert.Equal(L(2017, 8, 21, 13), calendar.AddWorkingTime(L(2017, 8, 21, 8), Duration.FromHours(5)));
    }

    [Fact]
    public void WithHours_InvalidDay_ThrowsWithParamName()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => WorkingCalendar.Create(London).WithHours(IsoDayOfWeek.None, IsoDayOfWeek.Friday, new LocalTime(8, 0), new LocalTime(9, 0)));
        Assert.Equal("firstDay", ex.ParamName);
        Assert.Equal("ranges", Assert.Throws<ArgumentNullException>(() => WorkingCalendar.Create(London).WithHours(IsoDayOfWeek.Monday, (LocalTimeRange[])null!)).ParamName);
        Assert.Equal("dates", Assert.Throws<ArgumentNullException>(() => WorkingCalendar.Create(London).WithClosedDates(null!)).ParamName);
        Assert.Equal("zone", Assert.Throws<ArgumentNullException>(() => WorkingCalendar.Create(null!)).ParamName);
        Assert.Equal("zone", Assert.Throws<ArgumentNullException>(() => WorkingCalendar.TwentyFourSeven(null!)).ParamName);
    }

    [Fact]
    public void WithHours_StartNotBeforeEnd_ThrowsWithParamName()
    {
        var ex = Assert.Throws<ArgumentException>(() => OfficeHours.WithHours(IsoDayOfWeek.Monday, IsoDayOfWeek.Friday, new LocalTime(18, 0), new LocalTime(8, 0)));
        Assert.Equal("end", ex.ParamName);
    }

    // ---------------------------------------------------------------- argument checks

    [Fact]
    public void WorkingTimeBetween_StartAfterEnd_ThrowsWithParamName()
    {
        var ex = Assert.Throws<ArgumentException>(() => OfficeHours.WorkingTimeBetween(L(2017, 8, 22, 10), L(2017, 8, 22, 9)));
        Assert.Equal("start", ex.ParamName);
    }

    [Fact]
    public void Queries_OutsideSupportedRange_ThrowWithParamName()
    {
        Instant before = WorkingCalendar.SupportedRange.Start - Duration.Epsilon;
        Instant after = WorkingCalendar.SupportedRange.End + Duration.Epsilon;

        Assert.Equal("start", Assert.Throws<ArgumentOutOfRangeException>(() => OfficeHours.WorkingTimeBetween(before, L(2017, 1, 1, 0))).ParamName);
        Assert.Equal("end", Assert.Throws<ArgumentOutOfRangeException>(() => OfficeHours.WorkingTimeBetween(L(2017, 1, 1, 0), after)).ParamName);
        Assert.Equal("start", Assert.Throws<ArgumentOutOfRangeException>(() => OfficeHours.AddWorkingTime(after, Duration.Zero)).ParamName);
        Assert.Equal("instant", Assert.Throws<ArgumentOutOfRangeException>(() => OfficeHours.IsWorkingAt(before)).ParamName);
        Assert.Equal("instant", Assert.Throws<ArgumentOutOfRangeException>(() => OfficeHours.NextWorkingInstant(after)).ParamName);
    }

    [Fact]
    public void Instant64Overloads_BadArguments_ThrowLikeTheInstantOverloads()
    {
        Instant64 before = Instant64.FromInstant(WorkingCalendar.SupportedRange.Start) - Duration64.Epsilon;
        Instant64 after = Instant64.FromInstant(WorkingCalendar.SupportedRange.End) + Duration64.Epsilon;
        Instant64 ten = Instant64.FromInstant(L(2017, 8, 22, 10));
        Instant64 nine = Instant64.FromInstant(L(2017, 8, 22, 9));

        Assert.Equal("start", Assert.Throws<ArgumentOutOfRangeException>(() => OfficeHours.WorkingTimeBetween(before, ten)).ParamName);
        Assert.Equal("end", Assert.Throws<ArgumentOutOfRangeException>(() => OfficeHours.WorkingTimeBetween(ten, after)).ParamName);
        Assert.Equal("start", Assert.Throws<ArgumentException>(() => OfficeHours.WorkingTimeBetween(ten, nine)).ParamName);
        Assert.Equal("start", Assert.Throws<ArgumentOutOfRangeException>(() => OfficeHours.AddWorkingTime(after, Duration64.Zero)).ParamName);
        Assert.Equal("workingTime", Assert.Throws<ArgumentOutOfRangeException>(() => OfficeHours.AddWorkingTime(ten, -Duration64.Epsilon)).ParamName);
        Assert.Equal("workingTime", Assert.Throws<ArgumentOutOfRangeException>(() => WorkingCalendar.Create(London).AddWorkingTime(ten, Duration64.FromHours(1))).ParamName);
    }

    [Fact]
    public void WorkingNanosBetweenChecked_OutsideSupportedRangeOrReversed_ThrowsLikeThePublicMethod()
    {
        static long Nanos(Instant instant) => (instant - NodaConstants.UnixEpoch).ToInt64Nanoseconds();
        long before = Nanos(WorkingCalendar.SupportedRange.Start) - 1;
        long after = Nanos(WorkingCalendar.SupportedRange.End) + 1;
        long ten = Nanos(L(2017, 8, 22, 10));

        Assert.Equal("start", Assert.Throws<ArgumentOutOfRangeException>(() => OfficeHours.WorkingNanosBetweenChecked(before, ten)).ParamName);
        Assert.Equal("end", Assert.Throws<ArgumentOutOfRangeException>(() => OfficeHours.WorkingNanosBetweenChecked(ten, after)).ParamName);
        Assert.Equal("start", Assert.Throws<ArgumentException>(() => OfficeHours.WorkingNanosBetweenChecked(ten, ten - 1)).ParamName);
        Assert.Equal(2L * 3_600_000_000_000, OfficeHours.WorkingNanosBetweenChecked(ten, Nanos(L(2017, 8, 22, 12))));
    }

    [Fact]
    public void Instant64Overloads_ServiceNowFridayNightToMonday_Is1h30()
    {
        // The same published example as the Instant overload's test: 08:00-17:00 weekdays, Friday 21:00 to Monday 09:30.
        WorkingCalendar nineToFive = WorkingCalendar.Create(London).WithHours(IsoDayOfWeek.Monday, IsoDayOfWeek.Friday, new LocalTime(8, 0), new LocalTime(17, 0));
        Instant64 friday = Instant64.FromInstant(L(2017, 10, 6, 21));
        Instant64 monday = Instant64.FromInstant(L(2017, 10, 9, 9) + Duration.FromMinutes(30));

        Assert.Equal(Duration64.FromMinutes(90), nineToFive.WorkingTimeBetween(friday, monday));
        Assert.Equal(monday, nineToFive.AddWorkingTime(friday, Duration64.FromMinutes(90)));
    }

    [Fact]
    public void Queries_AtSupportedRangeEnds_AreAccepted()
    {
        WorkingCalendar all = WorkingCalendar.TwentyFourSeven(London);
        Interval range = WorkingCalendar.SupportedRange;

        Assert.Equal(range.Duration, all.WorkingTimeBetween(range.Start, range.End));
        Assert.Equal(range.End, all.AddWorkingTime(range.Start, range.Duration));
    }

    [Fact]
    public void AddWorkingTime_NegativeDuration_ThrowsWithParamName()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => OfficeHours.AddWorkingTime(L(2017, 8, 22, 10), Duration.FromHours(-1)));
        Assert.Equal("workingTime", ex.ParamName);
    }

    [Fact]
    public void AddWorkingTime_CalendarWithoutHours_ThrowsWithParamName()
    {
        WorkingCalendar never = WorkingCalendar.Create(London);

        Assert.Equal("workingTime", Assert.Throws<ArgumentOutOfRangeException>(() => never.AddWorkingTime(L(2017, 8, 22, 10), Duration.FromMinutes(1))).ParamName);
        Assert.Equal("instant", Assert.Throws<ArgumentOutOfRangeException>(() => never.NextWorkingInstant(L(2017, 8, 22, 10))).ParamName);
        Assert.Equal(Duration.Zero, never.WorkingTimeBetween(L(2000, 1, 1, 0), L(2100, 1, 1, 0)));
    }

    [Fact]
    public void Queries_ConcurrentFirstUse_GiveTheSameAnswersAsSequential()
    {
        // A fresh calendar per run, so the lazily built tables are raced for.
        var random = new Random(20171029);
        Instant[] starts = [.. Enumerable.Range(0, 2000).Select(_ => Utc(2015, 1, 1, 0) + Duration.FromMinutes(random.Next(0, 12 * 366 * 1440)))];
        Duration span = Duration.FromDays(40);
        WorkingCalendar sequential = OfficeHours.WithClosedDates([new LocalDate(2017, 8, 28)]);
        Duration[] expected = [.. starts.Select(s => sequential.WorkingTimeBetween(s, s + span))];

        WorkingCalendar shared = OfficeHours.WithClosedDates([new LocalDate(2017, 8, 28)]);
        var actual = new Duration[starts.Length];
        Parallel.For(0, starts.Length, i => actual[i] = shared.WorkingTimeBetween(starts[i], starts[i] + span));

        Assert.Equal(expected, actual);
    }
}
