using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KpiCore.Time;
using NodaTime;
using NodaTime.HighPerformance;

namespace KpiCore.Tests.Time;

public sealed class WorkingCalendarPropertyTests
{
    [Property(Arbitrary = [typeof(WorkingCalendarArbitraries)], MaxTest = 300)]
    public bool WorkingTimeBetween_AnyCalendar_MatchesDayByDayReference(CalendarScenario s) =>
        s.Calendar.WorkingTimeBetween(s.A, s.B) == s.Reference.WorkingTimeBetween(s.A, s.B)
        && s.Calendar.WorkingTimeBetween(s.A, s.C) == s.Reference.WorkingTimeBetween(s.A, s.C);

    [Property(Arbitrary = [typeof(WorkingCalendarArbitraries)], MaxTest = 300)]
    public bool WorkingTimeBetween_Instant64_MatchesDayByDayReference(CalendarScenario s) =>
        s.Calendar.WorkingTimeBetween(Instant64.FromInstant(s.A), Instant64.FromInstant(s.C)).ToDuration() == s.Reference.WorkingTimeBetween(s.A, s.C);

    [Property(Arbitrary = [typeof(WorkingCalendarArbitraries)], MaxTest = 300)]
    public bool WorkingNanosBetweenChecked_MatchesDayByDayReference(CalendarScenario s)
    {
        long a = (s.A - NodaConstants.UnixEpoch).ToInt64Nanoseconds();
        long c = (s.C - NodaConstants.UnixEpoch).ToInt64Nanoseconds();
        return s.Calendar.WorkingNanosBetweenChecked(a, c) == s.Reference.WorkingTimeBetween(s.A, s.C).ToInt64Nanoseconds();
    }

    [Property(Arbitrary = [typeof(WorkingCalendarArbitraries)], MaxTest = 300)]
    public Property AddWorkingTime_Instant64_MatchesDayByDayReference(CalendarScenario s)
    {
        bool reachable = s.Reference.WorkingTimeBetween(s.A, s.A + Duration.FromDays(800)) >= s.Large;
        return (s.Calendar.AddWorkingTime(Instant64.FromInstant(s.A), Duration64.FromDuration(s.Large)).ToInstant() == s.Reference.AddWorkingTime(s.A, s.Large)).ToProperty()
            .When(s.Large == Duration.Zero || reachable)
            .Label(s.ToString());
    }

    [Property(Arbitrary = [typeof(WorkingCalendarArbitraries)], MaxTest = 300)]
    public Property AddWorkingTime_AnyCalendar_MatchesDayByDayReference(CalendarScenario s)
    {
        bool reachable = s.Reference.WorkingTimeBetween(s.A, s.A + Duration.FromDays(800)) >= s.Large;
        return (!reachable || s.Calendar.AddWorkingTime(s.A, s.Large) == s.Reference.AddWorkingTime(s.A, s.Large)).ToProperty()
            .When(s.Large == Duration.Zero || reachable)
            .Label(s.ToString());
    }

    [Property(Arbitrary = [typeof(WorkingCalendarArbitraries)], MaxTest = 300)]
    public bool IsWorkingAt_AnyCalendar_MatchesDayByDayReference(CalendarScenario s) =>
        s.Calendar.IsWorkingAt(s.A) == s.Reference.IsWorkingAt(s.A)
        && s.Calendar.IsWorkingAt(s.B) == s.Reference.IsWorkingAt(s.B);

    [Property(Arbitrary = [typeof(WorkingCalendarArbitraries)], MaxTest = 300)]
    public bool WorkingTimeBetween_AnyCalendar_IsAdditive(CalendarScenario s) =>
        s.Calendar.WorkingTimeBetween(s.A, s.B) + s.Calendar.WorkingTimeBetween(s.B, s.C) == s.Calendar.WorkingTimeBetween(s.A, s.C);

    [Property(Arbitrary = [typeof(WorkingCalendarArbitraries)], MaxTest = 300)]
    public bool WorkingTimeBetween_AnyCalendar_IsBetweenZeroAndElapsed(CalendarScenario s)
    {
        Duration working = s.Calendar.WorkingTimeBetween(s.A, s.C);
        return working >= Duration.Zero && working <= s.C - s.A;
    }

    [Property(Arbitrary = [typeof(WorkingCalendarArbitraries)], MaxTest = 300)]
    public bool TwentyFourSeven_AnyZone_WorkingTimeIsElapsedAndAddIsPlus(CalendarScenario s)
    {
        WorkingCalendar calendar = WorkingCalendar.TwentyFourSeven(s.Calendar.Zone);
        return calendar.WorkingTimeBetween(s.A, s.C) == s.C - s.A
            && calendar.AddWorkingTime(s.A, s.Large) == s.A + s.Large
            && calendar.IsWorkingAt(s.B)
            && calendar.NextWorkingInstant(s.B) == s.B;
    }

    [Property(Arbitrary = [typeof(WorkingCalendarArbitraries)], MaxTest = 300)]
    public Property AddWorkingTime_AnyCalendar_WorkingTimeBackToStartIsTheDuration(CalendarScenario s) =>
        Reachable(s).When(s.Calendar.NominalWorkingDay > Duration.Zero)
        .Label(s.ToString());

    [Property(Arbitrary = [typeof(WorkingCalendarArbitraries)], MaxTest = 300)]
    public Property AddWorkingTime_AnyCalendar_IsMonotoneInDuration(CalendarScenario s) =>
        (s.Calendar.AddWorkingTime(s.A, s.Small) <= s.Calendar.AddWorkingTime(s.A, s.Large)).ToProperty()
        .When(s.Calendar.NominalWorkingDay > Duration.Zero)
        .Label(s.ToString());

    [Property(Arbitrary = [typeof(WorkingCalendarArbitraries)], MaxTest = 300)]
    public Property AddWorkingTime_PositiveDuration_LandsOnWorkingInstantOrEndOfInterval(CalendarScenario s)
    {
        if (s.Large == Duration.Zero || s.Calendar.NominalWorkingDay == Duration.Zero)
        {
            return true.ToProperty().When(false);
        }

        Instant result = s.Calendar.AddWorkingTime(s.A, s.Large);
        bool working = s.Calendar.IsWorkingAt(result);
        bool endOfInterval = !working && s.Calendar.IsWorkingAt(result - Duration.Epsilon);
        return (working || endOfInterval).ToProperty().Label(s.ToString());
    }

    [Property(Arbitrary = [typeof(WorkingCalendarArbitraries)], MaxTest = 300)]
    public Property NextWorkingInstant_AnyCalendar_IsWorkingWithNoWorkingTimeBefore(CalendarScenario s)
    {
        if (s.Calendar.NominalWorkingDay == Duration.Zero)
        {
            return true.ToProperty().When(false);
        }

        Instant next = s.Calendar.NextWorkingInstant(s.A);
        return (next >= s.A && s.Calendar.IsWorkingAt(next) && s.Calendar.WorkingTimeBetween(s.A, next) == Duration.Zero
                && s.Calendar.IsWorkingAt(s.A) == (next == s.A))
            .ToProperty().Label(s.ToString());
    }

    [Property(Arbitrary = [typeof(WorkingCalendarArbitraries)], MaxTest = 300)]
    public Property WorkingIntervals_AnyCalendar_TotalIsWorkingTimeAndIntervalsAreWorking(CalendarScenario s)
    {
        IntervalSet set = s.Calendar.WorkingIntervals(new NodaTime.Interval(s.A, s.B));
        bool startsWork = set.All(iv => s.Calendar.IsWorkingAt(iv.Start) && s.Calendar.IsWorkingAt(iv.End - Duration.Epsilon));
        bool endsStop = set.All(iv => iv.End == s.B || !s.Calendar.IsWorkingAt(iv.End));
        return (set.TotalDuration == s.Calendar.WorkingTimeBetween(s.A, s.B) && startsWork && endsStop).ToProperty().Label(s.ToString());
    }

    [Property(Arbitrary = [typeof(WorkingCalendarArbitraries)], MaxTest = 300)]
    public Property WithHours_AnyAdditions_WeekdayHoursAreTheUnionOfEveryRange(HoursAdditionScenario s)
    {
        // Oracle: mark every half hour named by any addition on a 48-slot grid per weekday, then read off the runs.
        DateTimeZone zone = DateTimeZoneProviders.Tzdb[s.ZoneId];
        WorkingCalendar calendar = Build(zone, s.Additions);
        var grid = new bool[8, 48];
        foreach (HoursAddition addition in s.Additions)
        {
            foreach (IsoDayOfWeek day in addition.Days())
            {
                for (int half = addition.StartHalf; half < addition.EndHalf; half++)
                {
                    grid[(int)day, half] = true;
                }
            }
        }

        var week = new Dictionary<IsoDayOfWeek, (LocalTime Start, LocalTime? End)[]>();
        bool hoursMatch = true;
        for (int d = 1; d <= 7; d++)
        {
            var runs = new List<(LocalTime Start, LocalTime? End)>();
            for (int half = 0; half < 48; half++)
            {
                if (grid[d, half] && (half == 0 || !grid[d, half - 1]))
                {
                    int end = half;
                    while (end < 48 && grid[d, end])
                    {
                        end++;
                    }

                    runs.Add((Half(half), end == 48 ? null : Half(end)));
                }
            }

            week[(IsoDayOfWeek)d] = [.. runs];
            hoursMatch &= calendar.GetHours((IsoDayOfWeek)d)
                .Select(r => (r.Start, r.EndsAtEndOfDay ? (LocalTime?)null : r.End))
                .SequenceEqual(runs);
        }

        var reference = new ReferenceWorkingCalendar(zone, week, [], []);
        return (hoursMatch && calendar.WorkingTimeBetween(s.A, s.B) == reference.WorkingTimeBetween(s.A, s.B)).ToProperty().Label(s.ToString());
    }

    [Property(Arbitrary = [typeof(WorkingCalendarArbitraries)], MaxTest = 300)]
    public Property WithHours_AnyOrderOfCalls_GivesTheSameCalendar(HoursAdditionScenario s)
    {
        DateTimeZone zone = DateTimeZoneProviders.Tzdb[s.ZoneId];
        WorkingCalendar forward = Build(zone, s.Additions);
        WorkingCalendar backward = Build(zone, [.. Enumerable.Reverse(s.Additions)]);
        WorkingCalendar rotated = Build(zone, [.. s.Additions.Skip(1), .. s.Additions.Take(1)]);
        bool sameHours = Enumerable.Range(1, 7).All(d =>
            forward.GetHours((IsoDayOfWeek)d).SequenceEqual(backward.GetHours((IsoDayOfWeek)d))
            && forward.GetHours((IsoDayOfWeek)d).SequenceEqual(rotated.GetHours((IsoDayOfWeek)d)));
        Duration time = forward.WorkingTimeBetween(s.A, s.B);
        return (sameHours && time == backward.WorkingTimeBetween(s.A, s.B) && time == rotated.WorkingTimeBetween(s.A, s.B)
                && forward.NominalWorkingDay == backward.NominalWorkingDay)
            .ToProperty().Label(s.ToString());
    }

    [Property(Arbitrary = [typeof(WorkingCalendarArbitraries)], MaxTest = 300)]
    public Property WithHours_AddingARange_NeverReducesWorkingTime(HoursAdditionScenario s)
    {
        DateTimeZone zone = DateTimeZoneProviders.Tzdb[s.ZoneId];
        WorkingCalendar before = Build(zone, s.Additions);
        WorkingCalendar after = Build(zone, [.. s.Additions, s.Extra]);
        bool stillWorking = !before.IsWorkingAt(s.A) || after.IsWorkingAt(s.A);
        return (after.WorkingTimeBetween(s.A, s.B) >= before.WorkingTimeBetween(s.A, s.B) && stillWorking).ToProperty().Label(s.ToString());
    }

    private static WorkingCalendar Build(DateTimeZone zone, IEnumerable<HoursAddition> additions)
    {
        WorkingCalendar calendar = WorkingCalendar.Create(zone);
        foreach (HoursAddition a in additions)
        {
            calendar = calendar.WithHours(a.FirstDay, a.LastDay, Half(a.StartHalf), Half(a.EndHalf));
        }

        return calendar;
    }

    private static LocalTime Half(int halfHours) => halfHours == 48 ? LocalTime.Midnight : LocalTime.FromMinutesSinceMidnight(halfHours * 30);

    private static Property Reachable(CalendarScenario s)
    {
        Instant end = s.Calendar.AddWorkingTime(s.A, s.Large);
        return (s.Calendar.WorkingTimeBetween(s.A, end) == s.Large).ToProperty();
    }
}
