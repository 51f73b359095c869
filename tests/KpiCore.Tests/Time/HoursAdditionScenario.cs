using System.Globalization;
using NodaTime;

namespace KpiCore.Tests.Time;

/// <summary>A zone, a list of <c>WithHours</c> additions (weekday span and a half-hour range, possibly overlapping), one more addition and two instants.</summary>
public sealed class HoursAdditionScenario
{
    internal HoursAdditionScenario(string zoneId, HoursAddition[] additions, HoursAddition extra, Instant a, Instant b)
    {
        ZoneId = zoneId;
        Additions = additions;
        Extra = extra;
        A = a;
        B = b;
    }

    /// <summary>The TZDB zone id.</summary>
    public string ZoneId { get; }

    /// <summary>The additions, in the order they are applied.</summary>
    internal HoursAddition[] Additions { get; }

    /// <summary>One more addition, for the monotonicity law.</summary>
    internal HoursAddition Extra { get; }

    /// <summary>The start of the measured window.</summary>
    public Instant A { get; }

    /// <summary>The end of the measured window, not before <see cref="A"/>.</summary>
    public Instant B { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{ZoneId} [{string.Join("; ", Additions)}] extra {Extra} A={A} B={B}");
}

/// <summary>One <c>WithHours(firstDay, lastDay, start, end)</c> call, with times in half hours 0..48 (48 = 24:00).</summary>
internal readonly record struct HoursAddition(IsoDayOfWeek FirstDay, IsoDayOfWeek LastDay, int StartHalf, int EndHalf)
{
    /// <summary>The weekdays the addition names, wrapping after Sunday.</summary>
    public IEnumerable<IsoDayOfWeek> Days()
    {
        int day = (int)FirstDay;
        while (true)
        {
            yield return (IsoDayOfWeek)day;
            if (day == (int)LastDay)
            {
                yield break;
            }

            day = (day % 7) + 1;
        }
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{FirstDay}-{LastDay} {StartHalf}-{EndHalf}");
}
