using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Kpis;
using KpiCore.Planning;
using NodaTime;

namespace KpiCore.Serialization;

/// <summary>
/// <see cref="ObjectiveEvaluation"/> as <c>{"objective":{...},"asOf":"2017-10-01","status":"Amber","ruleStatus":"Amber",
/// "reason":"...","overdue":[...],"dueSoon":[...],"doneCount":2}</c>: the judgement as the rule made it.
/// </summary>
internal sealed class ObjectiveEvaluationJsonConverter : JsonConverter<ObjectiveEvaluation>
{
    internal static readonly ObjectiveEvaluationJsonConverter Instance = new();

    public override ObjectiveEvaluation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Begin(ref reader, nameof(ObjectiveEvaluation));
        BusinessObjective? objective = null;
        LocalDate? asOf = null;
        RagStatus? status = null, ruleStatus = null;
        string? reason = null;
        List<Milestone>? overdue = null, dueSoon = null;
        int? done = null;
        while (fields.Next(ref reader, out string name))
        {
            switch (name)
            {
                case "objective": objective = JsonFields.Value(ref reader, BusinessObjectiveJsonConverter.Instance, options, name); break;
                case "asOf": asOf = JsonFields.Value(ref reader, NodaTimeConverters.LocalDate, options, name); break;
                case "status": status = JsonFields.Enum<RagStatus>(ref reader, name); break;
                case "ruleStatus": ruleStatus = JsonFields.Enum<RagStatus>(ref reader, name); break;
                case "reason": reason = JsonFields.String(ref reader, name); break;
                case "overdue": overdue = JsonFields.Array(ref reader, MilestoneJsonConverter.Instance, options, name); break;
                case "dueSoon": dueSoon = JsonFields.Array(ref reader, MilestoneJsonConverter.Instance, options, name); break;
                case "doneCount": done = JsonFields.Int(ref reader, name); break;
                default: throw fields.Unknown(name);
            }
        }

        return new ObjectiveEvaluation(fields.Required(objective, "objective"), fields.Required(asOf, "asOf"), fields.Required(status, "status"),
            fields.Required(ruleStatus, "ruleStatus"), fields.Required(reason, "reason"), fields.Required(overdue, "overdue").AsReadOnly(),
            fields.Required(dueSoon, "dueSoon").AsReadOnly(), fields.Required(done, "doneCount"));
    }

    public override void Write(Utf8JsonWriter writer, ObjectiveEvaluation value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        JsonFields.Write(writer, "objective", value.Objective, BusinessObjectiveJsonConverter.Instance, options);
        JsonFields.Write(writer, "asOf", value.AsOf, NodaTimeConverters.LocalDate, options);
        JsonFields.WriteEnum(writer, "status", value.Status);
        JsonFields.WriteEnum(writer, "ruleStatus", value.RuleStatus);
        writer.WriteString("reason", value.Reason);
        JsonFields.WriteArray(writer, "overdue", value.Overdue, MilestoneJsonConverter.Instance, options);
        JsonFields.WriteArray(writer, "dueSoon", value.DueSoon, MilestoneJsonConverter.Instance, options);
        writer.WriteNumber("doneCount", value.DoneCount);
        writer.WriteEndObject();
    }
}
