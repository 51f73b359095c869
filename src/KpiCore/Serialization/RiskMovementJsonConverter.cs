using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Risk;

namespace KpiCore.Serialization;

/// <summary><see cref="RiskMovement"/> as <c>{"riskId":"R1","kind":"Increased","previousScore":4,"currentScore":6}</c>; absent scores are null.</summary>
internal sealed class RiskMovementJsonConverter : JsonConverter<RiskMovement>
{
    internal static readonly RiskMovementJsonConverter Instance = new();

    public override RiskMovement Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Begin(ref reader, nameof(RiskMovement));
        string? id = null;
        RiskMovementKind? kind = null;
        RiskScore? previous = null, current = null;
        bool hasPrevious = false, hasCurrent = false;
        while (fields.Next(ref reader, out string name))
        {
            switch (name)
            {
                case "riskId": id = JsonFields.String(ref reader, name); break;
                case "kind": kind = JsonFields.Enum<RiskMovementKind>(ref reader, name); break;
                case "previousScore": previous = JsonFields.Nullable(ref reader, RiskScoreJsonConverter.Instance, options); hasPrevious = true; break;
                case "currentScore": current = JsonFields.Nullable(ref reader, RiskScoreJsonConverter.Instance, options); hasCurrent = true; break;
                default: throw fields.Unknown(name);
            }
        }

        fields.Require(hasPrevious, "previousScore");
        fields.Require(hasCurrent, "currentScore");
        return new RiskMovement(fields.Required(id, "riskId"), fields.Required(kind, "kind"), previous, current);
    }

    public override void Write(Utf8JsonWriter writer, RiskMovement value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("riskId", value.RiskId);
        JsonFields.WriteEnum(writer, "kind", value.Kind);
        JsonFields.WriteNullable(writer, "previousScore", value.PreviousScore, RiskScoreJsonConverter.Instance, options);
        JsonFields.WriteNullable(writer, "currentScore", value.CurrentScore, RiskScoreJsonConverter.Instance, options);
        writer.WriteEndObject();
    }
}
