using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Kpis;

namespace KpiCore.Serialization;

/// <summary>
/// <see cref="Percentage"/> as <c>{"fraction":0.9993}</c>: the stored fraction, not the percent, so that no
/// multiplication by 100 can change the last bit on the way back.
/// </summary>
internal sealed class PercentageJsonConverter : JsonConverter<Percentage>
{
    internal static readonly PercentageJsonConverter Instance = new();

    public override Percentage Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Begin(ref reader, nameof(Percentage));
        double? fraction = null;
        while (fields.Next(ref reader, out string name))
        {
            fraction = name == "fraction" ? JsonFields.Double(ref reader, name) : throw fields.Unknown(name);
        }

        double value = fields.Required(fraction, "fraction");
        return fields.Build(() => Percentage.FromFraction(value));
    }

    public override void Write(Utf8JsonWriter writer, Percentage value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("fraction", value.Fraction);
        writer.WriteEndObject();
    }
}
