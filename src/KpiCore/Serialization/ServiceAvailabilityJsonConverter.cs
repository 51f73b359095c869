using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Availability;
using KpiCore.Kpis;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Serialization;

/// <summary>
/// <see cref="ServiceAvailability"/> as every figure it holds, as computed: <c>{"service":"Website","period":{...},
/// "policy":{...},"isComplete":true,"measuredTime":"720:00:00","downtime":...,"plannedDowntime":...,...,"evaluation":{...}}</c>.
/// The figures are read back as written (the outages and the previous period they came from are not kept), except
/// <c>plannedDowntime</c>, which is for readers and must equal downtime less unplanned downtime.
/// </summary>
internal sealed class ServiceAvailabilityJsonConverter : JsonConverter<ServiceAvailability>
{
    internal static readonly ServiceAvailabilityJsonConverter Instance = new();

    public override ServiceAvailability Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Begin(ref reader, nameof(ServiceAvailability));
        JsonConverter<Duration> time = JsonFields.DurationConverter;
        string? service = null;
        ReportingPeriod? period = null;
        AvailabilityPolicy? policy = null;
        bool? complete = null;
        Duration? measured = null, down = null, planned = null, unplanned = null, excluded = null, longest = null;
        Duration? mttr = null, mtbf = null, allowed = null, budget = null;
        bool hasMttr = false, hasMtbf = false, hasAllowed = false, hasBudget = false, hasBurn = false;
        KpiValue? availability = null;
        int? outages = null;
        double? burn = null;
        TargetEvaluation? evaluation = null;
        while (fields.Next(ref reader, out string name))
        {
            switch (name)
            {
                case "service": service = JsonFields.String(ref reader, name); break;
                case "period": period = JsonFields.Value(ref reader, ReportingPeriodJsonConverter.Instance, options, name); break;
                case "policy": policy = JsonFields.Value(ref reader, AvailabilityPolicyJsonConverter.Instance, options, name); break;
                case "isComplete": complete = JsonFields.Bool(ref reader, name); break;
                case "measuredTime": measured = JsonFields.Value(ref reader, time, options, name); break;
                case "downtime": down = JsonFields.Value(ref reader, time, options, name); break;
                case "plannedDowntime": planned = JsonFields.Value(ref reader, time, options, name); break;
                case "unplannedDowntime": unplanned = JsonFields.Value(ref reader, time, options, name); break;
                case "excludedMaintenance": excluded = JsonFields.Value(ref reader, time, options, name); break;
                case "availability": availability = JsonFields.Value(ref reader, KpiValueJsonConverter.Instance, options, name); break;
                case "outageCount": outages = JsonFields.Int(ref reader, name); break;
                case "longestOutage": longest = JsonFields.Value(ref reader, time, options, name); break;
                case "meanTimeToRestore": mttr = JsonFields.Nullable(ref reader, time, options); hasMttr = true; break;
                case "meanTimeBetweenFailures": mtbf = JsonFields.Nullable(ref reader, time, options); hasMtbf = true; break;
                case "allowedDowntime": allowed = JsonFields.Nullable(ref reader, time, options); hasAllowed = true; break;
                case "errorBudgetRemaining": budget = JsonFields.Nullable(ref reader, time, options); hasBudget = true; break;
                case "burnRate": burn = JsonFields.NullableDouble(ref reader, name); hasBurn = true; break;
                case "evaluation": evaluation = JsonFields.Value(ref reader, TargetEvaluationJsonConverter.Instance, options, name); break;
                default: throw fields.Unknown(name);
            }
        }

        fields.Require(hasMttr, "meanTimeToRestore");
        fields.Require(hasMtbf, "meanTimeBetweenFailures");
        fields.Require(hasAllowed, "allowedDowntime");
        fields.Require(hasBudget, "errorBudgetRemaining");
        fields.Require(hasBurn, "burnRate");
        Duration downtime = fields.Required(down, "downtime");
        Duration unplannedDowntime = fields.Required(unplanned, "unplannedDowntime");
        if (fields.Required(planned, "plannedDowntime") != downtime - unplannedDowntime)
        {
            throw new JsonException("The ServiceAvailability's planned downtime is not its downtime less its unplanned downtime.");
        }

        return new ServiceAvailability(fields.Required(service, "service"), fields.Required(period, "period"), fields.Required(policy, "policy"),
            fields.Required(complete, "isComplete"), fields.Required(measured, "measuredTime"), downtime, unplannedDowntime,
            fields.Required(excluded, "excludedMaintenance"), fields.Required(availability, "availability"), fields.Required(outages, "outageCount"),
            fields.Required(longest, "longestOutage"), mttr, mtbf, allowed, budget, burn, fields.Required(evaluation, "evaluation"));
    }

    public override void Write(Utf8JsonWriter writer, ServiceAvailability value, JsonSerializerOptions options)
    {
        JsonConverter<Duration> time = JsonFields.DurationConverter;
        writer.WriteStartObject();
        writer.WriteString("service", value.Service);
        JsonFields.Write(writer, "period", value.Period, ReportingPeriodJsonConverter.Instance, options);
        JsonFields.Write(writer, "policy", value.Policy, AvailabilityPolicyJsonConverter.Instance, options);
        writer.WriteBoolean("isComplete", value.IsComplete);
        JsonFields.Write(writer, "measuredTime", value.MeasuredTime, time, options);
        JsonFields.Write(writer, "downtime", value.Downtime, time, options);
        JsonFields.Write(writer, "plannedDowntime", value.PlannedDowntime, time, options);
        JsonFields.Write(writer, "unplannedDowntime", value.UnplannedDowntime, time, options);
        JsonFields.Write(writer, "excludedMaintenance", value.ExcludedMaintenance, time, options);
        JsonFields.Write(writer, "availability", value.Availability, KpiValueJsonConverter.Instance, options);
        writer.WriteNumber("outageCount", value.OutageCount);
        JsonFields.Write(writer, "longestOutage", value.LongestOutage, time, options);
        JsonFields.WriteNullable(writer, "meanTimeToRestore", value.MeanTimeToRestore, time, options);
        JsonFields.WriteNullable(writer, "meanTimeBetweenFailures", value.MeanTimeBetweenFailures, time, options);
        JsonFields.WriteNullable(writer, "allowedDowntime", value.AllowedDowntime, time, options);
        JsonFields.WriteNullable(writer, "errorBudgetRemaining", value.ErrorBudgetRemaining, time, options);
        JsonFields.WriteNullableNumber(writer, "burnRate", value.BurnRate);
        JsonFields.Write(writer, "evaluation", value.Evaluation, TargetEvaluationJsonConverter.Instance, options);
        writer.WriteEndObject();
    }
}
