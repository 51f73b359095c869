using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Risk;

namespace KpiCore.Serialization;

/// <summary><see cref="RiskRating"/> as <c>{"impact":3,"likelihood":2}</c>.</summary>
internal sealed class RiskRatingJsonConverter : JsonConverter<RiskRating>
{
    internal static readonly RiskRatingJsonConverter Instance = new();

    public override RiskRating Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Begin(ref reader, nameof(RiskRating));
        int? impact = null;
        int? likelihood = null;
        while (fields.Next(ref reader, out string name))
        {
            switch (name)
            {
                case "impact":
                    impact = JsonFields.Int(ref reader, name);
                    break;
                case "likelihood":
                    likelihood = JsonFields.Int(ref reader, name);
                    break;
                default:
                    throw fields.Unknown(name);
            }
        }

        int i = fields.Required(impact, "impact");
        int l = fields.Required(likelihood, "likelihood");
        return fields.Build(() => new RiskRating(i, l));
    }

    public override void Write(Utf8JsonWriter writer, RiskRating value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("impact", value.Impact);
        writer.WriteNumber("likelihood", value.Likelihood);
        writer.WriteEndObject();
    }
}
