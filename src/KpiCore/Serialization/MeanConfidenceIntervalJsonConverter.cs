using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Satisfaction;

namespace KpiCore.Serialization;

/// <summary>
/// <see cref="MeanConfidenceInterval"/> as <c>{"level":0.95,"centre":5.2,"standardError":0.3,"t":2.01,"degreesOfFreedom":40,
/// "lower":4.6,"upper":5.8}</c>. The bounds are the centre less and plus t standard errors, cut to the survey's scale,
/// which the interval does not keep; the bounds written are read back as they are.
/// </summary>
internal sealed class MeanConfidenceIntervalJsonConverter : JsonConverter<MeanConfidenceInterval>
{
    internal static readonly MeanConfidenceIntervalJsonConverter Instance = new();

    public override MeanConfidenceInterval Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Begin(ref reader, nameof(MeanConfidenceInterval));
        double? level = null, centre = null, se = null, t = null, lower = null, upper = null;
        long? df = null;
        while (fields.Next(ref reader, out string name))
        {
            switch (name)
            {
                case "level": level = JsonFields.Double(ref reader, name); break;
                case "centre": centre = JsonFields.Double(ref reader, name); break;
                case "standardError": se = JsonFields.Double(ref reader, name); break;
                case "t": t = JsonFields.Double(ref reader, name); break;
                case "degreesOfFreedom": df = JsonFields.Long(ref reader, name); break;
                case "lower": lower = JsonFields.Double(ref reader, name); break;
                case "upper": upper = JsonFields.Double(ref reader, name); break;
                default: throw fields.Unknown(name);
            }
        }

        double confidence = fields.Required(level, "level"), mean = fields.Required(centre, "centre"), error = fields.Required(se, "standardError");
        double factor = fields.Required(t, "t"), low = fields.Required(lower, "lower"), high = fields.Required(upper, "upper");
        long freedom = fields.Required(df, "degreesOfFreedom");

        // The interval cuts its bounds to a scale: one from the whole numbers around the bounds cuts nothing the bounds
        // were not already cut to, so it gives the same bounds exactly.
        MeanConfidenceInterval interval = fields.Build(() =>
        {
            int min = (int)Math.Floor(low);
            return new MeanConfidenceInterval(confidence, mean, error, factor, freedom, new SatisfactionScale(min, Math.Max(min + 1, (int)Math.Ceiling(high))));
        });
        return interval.Lower == low && interval.Upper == high
            ? interval
            : throw new JsonException("The MeanConfidenceInterval's bounds are not its centre less and plus t standard errors, cut to a scale.");
    }

    public override void Write(Utf8JsonWriter writer, MeanConfidenceInterval value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("level", value.Level);
        writer.WriteNumber("centre", value.Centre);
        writer.WriteNumber("standardError", value.StandardError);
        writer.WriteNumber("t", value.T);
        writer.WriteNumber("degreesOfFreedom", value.DegreesOfFreedom);
        writer.WriteNumber("lower", value.Lower);
        writer.WriteNumber("upper", value.Upper);
        writer.WriteEndObject();
    }
}
