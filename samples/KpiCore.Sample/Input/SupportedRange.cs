using System.Globalization;
using NodaTime;

namespace KpiCore.Sample.Input;

/// <summary>
/// The one range of instants and months the host accepts, the same for every file and every option: from
/// 1901-01-01T00:00:00Z (inclusive) to 2149-01-01T00:00:00Z (exclusive); months 1901-01 to 2148-12.
/// </summary>
/// <remarks>
/// It lies inside the library's <c>WorkingCalendar.SupportedRange</c> (1900-01-01Z to 2150-01-01Z) with a year to spare
/// at each end, so that any month of the range, in any time zone (offsets up to ±14 hours), and any SLA clock
/// started in it stay inside what the library computes exactly. A record with an instant or month outside is rejected
/// (<see cref="Describe"/> is its reason); an option outside is a usage error.
/// </remarks>
internal static class SupportedRange
{
    /// <summary>The first year accepted.</summary>
    internal const int FirstYear = 1901;

    /// <summary>The last year accepted.</summary>
    internal const int LastYear = 2148;

    /// <summary>Gets the first instant accepted.</summary>
    internal static Instant Start { get; } = Instant.FromUtc(FirstYear, 1, 1, 0, 0);

    /// <summary>Gets the first instant after the range.</summary>
    internal static Instant End { get; } = Instant.FromUtc(LastYear + 1, 1, 1, 0, 0);

    /// <summary>Gets the first month accepted.</summary>
    internal static YearMonth FirstMonth { get; } = new(FirstYear, 1);

    /// <summary>Gets the last month accepted.</summary>
    internal static YearMonth LastMonth { get; } = new(LastYear, 12);

    /// <summary>The range in words, for messages and help.</summary>
    internal static string Describe { get; } = string.Create(CultureInfo.InvariantCulture,
        $"dates from {FirstYear}-01-01 to {LastYear}-12-31 (UTC) and months from {FirstYear}-01 to {LastYear}-12 are supported");

    /// <summary>Determines whether an instant lies in the range.</summary>
    internal static bool Contains(Instant instant) => instant >= Start && instant < End;

    /// <summary>Determines whether a month lies in the range.</summary>
    internal static bool Contains(YearMonth month) => month >= FirstMonth && month <= LastMonth;

    /// <summary>Determines whether a local date lies in the range (by its year).</summary>
    internal static bool Contains(LocalDate date) => date.Year is >= FirstYear and <= LastYear;
}
