using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Satisfaction;

namespace KpiCore.Serialization;

/// <summary><see cref="SatisfactionScale"/> as <c>{"min":1,"max":7}</c>.</summary>
internal sealed class SatisfactionScaleJsonConverter : JsonConverter<SatisfactionScale>
{
    internal static readonly SatisfactionScaleJsonConverter Instance = new();

    public override SatisfactionScale Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Begin(ref reader, nameof(SatisfactionScale));
        int? min = null;
        int? max = null;
        while (fields.Next(ref reader, out string name))
        {
            switch (name)
            {
                case "min": min = JsonFields.Int(ref reader, name); break;
                case "max": max = JsonFields.Int(ref reader, name); break;
                default: throw fields.Unknown(name);
            }
        }

        int low = fields.Required(min, "min");
        int high = fields.Required(max, "max");
        return fields.Build(() => new SatisfactionScale(low, high));
    }

    public override void Write(Utf8JsonWriter writer, SatisfactionScale value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("min", value.Min);
        writer.WriteNumber("max", value.Max);
        writer.WriteEndObject();
    }
}
