using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Satisfaction;

namespace KpiCore.Serialization;

/// <summary>
/// <see cref="ScaleTally"/> as the <see cref="ScaleSummary"/> of its counts (<c>{"scale":{...},"counts":[...],"rejected":[],
/// "mean":{...}}</c>), so that a tally and a summary read the same; a tally rejects nothing, so <c>rejected</c> must be empty.
/// </summary>
internal sealed class ScaleTallyJsonConverter : JsonConverter<ScaleTally>
{
    internal static readonly ScaleTallyJsonConverter Instance = new();

    public override ScaleTally Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ScaleSummary summary = ScaleSummaryJsonConverter.Instance.Read(ref reader, typeof(ScaleSummary), options);
        return summary.Rejected.Count == 0
            ? ScaleTally.FromSummary(summary)
            : throw new JsonException("A ScaleTally has no rejected answers.");
    }

    public override void Write(Utf8JsonWriter writer, ScaleTally value, JsonSerializerOptions options) =>
        ScaleSummaryJsonConverter.Instance.Write(writer, value.ToSummary(), options);
}
