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
    public bool WorkingNanosBetweenTicks_WholeTicks_MatchesDayByDayReference(CalendarScenario s)
    {
        long a = s.A.ToUnixTimeTicks();
        long c = s.C.ToUnixTimeTicks();
        return s.Calendar.WorkingNanosBetweenTicks(a, c) == s.Reference.WorkingTimeBetween(Instant.FromUnixTimeTicks(a), Instant.FromUnixTimeTicks(c)).ToInt64Nanoseconds();
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

    private static Property Reachable(CalendarScenario s)
    {
        Instant end = s.Calendar.AddWorkingTime(s.A, s.Large);
        return (s.Calendar.WorkingTimeBetween(s.A, end) == s.Large).ToProperty();
    }
}
