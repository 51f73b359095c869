using System.Globalization;
using NodaTime;

namespace KpiCore.Time;

/// <summary>
/// A range of local clock times within one day, such as working hours 08:00-18:00; the start is included and the
/// end excluded. An end of <see cref="LocalTime.Midnight"/> means 24:00, the end of the day.
/// </summary>
/// <remarks>
/// <para>
/// Ranges never cross midnight: an overnight shift 22:00-06:00 is written as two ranges, 22:00-24:00 on one day and
/// 00:00-06:00 on the next (<c>new LocalTimeRange(new LocalTime(22, 0), LocalTime.Midnight)</c> and
/// <c>new LocalTimeRange(LocalTime.Midnight, new LocalTime(6, 0))</c>). Consecutive working ranges join up, so such a
/// shift is one unbroken stretch of working time.
/// </para>
/// <para>
/// <see cref="Length"/> is the length on the local clock. On a day when the clocks change the real (elapsed) length
/// of the range can differ; see <see cref="WorkingCalendar"/> for how such days are turned into instants.
/// </para>
/// <para>
/// The default value is 00:00-24:00, the whole day (start and end are both <see cref="LocalTime.Midnight"/>).
/// Equality compares <see cref="Start"/> and <see cref="End"/>.
/// </para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public readonly struct LocalTimeRange : IEquatable<LocalTimeRange>
{
    private const long NanosecondsPerDay = 86_400L * 1_000_000_000L;

    private readonly LocalTime _start;
    private readonly LocalTime _end;

    /// <summary>Creates the range from <paramref name="start"/> (included) to <paramref name="end"/> (excluded).</summary>
    /// <param name="start">The first local time of the range.</param>
    /// <param name="end">The local time at which the range ends, excluded; <see cref="LocalTime.Midnight"/> means 24:00.</param>
    /// <exception cref="ArgumentException"><paramref name="end"/> is not <see cref="LocalTime.Midnight"/> and is not later than <paramref name="start"/>.</exception>
    public LocalTimeRange(LocalTime start, LocalTime end)
    {
        if (end != LocalTime.Midnight && end <= start)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The end {end:HH:mm:ss.FFFFFFFFF} must be later than the start {start:HH:mm:ss.FFFFFFFFF}, or be midnight (24:00)."),
                nameof(end));
        }

        _start = start;
        _end = end;
    }

    /// <summary>Gets the whole day, 00:00-24:00 (the same as the default value).</summary>
    public static LocalTimeRange AllDay => default;

    /// <summary>Gets the first local time of the range (included).</summary>
    public LocalTime Start => _start;

    /// <summary>Gets the local time at which the range ends (excluded); <see cref="LocalTime.Midnight"/> when the range runs to 24:00.</summary>
    public LocalTime End => _end;

    /// <summary>Gets a value indicating whether the range runs to the end of the day (24:00).</summary>
    public bool EndsAtEndOfDay => _end == LocalTime.Midnight;

    /// <summary>Gets the length of the range on the local clock (00:00-24:00 is 24 hours), ignoring clock changes.</summary>
    public Duration Length => Duration.FromNanoseconds(EndNanosecondOfDay - _start.NanosecondOfDay);

    /// <summary>Gets the start as nanoseconds since local midnight.</summary>
    internal long StartNanosecondOfDay => _start.NanosecondOfDay;

    /// <summary>Gets the end as nanoseconds since local midnight, 86,400,000,000,000 for 24:00.</summary>
    internal long EndNanosecondOfDay => EndsAtEndOfDay ? NanosecondsPerDay : _end.NanosecondOfDay;

    /// <summary>Creates the range from nanoseconds since local midnight, <paramref name="end"/> 86,400,000,000,000 for 24:00; the inverse of <see cref="StartNanosecondOfDay"/> and <see cref="EndNanosecondOfDay"/>.</summary>
    internal static LocalTimeRange FromNanosecondsOfDay(long start, long end) =>
        new(LocalTime.FromNanosecondsSinceMidnight(start), end == NanosecondsPerDay ? LocalTime.Midnight : LocalTime.FromNanosecondsSinceMidnight(end));

    /// <summary>Returns a value indicating whether two ranges have the same start and end.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns><see langword="true"/> when both are equal.</returns>
    public static bool operator ==(LocalTimeRange left, LocalTimeRange right) => left.Equals(right);

    /// <summary>Returns a value indicating whether two ranges differ in start or end.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(LocalTimeRange left, LocalTimeRange right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(LocalTimeRange other) => _start == other._start && _end == other._end;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is LocalTimeRange other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_start, _end);

    /// <summary>Formats the range as <c>HH:mm-HH:mm</c> (seconds and fractions only when present), writing the end of day as 24:00.</summary>
    /// <returns>For example <c>08:00-18:00</c> or <c>22:00-24:00</c>.</returns>
    public override string ToString() => Format(_start, false) + "-" + Format(_end, EndsAtEndOfDay);

    private static string Format(LocalTime time, bool endOfDay)
    {
        if (endOfDay)
        {
            return "24:00";
        }

        string pattern = time.NanosecondOfSecond != 0 ? "HH:mm:ss.FFFFFFFFF" : time.Second != 0 ? "HH:mm:ss" : "HH:mm";
        return time.ToString(pattern, CultureInfo.InvariantCulture);
    }
}
