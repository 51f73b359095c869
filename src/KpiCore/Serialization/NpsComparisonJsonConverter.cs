using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Satisfaction;

namespace KpiCore.Serialization;

/// <summary>
/// <see cref="NpsComparison"/> as <c>{"first":{...},"second":{...},"level":0.95,"difference":12,"adjustedDifference":11.4,
/// "standardError":8.2,"z":1.39,"pValue":0.16}</c>, the two samples as <see cref="NpsSummary"/> JSON.
/// </summary>
internal sealed class NpsComparisonJsonConverter : JsonConverter<NpsComparison>
{
    internal static readonly NpsComparisonJsonConverter Instance = new();

    public override NpsComparison Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Begin(ref reader, nameof(NpsComparison));
        NpsSummary? first = null, second = null;
        double? level = null, difference = null, adjusted = null, se = null, z = null, p = null;
        while (fields.Next(ref reader, out string name))
        {
            switch (name)
            {
                case "first": first = JsonFields.Value(ref reader, NpsSummaryJsonConverter.Instance, options, name); break;
                case "second": second = JsonFields.Value(ref reader, NpsSummaryJsonConverter.Instance, options, name); break;
                case "level": level = JsonFields.Double(ref reader, name); break;
                case "difference": difference = JsonFields.Double(ref reader, name); break;
                case "adjustedDifference": adjusted = JsonFields.Double(ref reader, name); break;
                case "standardError": se = JsonFields.Double(ref reader, name); break;
                case "z": z = JsonFields.Double(ref reader, name); break;
                case "pValue": p = JsonFields.Double(ref reader, name); break;
                default: throw fields.Unknown(name);
            }
        }

        return new NpsComparison(fields.Required(first, "first"), fields.Required(second, "second"), fields.Required(level, "level"),
            fields.Required(difference, "difference"), fields.Required(adjusted, "adjustedDifference"), fields.Required(se, "standardError"),
            fields.Required(z, "z"), fields.Required(p, "pValue"));
    }

    public override void Write(Utf8JsonWriter writer, NpsComparison value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        JsonFields.Write(writer, "first", value.First, NpsSummaryJsonConverter.Instance, options);
        JsonFields.Write(writer, "second", value.Second, NpsSummaryJsonConverter.Instance, options);
        writer.WriteNumber("level", value.Level);
        writer.WriteNumber("difference", value.Difference);
        writer.WriteNumber("adjustedDifference", value.AdjustedDifference);
        writer.WriteNumber("standardError", value.StandardError);
        writer.WriteNumber("z", value.Z);
        writer.WriteNumber("pValue", value.PValue);
        writer.WriteEndObject();
    }
}
