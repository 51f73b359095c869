using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.ServiceDesk;
using NodaTime;

namespace KpiCore.Serialization;

/// <summary>
/// <see cref="CallSlaResult"/> as <c>{"status":"Met","isResolved":true,"notJudgedReason":null,"holdSource":"None",
/// "onHoldTime":"00:00:00","slaTimeUsed":...,"elapsedTime":...,"target":...,"breachInstant":"...","responseStatus":null,
/// "responseTimeUsed":null}</c>.
/// </summary>
internal sealed class CallSlaResultJsonConverter : JsonConverter<CallSlaResult>
{
    internal static readonly CallSlaResultJsonConverter Instance = new();

    public override CallSlaResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Begin(ref reader, nameof(CallSlaResult));
        JsonConverter<Duration> time = JsonFields.DurationConverter;
        CallSlaStatus? status = null, responseStatus = null;
        bool? resolved = null;
        string? reason = null;
        OnHoldSource? holdSource = null;
        Duration? onHold = null, used = null, elapsed = null, target = null, responseUsed = null;
        Instant? breach = null;
        bool hasReason = false, hasResponse = false, hasResponseUsed = false;
        while (fields.Next(ref reader, out string name))
        {
            switch (name)
            {
                case "status": status = JsonFields.Enum<CallSlaStatus>(ref reader, name); break;
                case "isResolved": resolved = JsonFields.Bool(ref reader, name); break;
                case "notJudgedReason": reason = JsonFields.NullableString(ref reader, name); hasReason = true; break;
                case "holdSource": holdSource = JsonFields.Enum<OnHoldSource>(ref reader, name); break;
                case "onHoldTime": onHold = JsonFields.Value(ref reader, time, options, name); break;
                case "slaTimeUsed": used = JsonFields.Value(ref reader, time, options, name); break;
                case "elapsedTime": elapsed = JsonFields.Value(ref reader, time, options, name); break;
                case "target": target = JsonFields.Value(ref reader, time, options, name); break;
                case "breachInstant": breach = JsonFields.Value(ref reader, NodaTimeConverters.Instant, options, name); break;
                case "responseStatus": responseStatus = JsonFields.NullableEnum<CallSlaStatus>(ref reader, name); hasResponse = true; break;
                case "responseTimeUsed": responseUsed = JsonFields.Nullable(ref reader, time, options); hasResponseUsed = true; break;
                default: throw fields.Unknown(name);
            }
        }

        fields.Require(hasReason, "notJudgedReason");
        fields.Require(hasResponse, "responseStatus");
        fields.Require(hasResponseUsed, "responseTimeUsed");
        return new CallSlaResult(fields.Required(status, "status"), fields.Required(used, "slaTimeUsed"), fields.Required(elapsed, "elapsedTime"),
            fields.Required(target, "target"), fields.Required(breach, "breachInstant"), responseStatus, responseUsed,
            fields.Required(resolved, "isResolved"), reason, fields.Required(holdSource, "holdSource"), fields.Required(onHold, "onHoldTime"));
    }

    public override void Write(Utf8JsonWriter writer, CallSlaResult value, JsonSerializerOptions options)
    {
        JsonConverter<Duration> time = JsonFields.DurationConverter;
        writer.WriteStartObject();
        JsonFields.WriteEnum(writer, "status", value.Status);
        writer.WriteBoolean("isResolved", value.IsResolved);
        writer.WriteString("notJudgedReason", value.NotJudgedReason);
        JsonFields.WriteEnum(writer, "holdSource", value.HoldSource);
        JsonFields.Write(writer, "onHoldTime", value.OnHoldTime, time, options);
        JsonFields.Write(writer, "slaTimeUsed", value.SlaTimeUsed, time, options);
        JsonFields.Write(writer, "elapsedTime", value.ElapsedTime, time, options);
        JsonFields.Write(writer, "target", value.Target, time, options);
        JsonFields.Write(writer, "breachInstant", value.BreachInstant, NodaTimeConverters.Instant, options);
        JsonFields.WriteNullableEnum(writer, "responseStatus", value.ResponseStatus);
        JsonFields.WriteNullable(writer, "responseTimeUsed", value.ResponseTimeUsed, time, options);
        writer.WriteEndObject();
    }
}
