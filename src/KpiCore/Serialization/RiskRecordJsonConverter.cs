using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Kpis;
using KpiCore.Risk;
using NodaTime;

namespace KpiCore.Serialization;

/// <summary>
/// <see cref="RiskRecord"/> as <c>{"id":"R1","description":"...","inherent":{"impact":3,"likelihood":3},
/// "residual":{...},"mitigation":null,"cause":null,"consequence":null,"owner":null,"mitigationActions":[],
/// "responsibleOfficer":null,"reviewDate":"2017-10-01"}</c>; every property is written, absent ones as null.
/// </summary>
internal sealed class RiskRecordJsonConverter : JsonConverter<RiskRecord>
{
    internal static readonly RiskRecordJsonConverter Instance = new();

    public override RiskRecord Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Begin(ref reader, nameof(RiskRecord));
        string? id = null;
        string? description = null;
        RiskRating? inherent = null;
        RiskRating? residual = null;
        Percentage? mitigation = null;
        string? cause = null;
        string? consequence = null;
        string? owner = null;
        List<string>? actions = null;
        string? officer = null;
        LocalDate? review = null;
        while (fields.Next(ref reader, out string name))
        {
            switch (name)
            {
                case "id":
                    id = JsonFields.String(ref reader, name);
                    break;
                case "description":
                    description = JsonFields.String(ref reader, name);
                    break;
                case "inherent":
                    inherent = JsonFields.Nullable(ref reader, RiskRatingJsonConverter.Instance, options);
                    break;
                case "residual":
                    residual = JsonFields.Nullable(ref reader, RiskRatingJsonConverter.Instance, options);
                    break;
                case "mitigation":
                    mitigation = JsonFields.Nullable(ref reader, PercentageJsonConverter.Instance, options);
                    break;
                case "cause":
                    cause = JsonFields.NullableString(ref reader, name);
                    break;
                case "consequence":
                    consequence = JsonFields.NullableString(ref reader, name);
                    break;
                case "owner":
                    owner = JsonFields.NullableString(ref reader, name);
                    break;
                case "mitigationActions":
                    actions = JsonFields.Strings(ref reader, name);
                    break;
                case "responsibleOfficer":
                    officer = JsonFields.NullableString(ref reader, name);
                    break;
                case "reviewDate":
                    review = JsonFields.Nullable(ref reader, NodaTimeConverters.LocalDate, options);
                    break;
                default:
                    throw fields.Unknown(name);
            }
        }

        string riskId = fields.Required(id, "id");
        string text = fields.Required(description, "description");
        return fields.Build(() => new RiskRecord(riskId, text, inherent, residual, mitigation, cause, consequence, owner, actions, officer, review));
    }

    public override void Write(Utf8JsonWriter writer, RiskRecord value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("id", value.Id);
        writer.WriteString("description", value.Description);
        JsonFields.WriteNullable(writer, "inherent", value.Inherent, RiskRatingJsonConverter.Instance, options);
        JsonFields.WriteNullable(writer, "residual", value.Residual, RiskRatingJsonConverter.Instance, options);
        JsonFields.WriteNullable(writer, "mitigation", value.Mitigation, PercentageJsonConverter.Instance, options);
        writer.WriteString("cause", value.Cause);
        writer.WriteString("consequence", value.Consequence);
        writer.WriteString("owner", value.Owner);
        JsonFields.WriteStrings(writer, "mitigationActions", value.MitigationActions);
        writer.WriteString("responsibleOfficer", value.ResponsibleOfficer);
        JsonFields.WriteNullable(writer, "reviewDate", value.ReviewDate, NodaTimeConverters.LocalDate, options);
        writer.WriteEndObject();
    }
}
