using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Planning;
using NodaTime;

namespace KpiCore.Serialization;

/// <summary><see cref="Milestone"/> as <c>{"text":"Go live","due":"2017-10-31","completedOn":null,"isCompleted":false}</c>; absent dates are null.</summary>
internal sealed class MilestoneJsonConverter : JsonConverter<Milestone>
{
    internal static readonly MilestoneJsonConverter Instance = new();

    public override Milestone Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Begin(ref reader, nameof(Milestone));
        string? text = null;
        LocalDate? due = null, completedOn = null;
        bool hasDue = false, hasCompletedOn = false;
        bool? completed = null;
        while (fields.Next(ref reader, out string name))
        {
            switch (name)
            {
                case "text": text = JsonFields.String(ref reader, name); break;
                case "due": due = JsonFields.Nullable(ref reader, NodaTimeConverters.LocalDate, options); hasDue = true; break;
                case "completedOn": completedOn = JsonFields.Nullable(ref reader, NodaTimeConverters.LocalDate, options); hasCompletedOn = true; break;
                case "isCompleted": completed = JsonFields.Bool(ref reader, name); break;
                default: throw fields.Unknown(name);
            }
        }

        string what = fields.Required(text, "text");
        fields.Require(hasDue, "due");
        fields.Require(hasCompletedOn, "completedOn");
        bool done = fields.Required(completed, "isCompleted");
        return completedOn is not null && !done
            ? throw new JsonException("A Milestone with a completion date is completed.")
            : fields.Build(() => new Milestone(what, due, completedOn, done));
    }

    public override void Write(Utf8JsonWriter writer, Milestone value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("text", value.Text);
        JsonFields.WriteNullable(writer, "due", value.Due, NodaTimeConverters.LocalDate, options);
        JsonFields.WriteNullable(writer, "completedOn", value.CompletedOn, NodaTimeConverters.LocalDate, options);
        writer.WriteBoolean("isCompleted", value.IsCompleted);
        writer.WriteEndObject();
    }
}
