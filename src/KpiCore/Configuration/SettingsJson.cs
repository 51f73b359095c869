using System.Text.Json;
using System.Text.Json.Serialization;

namespace KpiCore.Configuration;

/// <summary>Reads <see cref="KpiCoreSettings"/> from JSON through a source-generated context (trim- and AOT-safe).</summary>
internal static class SettingsJson
{
    /// <summary>Reads the settings; a JSON or type error becomes a <see cref="KpiCoreConfigurationException"/> naming the setting's path.</summary>
    internal static KpiCoreSettings Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, SettingsJsonContext.Default.KpiCoreSettings)
                ?? throw new KpiCoreConfigurationException(string.Empty, "The configuration is the JSON null; it must be an object.");
        }
        catch (JsonException ex)
        {
            string path = ex.Path is { Length: > 0 } p ? p.TrimStart('$').TrimStart('.') : string.Empty;
            string reason = ex.Message;
            int cut = reason.IndexOf(" Path: ", StringComparison.Ordinal);
            reason = cut > 0 ? reason[..cut] : reason;
            throw new KpiCoreConfigurationException(path, reason, ex);
        }
    }
}

/// <summary>The source-generated serialisation of the settings classes.</summary>
[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(KpiCoreSettings))]
internal sealed partial class SettingsJsonContext : JsonSerializerContext
{
}
