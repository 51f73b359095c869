using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using NodaTime.Text;

namespace KpiCore.Serialization;

/// <summary>
/// NodaTime values as ISO text, built from NodaTime's patterns with <see cref="NodaPatternConverter{T}"/> (never through
/// <c>NodaConverters</c>, whose static constructor also builds converters that are not trim- or AOT-safe).
/// </summary>
internal static class NodaTimeConverters
{
    /// <summary>Instants: <c>2017-10-01T00:00:00Z</c>.</summary>
    internal static readonly JsonConverter<Instant> Instant = new NodaPatternConverter<Instant>(InstantPattern.ExtendedIso);

    /// <summary>Dates: <c>2017-10-01</c>.</summary>
    internal static readonly JsonConverter<LocalDate> LocalDate = new NodaPatternConverter<LocalDate>(LocalDatePattern.Iso);

    /// <summary>Times of day: <c>08:00:00</c>.</summary>
    internal static readonly JsonConverter<LocalTime> LocalTime = new NodaPatternConverter<LocalTime>(LocalTimePattern.ExtendedIso);

    /// <summary>Local date and times: <c>2017-10-01T08:00:00</c>.</summary>
    internal static readonly JsonConverter<LocalDateTime> LocalDateTime = new NodaPatternConverter<LocalDateTime>(LocalDateTimePattern.ExtendedIso);

    /// <summary>Months: <c>2017-09</c>.</summary>
    internal static readonly JsonConverter<YearMonth> YearMonth = new NodaPatternConverter<YearMonth>(YearMonthPattern.Iso);

    /// <summary>Durations: <c>745:00:00</c> (hours, minutes, seconds and up to nine decimals).</summary>
    internal static readonly JsonConverter<Duration> Duration = new NodaPatternConverter<Duration>(DurationPattern.JsonRoundtrip);

    /// <summary>Offsets: <c>+01</c>, <c>+05:30</c>.</summary>
    internal static readonly JsonConverter<Offset> Offset = new NodaPatternConverter<Offset>(OffsetPattern.GeneralInvariant);

    /// <summary>Offset date and times: <c>2017-10-01T00:00:00+01:00</c>.</summary>
    internal static readonly JsonConverter<OffsetDateTime> OffsetDateTime = new NodaPatternConverter<OffsetDateTime>(OffsetDateTimePattern.Rfc3339);

    /// <summary>Periods: <c>P1DT2H</c>.</summary>
    internal static readonly JsonConverter<Period> Period = new NodaPatternConverter<Period>(PeriodPattern.Roundtrip);

    /// <summary>Time zones by TZDB id: <c>Europe/London</c>.</summary>
    internal static readonly JsonConverter<DateTimeZone> Zone = new TzdbZoneConverter();

    /// <summary>Every converter above, as options take them.</summary>
    internal static IEnumerable<JsonConverter> All => [Instant, LocalDate, LocalTime, LocalDateTime, YearMonth, Duration, Offset, OffsetDateTime, Period, Zone];

    /// <summary>A time zone as its TZDB id.</summary>
    private sealed class TzdbZoneConverter : JsonConverter<DateTimeZone>
    {
        public override DateTimeZone Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            string id = reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new JsonException("A time zone must be a TZDB id string, such as \"Europe/London\".");
            return DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) ?? throw new JsonException($"'{id}' is not a TZDB time zone id.");
        }

        public override void Write(Utf8JsonWriter writer, DateTimeZone value, JsonSerializerOptions options) => writer.WriteStringValue(value.Id);
    }
}
