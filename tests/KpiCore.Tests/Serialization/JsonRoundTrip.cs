using System.Text.Json;
using KpiCore.Serialization;

namespace KpiCore.Tests.Serialization;

/// <summary>The exact round trip every serialisable KpiCore type must make.</summary>
internal static class JsonRoundTrip
{
    /// <summary>
    /// Serialises <paramref name="value"/> with <see cref="KpiCoreJson.Options"/> (the source-generated metadata), reads it
    /// back, and asserts the copy is structurally equal and serialises to the same JSON; also that the type's own converter
    /// gives the same JSON with default (reflection) options.
    /// </summary>
    /// <returns>The JSON.</returns>
    internal static string AssertExact(object value, Type type)
    {
        string json = JsonSerializer.Serialize(value, type, KpiCoreJson.Options);
        object? back = JsonSerializer.Deserialize(json, type, KpiCoreJson.Options);
        JsonDeepEqual.AssertEqual(value, back);
        Assert.Equal(json, JsonSerializer.Serialize(back, type, KpiCoreJson.Options));
        Assert.Equal(json, JsonSerializer.Serialize(value, type));
        return json;
    }

    /// <inheritdoc cref="AssertExact(object, Type)"/>
    internal static string AssertExact<T>(T value)
        where T : notnull => AssertExact(value, typeof(T));
}
