using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.ServiceDesk;

namespace KpiCore.Serialization;

/// <summary>
/// <see cref="ServiceDeskTally"/> as its counts: <c>{"problemRecords":1,"changeRecords":0,"priorities":{"P1":{…},"P2":{…}}}</c>,
/// one <see cref="PrioritySlaTally"/> per priority code in ordinal order (the totals are sums of them and are not written).
/// </summary>
internal sealed class ServiceDeskTallyJsonConverter : JsonConverter<ServiceDeskTally>
{
    internal static readonly ServiceDeskTallyJsonConverter Instance = new();

    public override ServiceDeskTally Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Begin(ref reader, nameof(ServiceDeskTally));
        long? problems = null, changes = null;
        List<KeyValuePair<string, PrioritySlaTally>>? priorities = null;
        while (fields.Next(ref reader, out string name))
        {
            switch (name)
            {
                case "problemRecords": problems = JsonFields.Long(ref reader, name); break;
                case "changeRecords": changes = JsonFields.Long(ref reader, name); break;
                case "priorities": priorities = ReadPriorities(ref reader, options); break;
                default: throw fields.Unknown(name);
            }
        }

        long problemRecords = fields.Required(problems, "problemRecords");
        long changeRecords = fields.Required(changes, "changeRecords");
        List<KeyValuePair<string, PrioritySlaTally>> byCode = fields.Required(priorities, "priorities");
        return fields.Build(() => ServiceDeskTally.Restore(problemRecords, changeRecords, byCode));
    }

    public override void Write(Utf8JsonWriter writer, ServiceDeskTally value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("problemRecords", value.ProblemRecords);
        writer.WriteNumber("changeRecords", value.ChangeRecords);
        writer.WriteStartObject("priorities");
        foreach (string code in value.PriorityCodes)
        {
            JsonFields.Write(writer, code, value.ForCode(code)!, PrioritySlaTallyJsonConverter.Instance, options);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>Reads the priorities object: a tally per code, each code once.</summary>
    private static List<KeyValuePair<string, PrioritySlaTally>> ReadPriorities(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        JsonFields codes = JsonFields.Begin(ref reader, "ServiceDeskTally's priorities");
        var priorities = new List<KeyValuePair<string, PrioritySlaTally>>();
        while (codes.Next(ref reader, out string code))
        {
            priorities.Add(new(code, JsonFields.Value(ref reader, PrioritySlaTallyJsonConverter.Instance, options, code)));
        }

        return priorities;
    }
}
