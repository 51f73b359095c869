using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Reporting;
using NodaTime;

namespace KpiCore.Serialization;

/// <summary><see cref="ExceptionNote"/> as <c>{"rowName":"P1 SLA","text":"...","month":"2017-09"}</c> (<c>month</c> null for the whole pack).</summary>
internal sealed class ExceptionNoteJsonConverter : JsonConverter<ExceptionNote>
{
    internal static readonly ExceptionNoteJsonConverter Instance = new();

    public override ExceptionNote Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Begin(ref reader, nameof(ExceptionNote));
        string? rowName = null;
        string? text = null;
        YearMonth? month = null;
        while (fields.Next(ref reader, out string name))
        {
            switch (name)
            {
                case "rowName":
                    rowName = JsonFields.String(ref reader, name);
                    break;
                case "text":
                    text = JsonFields.String(ref reader, name);
                    break;
                case "month":
                    month = JsonFields.Nullable(ref reader, NodaTimeConverters.YearMonth, options);
                    break;
                default:
                    throw fields.Unknown(name);
            }
        }

        string row = fields.Required(rowName, "rowName");
        string note = fields.Required(text, "text");
        return fields.Build(() => new ExceptionNote(row, note, month));
    }

    public override void Write(Utf8JsonWriter writer, ExceptionNote value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("rowName", value.RowName);
        writer.WriteString("text", value.Text);
        JsonFields.WriteNullable(writer, "month", value.Month, NodaTimeConverters.YearMonth, options);
        writer.WriteEndObject();
    }
}
