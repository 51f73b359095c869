using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Kpis;

namespace KpiCore.Serialization;

/// <summary>
/// <see cref="KpiTarget"/> as <c>{"direction":"AtLeast","threshold":99.9,"unit":"Percent"}</c>; a threshold and unit
/// only for at-least and at-most targets, and <c>"amberTolerance"</c> only when there is one.
/// </summary>
internal sealed class KpiTargetJsonConverter : JsonConverter<KpiTarget>
{
    internal static readonly KpiTargetJsonConverter Instance = new();

    public override KpiTarget Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Begin(ref reader, nameof(KpiTarget));
        TargetDirection? direction = null;
        double? threshold = null;
        KpiUnit? unit = null;
        Tolerance? tolerance = null;
        while (fields.Next(ref reader, out string name))
        {
            switch (name)
            {
                case "direction":
                    direction = JsonFields.Enum<TargetDirection>(ref reader, name);
                    break;
                case "threshold":
                    threshold = JsonFields.Double(ref reader, name);
                    break;
                case "unit":
                    unit = JsonFields.Enum<KpiUnit>(ref reader, name);
                    break;
                case "amberTolerance":
                    tolerance = JsonFields.Value(ref reader, ToleranceJsonConverter.Instance, options, name);
                    break;
                default:
                    throw fields.Unknown(name);
            }
        }

        TargetDirection way = fields.Required(direction, "direction");
        if (way is TargetDirection.AtLeast or TargetDirection.AtMost)
        {
            double limit = fields.Required(threshold, "threshold");
            KpiUnit limitUnit = fields.Required(unit, "unit");
            Tolerance band = tolerance ?? Tolerance.None;
            return fields.Build(() => way == TargetDirection.AtLeast ? KpiTarget.AtLeast(limit, limitUnit, band) : KpiTarget.AtMost(limit, limitUnit, band));
        }

        if (threshold is not null || unit is not null)
        {
            throw new JsonException($"A {way} target has no threshold or unit.");
        }

        return way switch
        {
            TargetDirection.DecreaseOnPrevious => KpiTarget.DecreaseOnPrevious(tolerance ?? Tolerance.None),
            TargetDirection.IncreaseOnPrevious => KpiTarget.IncreaseOnPrevious(tolerance ?? Tolerance.None),
            _ => tolerance is null ? KpiTarget.None : throw new JsonException("A None target has no amber tolerance."),
        };
    }

    public override void Write(Utf8JsonWriter writer, KpiTarget value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        JsonFields.WriteEnum(writer, "direction", value.Direction);
        if (value.Direction is TargetDirection.AtLeast or TargetDirection.AtMost)
        {
            writer.WriteNumber("threshold", value.Threshold);
            JsonFields.WriteEnum(writer, "unit", value.Unit);
        }

        if (value.AmberTolerance != Tolerance.None)
        {
            JsonFields.Write(writer, "amberTolerance", value.AmberTolerance, ToleranceJsonConverter.Instance, options);
        }

        writer.WriteEndObject();
    }
}
