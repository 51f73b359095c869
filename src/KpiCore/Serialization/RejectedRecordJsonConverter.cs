using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Kpis;

namespace KpiCore.Serialization;

/// <summary><see cref="RejectedRecord"/> as <c>{"index":3,"recordId":"C-1","field":"Priority","reason":"..."}</c> (<c>recordId</c> may be null).</summary>
internal sealed class RejectedRecordJsonConverter : JsonConverter<RejectedRecord>
{
    internal static readonly RejectedRecordJsonConverter Instance = new();

    public override RejectedRecord Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Begin(ref reader, nameof(RejectedRecord));
        int? index = null;
        string? recordId = null;
        string? field = null;
        string? reason = null;
        while (fields.Next(ref reader, out string name))
        {
            switch (name)
            {
                case "index":
                    index = JsonFields.Int(ref reader, name);
                    break;
                case "recordId":
                    recordId = JsonFields.NullableString(ref reader, name);
                    break;
                case "field":
                    field = JsonFields.String(ref reader, name);
                    break;
                case "reason":
                    reason = JsonFields.String(ref reader, name);
                    break;
                default:
                    throw fields.Unknown(name);
            }
        }

        int position = fields.Required(index, "index");
        string what = fields.Required(field, "field");
        string why = fields.Required(reason, "reason");
        return fields.Build(() => new RejectedRecord(position, recordId, what, why));
    }

    public override void Write(Utf8JsonWriter writer, RejectedRecord value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("index", value.Index);
        writer.WriteString("recordId", value.RecordId);
        writer.WriteString("field", value.Field);
        writer.WriteString("reason", value.Reason);
        writer.WriteEndObject();
    }
}
