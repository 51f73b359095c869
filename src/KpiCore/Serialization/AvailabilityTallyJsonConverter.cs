using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Availability;
using NodaTime;

namespace KpiCore.Serialization;

/// <summary><see cref="AvailabilityTally"/> as <c>{"measuredTime":"720:00:00","downtime":"01:30:00"}</c>.</summary>
internal sealed class AvailabilityTallyJsonConverter : JsonConverter<AvailabilityTally>
{
    internal static readonly AvailabilityTallyJsonConverter Instance = new();

    public override AvailabilityTally Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Begin(ref reader, nameof(AvailabilityTally));
        Duration? measured = null;
        Duration? down = null;
        while (fields.Next(ref reader, out string name))
        {
            switch (name)
            {
                case "measuredTime": measured = JsonFields.Value(ref reader, JsonFields.DurationConverter, options, name); break;
                case "downtime": down = JsonFields.Value(ref reader, JsonFields.DurationConverter, options, name); break;
                default: throw fields.Unknown(name);
            }
        }

        Duration measuredTime = fields.Required(measured, "measuredTime");
        Duration downtime = fields.Required(down, "downtime");
        return fields.Build(() => new AvailabilityTally(measuredTime, downtime));
    }

    public override void Write(Utf8JsonWriter writer, AvailabilityTally value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        JsonFields.Write(writer, "measuredTime", value.MeasuredTime, JsonFields.DurationConverter, options);
        JsonFields.Write(writer, "downtime", value.Downtime, JsonFields.DurationConverter, options);
        writer.WriteEndObject();
    }
}
