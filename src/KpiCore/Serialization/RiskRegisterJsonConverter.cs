using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Risk;

namespace KpiCore.Serialization;

/// <summary>
/// <see cref="RiskRegister"/> as <c>{"matrix":{...},"bands":[...],"residualMethod":"Rescored","risks":[...]}</c>, the
/// risks in the register's order (highest residual score first). The scores, statuses and order are worked out again
/// on reading by the register's constructor, so they cannot disagree with the ratings.
/// </summary>
internal sealed class RiskRegisterJsonConverter : JsonConverter<RiskRegister>
{
    internal static readonly RiskRegisterJsonConverter Instance = new();

    public override RiskRegister Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Begin(ref reader, nameof(RiskRegister));
        RiskMatrix? matrix = null;
        RiskBands? bands = null;
        ResidualMethod? method = null;
        List<RiskRecord>? risks = null;
        while (fields.Next(ref reader, out string name))
        {
            switch (name)
            {
                case "matrix":
                    matrix = JsonFields.Value(ref reader, RiskMatrixJsonConverter.Instance, options, name);
                    break;
                case "bands":
                    bands = JsonFields.Value(ref reader, RiskBandsJsonConverter.Instance, options, name);
                    break;
                case "residualMethod":
                    method = JsonFields.Enum<ResidualMethod>(ref reader, name);
                    break;
                case "risks":
                    risks = JsonFields.Array(ref reader, RiskRecordJsonConverter.Instance, options, name);
                    break;
                default:
                    throw fields.Unknown(name);
            }
        }

        RiskMatrix grid = fields.Required(matrix, "matrix");
        RiskBands ranges = fields.Required(bands, "bands");
        ResidualMethod residual = fields.Required(method, "residualMethod");
        List<RiskRecord> records = fields.Required(risks, "risks");
        return fields.Build(() => new RiskRegister(records, grid, ranges, residual));
    }

    public override void Write(Utf8JsonWriter writer, RiskRegister value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        JsonFields.Write(writer, "matrix", value.Matrix, RiskMatrixJsonConverter.Instance, options);
        JsonFields.Write(writer, "bands", value.Bands, RiskBandsJsonConverter.Instance, options);
        JsonFields.WriteEnum(writer, "residualMethod", value.ResidualMethod);
        JsonFields.WriteArray(writer, "risks", value.Entries.Select(entry => entry.Risk), RiskRecordJsonConverter.Instance, options);
        writer.WriteEndObject();
    }
}
