using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Kpis;
using KpiCore.Reporting;

namespace KpiCore.Serialization;

/// <summary>
/// <see cref="KpiRow"/> as <c>{"key":"sla:P1","name":"...","target":{...},"decimals":2,"values":[...]}</c>, with
/// <c>"intervals"</c> (one per value, null where there is none) only when the row has any.
/// </summary>
internal sealed class KpiRowJsonConverter : JsonConverter<KpiRow>
{
    internal static readonly KpiRowJsonConverter Instance = new();

    public override KpiRow Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Begin(ref reader, nameof(KpiRow));
        string? key = null;
        string? rowName = null;
        KpiTarget? target = null;
        int? decimals = null;
        List<KpiValue>? values = null;
        List<KpiInterval?>? intervals = null;
        while (fields.Next(ref reader, out string name))
        {
            switch (name)
            {
                case "key":
                    key = JsonFields.String(ref reader, name);
                    break;
                case "name":
                    rowName = JsonFields.String(ref reader, name);
                    break;
                case "target":
                    target = JsonFields.Value(ref reader, KpiTargetJsonConverter.Instance, options, name);
                    break;
                case "decimals":
                    decimals = JsonFields.Int(ref reader, name);
                    break;
                case "values":
                    values = JsonFields.Array(ref reader, KpiValueJsonConverter.Instance, options, name);
                    break;
                case "intervals":
                    intervals = JsonFields.ArrayOfNullable(ref reader, KpiIntervalJsonConverter.Instance, options, name);
                    break;
                default:
                    throw fields.Unknown(name);
            }
        }

        string rowKey = fields.Required(key, "key");
        string title = fields.Required(rowName, "name");
        KpiTarget goal = fields.Required(target, "target");
        int places = fields.Required(decimals, "decimals");
        List<KpiValue> figures = fields.Required(values, "values");
        return fields.Build(() => new KpiRow(rowKey, title, goal, figures, intervals, places));
    }

    public override void Write(Utf8JsonWriter writer, KpiRow value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("key", value.Key);
        writer.WriteString("name", value.Name);
        JsonFields.Write(writer, "target", value.Target, KpiTargetJsonConverter.Instance, options);
        writer.WriteNumber("decimals", value.Decimals);
        JsonFields.WriteArray(writer, "values", value.Values, KpiValueJsonConverter.Instance, options);
        if (value.Intervals.Any(interval => interval is not null))
        {
            JsonFields.WriteArrayOfNullable(writer, "intervals", value.Intervals, KpiIntervalJsonConverter.Instance, options);
        }

        writer.WriteEndObject();
    }
}
