using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Satisfaction;

namespace KpiCore.Serialization;

/// <summary>
/// <see cref="NpsConfidenceInterval"/> as <c>{"method":"AdjustedWald","level":0.95,"estimate":30,"centre":28.6,
/// "standardError":12.1,"z":1.96,"lower":4.9,"upper":52.3}</c>; the bounds are for readers: they are worked out again
/// from the centre, standard error and z on reading and must agree.
/// </summary>
internal sealed class NpsConfidenceIntervalJsonConverter : JsonConverter<NpsConfidenceInterval>
{
    internal static readonly NpsConfidenceIntervalJsonConverter Instance = new();

    public override NpsConfidenceInterval Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Begin(ref reader, nameof(NpsConfidenceInterval));
        NpsIntervalMethod? method = null;
        double? level = null, estimate = null, centre = null, se = null, z = null, lower = null, upper = null;
        while (fields.Next(ref reader, out string name))
        {
            switch (name)
            {
                case "method": method = JsonFields.Enum<NpsIntervalMethod>(ref reader, name); break;
                case "level": level = JsonFields.Double(ref reader, name); break;
                case "estimate": estimate = JsonFields.Double(ref reader, name); break;
                case "centre": centre = JsonFields.Double(ref reader, name); break;
                case "standardError": se = JsonFields.Double(ref reader, name); break;
                case "z": z = JsonFields.Double(ref reader, name); break;
                case "lower": lower = JsonFields.Double(ref reader, name); break;
                case "upper": upper = JsonFields.Double(ref reader, name); break;
                default: throw fields.Unknown(name);
            }
        }

        var interval = new NpsConfidenceInterval(fields.Required(method, "method"), fields.Required(level, "level"), fields.Required(estimate, "estimate"),
            fields.Required(centre, "centre"), fields.Required(se, "standardError"), fields.Required(z, "z"));
        if ((lower is { } low && low != interval.Lower) || (upper is { } high && high != interval.Upper))
        {
            throw new JsonException("The NpsConfidenceInterval's bounds are not those its centre, standard error and z give.");
        }

        return interval;
    }

    public override void Write(Utf8JsonWriter writer, NpsConfidenceInterval value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        JsonFields.WriteEnum(writer, "method", value.Method);
        writer.WriteNumber("level", value.Level);
        writer.WriteNumber("estimate", value.Estimate);
        writer.WriteNumber("centre", value.Centre);
        writer.WriteNumber("standardError", value.StandardError);
        writer.WriteNumber("z", value.Z);
        writer.WriteNumber("lower", value.Lower);
        writer.WriteNumber("upper", value.Upper);
        writer.WriteEndObject();
    }
}
