using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.ServiceDesk;

namespace KpiCore.Serialization;

/// <summary><see cref="Priority"/> as <c>{"code":"P1","rank":1}</c>.</summary>
internal sealed class PriorityJsonConverter : JsonConverter<Priority>
{
    internal static readonly PriorityJsonConverter Instance = new();

    public override Priority Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Begin(ref reader, nameof(Priority));
        string? code = null;
        int? rank = null;
        while (fields.Next(ref reader, out string name))
        {
            switch (name)
            {
                case "code":
                    code = JsonFields.String(ref reader, name);
                    break;
                case "rank":
                    rank = JsonFields.Int(ref reader, name);
                    break;
                default:
                    throw fields.Unknown(name);
            }
        }

        string text = fields.Required(code, "code");
        int order = fields.Required(rank, "rank");
        return fields.Build(() => new Priority(text, order));
    }

    public override void Write(Utf8JsonWriter writer, Priority value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("code", value.Code);
        writer.WriteNumber("rank", value.Rank);
        writer.WriteEndObject();
    }
}
