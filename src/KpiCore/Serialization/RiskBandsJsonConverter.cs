using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Risk;

namespace KpiCore.Serialization;

/// <summary><see cref="RiskBands"/> as an array of bands, lowest first.</summary>
internal sealed class RiskBandsJsonConverter : JsonConverter<RiskBands>
{
    internal static readonly RiskBandsJsonConverter Instance = new();

    public override RiskBands Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        List<RiskBand> bands = JsonFields.Array(ref reader, RiskBandJsonConverter.Instance, options, nameof(RiskBands));
        try
        {
            return new RiskBands(bands);
        }
        catch (ArgumentException ex)
        {
            throw new JsonException($"The {nameof(RiskBands)} are not valid: {ex.Message}", ex);
        }
    }

    public override void Write(Utf8JsonWriter writer, RiskBands value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (RiskBand band in value.Bands)
        {
            RiskBandJsonConverter.Instance.Write(writer, band, options);
        }

        writer.WriteEndArray();
    }
}
