using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Kpis;
using KpiCore.ServiceDesk;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Serialization;

/// <summary>
/// <see cref="PrioritySlaTally"/> as its counts, <c>{"logged":12,"resolved":10,"notJudged":1,"met":8,"openAtPeriodEnd":2}</c>;
/// on reading they are checked as <see cref="PrioritySlaFigures.FromCounts"/> checks them.
/// </summary>
internal sealed class PrioritySlaTallyJsonConverter : JsonConverter<PrioritySlaTally>
{
    internal static readonly PrioritySlaTallyJsonConverter Instance = new();

    // A tally is only counts; the figures it is built from (its public path in) need a period, priority and target, which it drops.
    private static readonly ReportingPeriod AnyPeriod = ReportingPeriod.Month(new YearMonth(2000, 1), DateTimeZone.Utc);

    public override PrioritySlaTally Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Begin(ref reader, nameof(PrioritySlaTally));
        long? logged = null, resolved = null, notJudged = null, met = null, open = null;
        while (fields.Next(ref reader, out string name))
        {
            switch (name)
            {
                case "logged": logged = JsonFields.Long(ref reader, name); break;
                case "resolved": resolved = JsonFields.Long(ref reader, name); break;
                case "notJudged": notJudged = JsonFields.Long(ref reader, name); break;
                case "met": met = JsonFields.Long(ref reader, name); break;
                case "openAtPeriodEnd": open = JsonFields.Long(ref reader, name); break;
                default: throw fields.Unknown(name);
            }
        }

        long volume = fields.Required(logged, "logged");
        long done = fields.Required(resolved, "resolved");
        long unjudged = fields.Required(notJudged, "notJudged");
        long inTime = fields.Required(met, "met");
        long stillOpen = fields.Required(open, "openAtPeriodEnd");
        return fields.Build(() => PrioritySlaTally.FromFigures(
            PrioritySlaFigures.FromCounts("tally", AnyPeriod, Priority.P1, KpiTarget.None, volume, done, inTime, unjudged, stillOpen)));
    }

    public override void Write(Utf8JsonWriter writer, PrioritySlaTally value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("logged", value.Logged);
        writer.WriteNumber("resolved", value.Resolved);
        writer.WriteNumber("notJudged", value.NotJudged);
        writer.WriteNumber("met", value.Met);
        writer.WriteNumber("openAtPeriodEnd", value.OpenAtPeriodEnd);
        writer.WriteEndObject();
    }
}
