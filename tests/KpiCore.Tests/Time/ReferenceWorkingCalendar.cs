using NodaTime;
using NodaTime.TimeZones;

namespace KpiCore.Tests.Time;

/// <summary>
/// A deliberately simple, slow model of a working calendar used as an oracle: it walks date by date and converts
/// each working range with <see cref="DateTimeZone.MapLocal(LocalDateTime)"/> following the documented rule
/// (start: earlier of a repeated time; end: later; skipped time: the instant the clocks jump to; 24:00: start of the
/// next date; everything cut to the date's real day). It shares no code with <c>WorkingCalendar</c>.
/// </summary>
internal sealed class ReferenceWorkingCalendar
{
    private readonly DateTimeZone _zone;
    private readonly Dictionary<IsoDayOfWeek, (LocalTime Start, LocalTime? End)[]> _week;
    private readonly HashSet<LocalDate> _closed;
    private readonly Dictionary<LocalDate, (LocalTime Start, LocalTime? End)[]> _special;

    /// <summary>Creates the model. Ranges are (start, end) with a null end meaning 24:00.</summary>
    public ReferenceWorkingCalendar(
        DateTimeZone zone,
        Dictionary<IsoDayOfWeek, (LocalTime Start, LocalTime? End)[]> week,
        IEnumerable<LocalDate> closed,
        Dictionary<LocalDate, (LocalTime Start, LocalTime? End)[]> special)
    {
        _zone = zone;
        _week = week;
        _closed = [.. closed];
        _special = special;
    }

    /// <summary>Working time in [a, b).</summary>
    public Duration WorkingTimeBetween(Instant a, Instant b)
    {
        Duration total = Duration.Zero;
        LocalDate last = b.InZone(_zone).Date.PlusDays(1);
        for (LocalDate date = a.InZone(_zone).Date.PlusDays(-1); date <= last; date = date.PlusDays(1))
        {
            foreach ((Instant start, Instant end) in DayIntervals(date))
            {
                Instant s = start > a ? start : a;
                Instant e = end < b ? end : b;
                if (s < e)
                {
                    total += e - s;
                }
            }
        }

        return total;
    }

    /// <summary>Earliest t with working time in [a, t) equal to d; a itself for zero.</summary>
    public Instant AddWorkingTime(Instant a, Duration d)
    {
        if (d == Duration.Zero)
        {
            return a;
        }

        Duration remaining = d;
        LocalDate date = a.InZone(_zone).Date.PlusDays(-1);
        for (int i = 0; i < 20_000; i++, date = date.PlusDays(1))
        {
            foreach ((Instant start, Instant end) in DayIntervals(date))
            {
                Instant s = start > a ? start : a;
                if (s >= end)
                {
                    continue;
                }

                Duration length = end - s;
                if (remaining <= length)
                {
                    return s + remaining;
                }

                remaining -= length;
            }
        }

        throw new InvalidOperationException("No working time within 20,000 days.");
    }

    /// <summary>Whether a working interval contains t.</summary>
    public bool IsWorkingAt(Instant t)
    {
        LocalDate date = t.InZone(_zone).Date;
        for (LocalDate d = date.PlusDays(-1); d <= date.PlusDays(1); d = d.PlusDays(1))
        {
            if (DayIntervals(d).Any(iv => iv.Start <= t && t < iv.End))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Merged working intervals of one date, in order.</summary>
    public List<(Instant Start, Instant End)> DayIntervals(LocalDate date)
    {
        var result = new List<(Instant Start, Instant End)>();
        if (_closed.Contains(date))
        {
            return result;
        }

        if (!_special.TryGetValue(date, out (LocalTime Start, LocalTime? End)[]? ranges))
        {
            ranges = _week.GetValueOrDefault(date.DayOfWeek, []);
        }

        Instant dayStart = StartOfDate(date);
        Instant dayEnd = StartOfDate(date.PlusDays(1));
        var raw = new List<(Instant Start, Instant End)>();
        foreach ((LocalTime start, LocalTime? end) in ranges)
        {
            Instant s = Map(date.At(start), earlier: true);
            Instant e = end is null ? dayEnd : Map(date.At(end.Value), earlier: false);
            if (s < dayStart)
            {
                s = dayStart;
            }

            if (e > dayEnd)
            {
                e = dayEnd;
            }

            if (s < e)
            {
                raw.Add((s, e));
            }
        }

        foreach ((Instant s, Instant e) in raw.OrderBy(r => r.Start))
        {
            if (result.Count > 0 && s <= result[^1].End)
            {
                result[^1] = (result[^1].Start, e > result[^1].End ? e : result[^1].End);
            }
            else
            {
                result.Add((s, e));
            }
        }

        return result;
    }

    private Instant StartOfDate(LocalDate date) => Map(date.AtMidnight(), earlier: true);

    private Instant Map(LocalDateTime local, bool earlier)
    {
        ZoneLocalMapping mapping = _zone.MapLocal(local);
        return mapping.Count switch
        {
            1 => mapping.Single().ToInstant(),
            2 => earlier ? mapping.First().ToInstant() : mapping.Last().ToInstant(),
            _ => mapping.LateInterval.Start, // skipped: the instant the clocks jump to
        };
    }
}
