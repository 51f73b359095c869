using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Kpis;
using KpiCore.ServiceDesk;
using KpiCore.Time;

namespace KpiCore.Serialization;

/// <summary>
/// <see cref="OrganisationSlaFigures"/> as <c>{"organisation","period","basis","priorities":[...],
/// "problemRecordsLogged","changeRecordsLogged","overallWithinSla"}</c>; the totals and the overall figure are worked
/// out again from the priorities on reading (<see cref="OrganisationSlaFigures.FromPriorities"/>) and must agree.
/// </summary>
internal sealed class OrganisationSlaFiguresJsonConverter : JsonConverter<OrganisationSlaFigures>
{
    internal static readonly OrganisationSlaFiguresJsonConverter Instance = new();

    public override OrganisationSlaFigures Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Begin(ref reader, nameof(OrganisationSlaFigures));
        string? organisation = null;
        ReportingPeriod? period = null;
        SlaBasis? basis = null;
        List<PrioritySlaFigures>? priorities = null;
        long? problems = null;
        long? changes = null;
        KpiValue? overall = null;
        while (fields.Next(ref reader, out string name))
        {
            switch (name)
            {
                case "organisation": organisation = JsonFields.String(ref reader, name); break;
                case "period": period = JsonFields.Value(ref reader, ReportingPeriodJsonConverter.Instance, options, name); break;
                case "basis": basis = JsonFields.Enum<SlaBasis>(ref reader, name); break;
                case "priorities": priorities = JsonFields.Array(ref reader, PrioritySlaFiguresJsonConverter.Instance, options, name); break;
                case "problemRecordsLogged": problems = JsonFields.Long(ref reader, name); break;
                case "changeRecordsLogged": changes = JsonFields.Long(ref reader, name); break;
                case "overallWithinSla": overall = JsonFields.Value(ref reader, KpiValueJsonConverter.Instance, options, name); break;
                default: throw fields.Unknown(name);
            }
        }

        string who = fields.Required(organisation, "organisation");
        ReportingPeriod when = fields.Required(period, "period");
        SlaBasis how = fields.Required(basis, "basis");
        List<PrioritySlaFigures> each = fields.Required(priorities, "priorities");
        long problemCount = fields.Required(problems, "problemRecordsLogged");
        long changeCount = fields.Required(changes, "changeRecordsLogged");
        OrganisationSlaFigures figures = fields.Build(() => OrganisationSlaFigures.FromPriorities(who, when, each, problemCount, changeCount, how));
        return overall is { } shown && shown != figures.OverallWithinSla
            ? throw new JsonException($"The priorities of {who} give {figures.OverallWithinSla} overall, not the {shown} written.")
            : figures;
    }

    public override void Write(Utf8JsonWriter writer, OrganisationSlaFigures value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("organisation", value.Organisation);
        JsonFields.Write(writer, "period", value.Period, ReportingPeriodJsonConverter.Instance, options);
        JsonFields.WriteEnum(writer, "basis", value.Basis);
        JsonFields.WriteArray(writer, "priorities", value.Priorities, PrioritySlaFiguresJsonConverter.Instance, options);
        writer.WriteNumber("problemRecordsLogged", value.ProblemRecordsLogged);
        writer.WriteNumber("changeRecordsLogged", value.ChangeRecordsLogged);
        JsonFields.Write(writer, "overallWithinSla", value.OverallWithinSla, KpiValueJsonConverter.Instance, options);
        writer.WriteEndObject();
    }
}
