using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Risk;

namespace KpiCore.Serialization;

/// <summary><see cref="RiskScale"/> as the array of its level labels, level 1 first: <c>["Low","Medium","High"]</c>.</summary>
internal sealed class RiskScaleJsonConverter : JsonConverter<RiskScale>
{
    internal static readonly RiskScaleJsonConverter Instance = new();

    public override RiskScale Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        List<string> labels = JsonFields.Strings(ref reader, nameof(RiskScale));
        try
        {
            return new RiskScale(labels);
        }
        catch (ArgumentException ex)
        {
            throw new JsonException($"The {nameof(RiskScale)} is not valid: {ex.Message}", ex);
        }
    }

    public override void Write(Utf8JsonWriter writer, RiskScale value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (string label in value.Labels)
        {
            writer.WriteStringValue(label);
        }

        writer.WriteEndArray();
    }
}
