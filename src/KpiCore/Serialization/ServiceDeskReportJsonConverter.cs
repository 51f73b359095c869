using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Kpis;
using KpiCore.ServiceDesk;
using KpiCore.Time;

namespace KpiCore.Serialization;

/// <summary>
/// <see cref="ServiceDeskReport"/> as <c>{"period","basis","inputCount","callsWithOverlappingOnHold",
/// "organisations":[...],"rejected":[...],"notJudged":[...]}</c>, read back through
/// <see cref="ServiceDeskReport.FromFigures"/>.
/// </summary>
internal sealed class ServiceDeskReportJsonConverter : JsonConverter<ServiceDeskReport>
{
    internal static readonly ServiceDeskReportJsonConverter Instance = new();

    public override ServiceDeskReport Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Begin(ref reader, nameof(ServiceDeskReport));
        ReportingPeriod? period = null;
        SlaBasis? basis = null;
        long? input = null;
        long? overlapping = null;
        List<OrganisationSlaFigures>? organisations = null;
        List<RejectedRecord>? rejected = null;
        List<RejectedRecord>? notJudged = null;
        while (fields.Next(ref reader, out string name))
        {
            switch (name)
            {
                case "period": period = JsonFields.Value(ref reader, ReportingPeriodJsonConverter.Instance, options, name); break;
                case "basis": basis = JsonFields.Enum<SlaBasis>(ref reader, name); break;
                case "inputCount": input = JsonFields.Long(ref reader, name); break;
                case "callsWithOverlappingOnHold": overlapping = JsonFields.Long(ref reader, name); break;
                case "organisations": organisations = JsonFields.Array(ref reader, OrganisationSlaFiguresJsonConverter.Instance, options, name); break;
                case "rejected": rejected = JsonFields.Array(ref reader, RejectedRecordJsonConverter.Instance, options, name); break;
                case "notJudged": notJudged = JsonFields.Array(ref reader, RejectedRecordJsonConverter.Instance, options, name); break;
                default: throw fields.Unknown(name);
            }
        }

        ReportingPeriod when = fields.Required(period, "period");
        SlaBasis how = fields.Required(basis, "basis");
        long read = fields.Required(input, "inputCount");
        long overlaps = fields.Required(overlapping, "callsWithOverlappingOnHold");
        List<OrganisationSlaFigures> figures = fields.Required(organisations, "organisations");
        List<RejectedRecord> refused = fields.Required(rejected, "rejected");
        List<RejectedRecord> unjudged = fields.Required(notJudged, "notJudged");
        return fields.Build(() => ServiceDeskReport.FromFigures(when, how, figures, refused, unjudged, read, overlaps));
    }

    public override void Write(Utf8JsonWriter writer, ServiceDeskReport value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        JsonFields.Write(writer, "period", value.Period, ReportingPeriodJsonConverter.Instance, options);
        JsonFields.WriteEnum(writer, "basis", value.Basis);
        writer.WriteNumber("inputCount", value.InputCount);
        writer.WriteNumber("callsWithOverlappingOnHold", value.CallsWithOverlappingOnHold);
        JsonFields.WriteArray(writer, "organisations", value.Organisations, OrganisationSlaFiguresJsonConverter.Instance, options);
        JsonFields.WriteArray(writer, "rejected", value.Rejected, RejectedRecordJsonConverter.Instance, options);
        JsonFields.WriteArray(writer, "notJudged", value.NotJudged, RejectedRecordJsonConverter.Instance, options);
        writer.WriteEndObject();
    }
}
