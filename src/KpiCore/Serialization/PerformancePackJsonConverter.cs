using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Reporting;
using KpiCore.Risk;
using NodaTime;

namespace KpiCore.Serialization;

/// <summary>
/// <see cref="PerformancePack"/> as <c>{"organisation":"...","months":["2017-07",...],"sections":[...],
/// "exceptions":[...],"rejectedNotes":[...],"risks":null}</c>; read back through the pack's constructor, so its checks
/// (consecutive months, one value per month, commentary naming rows in the pack) apply to JSON too.
/// </summary>
internal sealed class PerformancePackJsonConverter : JsonConverter<PerformancePack>
{
    internal static readonly PerformancePackJsonConverter Instance = new();

    public override PerformancePack Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Begin(ref reader, nameof(PerformancePack));
        string? organisation = null;
        List<YearMonth>? months = null;
        List<PackSection>? sections = null;
        List<ExceptionNote>? exceptions = null;
        List<RejectedNote>? rejected = null;
        RiskRegister? risks = null;
        bool sawRisks = false;
        while (fields.Next(ref reader, out string name))
        {
            switch (name)
            {
                case "organisation":
                    organisation = JsonFields.String(ref reader, name);
                    break;
                case "months":
                    months = JsonFields.Array(ref reader, NodaTimeConverters.YearMonth, options, name);
                    break;
                case "sections":
                    sections = JsonFields.Array(ref reader, PackSectionJsonConverter.Instance, options, name);
                    break;
                case "exceptions":
                    exceptions = JsonFields.Array(ref reader, ExceptionNoteJsonConverter.Instance, options, name);
                    break;
                case "rejectedNotes":
                    rejected = JsonFields.Array(ref reader, RejectedNoteJsonConverter.Instance, options, name);
                    break;
                case "risks":
                    risks = JsonFields.NullableRef(ref reader, RiskRegisterJsonConverter.Instance, options);
                    sawRisks = true;
                    break;
                default:
                    throw fields.Unknown(name);
            }
        }

        string who = fields.Required(organisation, "organisation");
        List<YearMonth> span = fields.Required(months, "months");
        List<PackSection> parts = fields.Required(sections, "sections");
        List<ExceptionNote> notes = fields.Required(exceptions, "exceptions");
        List<RejectedNote> refused = fields.Required(rejected, "rejectedNotes");
        if (!sawRisks)
        {
            throw new JsonException($"The {nameof(PerformancePack)} lacks the property 'risks' (null when the pack has no register).");
        }

        return fields.Build(() => new PerformancePack(who, span, parts, notes, refused, risks));
    }

    public override void Write(Utf8JsonWriter writer, PerformancePack value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("organisation", value.Organisation);
        JsonFields.WriteArray(writer, "months", value.Months, NodaTimeConverters.YearMonth, options);
        JsonFields.WriteArray(writer, "sections", value.Sections, PackSectionJsonConverter.Instance, options);
        JsonFields.WriteArray(writer, "exceptions", value.Exceptions, ExceptionNoteJsonConverter.Instance, options);
        JsonFields.WriteArray(writer, "rejectedNotes", value.RejectedNotes, RejectedNoteJsonConverter.Instance, options);
        JsonFields.WriteNullableRef(writer, "risks", value.Risks, RiskRegisterJsonConverter.Instance, options);
        writer.WriteEndObject();
    }
}
