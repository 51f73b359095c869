using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Serialization;

/// <summary>
/// <see cref="LocalTimeRange"/> as <c>{"start":"08:00:00","end":"18:00:00"}</c>; an end of <c>"00:00:00"</c> is 24:00,
/// as in the type.
/// </summary>
internal sealed class LocalTimeRangeJsonConverter : JsonConverter<LocalTimeRange>
{
    internal static readonly LocalTimeRangeJsonConverter Instance = new();

    public override LocalTimeRange Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Begin(ref reader, nameof(LocalTimeRange));
        LocalTime? start = null;
        LocalTime? end = null;
        while (fields.Next(ref reader, out string name))
        {
            switch (name)
            {
                case "start": start = JsonFields.Value(ref reader, NodaTimeConverters.LocalTime, options, name); break;
                case "end": end = JsonFields.Value(ref reader, NodaTimeConverters.LocalTime, options, name); break;
                default: throw fields.Unknown(name);
            }
        }

        LocalTime from = fields.Required(start, "start");
        LocalTime to = fields.Required(end, "end");
        return fields.Build(() => new LocalTimeRange(from, to));
    }

    public override void Write(Utf8JsonWriter writer, LocalTimeRange value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        JsonFields.Write(writer, "start", value.Start, NodaTimeConverters.LocalTime, options);
        JsonFields.Write(writer, "end", value.End, NodaTimeConverters.LocalTime, options);
        writer.WriteEndObject();
    }
}
