using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Kpis;

namespace KpiCore.Serialization;

/// <summary><see cref="TargetEvaluation"/> as <c>{"outcome":"Met","rag":"Green","trend":"Up","isImprovement":true}</c> (<c>isImprovement</c> may be null).</summary>
internal sealed class TargetEvaluationJsonConverter : JsonConverter<TargetEvaluation>
{
    internal static readonly TargetEvaluationJsonConverter Instance = new();

    public override TargetEvaluation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Begin(ref reader, nameof(TargetEvaluation));
        TargetOutcome? outcome = null;
        RagStatus? rag = null;
        KpiTrend? trend = null;
        bool? improvement = null;
        bool sawImprovement = false;
        while (fields.Next(ref reader, out string name))
        {
            switch (name)
            {
                case "outcome":
                    outcome = JsonFields.Enum<TargetOutcome>(ref reader, name);
                    break;
                case "rag":
                    rag = JsonFields.Enum<RagStatus>(ref reader, name);
                    break;
                case "trend":
                    trend = JsonFields.Enum<KpiTrend>(ref reader, name);
                    break;
                case "isImprovement":
                    improvement = JsonFields.NullableBool(ref reader, name);
                    sawImprovement = true;
                    break;
                default:
                    throw fields.Unknown(name);
            }
        }

        if (!sawImprovement)
        {
            throw new JsonException($"The {nameof(TargetEvaluation)} lacks the property 'isImprovement'.");
        }

        return new TargetEvaluation(fields.Required(outcome, "outcome"), fields.Required(rag, "rag"), fields.Required(trend, "trend"), improvement);
    }

    public override void Write(Utf8JsonWriter writer, TargetEvaluation value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        JsonFields.WriteEnum(writer, "outcome", value.Outcome);
        JsonFields.WriteEnum(writer, "rag", value.Rag);
        JsonFields.WriteEnum(writer, "trend", value.Trend);
        if (value.IsImprovement is bool improvement)
        {
            writer.WriteBoolean("isImprovement", improvement);
        }
        else
        {
            writer.WriteNull("isImprovement");
        }

        writer.WriteEndObject();
    }
}
