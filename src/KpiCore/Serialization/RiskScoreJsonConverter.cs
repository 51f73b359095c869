using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Risk;

namespace KpiCore.Serialization;

/// <summary><see cref="RiskScore"/> as a bare number, such as <c>6</c> or <c>4.5</c>.</summary>
internal sealed class RiskScoreJsonConverter : JsonConverter<RiskScore>
{
    internal static readonly RiskScoreJsonConverter Instance = new();

    public override RiskScore Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        double value = JsonFields.Double(ref reader, nameof(RiskScore));
        return value >= 0 ? new RiskScore(value) : throw new JsonException("A risk score must not be negative.");
    }

    public override void Write(Utf8JsonWriter writer, RiskScore value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Value);
}
