using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Satisfaction;

namespace KpiCore.Serialization;

/// <summary><see cref="NpsRating"/> as a bare whole number from 0 to 10.</summary>
internal sealed class NpsRatingJsonConverter : JsonConverter<NpsRating>
{
    internal static readonly NpsRatingJsonConverter Instance = new();

    public override NpsRating Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        int value = JsonFields.Int(ref reader, nameof(NpsRating));
        return NpsRating.IsValid(value) ? new NpsRating(value) : throw new JsonException($"An NPS rating is from 0 to 10, not {value}.");
    }

    public override void Write(Utf8JsonWriter writer, NpsRating value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Value);
}
