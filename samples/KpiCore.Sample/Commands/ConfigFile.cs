using System.Text.Json;
using KpiCore.Configuration;
using KpiCore.Sample.Pack;

namespace KpiCore.Sample.Commands;

/// <summary>
/// Reads <c>--config FILE</c>: the library's <see cref="KpiCoreSettings"/> (<c>calendars</c>, <c>sla</c>,
/// <c>services</c>) and the host's own <c>layout</c> section (the pack definition, read as a layout file is), all
/// checked before anything is read.
/// </summary>
/// <remarks>
/// A top-level name other than these four is an error naming it, so a misspelt section (<c>"layuot"</c>) is never
/// skipped without a word; the <c>layout</c> object's errors carry its path in the file, such as
/// <c>kpicore.json: layout.sections[2].rows[0].target: ...</c>.
/// </remarks>
internal static class ConfigFile
{
    /// <summary>The name of the host's section with the pack definition.</summary>
    internal const string LayoutSection = "layout";

    /// <summary>The top-level sections of a configuration file: the library's, then the host's.</summary>
    private static readonly string[] Sections = ["calendars", "sla", "services", LayoutSection];

    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Loads and checks a configuration file; false after one sentence naming the file and the bad setting's path.</summary>
    /// <param name="path">The file.</param>
    /// <param name="error">Where the sentence goes.</param>
    /// <param name="configuration">The checked configuration.</param>
    /// <param name="layout">The file's pack definition (its <c>layout</c> section), or null when it has none.</param>
    /// <returns>Whether it can be used.</returns>
    /// <remarks>A file a setting names (a GOV.UK bank-holidays file) is found relative to the configuration file's folder.</remarks>
    internal static bool TryLoad(string path, TextWriter error, out KpiCoreConfiguration? configuration, out PackDefinition? layout)
    {
        configuration = null;
        layout = null;
        string name = Path.GetFileName(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"--config: the file '{path}' cannot be read: {ex.Message}");
            return false;
        }

        string folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        try
        {
            KpiCoreConfiguration built = KpiCoreSettings.FromJson(text).Build(file => File.OpenRead(Path.Combine(folder, file)));
            layout = ReadLayout(text, name);
            configuration = built;
            return true;
        }
        catch (KpiCoreConfigurationException ex)
        {
            error.WriteLine(ex.Path.Length == 0 ? $"{name}: {ex.Reason}" : $"{name}: {ex.Path}: {ex.Reason}");
            return false;
        }
        catch (LayoutFileException ex)
        {
            layout = null;
            error.WriteLine(ex.Message);
            return false;
        }
    }

    /// <summary>Checks the file's top-level names and reads its <c>layout</c> section, if any.</summary>
    /// <remarks>Called once <see cref="KpiCoreSettings.FromJson(string)"/> has accepted the text, so it is a JSON object.</remarks>
    private static PackDefinition? ReadLayout(string text, string name)
    {
        using JsonDocument document = JsonDocument.Parse(text, Options);
        PackDefinition? layout = null;
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (JsonProperty property in document.RootElement.EnumerateObject())
        {
            if (!Sections.Contains(property.Name, StringComparer.OrdinalIgnoreCase))
            {
                throw new KpiCoreConfigurationException(property.Name, $"not a section of a configuration file; its sections are {string.Join(", ", Sections)}.");
            }

            if (!seen.Add(property.Name))
            {
                throw new KpiCoreConfigurationException(property.Name, "set twice.");
            }

            if (string.Equals(property.Name, LayoutSection, StringComparison.OrdinalIgnoreCase))
            {
                layout = PackLayoutFile.Read(property.Value, name, LayoutSection);
            }
        }

        return layout;
    }
}
