using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Availability;
using KpiCore.Kpis;
using KpiCore.Time;

namespace KpiCore.Serialization;

/// <summary>
/// <see cref="AvailabilityPolicy"/> as <c>{"target":{...},"serviceHours":null,"plannedMaintenance":"Counted","monitoring":null,
/// "partialWeight":1,"degradedWeight":0}</c>; null service hours is 24x7, null monitoring is always monitored.
/// </summary>
internal sealed class AvailabilityPolicyJsonConverter : JsonConverter<AvailabilityPolicy>
{
    internal static readonly AvailabilityPolicyJsonConverter Instance = new();

    public override AvailabilityPolicy Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Begin(ref reader, nameof(AvailabilityPolicy));
        KpiTarget? target = null;
        WorkingCalendar? hours = null;
        bool hasHours = false, hasMonitoring = false;
        PlannedMaintenanceRule? maintenance = null;
        IntervalSet? monitoring = null;
        double? partial = null, degraded = null;
        while (fields.Next(ref reader, out string name))
        {
            switch (name)
            {
                case "target": target = JsonFields.Value(ref reader, KpiTargetJsonConverter.Instance, options, name); break;
                case "serviceHours": hours = JsonFields.NullableRef(ref reader, WorkingCalendarJsonConverter.Instance, options); hasHours = true; break;
                case "plannedMaintenance": maintenance = JsonFields.Enum<PlannedMaintenanceRule>(ref reader, name); break;
                case "monitoring": monitoring = JsonFields.NullableRef(ref reader, IntervalSetJsonConverter.Instance, options); hasMonitoring = true; break;
                case "partialWeight": partial = JsonFields.Double(ref reader, name); break;
                case "degradedWeight": degraded = JsonFields.Double(ref reader, name); break;
                default: throw fields.Unknown(name);
            }
        }

        KpiTarget goal = fields.Required(target, "target");
        fields.Require(hasHours, "serviceHours");
        fields.Require(hasMonitoring, "monitoring");
        PlannedMaintenanceRule rule = fields.Required(maintenance, "plannedMaintenance");
        double partialWeight = fields.Required(partial, "partialWeight");
        double degradedWeight = fields.Required(degraded, "degradedWeight");
        return fields.Build(() => AvailabilityPolicy.Default.WithTarget(goal).WithServiceHours(hours).WithPlannedMaintenance(rule)
            .WithMonitoring(monitoring).WithImpactWeights(partialWeight, degradedWeight));
    }

    public override void Write(Utf8JsonWriter writer, AvailabilityPolicy value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        JsonFields.Write(writer, "target", value.Target, KpiTargetJsonConverter.Instance, options);
        JsonFields.WriteNullableRef(writer, "serviceHours", value.ServiceHours, WorkingCalendarJsonConverter.Instance, options);
        JsonFields.WriteEnum(writer, "plannedMaintenance", value.PlannedMaintenance);
        JsonFields.WriteNullableRef(writer, "monitoring", value.Monitoring, IntervalSetJsonConverter.Instance, options);
        writer.WriteNumber("partialWeight", value.PartialWeight);
        writer.WriteNumber("degradedWeight", value.DegradedWeight);
        writer.WriteEndObject();
    }
}
