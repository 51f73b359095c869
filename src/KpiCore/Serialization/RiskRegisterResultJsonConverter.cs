using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Kpis;
using KpiCore.Risk;

namespace KpiCore.Serialization;

/// <summary><see cref="RiskRegisterResult"/> as <c>{"register":{...},"inputCount":12,"rejected":[...]}</c>.</summary>
internal sealed class RiskRegisterResultJsonConverter : JsonConverter<RiskRegisterResult>
{
    internal static readonly RiskRegisterResultJsonConverter Instance = new();

    public override RiskRegisterResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Begin(ref reader, nameof(RiskRegisterResult));
        RiskRegister? register = null;
        int? input = null;
        List<RejectedRecord>? rejected = null;
        while (fields.Next(ref reader, out string name))
        {
            switch (name)
            {
                case "register": register = JsonFields.Value(ref reader, RiskRegisterJsonConverter.Instance, options, name); break;
                case "inputCount": input = JsonFields.Int(ref reader, name); break;
                case "rejected": rejected = JsonFields.Array(ref reader, RejectedRecordJsonConverter.Instance, options, name); break;
                default: throw fields.Unknown(name);
            }
        }

        RiskRegister kept = fields.Required(register, "register");
        int read = fields.Required(input, "inputCount");
        List<RejectedRecord> refused = fields.Required(rejected, "rejected");
        return read == kept.Entries.Count + refused.Count
            ? new RiskRegisterResult(kept, read, refused.AsReadOnly())
            : throw new JsonException($"{read} risks read, but {kept.Entries.Count} kept and {refused.Count} rejected.");
    }

    public override void Write(Utf8JsonWriter writer, RiskRegisterResult value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        JsonFields.Write(writer, "register", value.Register, RiskRegisterJsonConverter.Instance, options);
        writer.WriteNumber("inputCount", value.InputCount);
        JsonFields.WriteArray(writer, "rejected", value.Rejected, RejectedRecordJsonConverter.Instance, options);
        writer.WriteEndObject();
    }
}
