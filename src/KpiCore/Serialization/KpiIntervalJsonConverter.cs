using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Reporting;

namespace KpiCore.Serialization;

/// <summary><see cref="KpiInterval"/> as <c>{"lower":88.1,"upper":97.2,"level":0.95,"sampleSize":41}</c>.</summary>
internal sealed class KpiIntervalJsonConverter : JsonConverter<KpiInterval>
{
    internal static readonly KpiIntervalJsonConverter Instance = new();

    public override KpiInterval Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Begin(ref reader, nameof(KpiInterval));
        double? lower = null;
        double? upper = null;
        double? level = null;
        long? size = null;
        while (fields.Next(ref reader, out string name))
        {
            switch (name)
            {
                case "lower":
                    lower = JsonFields.Double(ref reader, name);
                    break;
                case "upper":
                    upper = JsonFields.Double(ref reader, name);
                    break;
                case "level":
                    level = JsonFields.Double(ref reader, name);
                    break;
                case "sampleSize":
                    size = JsonFields.Long(ref reader, name);
                    break;
                default:
                    throw fields.Unknown(name);
            }
        }

        double low = fields.Required(lower, "lower");
        double high = fields.Required(upper, "upper");
        double confidence = fields.Required(level, "level");
        long n = fields.Required(size, "sampleSize");
        return fields.Build(() => new KpiInterval(low, high, confidence, n));
    }

    public override void Write(Utf8JsonWriter writer, KpiInterval value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("lower", value.Lower);
        writer.WriteNumber("upper", value.Upper);
        writer.WriteNumber("level", value.Level);
        writer.WriteNumber("sampleSize", value.SampleSize);
        writer.WriteEndObject();
    }
}
