using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Kpis;
using KpiCore.Risk;

namespace KpiCore.Serialization;

/// <summary><see cref="RiskBand"/> as <c>{"from":1,"to":2,"status":"Green"}</c>.</summary>
internal sealed class RiskBandJsonConverter : JsonConverter<RiskBand>
{
    internal static readonly RiskBandJsonConverter Instance = new();

    public override RiskBand Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Begin(ref reader, nameof(RiskBand));
        int? from = null;
        int? to = null;
        RagStatus? status = null;
        while (fields.Next(ref reader, out string name))
        {
            switch (name)
            {
                case "from":
                    from = JsonFields.Int(ref reader, name);
                    break;
                case "to":
                    to = JsonFields.Int(ref reader, name);
                    break;
                case "status":
                    status = JsonFields.Enum<RagStatus>(ref reader, name);
                    break;
                default:
                    throw fields.Unknown(name);
            }
        }

        int low = fields.Required(from, "from");
        int high = fields.Required(to, "to");
        RagStatus rag = fields.Required(status, "status");
        return fields.Build(() => new RiskBand(low, high, rag));
    }

    public override void Write(Utf8JsonWriter writer, RiskBand value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("from", value.From);
        writer.WriteNumber("to", value.To);
        JsonFields.WriteEnum(writer, "status", value.Status);
        writer.WriteEndObject();
    }
}
