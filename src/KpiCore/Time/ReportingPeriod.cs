using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace KpiCore.Time;

/// <summary>
/// A reporting period: whole local days in an explicit time zone, such as a calendar month in Europe/London,
/// as the half-open instant interval from local midnight of its first day to local midnight of the day after its last day.
/// </summary>
/// <remarks>
/// <para>
/// When local midnight does not exist (a daylight-saving gap at midnight), a day starts at its first instant
/// (<see cref="DateTimeZone.AtStartOfDay(LocalDate)"/>), so consecutive periods always meet without gap or overlap.
/// Its <see cref="Length"/> is real elapsed time: October 2017 in Europe/London is 745 hours, March 2018 743 hours.
/// </para>
/// <para>
/// The zone defaults to Europe/London from <see cref="DateTimeZoneProviders.Tzdb"/>, never the machine's zone.
/// Dates use the ISO calendar. Two periods are equal when they are both months or both date ranges with the same days,
/// the same zone ID and the same start and end instants. Instances are immutable and thread-safe.
/// </para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public sealed class ReportingPeriod : IEquatable<ReportingPeriod>
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    private ReportingPeriod(YearMonth? month, LocalDate firstDay, LocalDate lastDay, DateTimeZone zone)
    {
        CalendarMonth = month;
        FirstDay = firstDay;
        LastDay = lastDay;
        Zone = zone;
        Start = zone.AtStartOfDay(firstDay).ToInstant();
        End = zone.AtStartOfDay(lastDay.PlusDays(1)).ToInstant();
    }

    /// <summary>Gets the default zone, Europe/London from <see cref="DateTimeZoneProviders.Tzdb"/>.</summary>
    public static DateTimeZone DefaultZone => London;

    /// <summary>Gets the calendar month, or <see langword="null"/> when the period is a range of dates made with <see cref="ForDates"/>.</summary>
    /// <remarks>Named <c>CalendarMonth</c> because C# does not allow a property to share the name of the <see cref="Month"/> factory.</remarks>
    public YearMonth? CalendarMonth { get; }

    /// <summary>Gets a value indicating whether the period is a calendar month (made with <see cref="Month"/> or <see cref="Months"/>).</summary>
    public bool IsMonth => CalendarMonth.HasValue;

    /// <summary>Gets the first local day of the period.</summary>
    public LocalDate FirstDay { get; }

    /// <summary>Gets the last local day of the period (inclusive).</summary>
    public LocalDate LastDay { get; }

    /// <summary>Gets the time zone that the days are local to.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the first instant of the period: the start of <see cref="FirstDay"/> in <see cref="Zone"/>.</summary>
    public Instant Start { get; }

    /// <summary>Gets the end of the period (exclusive): the start of the day after <see cref="LastDay"/> in <see cref="Zone"/>.</summary>
    public Instant End { get; }

    /// <summary>Gets the period as the half-open interval [<see cref="Start"/>, <see cref="End"/>).</summary>
    public Interval Interval => new(Start, End);

    /// <summary>Gets the elapsed time from <see cref="Start"/> to <see cref="End"/>; a day with a daylight-saving change is 23 or 25 hours long.</summary>
    public Duration Length => End - Start;

    /// <summary>Gets the number of local days in the period.</summary>
    public int DayCount => Period.DaysBetween(FirstDay, LastDay) + 1;

    /// <summary>Creates the period for a calendar month.</summary>
    /// <param name="month">The month, in the ISO calendar.</param>
    /// <param name="zone">The zone; <see langword="null"/> means Europe/London (<see cref="DefaultZone"/>).</param>
    /// <returns>The period from the start of the month's first day to the start of the next month.</returns>
    /// <exception cref="ArgumentException"><paramref name="month"/> is not in the ISO calendar.</exception>
    public static ReportingPeriod Month(YearMonth month, DateTimeZone? zone = null)
    {
        CheckIso(month.Calendar, nameof(month));
        LocalDate first = month.OnDayOfMonth(1);
        return new ReportingPeriod(month, first, first.PlusMonths(1).PlusDays(-1), zone ?? London);
    }

    /// <summary>Creates the period for a range of whole days.</summary>
    /// <param name="firstDay">The first day, in the ISO calendar.</param>
    /// <param name="lastDayInclusive">The last day, included; not before <paramref name="firstDay"/>.</param>
    /// <param name="zone">The zone; <see langword="null"/> means Europe/London (<see cref="DefaultZone"/>).</param>
    /// <returns>The period; its <see cref="CalendarMonth"/> is <see langword="null"/> even when the range is exactly a month.</returns>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lastDayInclusive"/> is before <paramref name="firstDay"/>.</exception>
    public static ReportingPeriod ForDates(LocalDate firstDay, LocalDate lastDayInclusive, DateTimeZone? zone = null)
    {
        CheckIso(firstDay.Calendar, nameof(firstDay));
        CheckIso(lastDayInclusive.Calendar, nameof(lastDayInclusive));
        if (lastDayInclusive < firstDay)
        {
            throw new ArgumentOutOfRangeException(
                nameof(lastDayInclusive),
                lastDayInclusive,
                string.Create(CultureInfo.InvariantCulture, $"The last day must not be before the first day, {LocalDatePattern.Iso.Format(firstDay)}."));
        }

        return new ReportingPeriod(null, firstDay, lastDayInclusive, zone ?? London);
    }

    /// <summary>Enumerates the monthly periods from <paramref name="first"/> to <paramref name="last"/> inclusive.</summary>
    /// <param name="first">The first month, in the ISO calendar.</param>
    /// <param name="last">The last month, included; not before <paramref name="first"/>.</param>
    /// <param name="zone">The zone; <see langword="null"/> means Europe/London (<see cref="DefaultZone"/>).</param>
    /// <returns>The months in order; arguments are checked when this method is called, not when enumerated.</returns>
    /// <exception cref="ArgumentException">A month is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="last"/> is before <paramref name="first"/>.</exception>
    public static IEnumerable<ReportingPeriod> Months(YearMonth first, YearMonth last, DateTimeZone? zone = null)
    {
        CheckIso(first.Calendar, nameof(first));
        CheckIso(last.Calendar, nameof(last));
        if (last < first)
        {
            throw new ArgumentOutOfRangeException(
                nameof(last),
                last,
                string.Create(CultureInfo.InvariantCulture, $"The last month must not be before the first month, {YearMonthPattern.Iso.Format(first)}."));
        }

        return Enumerate(first, last, zone ?? London);

        static IEnumerable<ReportingPeriod> Enumerate(YearMonth first, YearMonth last, DateTimeZone zone)
        {
            for (YearMonth month = first; month <= last; month = month.PlusMonths(1))
            {
                yield return Month(month, zone);
                if (month == last)
                {
                    yield break; // avoids stepping past the calendar's last month
                }
            }
        }
    }

    /// <summary>Gets the period just before this one: the previous month, or for a date range the range of the same number of days that ends the day before <see cref="FirstDay"/>.</summary>
    /// <returns>The previous period, in the same zone.</returns>
    public ReportingPeriod Previous() =>
        CalendarMonth is { } month
            ? Month(month.PlusMonths(-1), Zone)
            : new ReportingPeriod(null, FirstDay.PlusDays(-DayCount), FirstDay.PlusDays(-1), Zone);

    /// <summary>Gets the period just after this one: the next month, or for a date range the range of the same number of days that starts the day after <see cref="LastDay"/>.</summary>
    /// <returns>The next period, in the same zone.</returns>
    public ReportingPeriod Next() =>
        CalendarMonth is { } month
            ? Month(month.PlusMonths(1), Zone)
            : new ReportingPeriod(null, LastDay.PlusDays(1), LastDay.PlusDays(DayCount), Zone);

    /// <summary>Determines whether <paramref name="instant"/> falls in the period.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns><see langword="true"/> when <see cref="Start"/> &lt;= <paramref name="instant"/> &lt; <see cref="End"/>.</returns>
    public bool Contains(Instant instant) => instant >= Start && instant < End;

    /// <summary>Determines whether <paramref name="other"/> is the same kind of period with the same days, zone ID and instants.</summary>
    /// <param name="other">The other period.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(ReportingPeriod? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (CalendarMonth == other.CalendarMonth
                && FirstDay == other.FirstDay
                && LastDay == other.LastDay
                && Start == other.Start
                && End == other.End
                && string.Equals(Zone.Id, other.Zone.Id, StringComparison.Ordinal)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ReportingPeriod other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(CalendarMonth, FirstDay, LastDay, Start, StringComparer.Ordinal.GetHashCode(Zone.Id));

    /// <summary>Determines whether two periods are equal.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when both are null or they are equal.</returns>
    public static bool operator ==(ReportingPeriod? left, ReportingPeriod? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Determines whether two periods differ.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when exactly one is null or they differ.</returns>
    public static bool operator !=(ReportingPeriod? left, ReportingPeriod? right) => !(left == right);

    /// <summary>Formats the period, such as <c>2017-10 (Europe/London)</c> for a month or <c>2017-10-02..2017-10-08 (Europe/London)</c> for a date range.</summary>
    /// <returns>The ISO month or the inclusive ISO date range, then the zone ID in parentheses; independent of the current culture.</returns>
    public override string ToString()
    {
        string days = CalendarMonth is { } month
            ? YearMonthPattern.Iso.Format(month)
            : LocalDatePattern.Iso.Format(FirstDay) + ".." + LocalDatePattern.Iso.Format(LastDay);
        return days + " (" + Zone.Id + ")";
    }

    /// <summary>The period without its zone, "2017-09" or "2017-09-04..2017-09-10", for one-line summaries.</summary>
    internal string Label() => CalendarMonth is { } month
        ? YearMonthPattern.Iso.Format(month)
        : LocalDatePattern.Iso.Format(FirstDay) + ".." + LocalDatePattern.Iso.Format(LastDay);

    private static void CheckIso(CalendarSystem calendar, string paramName)
    {
        if (calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException("The date must be in the ISO calendar.", paramName);
        }
    }
}
