using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Kpis;
using KpiCore.Satisfaction;

namespace KpiCore.Serialization;

/// <summary><see cref="NpsResponseSummary"/> as <c>{"summary":{...},"rejected":[...]}</c>.</summary>
internal sealed class NpsResponseSummaryJsonConverter : JsonConverter<NpsResponseSummary>
{
    internal static readonly NpsResponseSummaryJsonConverter Instance = new();

    public override NpsResponseSummary Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Begin(ref reader, nameof(NpsResponseSummary));
        NpsSummary? summary = null;
        List<RejectedRecord>? rejected = null;
        while (fields.Next(ref reader, out string name))
        {
            switch (name)
            {
                case "summary": summary = JsonFields.Value(ref reader, NpsSummaryJsonConverter.Instance, options, name); break;
                case "rejected": rejected = JsonFields.Array(ref reader, RejectedRecordJsonConverter.Instance, options, name); break;
                default: throw fields.Unknown(name);
            }
        }

        return new NpsResponseSummary(fields.Required(summary, "summary"), fields.Required(rejected, "rejected").AsReadOnly());
    }

    public override void Write(Utf8JsonWriter writer, NpsResponseSummary value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        JsonFields.Write(writer, "summary", value.Summary, NpsSummaryJsonConverter.Instance, options);
        JsonFields.WriteArray(writer, "rejected", value.Rejected, RejectedRecordJsonConverter.Instance, options);
        writer.WriteEndObject();
    }
}
