using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Serialization;

/// <summary>
/// <see cref="WorkingCalendar"/> as <c>{"zone":"Europe/London","hours":{"Monday":[{"start":"08:00:00","end":"18:00:00"}],
/// ...,"Sunday":[]},"closedDates":["2017-12-25"],"specialHours":[{"date":"2017-12-24","hours":[...]}]}</c>: every
/// weekday is written, Monday to Sunday, and dates in ascending order.
/// </summary>
internal sealed class WorkingCalendarJsonConverter : JsonConverter<WorkingCalendar>
{
    internal static readonly WorkingCalendarJsonConverter Instance = new();

    private static readonly IsoDayOfWeek[] Week =
        [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday];

    public override WorkingCalendar Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Begin(ref reader, nameof(WorkingCalendar));
        DateTimeZone? zone = null;
        Dictionary<IsoDayOfWeek, List<LocalTimeRange>>? hours = null;
        List<LocalDate>? closed = null;
        List<KeyValuePair<LocalDate, LocalTimeRange[]>>? special = null;
        while (fields.Next(ref reader, out string name))
        {
            switch (name)
            {
                case "zone": zone = JsonFields.Value(ref reader, NodaTimeConverters.Zone, options, name); break;
                case "hours": hours = ReadWeek(ref reader, options); break;
                case "closedDates": closed = JsonFields.Array(ref reader, NodaTimeConverters.LocalDate, options, name); break;
                case "specialHours": special = JsonFields.Array(ref reader, SpecialDayConverter.Instance, options, name); break;
                default: throw fields.Unknown(name);
            }
        }

        DateTimeZone where = fields.Required(zone, "zone");
        Dictionary<IsoDayOfWeek, List<LocalTimeRange>> week = fields.Required(hours, "hours");
        List<LocalDate> closedDates = fields.Required(closed, "closedDates");
        List<KeyValuePair<LocalDate, LocalTimeRange[]>> specialHours = fields.Required(special, "specialHours");
        return fields.Build(() =>
        {
            WorkingCalendar calendar = WorkingCalendar.Create(where).WithClosedDates(closedDates);
            foreach ((IsoDayOfWeek day, List<LocalTimeRange> ranges) in week)
            {
                calendar = calendar.WithHours(day, [.. ranges]);
            }

            foreach ((LocalDate date, LocalTimeRange[] ranges) in specialHours)
            {
                calendar = specialHours.Count(pair => pair.Key == date) == 1
                    ? calendar.WithSpecialHours(date, ranges)
                    : throw new JsonException("The WorkingCalendar gives the special hours of a date twice.");
            }

            return calendar;
        });
    }

    public override void Write(Utf8JsonWriter writer, WorkingCalendar value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        JsonFields.Write(writer, "zone", value.Zone, NodaTimeConverters.Zone, options);
        writer.WriteStartObject("hours");
        foreach (IsoDayOfWeek day in Week)
        {
            JsonFields.WriteArray(writer, day.ToString(), value.GetHours(day), LocalTimeRangeJsonConverter.Instance, options);
        }

        writer.WriteEndObject();
        JsonFields.WriteArray(writer, "closedDates", value.ClosedDates, NodaTimeConverters.LocalDate, options);
        JsonFields.WriteArray(writer, "specialHours", value.SpecialHours, SpecialDayConverter.Instance, options);
        writer.WriteEndObject();
    }

    /// <summary>Reads the seven weekdays, each exactly once, by name.</summary>
    private static Dictionary<IsoDayOfWeek, List<LocalTimeRange>> ReadWeek(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Begin(ref reader, "week of working hours");
        var week = new Dictionary<IsoDayOfWeek, List<LocalTimeRange>>();
        while (fields.Next(ref reader, out string name))
        {
            int index = Array.FindIndex(Week, day => day.ToString() == name);
            week[index >= 0 ? Week[index] : throw fields.Unknown(name)] = JsonFields.Array(ref reader, LocalTimeRangeJsonConverter.Instance, options, name);
        }

        return week.Count == Week.Length ? week : throw new JsonException("The working hours must give every weekday, Monday to Sunday.");
    }

    /// <summary>A date's special hours as <c>{"date":"2017-12-24","hours":[...]}</c>.</summary>
    private sealed class SpecialDayConverter : JsonConverter<KeyValuePair<LocalDate, LocalTimeRange[]>>
    {
        internal static readonly SpecialDayConverter Instance = new();

        public override KeyValuePair<LocalDate, LocalTimeRange[]> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            JsonFields fields = JsonFields.Begin(ref reader, "special day");
            LocalDate? date = null;
            List<LocalTimeRange>? hours = null;
            while (fields.Next(ref reader, out string name))
            {
                switch (name)
                {
                    case "date": date = JsonFields.Value(ref reader, NodaTimeConverters.LocalDate, options, name); break;
                    case "hours": hours = JsonFields.Array(ref reader, LocalTimeRangeJsonConverter.Instance, options, name); break;
                    default: throw fields.Unknown(name);
                }
            }

            return new(fields.Required(date, "date"), [.. fields.Required(hours, "hours")]);
        }

        public override void Write(Utf8JsonWriter writer, KeyValuePair<LocalDate, LocalTimeRange[]> value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            JsonFields.Write(writer, "date", value.Key, NodaTimeConverters.LocalDate, options);
            JsonFields.WriteArray(writer, "hours", value.Value, LocalTimeRangeJsonConverter.Instance, options);
            writer.WriteEndObject();
        }
    }
}
