using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Kpis;
using KpiCore.Satisfaction;

namespace KpiCore.Serialization;

/// <summary>
/// <see cref="ScaleSummary"/> as <c>{"scale":{"min":1,"max":7},"counts":[...],"rejected":[...],"mean":{...}}</c>: one
/// count per answer from the scale's minimum up. The mean is for readers; it is worked out again and must agree.
/// </summary>
internal sealed class ScaleSummaryJsonConverter : JsonConverter<ScaleSummary>
{
    internal static readonly ScaleSummaryJsonConverter Instance = new();

    public override ScaleSummary Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Begin(ref reader, nameof(ScaleSummary));
        SatisfactionScale? scale = null;
        List<long>? counts = null;
        List<RejectedRecord>? rejected = null;
        KpiValue? mean = null;
        while (fields.Next(ref reader, out string name))
        {
            switch (name)
            {
                case "scale": scale = JsonFields.Value(ref reader, SatisfactionScaleJsonConverter.Instance, options, name); break;
                case "counts": counts = JsonFields.Longs(ref reader, name); break;
                case "rejected": rejected = JsonFields.Array(ref reader, RejectedRecordJsonConverter.Instance, options, name); break;
                case "mean": mean = JsonFields.Value(ref reader, KpiValueJsonConverter.Instance, options, name); break;
                default: throw fields.Unknown(name);
            }
        }

        SatisfactionScale points = fields.Required(scale, "scale");
        List<long> answers = fields.Required(counts, "counts");
        if (answers.Count != points.Points || answers.Exists(count => count < 0))
        {
            throw new JsonException($"A {points} summary needs {points.Points} counts, none negative.");
        }

        ScaleSummary summary = new(points, [.. answers], fields.Required(rejected, "rejected").AsReadOnly());
        return mean is { } shown && shown != summary.Mean
            ? throw new JsonException($"The counts give a mean of {summary.Mean}, not the {shown} written.")
            : summary;
    }

    public override void Write(Utf8JsonWriter writer, ScaleSummary value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        JsonFields.Write(writer, "scale", value.Scale, SatisfactionScaleJsonConverter.Instance, options);
        writer.WriteStartArray("counts");
        for (int score = value.Scale.Min; score <= value.Scale.Max; score++)
        {
            writer.WriteNumberValue(value.CountOf(score));
        }

        writer.WriteEndArray();
        JsonFields.WriteArray(writer, "rejected", value.Rejected, RejectedRecordJsonConverter.Instance, options);
        JsonFields.Write(writer, "mean", value.Mean, KpiValueJsonConverter.Instance, options);
        writer.WriteEndObject();
    }
}
