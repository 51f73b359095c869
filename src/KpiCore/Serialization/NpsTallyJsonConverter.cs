using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Satisfaction;

namespace KpiCore.Serialization;

/// <summary><see cref="NpsTally"/> as its counts, <c>{"promoters":6,"passives":1,"detractors":3}</c>.</summary>
internal sealed class NpsTallyJsonConverter : JsonConverter<NpsTally>
{
    internal static readonly NpsTallyJsonConverter Instance = new();

    public override NpsTally Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Begin(ref reader, nameof(NpsTally));
        long? promoters = null, passives = null, detractors = null;
        while (fields.Next(ref reader, out string name))
        {
            switch (name)
            {
                case "promoters": promoters = JsonFields.Long(ref reader, name); break;
                case "passives": passives = JsonFields.Long(ref reader, name); break;
                case "detractors": detractors = JsonFields.Long(ref reader, name); break;
                default: throw fields.Unknown(name);
            }
        }

        long p = fields.Required(promoters, "promoters");
        long n = fields.Required(passives, "passives");
        long d = fields.Required(detractors, "detractors");
        return fields.Build(() =>
        {
            var tally = new NpsTally();
            tally.Add(NpsSummary.FromCounts(p, n, d));
            return tally;
        });
    }

    public override void Write(Utf8JsonWriter writer, NpsTally value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("promoters", value.Promoters);
        writer.WriteNumber("passives", value.Passives);
        writer.WriteNumber("detractors", value.Detractors);
        writer.WriteEndObject();
    }
}
