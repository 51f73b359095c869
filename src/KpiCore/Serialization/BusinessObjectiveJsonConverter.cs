using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Kpis;
using KpiCore.Planning;

namespace KpiCore.Serialization;

/// <summary>
/// <see cref="BusinessObjective"/> as <c>{"id":"BO1","title":"...","keyActivities":[...],"milestones":[...],
/// "successCriteria":[...],"currentStatus":[...],"ragOverride":null}</c>.
/// </summary>
internal sealed class BusinessObjectiveJsonConverter : JsonConverter<BusinessObjective>
{
    internal static readonly BusinessObjectiveJsonConverter Instance = new();

    public override BusinessObjective Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Begin(ref reader, nameof(BusinessObjective));
        string? id = null, title = null;
        List<string>? activities = null, criteria = null, status = null;
        List<Milestone>? milestones = null;
        RagStatus? rag = null;
        bool hasRag = false;
        while (fields.Next(ref reader, out string name))
        {
            switch (name)
            {
                case "id": id = JsonFields.String(ref reader, name); break;
                case "title": title = JsonFields.String(ref reader, name); break;
                case "keyActivities": activities = JsonFields.Strings(ref reader, name); break;
                case "milestones": milestones = JsonFields.Array(ref reader, MilestoneJsonConverter.Instance, options, name); break;
                case "successCriteria": criteria = JsonFields.Strings(ref reader, name); break;
                case "currentStatus": status = JsonFields.Strings(ref reader, name); break;
                case "ragOverride": rag = JsonFields.NullableEnum<RagStatus>(ref reader, name); hasRag = true; break;
                default: throw fields.Unknown(name);
            }
        }

        string key = fields.Required(id, "id");
        string heading = fields.Required(title, "title");
        List<string> keyActivities = fields.Required(activities, "keyActivities");
        List<Milestone> steps = fields.Required(milestones, "milestones");
        List<string> successCriteria = fields.Required(criteria, "successCriteria");
        List<string> currentStatus = fields.Required(status, "currentStatus");
        fields.Require(hasRag, "ragOverride");
        return fields.Build(() => new BusinessObjective(key, heading, keyActivities, steps, successCriteria, currentStatus, rag));
    }

    public override void Write(Utf8JsonWriter writer, BusinessObjective value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("id", value.Id);
        writer.WriteString("title", value.Title);
        JsonFields.WriteStrings(writer, "keyActivities", value.KeyActivities);
        JsonFields.WriteArray(writer, "milestones", value.Milestones, MilestoneJsonConverter.Instance, options);
        JsonFields.WriteStrings(writer, "successCriteria", value.SuccessCriteria);
        JsonFields.WriteStrings(writer, "currentStatus", value.CurrentStatus);
        JsonFields.WriteNullableEnum(writer, "ragOverride", value.RagOverride);
        writer.WriteEndObject();
    }
}
