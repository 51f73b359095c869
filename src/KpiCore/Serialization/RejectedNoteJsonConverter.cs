using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Reporting;

namespace KpiCore.Serialization;

/// <summary><see cref="RejectedNote"/> as <c>{"organisation":"...","note":{...},"reason":"..."}</c>.</summary>
internal sealed class RejectedNoteJsonConverter : JsonConverter<RejectedNote>
{
    internal static readonly RejectedNoteJsonConverter Instance = new();

    public override RejectedNote Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Begin(ref reader, nameof(RejectedNote));
        string? organisation = null;
        ExceptionNote? note = null;
        string? reason = null;
        while (fields.Next(ref reader, out string name))
        {
            switch (name)
            {
                case "organisation":
                    organisation = JsonFields.String(ref reader, name);
                    break;
                case "note":
                    note = JsonFields.Value(ref reader, ExceptionNoteJsonConverter.Instance, options, name);
                    break;
                case "reason":
                    reason = JsonFields.String(ref reader, name);
                    break;
                default:
                    throw fields.Unknown(name);
            }
        }

        string who = fields.Required(organisation, "organisation");
        ExceptionNote what = fields.Required(note, "note");
        string why = fields.Required(reason, "reason");
        return fields.Build(() => new RejectedNote(who, what, why));
    }

    public override void Write(Utf8JsonWriter writer, RejectedNote value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("organisation", value.Organisation);
        JsonFields.Write(writer, "note", value.Note, ExceptionNoteJsonConverter.Instance, options);
        writer.WriteString("reason", value.Reason);
        writer.WriteEndObject();
    }
}
