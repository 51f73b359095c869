using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Kpis;

namespace KpiCore.Serialization;

/// <summary><see cref="Tolerance"/> as <c>{"kind":"Absolute","amount":1}</c>, <c>{"kind":"Relative","amount":0.1}</c> or <c>{"kind":"None"}</c>.</summary>
internal sealed class ToleranceJsonConverter : JsonConverter<Tolerance>
{
    internal static readonly ToleranceJsonConverter Instance = new();

    public override Tolerance Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Begin(ref reader, nameof(Tolerance));
        ToleranceKind? kind = null;
        double? amount = null;
        while (fields.Next(ref reader, out string name))
        {
            switch (name)
            {
                case "kind":
                    kind = JsonFields.Enum<ToleranceKind>(ref reader, name);
                    break;
                case "amount":
                    amount = JsonFields.Double(ref reader, name);
                    break;
                default:
                    throw fields.Unknown(name);
            }
        }

        return fields.Required(kind, "kind") switch
        {
            ToleranceKind.Absolute => fields.Build(() => Tolerance.Absolute(fields.Required(amount, "amount"))),
            ToleranceKind.Relative => fields.Build(() => Tolerance.Relative(fields.Required(amount, "amount"))),
            _ => amount is null ? Tolerance.None : throw new JsonException("A None tolerance has no amount."),
        };
    }

    public override void Write(Utf8JsonWriter writer, Tolerance value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        JsonFields.WriteEnum(writer, "kind", value.Kind);
        if (value.Kind != ToleranceKind.None)
        {
            writer.WriteNumber("amount", value.Amount);
        }

        writer.WriteEndObject();
    }
}
