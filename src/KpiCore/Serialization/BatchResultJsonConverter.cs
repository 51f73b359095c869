using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Kpis;

namespace KpiCore.Serialization;

/// <summary>
/// A batch result that is one product and its accounting, as <c>{"product":{...},"inputCount":12,"rejected":[...]}</c>
/// with the product's own property name (<c>"register"</c>, <c>"plan"</c>); shared by those results' converters.
/// </summary>
/// <typeparam name="TResult">The result.</typeparam>
/// <typeparam name="TProduct">What it holds besides the accounting.</typeparam>
internal abstract class BatchResultJsonConverter<TResult, TProduct> : JsonConverter<TResult>
    where TResult : IBatchResult
    where TProduct : class
{
    private readonly string _productName;
    private readonly JsonConverter<TProduct> _productConverter;

    protected BatchResultJsonConverter(string productName, JsonConverter<TProduct> productConverter)
    {
        _productName = productName;
        _productConverter = productConverter;
    }

    public override TResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields fields = JsonFields.Begin(ref reader, typeof(TResult).Name);
        TProduct? product = null;
        long? input = null;
        List<RejectedRecord>? rejected = null;
        while (fields.Next(ref reader, out string name))
        {
            if (name == _productName)
            {
                product = JsonFields.Value(ref reader, _productConverter, options, name);
                continue;
            }

            switch (name)
            {
                case "inputCount": input = JsonFields.Long(ref reader, name); break;
                case "rejected": rejected = JsonFields.Array(ref reader, RejectedRecordJsonConverter.Instance, options, name); break;
                default: throw fields.Unknown(name);
            }
        }

        TProduct kept = fields.Required(product, _productName);
        long read = fields.Required(input, "inputCount");
        List<RejectedRecord> refused = fields.Required(rejected, "rejected");
        return refused.Count <= read
            ? Create(kept, read, refused.AsReadOnly())
            : throw new JsonException($"The {typeof(TResult).Name} rejects more records than it was given.");
    }

    public override void Write(Utf8JsonWriter writer, TResult value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        JsonFields.Write(writer, _productName, ProductOf(value), _productConverter, options);
        writer.WriteNumber("inputCount", value.InputCount);
        JsonFields.WriteArray(writer, "rejected", value.Rejected, RejectedRecordJsonConverter.Instance, options);
        writer.WriteEndObject();
    }

    /// <summary>Gets what the result holds besides the accounting.</summary>
    protected abstract TProduct ProductOf(TResult value);

    /// <summary>Makes the result, or throws a <see cref="JsonException"/> when the accounting does not add up for it.</summary>
    protected abstract TResult Create(TProduct product, long inputCount, IReadOnlyList<RejectedRecord> rejected);
}
