using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KpiCore.Serialization;

/// <summary>
/// Reading and writing helpers shared by the converters: strict objects (an unknown, repeated or missing property is an
/// error, never skipped), enums by name, arrays through a given converter, and domain checks turned into JSON errors.
/// </summary>
internal sealed partial class JsonFields
{
    /// <summary>NodaTime's duration converter (hours, minutes, seconds and up to nine decimals: <c>"745:00:00"</c>).</summary>
    internal static readonly JsonConverter<NodaTime.Duration> DurationConverter = NodaTimeConverters.Duration;

    private readonly string _type;
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    private JsonFields(string type) => _type = type;

    /// <summary>Starts reading an object of the named type; the reader must be on its start.</summary>
    internal static JsonFields Begin(ref Utf8JsonReader reader, string type)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException(string.Create(CultureInfo.InvariantCulture, $"A {type} must be a JSON object, not {reader.TokenType}."));
        }

        return new JsonFields(type);
    }

    /// <summary>Moves to the next property's value; false at the end of the object.</summary>
    internal bool Next(ref Utf8JsonReader reader, out string name)
    {
        Advance(ref reader);
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            name = string.Empty;
            return false;
        }

        name = reader.GetString()!;
        if (!_seen.Add(name))
        {
            throw new JsonException($"The {_type} has the property '{name}' twice.");
        }

        Advance(ref reader);
        return true;
    }

    /// <summary>The error for a property this type does not have.</summary>
    internal JsonException Unknown(string name) => new($"A {_type} has no property '{name}'.");

    /// <summary>Returns a value that had to be present.</summary>
    internal T Required<T>(T? value, string name)
        where T : class =>
        value ?? throw new JsonException($"The {_type} lacks the property '{name}'.");

    /// <summary>Returns a value that had to be present.</summary>
    internal T Required<T>(T? value, string name)
        where T : struct =>
        value ?? throw new JsonException($"The {_type} lacks the property '{name}'.");

    /// <summary>Checks that a property which may be null was present.</summary>
    internal void Require(bool present, string name)
    {
        if (!present)
        {
            throw new JsonException($"The {_type} lacks the property '{name}'.");
        }
    }

    /// <summary>Runs a domain constructor, turning its argument checks into JSON errors that name the type.</summary>
    internal T Build<T>(Func<T> create) => Build(_type, create);

    /// <summary>Runs a domain constructor of the named type, turning its argument checks into JSON errors.</summary>
    internal static T Build<T>(string type, Func<T> create)
    {
        try
        {
            return create();
        }
        catch (ArgumentException ex)
        {
            throw new JsonException($"The {type} is not valid: {ex.Message}", ex);
        }
    }

    internal static string String(ref Utf8JsonReader reader, string name) =>
        reader.TokenType == JsonTokenType.String
            ? reader.GetString()!
            : throw new JsonException($"The property '{name}' must be a string, not {reader.TokenType}.");

    internal static string? NullableString(ref Utf8JsonReader reader, string name) =>
        reader.TokenType == JsonTokenType.Null ? null : String(ref reader, name);

    internal static double Double(ref Utf8JsonReader reader, string name) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out double value) && double.IsFinite(value)
            ? value
            : throw new JsonException($"The property '{name}' must be a finite number.");

    internal static long Long(ref Utf8JsonReader reader, string name) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out long value)
            ? value
            : throw new JsonException($"The property '{name}' must be a whole number.");

    internal static int Int(ref Utf8JsonReader reader, string name) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out int value)
            ? value
            : throw new JsonException($"The property '{name}' must be a whole number.");

    internal static bool Bool(ref Utf8JsonReader reader, string name) =>
        reader.TokenType is JsonTokenType.True or JsonTokenType.False
            ? reader.GetBoolean()
            : throw new JsonException($"The property '{name}' must be true or false.");

    internal static bool? NullableBool(ref Utf8JsonReader reader, string name) =>
        reader.TokenType == JsonTokenType.Null ? null : Bool(ref reader, name);

    /// <summary>Reads an enum written by its name (exactly as declared); numbers and unknown names are errors.</summary>
    internal static TEnum Enum<TEnum>(ref Utf8JsonReader reader, string name)
        where TEnum : struct, Enum
    {
        string text = String(ref reader, name);
        return char.IsLetter(text[0]) && System.Enum.TryParse(text, ignoreCase: false, out TEnum value) && System.Enum.IsDefined(value)
            ? value
            : throw new JsonException($"The property '{name}' has '{text}', which is not one of: {string.Join(", ", System.Enum.GetNames<TEnum>())}.");
    }

    internal static void WriteEnum<TEnum>(Utf8JsonWriter writer, string name, TEnum value)
        where TEnum : struct, Enum =>
        writer.WriteString(name, value.ToString());

    /// <summary>Reads a value through a converter, or null for a JSON null.</summary>
    internal static T? Nullable<T>(ref Utf8JsonReader reader, JsonConverter<T> converter, JsonSerializerOptions options)
        where T : struct =>
        reader.TokenType == JsonTokenType.Null ? null : converter.Read(ref reader, typeof(T), options);

    /// <summary>Reads a reference value through a converter, or null for a JSON null.</summary>
    internal static T? NullableRef<T>(ref Utf8JsonReader reader, JsonConverter<T> converter, JsonSerializerOptions options)
        where T : class =>
        reader.TokenType == JsonTokenType.Null ? null : converter.Read(ref reader, typeof(T), options);

    /// <summary>Reads a non-null value through a converter.</summary>
    internal static T Value<T>(ref Utf8JsonReader reader, JsonConverter<T> converter, JsonSerializerOptions options, string name)
        where T : notnull =>
        reader.TokenType == JsonTokenType.Null
            ? throw new JsonException($"The property '{name}' must not be null.")
            : converter.Read(ref reader, typeof(T), options)!;

    /// <summary>Reads an array whose items go through a converter; a null item is an error.</summary>
    internal static List<T> Array<T>(ref Utf8JsonReader reader, JsonConverter<T> converter, JsonSerializerOptions options, string name)
        where T : notnull
    {
        var items = new List<T>();
        StartArray(ref reader, name);
        while (NextItem(ref reader))
        {
            items.Add(Value(ref reader, converter, options, name));
        }

        return items;
    }

    /// <summary>Reads an array of reference values or nulls.</summary>
    internal static List<T?> ArrayOfNullable<T>(ref Utf8JsonReader reader, JsonConverter<T> converter, JsonSerializerOptions options, string name)
        where T : class
    {
        var items = new List<T?>();
        StartArray(ref reader, name);
        while (NextItem(ref reader))
        {
            items.Add(NullableRef(ref reader, converter, options));
        }

        return items;
    }

    /// <summary>Reads an array of strings; a null item is an error.</summary>
    internal static List<string> Strings(ref Utf8JsonReader reader, string name)
    {
        var items = new List<string>();
        StartArray(ref reader, name);
        while (NextItem(ref reader))
        {
            items.Add(String(ref reader, name));
        }

        return items;
    }

    /// <summary>Reads an array of whole numbers.</summary>
    internal static List<long> Longs(ref Utf8JsonReader reader, string name)
    {
        var items = new List<long>();
        StartArray(ref reader, name);
        while (NextItem(ref reader))
        {
            items.Add(Long(ref reader, name));
        }

        return items;
    }

    /// <summary>Writes an array of strings.</summary>
    internal static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> items)
    {
        writer.WriteStartArray(name);
        foreach (string item in items)
        {
            writer.WriteStringValue(item);
        }

        writer.WriteEndArray();
    }

    private static void StartArray(ref Utf8JsonReader reader, string name)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"The property '{name}' must be an array.");
        }
    }

    private static bool NextItem(ref Utf8JsonReader reader)
    {
        Advance(ref reader);
        return reader.TokenType != JsonTokenType.EndArray;
    }

    /// <summary>Writes an array whose items go through a converter.</summary>
    internal static void WriteArray<T>(Utf8JsonWriter writer, string name, IEnumerable<T> items, JsonConverter<T> converter, JsonSerializerOptions options)
        where T : notnull
    {
        writer.WriteStartArray(name);
        foreach (T item in items)
        {
            converter.Write(writer, item, options);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes an array of reference values, nulls as null.</summary>
    internal static void WriteArrayOfNullable<T>(Utf8JsonWriter writer, string name, IEnumerable<T?> items, JsonConverter<T> converter, JsonSerializerOptions options)
        where T : class
    {
        writer.WriteStartArray(name);
        foreach (T? item in items)
        {
            if (item is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                converter.Write(writer, item, options);
            }
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes a property through a converter.</summary>
    internal static void Write<T>(Utf8JsonWriter writer, string name, T value, JsonConverter<T> converter, JsonSerializerOptions options)
        where T : notnull
    {
        writer.WritePropertyName(name);
        converter.Write(writer, value, options);
    }

    /// <summary>Writes a reference property through a converter, null when absent.</summary>
    internal static void WriteNullableRef<T>(Utf8JsonWriter writer, string name, T? value, JsonConverter<T> converter, JsonSerializerOptions options)
        where T : class
    {
        writer.WritePropertyName(name);
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            converter.Write(writer, value, options);
        }
    }

    /// <summary>Writes a nullable value property through a converter, null when absent.</summary>
    internal static void WriteNullable<T>(Utf8JsonWriter writer, string name, T? value, JsonConverter<T> converter, JsonSerializerOptions options)
        where T : struct
    {
        writer.WritePropertyName(name);
        if (value is { } present)
        {
            converter.Write(writer, present, options);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static void Advance(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new JsonException("The JSON ends inside a value.");
        }
    }
}
