using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Kpis;
using KpiCore.Planning;

namespace KpiCore.Serialization;

/// <summary>
/// <see cref="BusinessPlanRow"/> as <c>{"objectiveId":"BO1","objective":null,"keyActivities":null,"successCriteria":null,
/// "currentStatus":null,"rag":null,"milestone":null}</c>; a null is a cell the row leaves empty.
/// </summary>
internal sealed class BusinessPlanRowJsonConverter : JsonConverter<BusinessPlanRow>
{
    internal static readonly BusinessPlanRowJsonConverter Instance = new();

    public override BusinessPlanRow Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Begin(ref reader, nameof(BusinessPlanRow));
        string? id = null, objective = null;
        List<string>? activities = null, criteria = null, status = null;
        RagStatus? rag = null;
        Milestone? milestone = null;
        int present = 0;
        while (fields.Next(ref reader, out string name))
        {
            present++;
            switch (name)
            {
                case "objectiveId": id = JsonFields.String(ref reader, name); break;
                case "objective": objective = JsonFields.NullableString(ref reader, name); break;
                case "keyActivities": activities = JsonFields.NullableStrings(ref reader, name); break;
                case "successCriteria": criteria = JsonFields.NullableStrings(ref reader, name); break;
                case "currentStatus": status = JsonFields.NullableStrings(ref reader, name); break;
                case "rag": rag = JsonFields.NullableEnum<RagStatus>(ref reader, name); break;
                case "milestone": milestone = JsonFields.NullableRef(ref reader, MilestoneJsonConverter.Instance, options); break;
                default: throw fields.Unknown(name);
            }
        }

        string key = fields.Required(id, "objectiveId");
        fields.Require(present == 7, "objective, keyActivities, successCriteria, currentStatus, rag and milestone (null when empty)");
        return fields.Build(() => new BusinessPlanRow(key, objective, activities, criteria, status, rag, milestone));
    }

    public override void Write(Utf8JsonWriter writer, BusinessPlanRow value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("objectiveId", value.ObjectiveId);
        writer.WriteString("objective", value.Objective);
        JsonFields.WriteNullableStrings(writer, "keyActivities", value.KeyActivities);
        JsonFields.WriteNullableStrings(writer, "successCriteria", value.SuccessCriteria);
        JsonFields.WriteNullableStrings(writer, "currentStatus", value.CurrentStatus);
        JsonFields.WriteNullableEnum(writer, "rag", value.Rag);
        JsonFields.WriteNullableRef(writer, "milestone", value.Milestone, MilestoneJsonConverter.Instance, options);
        writer.WriteEndObject();
    }
}
