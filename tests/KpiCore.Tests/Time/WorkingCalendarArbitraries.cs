using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Tests.Time;

/// <summary>A random calendar, its reference model and a few instants and durations to query it with.</summary>
public sealed class CalendarScenario
{
    internal CalendarScenario(WorkingCalendar calendar, ReferenceWorkingCalendar reference, string description, Instant[] instants, Duration[] durations)
    {
        Calendar = calendar;
        Reference = reference;
        Description = description;
        A = instants[0];
        B = instants[1];
        C = instants[2];
        Small = durations[0];
        Large = durations[1];
    }

    /// <summary>The calendar under test.</summary>
    public WorkingCalendar Calendar { get; }

    /// <summary>The day-by-day model of the same calendar.</summary>
    internal ReferenceWorkingCalendar Reference { get; }

    /// <summary>Readable form of the configuration, shown when a property fails.</summary>
    public string Description { get; }

    /// <summary>Three instants with A &lt;= B &lt;= C.</summary>
    public Instant A { get; }

    /// <summary>The middle instant.</summary>
    public Instant B { get; }

    /// <summary>The last instant.</summary>
    public Instant C { get; }

    /// <summary>Two working durations with Small &lt;= Large.</summary>
    public Duration Small { get; }

    /// <summary>The larger duration.</summary>
    public Duration Large { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Description} A={A} B={B} C={C} Small={Small} Large={Large}");
}

/// <summary>FsCheck generators for working-calendar properties: 0-3 ranges per weekday on a half-hour grid (so DST hours such as 01:00-02:00 come up), closed dates, special hours, zones with odd transitions.</summary>
public static class WorkingCalendarArbitraries
{
    private static readonly string[] ZoneIds =
    [
        "Europe/London", "Europe/London", "America/New_York", "Australia/Lord_Howe", "Asia/Kathmandu",
        "America/Sao_Paulo", "Pacific/Apia", "UTC",
    ];

    private static readonly Instant WindowStart = Instant.FromUtc(2010, 1, 1, 0, 0);
    private const int WindowDays = 4000;

    /// <summary>Scenarios with random calendars.</summary>
    public static Arbitrary<CalendarScenario> Scenario() =>
        (from zoneId in Gen.Elements(ZoneIds)
         from week in Gen.ArrayOf(Ranges(), 7)
         from closedCount in Gen.Choose(0, 30)
         from closedOffsets in Gen.ArrayOf(Gen.Choose(0, WindowDays + 60), closedCount)
         from specialCount in Gen.Choose(0, 6)
         from specialOffsets in Gen.ArrayOf(Gen.Choose(0, WindowDays + 60), specialCount)
         from specialRanges in Gen.ArrayOf(Ranges(), specialCount)
         from instants in InstantTriple()
         from durations in DurationPair()
         from allHours in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
         select Build(zoneId, week, closedOffsets, specialOffsets, specialRanges, instants, durations, allHours))
        .ToArbitrary();

    /// <summary>Scenarios of several <c>WithHours</c> calls whose ranges may overlap, touch or nest, on any weekday spans.</summary>
    public static Arbitrary<HoursAdditionScenario> HoursAddition() =>
        (from zoneId in Gen.Elements(ZoneIds)
         from count in Gen.Choose(1, 6)
         from additions in Gen.ArrayOf(Addition(), count)
         from extra in Addition()
         from instants in InstantTriple()
         select new HoursAdditionScenario(zoneId, additions, extra, instants[0], instants[2]))
        .ToArbitrary();

    private static Gen<HoursAddition> Addition() =>
        from first in Gen.Choose(1, 7)
        from last in Gen.Choose(1, 7)
        from start in Gen.Frequency((6, Gen.Choose(0, 47)), (1, Gen.Elements(0, 2, 16, 24)))
        from length in Gen.Frequency((6, Gen.Choose(1, 16)), (1, Gen.Constant(48)))
        select new HoursAddition((IsoDayOfWeek)first, (IsoDayOfWeek)last, start, Math.Min(48, start + length));

    /// <summary>Sorted, non-overlapping (possibly touching) ranges in half hours 0..48, 0-3 of them.</summary>
    private static Gen<(int Start, int End)[]> Ranges() =>
        from count in Gen.Frequency((1, Gen.Constant(0)), (3, Gen.Constant(1)), (3, Gen.Constant(2)), (2, Gen.Constant(3)))
        from points in Gen.ArrayOf(Gen.Frequency((6, Gen.Choose(0, 48)), (1, Gen.Elements(0, 2, 4, 6, 48))), count * 2)
        select ToRanges(points);

    private static (int Start, int End)[] ToRanges(int[] points)
    {
        Array.Sort(points);
        var result = new List<(int, int)>();
        for (int i = 0; i + 1 < points.Length; i += 2)
        {
            if (points[i] < points[i + 1])
            {
                result.Add((points[i], points[i + 1]));
            }
        }

        return [.. result];
    }

    private static Gen<Instant[]> InstantTriple() =>
        from day in Gen.Choose(0, WindowDays - 1300)
        from minute in Gen.Frequency((1, Gen.Choose(0, 1439)), (1, Gen.Choose(0, 95).Select(q => q * 15)))
        from gap1 in Span()
        from gap2 in Span()
        select new[]
        {
            WindowStart + Duration.FromDays(day) + Duration.FromMinutes(minute),
            WindowStart + Duration.FromDays(day) + Duration.FromMinutes(minute + gap1),
            WindowStart + Duration.FromDays(day) + Duration.FromMinutes(minute + gap1 + gap2),
        };

    /// <summary>A gap in minutes: zero, short, up to 90 days, or up to about 18 months.</summary>
    private static Gen<long> Span() =>
        Gen.Frequency(
            (1, Gen.Constant(0L)),
            (4, Gen.Choose(1, 3 * 1440).Select(m => (long)m)),
            (4, Gen.Choose(1, 90 * 1440).Select(m => (long)m)),
            (1, Gen.Choose(1, 550 * 1440).Select(m => (long)m)));

    private static Gen<Duration[]> DurationPair() =>
        from x in Span()
        from y in Span()
        select new[] { Duration.FromMinutes(Math.Min(x, y) / 4), Duration.FromMinutes(Math.Max(x, y) / 4) };

    private static LocalTime Half(int halfHours) => halfHours == 48 ? LocalTime.Midnight : LocalTime.FromMinutesSinceMidnight(halfHours * 30);

    private static CalendarScenario Build(
        string zoneId,
        (int Start, int End)[][] week,
        int[] closedOffsets,
        int[] specialOffsets,
        (int Start, int End)[][] specialRanges,
        Instant[] instants,
        Duration[] durations,
        bool twentyFourSeven)
    {
        DateTimeZone zone = DateTimeZoneProviders.Tzdb[zoneId];
        var description = new StringBuilder(zoneId);
        WorkingCalendar calendar;
        var refWeek = new Dictionary<IsoDayOfWeek, (LocalTime, LocalTime?)[]>();
        var refSpecial = new Dictionary<LocalDate, (LocalTime, LocalTime?)[]>();
        LocalDate windowDate = new(2010, 1, 1);
        LocalDate[] closed = [.. closedOffsets.Select(o => windowDate.PlusDays(o))];
        if (twentyFourSeven)
        {
            calendar = WorkingCalendar.TwentyFourSeven(zone);
            for (int d = 1; d <= 7; d++)
            {
                refWeek[(IsoDayOfWeek)d] = [(LocalTime.Midnight, null)];
            }

            description.Append(" 24x7");
        }
        else
        {
            calendar = WorkingCalendar.Create(zone);
            for (int d = 1; d <= 7; d++)
            {
                calendar = calendar.WithHours((IsoDayOfWeek)d, week[d - 1].Select(r => new LocalTimeRange(Half(r.Start), Half(r.End))).ToArray());
                refWeek[(IsoDayOfWeek)d] = ToReference(week[d - 1]);
                description.Append(CultureInfo.InvariantCulture, $" {(IsoDayOfWeek)d}:{string.Join(',', week[d - 1].Select(r => $"{r.Start}-{r.End}"))}");
            }

            calendar = calendar.WithClosedDates(closed);
            for (int i = 0; i < specialOffsets.Length; i++)
            {
                LocalDate date = windowDate.PlusDays(specialOffsets[i]);
                calendar = calendar.WithSpecialHours(date, specialRanges[i].Select(r => new LocalTimeRange(Half(r.Start), Half(r.End))).ToArray());
                refSpecial[date] = ToReference(specialRanges[i]);
                description.Append(CultureInfo.InvariantCulture, $" special {date:yyyy-MM-dd}:{string.Join(',', specialRanges[i].Select(r => $"{r.Start}-{r.End}"))}");
            }

            description.Append(CultureInfo.InvariantCulture, $" closed:{string.Join(',', closed.Select(c => c.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))}");
        }

        var reference = new ReferenceWorkingCalendar(zone, refWeek, twentyFourSeven ? [] : closed, refSpecial);
        return new CalendarScenario(calendar, reference, description.ToString(), instants, durations);
    }

    private static (LocalTime, LocalTime?)[] ToReference((int Start, int End)[] ranges) =>
        [.. ranges.Select(r => (Half(r.Start), r.End == 48 ? (LocalTime?)null : Half(r.End)))];
}
