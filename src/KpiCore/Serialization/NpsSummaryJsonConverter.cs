using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Kpis;
using KpiCore.Satisfaction;

namespace KpiCore.Serialization;

/// <summary>
/// <see cref="NpsSummary"/> as <c>{"promoters":6,"passives":1,"detractors":3,"smallSampleThreshold":30,"score":{...}}</c>;
/// the score is for readers: it is worked out again from the counts on reading and must agree.
/// </summary>
internal sealed class NpsSummaryJsonConverter : JsonConverter<NpsSummary>
{
    internal static readonly NpsSummaryJsonConverter Instance = new();

    public override NpsSummary Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Begin(ref reader, nameof(NpsSummary));
        long? promoters = null;
        long? passives = null;
        long? detractors = null;
        int? threshold = null;
        KpiValue? score = null;
        while (fields.Next(ref reader, out string name))
        {
            switch (name)
            {
                case "promoters": promoters = JsonFields.Long(ref reader, name); break;
                case "passives": passives = JsonFields.Long(ref reader, name); break;
                case "detractors": detractors = JsonFields.Long(ref reader, name); break;
                case "smallSampleThreshold": threshold = JsonFields.Int(ref reader, name); break;
                case "score": score = JsonFields.Value(ref reader, KpiValueJsonConverter.Instance, options, name); break;
                default: throw fields.Unknown(name);
            }
        }

        long p = fields.Required(promoters, "promoters");
        long n = fields.Required(passives, "passives");
        long d = fields.Required(detractors, "detractors");
        int small = fields.Required(threshold, "smallSampleThreshold");
        NpsSummary summary = fields.Build(() => NpsSummary.FromCounts(p, n, d, small));
        return score is { } shown && shown != summary.Score
            ? throw new JsonException($"The counts give a Net Promoter Score of {summary.Score}, not the {shown} written.")
            : summary;
    }

    public override void Write(Utf8JsonWriter writer, NpsSummary value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("promoters", value.Promoters);
        writer.WriteNumber("passives", value.Passives);
        writer.WriteNumber("detractors", value.Detractors);
        writer.WriteNumber("smallSampleThreshold", value.SmallSampleThreshold);
        JsonFields.Write(writer, "score", value.Score, KpiValueJsonConverter.Instance, options);
        writer.WriteEndObject();
    }
}
