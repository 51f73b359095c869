using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Availability;
using KpiCore.Kpis;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Serialization;

/// <summary>
/// <see cref="AvailabilityReport"/> as <c>{"catalogue":[...],"periods":[...],"asOf":"2017-10-01T00:00:00Z","inputCount":12,
/// "rejected":[...],"results":[...]}</c>; the results run service by service in catalogue order, each over the periods in
/// order, and on reading must be exactly those.
/// </summary>
internal sealed class AvailabilityReportJsonConverter : JsonConverter<AvailabilityReport>
{
    internal static readonly AvailabilityReportJsonConverter Instance = new();

    public override AvailabilityReport Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Begin(ref reader, nameof(AvailabilityReport));
        ServiceCatalogue? catalogue = null;
        List<ReportingPeriod>? periods = null;
        Instant? asOf = null;
        int? inputCount = null;
        List<RejectedRecord>? rejected = null;
        List<ServiceAvailability>? results = null;
        while (fields.Next(ref reader, out string name))
        {
            switch (name)
            {
                case "catalogue": catalogue = JsonFields.Value(ref reader, ServiceCatalogueJsonConverter.Instance, options, name); break;
                case "periods": periods = JsonFields.Array(ref reader, ReportingPeriodJsonConverter.Instance, options, name); break;
                case "asOf": asOf = JsonFields.Value(ref reader, NodaTimeConverters.Instant, options, name); break;
                case "inputCount": inputCount = JsonFields.Int(ref reader, name); break;
                case "rejected": rejected = JsonFields.Array(ref reader, RejectedRecordJsonConverter.Instance, options, name); break;
                case "results": results = JsonFields.Array(ref reader, ServiceAvailabilityJsonConverter.Instance, options, name); break;
                default: throw fields.Unknown(name);
            }
        }

        ServiceCatalogue services = fields.Required(catalogue, "catalogue");
        List<ReportingPeriod> months = fields.Required(periods, "periods");
        List<ServiceAvailability> figures = fields.Required(results, "results");
        List<RejectedRecord> refused = fields.Required(rejected, "rejected");
        int count = fields.Required(inputCount, "inputCount");
        bool inOrder = figures.Count == services.Count * months.Count && figures.Select((figure, i) =>
            figure.Service == services.Services[i / months.Count] && figure.Period == months[i % months.Count]).All(match => match);
        if (!inOrder || refused.Count > count)
        {
            throw new JsonException("The AvailabilityReport's results must be one per service and period, service by service, and its rejected records no more than its input.");
        }

        return new AvailabilityReport(services, [.. months], [.. figures], fields.Required(asOf, "asOf"), count, [.. refused]);
    }

    public override void Write(Utf8JsonWriter writer, AvailabilityReport value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        JsonFields.Write(writer, "catalogue", value.Catalogue, ServiceCatalogueJsonConverter.Instance, options);
        JsonFields.WriteArray(writer, "periods", value.Periods, ReportingPeriodJsonConverter.Instance, options);
        JsonFields.Write(writer, "asOf", value.AsOf, NodaTimeConverters.Instant, options);
        writer.WriteNumber("inputCount", value.InputCount);
        JsonFields.WriteArray(writer, "rejected", value.Rejected, RejectedRecordJsonConverter.Instance, options);
        JsonFields.WriteArray(writer, "results", value.Results, ServiceAvailabilityJsonConverter.Instance, options);
        writer.WriteEndObject();
    }
}
