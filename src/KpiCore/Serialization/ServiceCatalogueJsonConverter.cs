using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Availability;

namespace KpiCore.Serialization;

/// <summary>
/// <see cref="ServiceCatalogue"/> as its services in order, <c>[{"service":"Website","policy":{...}}]</c>; a service named
/// twice is an error.
/// </summary>
internal sealed class ServiceCatalogueJsonConverter : JsonConverter<ServiceCatalogue>
{
    internal static readonly ServiceCatalogueJsonConverter Instance = new();

    public override ServiceCatalogue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        List<KeyValuePair<string, AvailabilityPolicy>> services = JsonFields.Array(ref reader, EntryConverter.Instance, options, nameof(ServiceCatalogue));
        return JsonFields.Build(nameof(ServiceCatalogue), () => services.Aggregate(ServiceCatalogue.Empty, (catalogue, service) =>
            catalogue.Contains(service.Key)
                ? throw new JsonException($"The {nameof(ServiceCatalogue)} lists the service '{service.Key}' twice.")
                : catalogue.With(service.Key, service.Value)));
    }

    public override void Write(Utf8JsonWriter writer, ServiceCatalogue value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (string service in value.Services)
        {
            EntryConverter.Instance.Write(writer, new(service, value[service]), options);
        }

        writer.WriteEndArray();
    }

    /// <summary>One service and its policy.</summary>
    private sealed class EntryConverter : JsonConverter<KeyValuePair<string, AvailabilityPolicy>>
    {
        internal static readonly EntryConverter Instance = new();

        public override KeyValuePair<string, AvailabilityPolicy> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            JsonFields fields = JsonFields.Begin(ref reader, "catalogue service");
            string? service = null;
            AvailabilityPolicy? policy = null;
            while (fields.Next(ref reader, out string name))
            {
                switch (name)
                {
                    case "service": service = JsonFields.String(ref reader, name); break;
                    case "policy": policy = JsonFields.Value(ref reader, AvailabilityPolicyJsonConverter.Instance, options, name); break;
                    default: throw fields.Unknown(name);
                }
            }

            return new(fields.Required(service, "service"), fields.Required(policy, "policy"));
        }

        public override void Write(Utf8JsonWriter writer, KeyValuePair<string, AvailabilityPolicy> value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteString("service", value.Key);
            JsonFields.Write(writer, "policy", value.Value, AvailabilityPolicyJsonConverter.Instance, options);
            writer.WriteEndObject();
        }
    }
}
