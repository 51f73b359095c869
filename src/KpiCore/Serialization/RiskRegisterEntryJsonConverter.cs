using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Kpis;
using KpiCore.Risk;

namespace KpiCore.Serialization;

/// <summary>
/// <see cref="RiskRegisterEntry"/> as <c>{"risk":{...},"inherentScore":6,"residualScore":3,"inherentStatus":"Amber",
/// "residualStatus":"Green"}</c>: the scores and ratings as the register gave them (its bands are not part of an entry).
/// </summary>
internal sealed class RiskRegisterEntryJsonConverter : JsonConverter<RiskRegisterEntry>
{
    internal static readonly RiskRegisterEntryJsonConverter Instance = new();

    public override RiskRegisterEntry Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Begin(ref reader, nameof(RiskRegisterEntry));
        RiskRecord? risk = null;
        RiskScore? inherent = null, residual = null;
        bool hasInherent = false;
        RagStatus? inherentStatus = null, residualStatus = null;
        while (fields.Next(ref reader, out string name))
        {
            switch (name)
            {
                case "risk": risk = JsonFields.Value(ref reader, RiskRecordJsonConverter.Instance, options, name); break;
                case "inherentScore": inherent = JsonFields.Nullable(ref reader, RiskScoreJsonConverter.Instance, options); hasInherent = true; break;
                case "residualScore": residual = JsonFields.Value(ref reader, RiskScoreJsonConverter.Instance, options, name); break;
                case "inherentStatus": inherentStatus = JsonFields.Enum<RagStatus>(ref reader, name); break;
                case "residualStatus": residualStatus = JsonFields.Enum<RagStatus>(ref reader, name); break;
                default: throw fields.Unknown(name);
            }
        }

        fields.Require(hasInherent, "inherentScore");
        return new RiskRegisterEntry(fields.Required(risk, "risk"), inherent, fields.Required(residual, "residualScore"),
            fields.Required(inherentStatus, "inherentStatus"), fields.Required(residualStatus, "residualStatus"));
    }

    public override void Write(Utf8JsonWriter writer, RiskRegisterEntry value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        JsonFields.Write(writer, "risk", value.Risk, RiskRecordJsonConverter.Instance, options);
        JsonFields.WriteNullable(writer, "inherentScore", value.InherentScore, RiskScoreJsonConverter.Instance, options);
        JsonFields.Write(writer, "residualScore", value.ResidualScore, RiskScoreJsonConverter.Instance, options);
        JsonFields.WriteEnum(writer, "inherentStatus", value.InherentStatus);
        JsonFields.WriteEnum(writer, "residualStatus", value.ResidualStatus);
        writer.WriteEndObject();
    }
}
