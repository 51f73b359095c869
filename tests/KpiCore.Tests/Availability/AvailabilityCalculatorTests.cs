using KpiCore.Availability;
using KpiCore.Kpis;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Tests.Availability;

public sealed class AvailabilityCalculatorTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly DateTimeZone Utc = DateTimeZoneProviders.Tzdb["UTC"];
    private static readonly Instant Later = Instant.FromUtc(2030, 1, 1, 0, 0);
    private static readonly ReportingPeriod September2017 = ReportingPeriod.Month(new YearMonth(2017, 9), London); // 720 h, all BST
    private static readonly ReportingPeriod October2017 = ReportingPeriod.Month(new YearMonth(2017, 10), London); // 745 h

    private static Instant Local(int year, int month, int day, int hour, int minute = 0) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(London).ToInstant();

    private static ServiceAvailability One(AvailabilityPolicy policy, ReportingPeriod period, params Outage[] outages) =>
        AvailabilityCalculator.Calculate(outages, ServiceCatalogue.Empty.With("S", policy), period, Later).Results[0];

    private static Outage Down(Instant start, Duration length, OutageKind kind = OutageKind.Unplanned, OutageImpact impact = OutageImpact.Full) =>
        new("S", start, start + length, kind, impact);

    [Fact]
    public void Calculate_WebsiteSeptember2017_DowntimeOf2Point73PercentGives97Point27()
    {
        // 2.73% of 720 h = 19.656 h = 19 h 39 min 21.6 s, worked by hand.
        Duration downtime = Duration.FromHours(19) + Duration.FromMinutes(39) + Duration.FromMilliseconds(21_600);
        ServiceAvailability result = One(AvailabilityPolicy.AtLeast(99.9), September2017, Down(Local(2017, 9, 12, 9), downtime));

        Assert.Equal(Duration.FromHours(720), result.MeasuredTime);
        Assert.Equal(downtime, result.Downtime);
        Assert.Equal(97.27, result.Availability.Value, 10);
        Assert.Equal("97.27%", result.Availability.ToString());
        Assert.Equal(TargetOutcome.Missed, result.Outcome);
        Assert.Equal(Duration.FromMilliseconds(2_592_000), result.AllowedDowntime); // 43.2 min
        Assert.Equal(Duration.FromMilliseconds(2_592_000) - downtime, result.ErrorBudgetRemaining);
    }

    [Theory]
    [InlineData(19, 39, 22)] // whole seconds: 97.269985%
    [InlineData(19, 40, 0)] // "about 19 h 40 min": 97.268519%
    public void Calculate_WebsiteSeptember2017_AboutNineteenHoursFortyRoundsTo97Point27(int hours, int minutes, int seconds)
    {
        Duration downtime = Duration.FromHours(hours) + Duration.FromMinutes(minutes) + Duration.FromSeconds(seconds);
        ServiceAvailability result = One(AvailabilityPolicy.AtLeast(99.9), September2017, Down(Local(2017, 9, 12, 9), downtime));

        Assert.Equal(97.27, Math.Round(result.Availability.Value, 2));
        Assert.Equal("97.27%", result.Availability.ToString());
    }

    [Fact]
    public void Calculate_October2017London_999AllowsFortyFourMinutesFortyTwoSeconds()
    {
        Duration allowed = Duration.FromMinutes(44) + Duration.FromSeconds(42); // 0.1% of 745 h = 2682 s
        ServiceAvailability onBudget = One(AvailabilityPolicy.AtLeast(99.9), October2017, Down(Local(2017, 10, 3, 2), allowed));
        ServiceAvailability overBudget = One(AvailabilityPolicy.AtLeast(99.9), October2017, Down(Local(2017, 10, 3, 2), allowed + Duration.FromTicks(1)));

        Assert.Equal(Duration.FromHours(745), onBudget.MeasuredTime);
        Assert.Equal(allowed, onBudget.AllowedDowntime);
        Assert.Equal(TargetOutcome.Met, onBudget.Outcome);
        Assert.Equal(RagStatus.Green, onBudget.Evaluation.Rag);
        Assert.Equal(Duration.Zero, onBudget.ErrorBudgetRemaining);
        Assert.Equal(1.0, onBudget.BurnRate);
        Assert.Equal("99.9%", onBudget.Availability.ToString());
        Assert.Equal(TargetOutcome.Missed, overBudget.Outcome); // decided on durations, not on the rounded 99.9%
        Assert.Equal(RagStatus.Red, overBudget.Evaluation.Rag);
        Assert.Equal("99.9%", overBudget.Availability.ToString());
    }

    [Theory]
    [InlineData(2018, 2, "UTC", 2_419_200)] // 28 days: 40.32 min
    [InlineData(2016, 2, "UTC", 2_505_600)] // 29 days: 41.76 min
    [InlineData(2017, 9, "UTC", 2_592_000)] // 30 days: 43.2 min
    [InlineData(2018, 1, "UTC", 2_678_400)] // 31 days: 44.64 min
    [InlineData(2018, 3, "Europe/London", 2_674_800)] // 743 h: 44.58 min
    [InlineData(2017, 10, "Europe/London", 2_682_000)] // 745 h: 44.7 min
    public void Calculate_NoOutages_AllowedDowntimeIsTenthOfAPercentOfTheActualMonth(int year, int month, string zone, long milliseconds)
    {
        ServiceAvailability result = One(AvailabilityPolicy.AtLeast(99.9), ReportingPeriod.Month(new YearMonth(year, month), DateTimeZoneProviders.Tzdb[zone]));

        Assert.Equal(Duration.FromMilliseconds(milliseconds), result.AllowedDowntime);
        Assert.Equal("100%", result.Availability.ToString());
        Assert.Equal(TargetOutcome.Met, result.Outcome);
        Assert.Equal(0.0, result.BurnRate);
    }

    [Fact]
    public void Calculate_WarwickOfficeHours_999AllowsThreeMinutesPerWeek()
    {
        // 99.9% during 08:00-18:00 Monday to Friday: 50 h a week, 0.1% of it is 3 minutes exactly.
        WorkingCalendar office = WorkingCalendar.Create(London).WithHours(IsoDayOfWeek.Monday, IsoDayOfWeek.Friday, new LocalTime(8, 0), new LocalTime(18, 0));
        ReportingPeriod week = ReportingPeriod.ForDates(new LocalDate(2018, 1, 8), new LocalDate(2018, 1, 14), London);
        ServiceAvailability result = One(AvailabilityPolicy.AtLeast(99.9).WithServiceHours(office), week);

        Assert.Equal(Duration.FromHours(50), result.MeasuredTime);
        Assert.Equal(Duration.FromMinutes(3), result.AllowedDowntime);
    }

    [Fact]
    public void Calculate_Warwick24x7_995AllowsFiftyPointFourMinutesPerWeek()
    {
        ReportingPeriod week = ReportingPeriod.ForDates(new LocalDate(2018, 1, 8), new LocalDate(2018, 1, 14), London);
        ServiceAvailability result = One(AvailabilityPolicy.AtLeast(99.5), week);

        Assert.Equal(Duration.FromMinutes(50) + Duration.FromSeconds(24), result.AllowedDowntime); // 0.5% of 168 h = 0.84 h
    }

    [Fact]
    public void Calculate_IncidentIoExample_DegradedIsUpFullIsDown()
    {
        // incident.io: 09:00-09:10 operational, 09:10-09:40 degraded, 09:40-10:00 full outage => 40 min up of 60: 66.67%.
        var monitored = IntervalSet.FromInterval(new Interval(Local(2021, 6, 1, 9), Local(2021, 6, 1, 10)));
        ServiceAvailability result = One(
            AvailabilityPolicy.Default.WithMonitoring(monitored),
            ReportingPeriod.ForDates(new LocalDate(2021, 6, 1), new LocalDate(2021, 6, 1), London),
            Down(Local(2021, 6, 1, 9, 10), Duration.FromMinutes(30), impact: OutageImpact.Degraded),
            Down(Local(2021, 6, 1, 9, 40), Duration.FromMinutes(20)));

        Assert.Equal(Duration.FromHours(1), result.MeasuredTime);
        Assert.Equal(Duration.FromMinutes(20), result.Downtime);
        Assert.Equal(200.0 / 3.0, result.Availability.Value, 10);
        Assert.Equal("66.67%", result.Availability.ToString());
        Assert.Equal(1, result.OutageCount);
    }

    [Fact]
    public void Calculate_StatuspageWeights_PartialCountsThreeTenths()
    {
        // Statuspage: downtime = major + 0.3 x partial: 20 + 0.3 x 30 = 29 min of 60.
        var monitored = IntervalSet.FromInterval(new Interval(Local(2021, 6, 1, 9), Local(2021, 6, 1, 10)));
        ServiceAvailability result = One(
            AvailabilityPolicy.Default.WithMonitoring(monitored).WithImpactWeights(0.3, 0.0),
            ReportingPeriod.ForDates(new LocalDate(2021, 6, 1), new LocalDate(2021, 6, 1), London),
            Down(Local(2021, 6, 1, 9, 10), Duration.FromMinutes(30), impact: OutageImpact.Partial),
            Down(Local(2021, 6, 1, 9, 40), Duration.FromMinutes(20)));

        Assert.Equal(Duration.FromMinutes(29), result.Downtime);
        Assert.Equal(100.0 * 31.0 / 60.0, result.Availability.Value, 10);
    }

    [Fact]
    public void Calculate_47MinutesIn30DaysAgainst999_OverBudgetBy3Point8Minutes()
    {
        ServiceAvailability result = One(AvailabilityPolicy.AtLeast(99.9), ReportingPeriod.Month(new YearMonth(2017, 9), Utc), Down(Instant.FromUtc(2017, 9, 5, 10, 0), Duration.FromMinutes(47)));

        Assert.Equal(Duration.FromMilliseconds(2_592_000), result.AllowedDowntime);
        Assert.Equal(-(Duration.FromMinutes(3) + Duration.FromSeconds(48)), result.ErrorBudgetRemaining);
        Assert.Equal(TargetOutcome.Missed, result.Outcome);
        Assert.Equal(47.0 / 43.2, result.BurnRate!.Value, 12);
    }

    [Fact]
    public void Calculate_OverlappingOutages_CountOnceAtTheLargestWeight()
    {
        ReportingPeriod day = ReportingPeriod.ForDates(new LocalDate(2021, 6, 1), new LocalDate(2021, 6, 1), Utc);
        Instant ten = Instant.FromUtc(2021, 6, 1, 10, 0);

        ServiceAvailability full = One(AvailabilityPolicy.Default, day, Down(ten, Duration.FromHours(1)), Down(ten + Duration.FromMinutes(30), Duration.FromHours(1)));
        ServiceAvailability weighted = One(
            AvailabilityPolicy.Default.WithImpactWeights(0.3, 0.0),
            day,
            Down(ten, Duration.FromHours(1), impact: OutageImpact.Partial),
            Down(ten + Duration.FromMinutes(30), Duration.FromMinutes(15)));

        Assert.Equal(Duration.FromMinutes(90), full.Downtime);
        Assert.Equal(1, full.OutageCount);
        Assert.Equal(Duration.FromSeconds((45 * 60 * 3 / 10) + (15 * 60)), weighted.Downtime); // 0.3 x 45 min + 15 min = 28.5 min
    }

    [Fact]
    public void Calculate_PlannedMaintenance_CountedByDefaultExcludedOnRequest()
    {
        Outage[] outages =
        [
            Down(Local(2017, 9, 3, 1), Duration.FromHours(2), OutageKind.Planned),
            Down(Local(2017, 9, 20, 14), Duration.FromHours(1)),
        ];
        ServiceAvailability counted = One(AvailabilityPolicy.AtLeast(99), September2017, outages);
        ServiceAvailability excluded = One(AvailabilityPolicy.AtLeast(99).WithPlannedMaintenance(PlannedMaintenanceRule.Excluded), September2017, outages);

        Assert.Equal(Duration.FromHours(720), counted.MeasuredTime);
        Assert.Equal(Duration.FromHours(3), counted.Downtime);
        Assert.Equal(Duration.FromHours(2), counted.PlannedDowntime);
        Assert.Equal(Duration.FromHours(1), counted.UnplannedDowntime);
        Assert.Equal(Duration.Zero, counted.ExcludedMaintenance);
        Assert.Equal(Duration.FromHours(718), excluded.MeasuredTime);
        Assert.Equal(Duration.FromHours(1), excluded.Downtime);
        Assert.Equal(Duration.Zero, excluded.PlannedDowntime);
        Assert.Equal(Duration.FromHours(2), excluded.ExcludedMaintenance);
        Assert.Equal(100.0 * 717.0 / 718.0, excluded.Availability.Value, 10);
    }

    [Fact]
    public void Calculate_PlannedOverlappingUnplanned_OverlapIsUnplanned()
    {
        ServiceAvailability result = One(
            AvailabilityPolicy.Default,
            September2017,
            Down(Local(2017, 9, 3, 10), Duration.FromHours(2), OutageKind.Planned),
            Down(Local(2017, 9, 3, 11), Duration.FromHours(2)));

        Assert.Equal(Duration.FromHours(3), result.Downtime);
        Assert.Equal(Duration.FromHours(2), result.UnplannedDowntime);
        Assert.Equal(Duration.FromHours(1), result.PlannedDowntime);
    }

    [Fact]
    public void Calculate_OutageAcrossMonthEnd_SplitAtLocalMidnight()
    {
        // 30 September 23:00 BST to 1 October 01:00 BST: one hour in each month.
        AvailabilityReport report = AvailabilityCalculator.Calculate(
            [new Outage("S", Local(2017, 9, 30, 23), Local(2017, 10, 1, 1))],
            ServiceCatalogue.Empty.With("S", AvailabilityPolicy.AtLeast(99.9)),
            ReportingPeriod.Months(new YearMonth(2017, 9), new YearMonth(2017, 10), London),
            Later);

        IReadOnlyList<ServiceAvailability> series = report.ForService("S");
        Assert.Equal(Duration.FromHours(1), series[0].Downtime);
        Assert.Equal(Duration.FromHours(1), series[1].Downtime);
        Assert.Equal(1, series[0].OutageCount);
        Assert.Equal(1, series[1].OutageCount);
        Assert.Equal(100.0 * 719.0 / 720.0, series[0].Availability.Value, 10);
        Assert.Equal(100.0 * 744.0 / 745.0, series[1].Availability.Value, 10);
    }

    [Fact]
    public void Calculate_OpenOutageMidMonth_CutAtAsOfAndLaterTimeNotMeasured()
    {
        Instant asOf = Instant.FromUtc(2017, 9, 11, 0, 0); // 10 days and 1 hour after 1 September 00:00 BST
        AvailabilityReport report = AvailabilityCalculator.Calculate(
            [new Outage("S", Instant.FromUtc(2017, 9, 10, 23, 0), null)],
            ServiceCatalogue.Empty.With("S", AvailabilityPolicy.AtLeast(99.9)),
            September2017,
            asOf);
        ServiceAvailability result = report.Results[0];

        Assert.False(result.IsComplete);
        Assert.Equal(Duration.FromHours(241), result.MeasuredTime);
        Assert.Equal(Duration.FromHours(1), result.Downtime);
        Assert.Equal(100.0 * 240.0 / 241.0, result.Availability.Value, 10);
    }

    [Fact]
    public void Calculate_NoMonitoredTime_IsUnavailableNeverHundred()
    {
        ServiceAvailability unmonitored = One(AvailabilityPolicy.AtLeast(99.9).WithMonitoring(IntervalSet.Empty), September2017);
        AvailabilityReport future = AvailabilityCalculator.Calculate(
            [], ServiceCatalogue.Empty.With("S", AvailabilityPolicy.AtLeast(99.9)), September2017, Instant.FromUtc(2017, 8, 1, 0, 0));

        Assert.Equal(KpiValue.Unavailable, unmonitored.Availability);
        Assert.Equal("UNVL", unmonitored.Availability.ToString());
        Assert.Equal(TargetOutcome.NotAssessed, unmonitored.Outcome);
        Assert.Equal(RagStatus.NotAssessed, unmonitored.Evaluation.Rag);
        Assert.Null(unmonitored.BurnRate);
        Assert.Equal(KpiValue.Unavailable, future.Results[0].Availability);
    }

    [Fact]
    public void Calculate_MonitoringGap_TimeOutsideNotMeasured()
    {
        // Monitored only from 16 September 00:00 UTC to the end of the month: 14 days 23 hours.
        var monitored = IntervalSet.FromInterval(new Interval(Instant.FromUtc(2017, 9, 16, 0, 0), Instant.FromUtc(2017, 12, 1, 0, 0)));
        ServiceAvailability result = One(
            AvailabilityPolicy.Default.WithMonitoring(monitored),
            September2017,
            Down(Instant.FromUtc(2017, 9, 15, 23, 0), Duration.FromHours(2)));

        Assert.Equal(Duration.FromHours((14 * 24) + 23), result.MeasuredTime);
        Assert.Equal(Duration.FromHours(1), result.Downtime);
    }

    [Fact]
    public void Calculate_TwoOutages_CountLongestMttrAndMtbf()
    {
        ServiceAvailability result = One(
            AvailabilityPolicy.Default,
            September2017,
            Down(Local(2017, 9, 4, 9), Duration.FromHours(1)),
            Down(Local(2017, 9, 18, 9), Duration.FromHours(3)));

        Assert.Equal(2, result.OutageCount);
        Assert.Equal(Duration.FromHours(3), result.LongestOutage);
        Assert.Equal(Duration.FromHours(2), result.MeanTimeToRestore);
        Assert.Equal(Duration.FromHours(358), result.MeanTimeBetweenFailures); // (720 - 4) / 2
        Assert.Null(result.AllowedDowntime); // no target
        Assert.Equal(TargetOutcome.NotAssessed, result.Outcome);
    }

    [Fact]
    public void Calculate_NoOutage_MttrAndMtbfAreNull()
    {
        ServiceAvailability result = One(AvailabilityPolicy.Default, September2017);

        Assert.Equal(0, result.OutageCount);
        Assert.Null(result.MeanTimeToRestore);
        Assert.Null(result.MeanTimeBetweenFailures);
        Assert.Equal(Duration.Zero, result.LongestOutage);
    }

    [Fact]
    public void Calculate_ServiceHours_OnlyOfficeHoursOfAWeekendOutageCount()
    {
        // Friday 15 September 17:00 to Monday 18 September 09:00 BST: 1 h on Friday, 1 h on Monday.
        WorkingCalendar office = WorkingCalendar.Create(London).WithHours(IsoDayOfWeek.Monday, IsoDayOfWeek.Friday, new LocalTime(8, 0), new LocalTime(18, 0));
        ServiceAvailability result = One(
            AvailabilityPolicy.AtLeast(99).WithServiceHours(office),
            September2017,
            new Outage("S", Local(2017, 9, 15, 17), Local(2017, 9, 18, 9)));

        Assert.Equal(Duration.FromHours(210), result.MeasuredTime); // 21 weekdays x 10 h
        Assert.Equal(Duration.FromHours(2), result.Downtime);
        Assert.Equal(1, result.OutageCount);
        Assert.Equal(Duration.FromHours(2), result.LongestOutage);
        Assert.Equal(100.0 * 208.0 / 210.0, result.Availability.Value, 10);
    }

    [Fact]
    public void Calculate_BadRecords_ReportedWithReasonAndNotCounted()
    {
        Outage?[] outages =
        [
            new Outage("Website", Local(2017, 9, 4, 9), Local(2017, 9, 4, 10), reference: "INC1"),
            null,
            new Outage("Webiste", Local(2017, 9, 5, 9), Local(2017, 9, 5, 10), reference: "INC2"),
            new Outage("Website", Local(2017, 9, 6, 10), Local(2017, 9, 6, 9), reference: "INC3"),
            new Outage("Website", Local(2017, 9, 7, 9), Local(2017, 9, 7, 10), reference: "INC1"),
            new Outage("Email", Local(2017, 9, 4, 9), Local(2017, 9, 4, 10), reference: "INC1"),
        ];
        ServiceCatalogue catalogue = ServiceCatalogue.Empty.With("Website", AvailabilityPolicy.AtLeast(99.9)).With("Email", AvailabilityPolicy.AtLeast(99));

        AvailabilityReport report = AvailabilityCalculator.Calculate(outages, catalogue, September2017, Later);

        Assert.Equal(6, report.InputCount);
        Assert.Equal(2, report.Counted);
        Assert.Equal([1, 2, 3, 4], report.Rejected.Select(r => r.Index));
        Assert.Equal(["Outage", "Service", "End", "Reference"], report.Rejected.Select(r => r.Field));
        Assert.Equal([null, "INC2", "INC3", "INC1"], report.Rejected.Select(r => r.RecordId));
        Assert.Equal(Duration.FromHours(1), report.Get("Website", September2017).Downtime);
        Assert.Equal(Duration.FromHours(1), report.Get("Email", September2017).Downtime);
    }

    [Fact]
    public void Calculate_ManyRecordsWithRepeats_EarliestStandsAndEveryRecordAccountedFor()
    {
        // 5000 distinct references; every 7th record repeats reference 0, and the first record lies before the period.
        var outages = new List<Outage> { new("S", Local(2017, 8, 1, 9), Local(2017, 8, 1, 10), reference: "R0") };
        for (int i = 1; i < 5000; i++)
        {
            string reference = i % 7 == 0 ? "R0" : "R" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Instant start = Local(2017, 9, 1, 0) + Duration.FromMinutes(8 * i);
            outages.Add(new Outage("S", start, start + Duration.FromMinutes(1), reference: reference));
        }

        AvailabilityReport listed = AvailabilityCalculator.Calculate(outages, ServiceCatalogue.Empty.With("S", AvailabilityPolicy.Default), September2017, Later);
        AvailabilityReport streamed = AvailabilityCalculator.Calculate(outages.Select(o => o), ServiceCatalogue.Empty.With("S", AvailabilityPolicy.Default), September2017, Later);

        Check(listed);
        Check(streamed);

        // Scratch arrays are rented from a shared pool: a run after others (which left their contents behind) and a
        // smaller run in between must give the same figures.
        AvailabilityCalculator.Calculate(outages.Take(300), ServiceCatalogue.Empty.With("S", AvailabilityPolicy.Default), September2017, Later);
        Check(AvailabilityCalculator.Calculate(outages, ServiceCatalogue.Empty.With("S", AvailabilityPolicy.Default), September2017, Later));
    }

    private static void Check(AvailabilityReport report)
    {
        int repeats = 4999 / 7;
        Assert.Equal(repeats, report.Rejected.Count);
        Assert.All(report.Rejected, r => Assert.Equal("R0", r.RecordId));
        Assert.Equal(Enumerable.Range(1, 4999).Where(i => i % 7 == 0), report.Rejected.Select(r => r.Index));
        Assert.Equal(5000, report.Counted + report.Rejected.Count);
        Assert.Equal(Duration.FromMinutes(4999 - repeats), report.Results[0].Downtime);
    }

    [Fact]
    public void Calculate_Series_TrendComparesWithPreviousMonth()
    {
        AvailabilityReport report = AvailabilityCalculator.Calculate(
            [new Outage("S", Local(2017, 8, 10, 9), Local(2017, 8, 10, 10)), new Outage("S", Local(2017, 9, 10, 9), Local(2017, 9, 10, 11))],
            ServiceCatalogue.Empty.With("S", AvailabilityPolicy.AtLeast(99.9)),
            ReportingPeriod.Months(new YearMonth(2017, 8), new YearMonth(2017, 9), London),
            Later);

        IReadOnlyList<ServiceAvailability> series = report.ForService("S");
        Assert.Equal(KpiTrend.NotAssessed, series[0].Evaluation.Trend);
        Assert.Equal(KpiTrend.Down, series[1].Evaluation.Trend);
        Assert.False(series[1].Evaluation.IsImprovement);
    }

    [Fact]
    public void Calculate_NullArguments_ThrowWithParamName()
    {
        ServiceCatalogue catalogue = ServiceCatalogue.Empty;
        Assert.Equal("outages", Assert.Throws<ArgumentNullException>(() => AvailabilityCalculator.Calculate(null!, catalogue, September2017, Later)).ParamName);
        Assert.Equal("catalogue", Assert.Throws<ArgumentNullException>(() => AvailabilityCalculator.Calculate([], null!, September2017, Later)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentNullException>(() => AvailabilityCalculator.Calculate([], catalogue, (ReportingPeriod)null!, Later)).ParamName);
        Assert.Equal("periods", Assert.Throws<ArgumentNullException>(() => AvailabilityCalculator.Calculate([], catalogue, (IEnumerable<ReportingPeriod>)null!, Later)).ParamName);
    }

    [Fact]
    public void Calculate_EmptyOrOverlappingPeriods_ThrowArgumentException()
    {
        ReportingPeriod quarter = ReportingPeriod.ForDates(new LocalDate(2017, 9, 1), new LocalDate(2017, 11, 30), London);
        Assert.Equal("periods", Assert.Throws<ArgumentException>(() => AvailabilityCalculator.Calculate([], ServiceCatalogue.Empty, [], Later)).ParamName);
        Assert.Equal("periods", Assert.Throws<ArgumentException>(() => AvailabilityCalculator.Calculate([], ServiceCatalogue.Empty, [quarter, October2017], Later)).ParamName);
        Assert.Equal("periods", Assert.Throws<ArgumentException>(() => AvailabilityCalculator.Calculate([], ServiceCatalogue.Empty, [October2017, September2017], Later)).ParamName);
    }

    [Fact]
    public void Calculate_SubTickOutage_MeasuredToTheNanosecond()
    {
        Instant start = Local(2017, 9, 12, 9) + Duration.FromNanoseconds(3);
        ServiceAvailability result = One(AvailabilityPolicy.AtLeast(99.9), September2017, Down(start, Duration.FromNanoseconds(41)));
        Assert.Equal(Duration.FromNanoseconds(41), result.Downtime);
        Assert.Equal(Duration.FromHours(720), result.MeasuredTime);
    }

    [Fact]
    public void Calculate_OutageFromBeforeSupportedRange_CountsOnlyInsideThePeriod()
    {
        // Starts in 1800 (outside the library's range) and ends two hours into September: only those two hours count.
        var outage = new Outage("S", Instant.FromUtc(1800, 1, 1, 0, 0), September2017.Start + Duration.FromHours(2));
        ServiceAvailability result = One(AvailabilityPolicy.AtLeast(99.9), September2017, outage);
        Assert.Equal(Duration.FromHours(2), result.Downtime);
    }

    [Fact]
    public void Calculate_AsOfAfterSupportedRange_CutsNothing()
    {
        AvailabilityReport report = AvailabilityCalculator.Calculate(
            [new Outage("S", Instant.FromUtc(2017, 9, 10, 23, 0), null)],
            ServiceCatalogue.Empty.With("S", AvailabilityPolicy.AtLeast(99.9)),
            September2017,
            Instant.MaxValue);
        Assert.Equal(Duration.FromHours(720), report.Results[0].MeasuredTime);
        Assert.Equal(September2017.End - Instant.FromUtc(2017, 9, 10, 23, 0), report.Results[0].Downtime);
    }

    [Fact]
    public void Calculate_PeriodOutsideSupportedRange_ThrowsWithParamName()
    {
        var catalogue = ServiceCatalogue.Empty.With("S", AvailabilityPolicy.AtLeast(99.9));
        ReportingPeriod far = ReportingPeriod.Month(new YearMonth(2150, 1), Utc); // ends 2150-02-01, after the range
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => AvailabilityCalculator.Calculate([], catalogue, far, Later)).ParamName);
        Assert.Equal("periods", Assert.Throws<ArgumentOutOfRangeException>(() => AvailabilityCalculator.Calculate([], catalogue, [September2017, far], Later)).ParamName);
    }
}
