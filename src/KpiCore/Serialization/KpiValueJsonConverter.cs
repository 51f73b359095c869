using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Kpis;

namespace KpiCore.Serialization;

/// <summary>
/// <see cref="KpiValue"/> as <c>{"kind":"Measured","unit":"Percent","value":99.93}</c>, <c>{"kind":"NotApplicable"}</c>
/// or <c>{"kind":"Unavailable"}</c>. The number is written with the shortest text that reads back to the same double,
/// so a value reads back equal, bit for bit.
/// </summary>
internal sealed class KpiValueJsonConverter : JsonConverter<KpiValue>
{
    internal static readonly KpiValueJsonConverter Instance = new();

    public override KpiValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Begin(ref reader, nameof(KpiValue));
        KpiValueKind? kind = null;
        KpiUnit? unit = null;
        double? value = null;
        while (fields.Next(ref reader, out string name))
        {
            switch (name)
            {
                case "kind":
                    kind = JsonFields.Enum<KpiValueKind>(ref reader, name);
                    break;
                case "unit":
                    unit = JsonFields.Enum<KpiUnit>(ref reader, name);
                    break;
                case "value":
                    value = JsonFields.Double(ref reader, name);
                    break;
                default:
                    throw fields.Unknown(name);
            }
        }

        switch (fields.Required(kind, "kind"))
        {
            case KpiValueKind.Measured:
                KpiUnit measuredUnit = fields.Required(unit, "unit");
                double number = fields.Required(value, "value");
                return fields.Build(() => KpiValue.Measured(number, measuredUnit));
            case KpiValueKind.NotApplicable when unit is null && value is null:
                return KpiValue.NotApplicable;
            case KpiValueKind.Unavailable when unit is null && value is null:
                return KpiValue.Unavailable;
            default:
                throw new JsonException($"A {kind} {nameof(KpiValue)} has no unit or value.");
        }
    }

    public override void Write(Utf8JsonWriter writer, KpiValue value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        JsonFields.WriteEnum(writer, "kind", value.Kind);
        if (value.TryGetValue(out double number))
        {
            JsonFields.WriteEnum(writer, "unit", value.Unit);
            writer.WriteNumber("value", number);
        }

        writer.WriteEndObject();
    }
}
