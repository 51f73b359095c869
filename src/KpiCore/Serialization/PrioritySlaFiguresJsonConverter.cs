using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Kpis;
using KpiCore.ServiceDesk;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Serialization;

/// <summary>
/// <see cref="PrioritySlaFigures"/> as its counts (<c>logged</c>, <c>resolved</c>, <c>met</c>, <c>notJudged</c>,
/// <c>openAtPeriodEnd</c>), the priority's rules and the resolution-time percentiles, followed by the figures worked
/// out from them (<c>withinSla</c>, <c>evaluation</c>) for readers. On reading, those are worked out again from the
/// counts (<see cref="PrioritySlaFigures.FromCounts"/>); when present they must agree.
/// </summary>
internal sealed class PrioritySlaFiguresJsonConverter : JsonConverter<PrioritySlaFigures>
{
    internal static readonly PrioritySlaFiguresJsonConverter Instance = new();

    public override PrioritySlaFigures Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Begin(ref reader, nameof(PrioritySlaFigures));
        string? organisation = null;
        ReportingPeriod? period = null;
        SlaBasis? basis = null;
        Priority? priority = null;
        KpiTarget? target = null;
        SmallSampleRule? rule = null;
        long? logged = null, resolved = null, met = null, notJudged = null, open = null;
        Duration? medianWorking = null, p90Working = null, medianElapsed = null, p90Elapsed = null;
        KpiValue? withinSla = null;
        TargetEvaluation? evaluation = null;
        while (fields.Next(ref reader, out string name))
        {
            switch (name)
            {
                case "organisation": organisation = JsonFields.String(ref reader, name); break;
                case "period": period = JsonFields.Value(ref reader, ReportingPeriodJsonConverter.Instance, options, name); break;
                case "basis": basis = JsonFields.Enum<SlaBasis>(ref reader, name); break;
                case "priority": priority = JsonFields.Value(ref reader, PriorityJsonConverter.Instance, options, name); break;
                case "complianceTarget": target = JsonFields.Value(ref reader, KpiTargetJsonConverter.Instance, options, name); break;
                case "smallSampleRule": rule = JsonFields.Value(ref reader, SmallSampleRuleJsonConverter.Instance, options, name); break;
                case "logged": logged = JsonFields.Long(ref reader, name); break;
                case "resolved": resolved = JsonFields.Long(ref reader, name); break;
                case "met": met = JsonFields.Long(ref reader, name); break;
                case "notJudged": notJudged = JsonFields.Long(ref reader, name); break;
                case "openAtPeriodEnd": open = JsonFields.Long(ref reader, name); break;
                case "medianWorkingTime": medianWorking = JsonFields.Nullable(ref reader, JsonFields.DurationConverter, options); break;
                case "percentile90WorkingTime": p90Working = JsonFields.Nullable(ref reader, JsonFields.DurationConverter, options); break;
                case "medianElapsedTime": medianElapsed = JsonFields.Nullable(ref reader, JsonFields.DurationConverter, options); break;
                case "percentile90ElapsedTime": p90Elapsed = JsonFields.Nullable(ref reader, JsonFields.DurationConverter, options); break;
                case "withinSla": withinSla = JsonFields.Value(ref reader, KpiValueJsonConverter.Instance, options, name); break;
                case "evaluation": evaluation = JsonFields.Value(ref reader, TargetEvaluationJsonConverter.Instance, options, name); break;
                default: throw fields.Unknown(name);
            }
        }

        string who = fields.Required(organisation, "organisation");
        ReportingPeriod when = fields.Required(period, "period");
        SlaBasis how = fields.Required(basis, "basis");
        Priority which = fields.Required(priority, "priority");
        KpiTarget goal = fields.Required(target, "complianceTarget");
        SmallSampleRule small = fields.Required(rule, "smallSampleRule");
        long volume = fields.Required(logged, "logged");
        long done = fields.Required(resolved, "resolved");
        long inTime = fields.Required(met, "met");
        long unjudged = fields.Required(notJudged, "notJudged");
        long stillOpen = fields.Required(open, "openAtPeriodEnd");
        PrioritySlaFigures figures = fields.Build(() => PrioritySlaFigures.FromCounts(who, when, which, goal, volume, done, inTime, unjudged, stillOpen,
            how, small, medianWorking, p90Working, medianElapsed, p90Elapsed));
        if ((withinSla is { } shown && shown != figures.WithinSla) || (evaluation is { } judged && judged != figures.Evaluation))
        {
            throw new JsonException($"The {which} figures of {who} give {figures.WithinSla} ({figures.Evaluation}), not the {withinSla} ({evaluation}) written.");
        }

        return figures;
    }

    public override void Write(Utf8JsonWriter writer, PrioritySlaFigures value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("organisation", value.Organisation);
        JsonFields.Write(writer, "period", value.Period, ReportingPeriodJsonConverter.Instance, options);
        JsonFields.WriteEnum(writer, "basis", value.Basis);
        JsonFields.Write(writer, "priority", value.Priority, PriorityJsonConverter.Instance, options);
        JsonFields.Write(writer, "complianceTarget", value.ComplianceTarget, KpiTargetJsonConverter.Instance, options);
        JsonFields.Write(writer, "smallSampleRule", value.SmallSampleRule, SmallSampleRuleJsonConverter.Instance, options);
        writer.WriteNumber("logged", value.Logged);
        writer.WriteNumber("resolved", value.Resolved);
        writer.WriteNumber("met", value.Met);
        writer.WriteNumber("notJudged", value.NotJudged);
        writer.WriteNumber("openAtPeriodEnd", value.OpenAtPeriodEnd);
        JsonFields.WriteNullable(writer, "medianWorkingTime", value.MedianWorkingTime, JsonFields.DurationConverter, options);
        JsonFields.WriteNullable(writer, "percentile90WorkingTime", value.Percentile90WorkingTime, JsonFields.DurationConverter, options);
        JsonFields.WriteNullable(writer, "medianElapsedTime", value.MedianElapsedTime, JsonFields.DurationConverter, options);
        JsonFields.WriteNullable(writer, "percentile90ElapsedTime", value.Percentile90ElapsedTime, JsonFields.DurationConverter, options);
        JsonFields.Write(writer, "withinSla", value.WithinSla, KpiValueJsonConverter.Instance, options);
        JsonFields.Write(writer, "evaluation", value.Evaluation, TargetEvaluationJsonConverter.Instance, options);
        writer.WriteEndObject();
    }
}
