using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Reporting;

namespace KpiCore.Serialization;

/// <summary><see cref="PackSection"/> as <c>{"kind":"ServiceDesk","key":"...","title":"...","rows":[...]}</c>.</summary>
internal sealed class PackSectionJsonConverter : JsonConverter<PackSection>
{
    internal static readonly PackSectionJsonConverter Instance = new();

    public override PackSection Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Begin(ref reader, nameof(PackSection));
        PackSectionKind? kind = null;
        string? key = null;
        string? title = null;
        List<KpiRow>? rows = null;
        while (fields.Next(ref reader, out string name))
        {
            switch (name)
            {
                case "kind":
                    kind = JsonFields.Enum<PackSectionKind>(ref reader, name);
                    break;
                case "key":
                    key = JsonFields.String(ref reader, name);
                    break;
                case "title":
                    title = JsonFields.String(ref reader, name);
                    break;
                case "rows":
                    rows = JsonFields.Array(ref reader, KpiRowJsonConverter.Instance, options, name);
                    break;
                default:
                    throw fields.Unknown(name);
            }
        }

        PackSectionKind sectionKind = fields.Required(kind, "kind");
        string sectionKey = fields.Required(key, "key");
        string heading = fields.Required(title, "title");
        List<KpiRow> lines = fields.Required(rows, "rows");
        return fields.Build(() => new PackSection(sectionKind, sectionKey, heading, lines));
    }

    public override void Write(Utf8JsonWriter writer, PackSection value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        JsonFields.WriteEnum(writer, "kind", value.Kind);
        writer.WriteString("key", value.Key);
        writer.WriteString("title", value.Title);
        JsonFields.WriteArray(writer, "rows", value.Rows, KpiRowJsonConverter.Instance, options);
        writer.WriteEndObject();
    }
}
