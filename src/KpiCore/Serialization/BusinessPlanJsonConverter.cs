using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Planning;

namespace KpiCore.Serialization;

/// <summary><see cref="BusinessPlan"/> as <c>{"objectives":[...]}</c>, in the plan's order.</summary>
internal sealed class BusinessPlanJsonConverter : JsonConverter<BusinessPlan>
{
    internal static readonly BusinessPlanJsonConverter Instance = new();

    public override BusinessPlan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Begin(ref reader, nameof(BusinessPlan));
        List<BusinessObjective>? objectives = null;
        while (fields.Next(ref reader, out string name))
        {
            objectives = name == "objectives"
                ? JsonFields.Array(ref reader, BusinessObjectiveJsonConverter.Instance, options, name)
                : throw fields.Unknown(name);
        }

        List<BusinessObjective> all = fields.Required(objectives, "objectives");
        return fields.Build(() => new BusinessPlan(all));
    }

    public override void Write(Utf8JsonWriter writer, BusinessPlan value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        JsonFields.WriteArray(writer, "objectives", value.Objectives, BusinessObjectiveJsonConverter.Instance, options);
        writer.WriteEndObject();
    }
}
