using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Kpis;
using KpiCore.Planning;

namespace KpiCore.Serialization;

/// <summary><see cref="BusinessPlanResult"/> as <c>{"plan":{...},"inputCount":12,"rejected":[...]}</c>.</summary>
internal sealed class BusinessPlanResultJsonConverter : JsonConverter<BusinessPlanResult>
{
    internal static readonly BusinessPlanResultJsonConverter Instance = new();

    public override BusinessPlanResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Begin(ref reader, nameof(BusinessPlanResult));
        BusinessPlan? plan = null;
        long? inputCount = null;
        List<RejectedRecord>? rejected = null;
        while (fields.Next(ref reader, out string name))
        {
            switch (name)
            {
                case "plan": plan = JsonFields.Value(ref reader, BusinessPlanJsonConverter.Instance, options, name); break;
                case "inputCount": inputCount = JsonFields.Long(ref reader, name); break;
                case "rejected": rejected = JsonFields.Array(ref reader, RejectedRecordJsonConverter.Instance, options, name); break;
                default: throw fields.Unknown(name);
            }
        }

        BusinessPlan counted = fields.Required(plan, "plan");
        long count = fields.Required(inputCount, "inputCount");
        List<RejectedRecord> refused = fields.Required(rejected, "rejected");
        return refused.Count <= count
            ? new BusinessPlanResult(counted, count, refused.AsReadOnly())
            : throw new JsonException("The BusinessPlanResult rejects more rows than it was given.");
    }

    public override void Write(Utf8JsonWriter writer, BusinessPlanResult value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        JsonFields.Write(writer, "plan", value.Plan, BusinessPlanJsonConverter.Instance, options);
        writer.WriteNumber("inputCount", value.InputCount);
        JsonFields.WriteArray(writer, "rejected", value.Rejected, RejectedRecordJsonConverter.Instance, options);
        writer.WriteEndObject();
    }
}
