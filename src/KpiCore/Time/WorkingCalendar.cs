using NodaTime;

namespace KpiCore.Time;

/// <summary>
/// A working calendar (a "schedule"): a time zone, working hours per weekday, closed dates and special hours on given
/// dates. It measures working time between instants and finds the instant at which a given amount of working time
/// has elapsed (an SLA breach instant).
/// </summary>
/// <remarks>
/// <para>
/// <b>Building.</b> Start from <see cref="Create(DateTimeZone)"/> (no working hours at all) or
/// <see cref="TwentyFourSeven(DateTimeZone)"/> and add rules with the <c>With</c> methods; each returns a new calendar
/// and leaves the original unchanged:
/// <c>WorkingCalendar.Create(london).WithHours(IsoDayOfWeek.Monday, IsoDayOfWeek.Friday, new LocalTime(8, 0), new LocalTime(18, 0)).WithClosedDates(bankHolidays)</c>.
/// The hours of a date are, in order of precedence: none if the date is closed; its special hours if it has any;
/// otherwise the hours of its weekday. <c>WithHours</c> adds to a weekday's hours (the union of every range given for
/// it, overlapping or touching ranges merged); <c>WithoutHours</c> clears them.
/// </para>
/// <para>
/// <b>Working time</b> is real elapsed time inside working intervals. Each date's working ranges are turned into
/// instants in <see cref="Zone"/> by one rule, the same for every query:
/// a range start uses the earlier instant when the local time occurs twice and the instant the clocks jump to when it
/// does not exist; a range end uses the later instant when the local time occurs twice and the instant the clocks
/// jump to when it does not exist; an end of 24:00 is the start of the next date. Every range is then cut to its
/// own date's real day, from the first instant of the date to the first instant of the next date. So a local range
/// is covered completely: 00:00-24:00 is the whole real day (23 hours in London on the last Sunday of March, 25 hours
/// on the last Sunday of October), 00:00-06:00 is 5 hours and 7 hours on those days, 01:00-02:00 is empty in March
/// and 2 hours in October, while 08:00-18:00 is always 10 hours. A 24x7 calendar measures exactly the elapsed time.
/// </para>
/// <para>
/// <b>Intervals</b> are half-open: a working range 08:00-18:00 contains 08:00 and not 18:00.
/// </para>
/// <para>
/// <b>Range.</b> Queries accept instants in <see cref="SupportedRange"/>, both ends included, and throw
/// <see cref="ArgumentOutOfRangeException"/> outside it.
/// </para>
/// <para>
/// <b>Speed and thread safety.</b> Calendars are immutable and safe to share between threads. Working intervals (as
/// instants) and running totals of working time are computed once per block of 512 UTC days, when a query first
/// touches the block, under a lock, and are never recomputed. A warm query does not allocate and takes constant time:
/// the block and day of an instant come from arithmetic on its UTC day, then a scan over that day's few intervals;
/// <see cref="AddWorkingTime(Instant, Duration)"/> adds a search over running totals that starts from a guess; spans
/// longer than a block add one step per block (about 1.4 years).
/// </para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public sealed partial class WorkingCalendar
{
    private static readonly LocalTimeRange[] NoHours = [];

    private readonly LocalTimeRange[][] _weekHours; // index 1..7 = IsoDayOfWeek; index 0 unused
    private readonly HashSet<LocalDate> _closedDates;
    private readonly Dictionary<LocalDate, LocalTimeRange[]> _specialHours;

    private WorkingCalendar(
        DateTimeZone zone,
        LocalTimeRange[][] weekHours,
        HashSet<LocalDate> closedDates,
        Dictionary<LocalDate, LocalTimeRange[]> specialHours)
    {
        Zone = zone;
        _weekHours = weekHours;
        _closedDates = closedDates;
        _specialHours = specialHours;
        NominalWorkingDay = ComputeNominalWorkingDay(weekHours);
        _chunks = new Chunk?[ChunkCount];
    }

    /// <summary>Gets the time zone in which working hours and dates are read.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the length of a normal working day, used to convert "N working days" into N times this duration.</summary>
    /// <remarks>
    /// Defined from the weekday hours only (closed dates and special hours are ignored) and measured on the local
    /// clock (clock changes are ignored): take the length of each weekday's hours, drop the weekdays without hours,
    /// and return the length that occurs on most weekdays; if several lengths occur equally often, the longest of
    /// them. Monday-Friday 08:00-18:00 plus Saturday 09:00-13:00 gives 10 hours; 24x7 gives 24 hours; a calendar with
    /// no working hours gives <see cref="Duration.Zero"/>.
    /// </remarks>
    public Duration NominalWorkingDay { get; }

    /// <summary>Gets the dates on which the calendar is closed, in ascending order.</summary>
    /// <remarks>A closed date has no working time, even if it also has special hours.</remarks>
    public IReadOnlyList<LocalDate> ClosedDates => [.. _closedDates.Order()];

    /// <summary>Creates a calendar in <paramref name="zone"/> with no working hours; add them with the <c>With</c> methods.</summary>
    /// <param name="zone">The time zone in which hours and dates are read, for example <c>DateTimeZoneProviders.Tzdb["Europe/London"]</c>.</param>
    /// <returns>A calendar in which no instant is working time.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public static WorkingCalendar Create(DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var week = new LocalTimeRange[8][];
        Array.Fill(week, NoHours);
        return new WorkingCalendar(zone, week, [], []);
    }

    /// <summary>Creates a calendar in <paramref name="zone"/> that works every day 00:00-24:00, with no closed dates.</summary>
    /// <param name="zone">The time zone; it decides where dates begin if closed dates or special hours are added later.</param>
    /// <returns>A calendar whose working time between two instants is exactly the elapsed time.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public static WorkingCalendar TwentyFourSeven(DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var week = new LocalTimeRange[8][];
        week[0] = NoHours;
        for (int day = 1; day <= 7; day++)
        {
            week[day] = [LocalTimeRange.AllDay];
        }

        return new WorkingCalendar(zone, week, [], []);
    }

    /// <summary>Gets the working hours of a weekday, in order.</summary>
    /// <param name="dayOfWeek">The weekday.</param>
    /// <returns>The ranges; empty when the weekday has no working hours.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dayOfWeek"/> is not Monday to Sunday.</exception>
    public IReadOnlyList<LocalTimeRange> GetHours(IsoDayOfWeek dayOfWeek)
    {
        CheckDay(dayOfWeek, nameof(dayOfWeek));
        return Array.AsReadOnly(_weekHours[(int)dayOfWeek]);
    }

    /// <summary>Gets the working hours that apply on a date: none when it is closed, else its special hours if it has any, else its weekday's hours.</summary>
    /// <param name="date">The local date.</param>
    /// <returns>The ranges in order; empty when the date has no working hours.</returns>
    public IReadOnlyList<LocalTimeRange> GetHours(LocalDate date) => Array.AsReadOnly(HoursOn(date));

    /// <summary>Returns a calendar like this one in which one weekday also works during <paramref name="ranges"/>.</summary>
    /// <param name="dayOfWeek">The weekday to change.</param>
    /// <param name="ranges">The hours to add, in any order; they may overlap or touch each other and the hours the weekday already has. None leaves the weekday as it is.</param>
    /// <returns>The new calendar.</returns>
    /// <remarks>
    /// Hours are added, never replaced: the working hours of a weekday are the union of every range given for it by
    /// any <c>WithHours</c> call, so the order of the calls does not matter. Overlapping or touching ranges are merged
    /// into one range (08:00-12:00 and 11:00-14:00 become 08:00-14:00; 08:00-12:00 and 12:00-17:00 become 08:00-17:00),
    /// and <see cref="GetHours(IsoDayOfWeek)"/> returns the merged ranges. To replace a weekday's hours, remove them
    /// first with <see cref="WithoutHours(IsoDayOfWeek)"/>.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="ranges"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dayOfWeek"/> is not Monday to Sunday.</exception>
    public WorkingCalendar WithHours(IsoDayOfWeek dayOfWeek, params LocalTimeRange[] ranges) =>
        WithHours(dayOfWeek, dayOfWeek, ranges);

    /// <summary>Returns a calendar like this one in which the weekdays from <paramref name="firstDay"/> to <paramref name="lastDay"/> also work during <paramref name="ranges"/>.</summary>
    /// <param name="firstDay">The first weekday to change.</param>
    /// <param name="lastDay">The last weekday to change, included; the days run in ISO order and wrap after Sunday (Saturday to Monday is 3 days).</param>
    /// <param name="ranges">The hours to add, in any order; they may overlap or touch each other and the hours the weekdays already have. None leaves the weekdays as they are.</param>
    /// <returns>The new calendar.</returns>
    /// <remarks>
    /// Hours are added, never replaced: the working hours of a weekday are the union of every range given for it by
    /// any <c>WithHours</c> call, so the order of the calls does not matter, and Monday-Friday 08:00-12:00 plus
    /// Monday-Friday 13:00-17:00 is an 8-hour day. Overlapping or touching ranges are merged into one range
    /// (08:00-12:00 and 11:00-14:00 become 08:00-14:00, 6 hours; 08:00-12:00 and 12:00-17:00 become 08:00-17:00,
    /// 9 hours), and <see cref="GetHours(IsoDayOfWeek)"/> returns the merged ranges. To replace the weekdays' hours,
    /// remove them first with <see cref="WithoutHours(IsoDayOfWeek, IsoDayOfWeek)"/>.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="ranges"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="firstDay"/> or <paramref name="lastDay"/> is not Monday to Sunday.</exception>
    public WorkingCalendar WithHours(IsoDayOfWeek firstDay, IsoDayOfWeek lastDay, params LocalTimeRange[] ranges)
    {
        CheckDay(firstDay, nameof(firstDay));
        CheckDay(lastDay, nameof(lastDay));
        ArgumentNullException.ThrowIfNull(ranges);
        LocalTimeRange[] added = [.. ranges];
        var week = (LocalTimeRange[][])_weekHours.Clone();
        foreach (int day in Days(firstDay, lastDay))
        {
            week[day] = Union(week[day], added);
        }

        return new WorkingCalendar(Zone, week, _closedDates, _specialHours);
    }

    /// <summary>Returns a calendar like this one in which one weekday has no working hours.</summary>
    /// <param name="dayOfWeek">The weekday to clear.</param>
    /// <returns>The new calendar; closed dates and special hours are kept.</returns>
    /// <remarks>This is how a weekday's hours are replaced: <c>calendar.WithoutHours(IsoDayOfWeek.Friday).WithHours(IsoDayOfWeek.Friday, shortFriday)</c>.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dayOfWeek"/> is not Monday to Sunday.</exception>
    public WorkingCalendar WithoutHours(IsoDayOfWeek dayOfWeek)
    {
        CheckDay(dayOfWeek, nameof(dayOfWeek));
        return WithoutHours(dayOfWeek, dayOfWeek);
    }

    /// <summary>Returns a calendar like this one in which the weekdays from <paramref name="firstDay"/> to <paramref name="lastDay"/> have no working hours.</summary>
    /// <param name="firstDay">The first weekday to clear.</param>
    /// <param name="lastDay">The last weekday to clear, included; the days run in ISO order and wrap after Sunday (Saturday to Monday is 3 days).</param>
    /// <returns>The new calendar; closed dates and special hours are kept.</returns>
    /// <remarks>This is how weekdays' hours are replaced: <c>WorkingCalendar.TwentyFourSeven(zone).WithoutHours(IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday)</c> works all day Monday to Friday only.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="firstDay"/> or <paramref name="lastDay"/> is not Monday to Sunday.</exception>
    public WorkingCalendar WithoutHours(IsoDayOfWeek firstDay, IsoDayOfWeek lastDay)
    {
        CheckDay(firstDay, nameof(firstDay));
        CheckDay(lastDay, nameof(lastDay));
        var week = (LocalTimeRange[][])_weekHours.Clone();
        foreach (int day in Days(firstDay, lastDay))
        {
            week[day] = NoHours;
        }

        return new WorkingCalendar(Zone, week, _closedDates, _specialHours);
    }

    /// <summary>Returns a calendar like this one in which the weekdays from <paramref name="firstDay"/> to <paramref name="lastDay"/> also work from <paramref name="start"/> to <paramref name="end"/>.</summary>
    /// <param name="firstDay">The first weekday to change.</param>
    /// <param name="lastDay">The last weekday to change, included; the days run in ISO order and wrap after Sunday.</param>
    /// <param name="start">The start of the working hours, included.</param>
    /// <param name="end">The end of the working hours, excluded; <see cref="LocalTime.Midnight"/> means 24:00.</param>
    /// <returns>The new calendar.</returns>
    /// <remarks>The range is added to the hours the weekdays already have and merged with any it overlaps or touches; see <see cref="WithHours(IsoDayOfWeek, IsoDayOfWeek, LocalTimeRange[])"/>.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="firstDay"/> or <paramref name="lastDay"/> is not Monday to Sunday.</exception>
    /// <exception cref="ArgumentException"><paramref name="end"/> is not later than <paramref name="start"/> and is not midnight.</exception>
    public WorkingCalendar WithHours(IsoDayOfWeek firstDay, IsoDayOfWeek lastDay, LocalTime start, LocalTime end) =>
        WithHours(firstDay, lastDay, new LocalTimeRange(start, end));

    /// <summary>Returns a calendar like this one that is also closed on <paramref name="dates"/> (bank holidays, closure days).</summary>
    /// <param name="dates">The dates to close, added to those already closed; duplicates are ignored.</param>
    /// <returns>The new calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is null.</exception>
    public WorkingCalendar WithClosedDates(IEnumerable<LocalDate> dates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        var closed = new HashSet<LocalDate>(_closedDates);
        closed.UnionWith(dates);
        return new WorkingCalendar(Zone, _weekHours, closed, _specialHours);
    }

    /// <summary>Returns a calendar like this one in which <paramref name="date"/> has the given hours instead of its weekday's.</summary>
    /// <param name="date">The date, for example 24 December.</param>
    /// <param name="ranges">The hours of that date, replacing any special hours set for it before; none makes it a non-working day. Ranges may touch but not overlap.</param>
    /// <returns>The new calendar.</returns>
    /// <remarks>A closed date stays closed whatever its special hours.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="ranges"/> is null.</exception>
    /// <exception cref="ArgumentException">Two of <paramref name="ranges"/> overlap.</exception>
    public WorkingCalendar WithSpecialHours(LocalDate date, params LocalTimeRange[] ranges)
    {
        LocalTimeRange[] sorted = SortAndCheck(ranges, nameof(ranges));
        var special = new Dictionary<LocalDate, LocalTimeRange[]>(_specialHours)
        {
            [date] = sorted,
        };
        return new WorkingCalendar(Zone, _weekHours, _closedDates, special);
    }

    /// <summary>The hours in force on a date (closed, then special, then weekday).</summary>
    private LocalTimeRange[] HoursOn(LocalDate date)
    {
        if (_closedDates.Contains(date))
        {
            return NoHours;
        }

        return _specialHours.TryGetValue(date, out LocalTimeRange[]? special) ? special : _weekHours[(int)date.DayOfWeek];
    }
}
