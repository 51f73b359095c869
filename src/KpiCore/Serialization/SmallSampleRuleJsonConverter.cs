using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.ServiceDesk;

namespace KpiCore.Serialization;

/// <summary><see cref="SmallSampleRule"/> as <c>{"fewerThanCalls":20,"maximumMisses":1}</c>; <see cref="SmallSampleRule.None"/> as zeros.</summary>
internal sealed class SmallSampleRuleJsonConverter : JsonConverter<SmallSampleRule>
{
    internal static readonly SmallSampleRuleJsonConverter Instance = new();

    public override SmallSampleRule Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Begin(ref reader, nameof(SmallSampleRule));
        int? fewerThan = null;
        int? misses = null;
        while (fields.Next(ref reader, out string name))
        {
            switch (name)
            {
                case "fewerThanCalls":
                    fewerThan = JsonFields.Int(ref reader, name);
                    break;
                case "maximumMisses":
                    misses = JsonFields.Int(ref reader, name);
                    break;
                default:
                    throw fields.Unknown(name);
            }
        }

        int calls = fields.Required(fewerThan, "fewerThanCalls");
        int allowed = fields.Required(misses, "maximumMisses");
        return calls == 0 && allowed == 0 ? SmallSampleRule.None : fields.Build(() => new SmallSampleRule(calls, allowed));
    }

    public override void Write(Utf8JsonWriter writer, SmallSampleRule value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("fewerThanCalls", value.FewerThanCalls);
        writer.WriteNumber("maximumMisses", value.MaximumMisses);
        writer.WriteEndObject();
    }
}
