using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace KpiCore.Sample.Input.Formats;

/// <summary>How the formats write values: the host's own encoding, which its readers read back exactly.</summary>
internal static class FormatText
{
    private static readonly OffsetDateTimePattern InstantPattern = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<+HH:mm>");

    /// <summary>An instant as ISO 8601 with its offset in <paramref name="zone"/>, to the second, such as <c>2017-09-03T10:15:00+01:00</c>.</summary>
    internal static string Instant(Instant instant, DateTimeZone zone) => InstantPattern.Format(instant.InZone(zone).ToOffsetDateTime());

    /// <summary>An optional instant; null when absent.</summary>
    internal static string? Instant(Instant? instant, DateTimeZone zone) => instant is Instant i ? Instant(i, zone) : null;

    /// <summary>A month as yyyy-MM.</summary>
    internal static string Month(YearMonth month) => month.ToString("yyyy'-'MM", CultureInfo.InvariantCulture);

    /// <summary>A date as yyyy-MM-dd.</summary>
    internal static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>A number with at most two decimals, such as <c>99.9</c>.</summary>
    internal static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A whole number.</summary>
    internal static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
