using KpiCore.Configuration;

namespace KpiCore.Sample.Commands;

/// <summary>Reads <c>--config FILE</c>: the library's <see cref="KpiCoreSettings"/>, checked whole before anything is read.</summary>
internal static class ConfigFile
{
    /// <summary>Loads and checks a configuration file; false after one sentence naming the file and the bad setting's path.</summary>
    /// <param name="path">The file.</param>
    /// <param name="error">Where the sentence goes.</param>
    /// <param name="configuration">The checked configuration.</param>
    /// <returns>Whether it can be used.</returns>
    /// <remarks>A file a setting names (a GOV.UK bank-holidays file) is found relative to the configuration file's folder.</remarks>
    internal static bool TryLoad(string path, TextWriter error, out KpiCoreConfiguration? configuration)
    {
        configuration = null;
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
            configuration = KpiCoreSettings.FromJson(text).Build(file => File.OpenRead(Path.Combine(folder, file)));
            return true;
        }
        catch (KpiCoreConfigurationException ex)
        {
            error.WriteLine(ex.Path.Length == 0 ? $"{name}: {ex.Reason}" : $"{name}: {ex.Path}: {ex.Reason}");
            return false;
        }
    }
}
