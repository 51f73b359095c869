using System.Text.Json;

namespace KpiCore.Serialization;

/// <summary>Reading and writing values that may be null: numbers, enums and lists of strings.</summary>
internal sealed partial class JsonFields
{
    internal static double? NullableDouble(ref Utf8JsonReader reader, string name) =>
        reader.TokenType == JsonTokenType.Null ? null : Double(ref reader, name);

    /// <summary>Writes a number property, null when absent.</summary>
    internal static void WriteNullableNumber(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } present)
        {
            writer.WriteNumber(name, present);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Reads an enum by name, or null for a JSON null.</summary>
    internal static TEnum? NullableEnum<TEnum>(ref Utf8JsonReader reader, string name)
        where TEnum : struct, Enum =>
        reader.TokenType == JsonTokenType.Null ? null : Enum<TEnum>(ref reader, name);

    /// <summary>Writes an enum property by name, null when absent.</summary>
    internal static void WriteNullableEnum<TEnum>(Utf8JsonWriter writer, string name, TEnum? value)
        where TEnum : struct, Enum
    {
        if (value is { } present)
        {
            WriteEnum(writer, name, present);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Reads an array of strings, or null for a JSON null.</summary>
    internal static List<string>? NullableStrings(ref Utf8JsonReader reader, string name) =>
        reader.TokenType == JsonTokenType.Null ? null : Strings(ref reader, name);

    /// <summary>Writes an array of strings, null when absent.</summary>
    internal static void WriteNullableStrings(Utf8JsonWriter writer, string name, IEnumerable<string>? items)
    {
        if (items is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            WriteStrings(writer, name, items);
        }
    }
}
