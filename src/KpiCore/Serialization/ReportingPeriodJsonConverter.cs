using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Serialization;

/// <summary>
/// <see cref="ReportingPeriod"/> as <c>{"month":"2017-09","zone":"Europe/London"}</c> for a calendar month, or
/// <c>{"firstDay":"2017-09-04","lastDay":"2017-09-10","zone":"Europe/London"}</c>; the zone is a TZDB id.
/// </summary>
internal sealed class ReportingPeriodJsonConverter : JsonConverter<ReportingPeriod>
{
    internal static readonly ReportingPeriodJsonConverter Instance = new();

    public override ReportingPeriod Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Begin(ref reader, nameof(ReportingPeriod));
        YearMonth? month = null;
        LocalDate? first = null;
        LocalDate? last = null;
        string? zoneId = null;
        while (fields.Next(ref reader, out string name))
        {
            switch (name)
            {
                case "month":
                    month = JsonFields.Value(ref reader, NodaTimeConverters.YearMonth, options, name);
                    break;
                case "firstDay":
                    first = JsonFields.Value(ref reader, NodaTimeConverters.LocalDate, options, name);
                    break;
                case "lastDay":
                    last = JsonFields.Value(ref reader, NodaTimeConverters.LocalDate, options, name);
                    break;
                case "zone":
                    zoneId = JsonFields.String(ref reader, name);
                    break;
                default:
                    throw fields.Unknown(name);
            }
        }

        string id = fields.Required(zoneId, "zone");
        DateTimeZone zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) ?? throw new JsonException($"The time zone '{id}' is not known.");
        if (month is { } calendarMonth)
        {
            return first is null && last is null
                ? fields.Build(() => ReportingPeriod.Month(calendarMonth, zone))
                : throw new JsonException("A reporting period has either a month or first and last days, not both.");
        }

        LocalDate from = fields.Required(first, "firstDay");
        LocalDate to = fields.Required(last, "lastDay");
        return fields.Build(() => ReportingPeriod.ForDates(from, to, zone));
    }

    public override void Write(Utf8JsonWriter writer, ReportingPeriod value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.CalendarMonth is { } month)
        {
            JsonFields.Write(writer, "month", month, NodaTimeConverters.YearMonth, options);
        }
        else
        {
            JsonFields.Write(writer, "firstDay", value.FirstDay, NodaTimeConverters.LocalDate, options);
            JsonFields.Write(writer, "lastDay", value.LastDay, NodaTimeConverters.LocalDate, options);
        }

        writer.WriteString("zone", value.Zone.Id);
        writer.WriteEndObject();
    }
}
