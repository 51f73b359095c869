using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Serialization;

/// <summary>
/// <see cref="IntervalSet"/> as its intervals in order, <c>[{"start":"2017-09-01T00:00:00Z","end":"2017-09-02T00:00:00Z"}]</c>
/// (start included, end excluded); on reading they are merged as <see cref="IntervalSet.FromIntervals(IEnumerable{Interval})"/> does.
/// </summary>
internal sealed class IntervalSetJsonConverter : JsonConverter<IntervalSet>
{
    internal static readonly IntervalSetJsonConverter Instance = new();

    public override IntervalSet Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        List<Interval> intervals = JsonFields.Array(ref reader, IntervalConverter.Instance, options, nameof(IntervalSet));
        return JsonFields.Build(nameof(IntervalSet), () => IntervalSet.FromIntervals(intervals));
    }

    public override void Write(Utf8JsonWriter writer, IntervalSet value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (Interval interval in value)
        {
            IntervalConverter.Instance.Write(writer, interval, options);
        }

        writer.WriteEndArray();
    }

    /// <summary>A bounded interval as <c>{"start":...,"end":...}</c>.</summary>
    private sealed class IntervalConverter : JsonConverter<Interval>
    {
        internal static readonly IntervalConverter Instance = new();

        public override Interval Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            JsonFields fields = JsonFields.Begin(ref reader, nameof(Interval));
            Instant? start = null;
            Instant? end = null;
            while (fields.Next(ref reader, out string name))
            {
                switch (name)
                {
                    case "start": start = JsonFields.Value(ref reader, NodaTimeConverters.Instant, options, name); break;
                    case "end": end = JsonFields.Value(ref reader, NodaTimeConverters.Instant, options, name); break;
                    default: throw fields.Unknown(name);
                }
            }

            Instant from = fields.Required(start, "start");
            Instant to = fields.Required(end, "end");
            return fields.Build(() => new Interval(from, to));
        }

        public override void Write(Utf8JsonWriter writer, Interval value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            JsonFields.Write(writer, "start", value.Start, NodaTimeConverters.Instant, options);
            JsonFields.Write(writer, "end", value.End, NodaTimeConverters.Instant, options);
            writer.WriteEndObject();
        }
    }
}
