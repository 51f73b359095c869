using System.Xml;
using System.Xml.Linq;

namespace KpiCore.Sample.Commands;

/// <summary>
/// The name help and usage text call the program by: the one the analyst typed. <c>kpicore</c> for the installed .NET
/// tool, <c>dotnet kpicore</c> for it as a local tool, <c>kpicore-sample</c> for <c>dotnet kpicore-sample.dll</c> and the
/// executable.
/// </summary>
/// <remarks>
/// System.CommandLine names the root command after the entry assembly's file, which is <c>kpicore-sample</c> however the
/// program was started; an installed tool's usage would then name a command that does not exist on the analyst's PATH.
/// </remarks>
internal static class InvokedName
{
    /// <summary>The file a .NET tool package puts beside its entry assembly, naming the tool's command.</summary>
    internal const string ToolSettingsFile = "DotnetToolSettings.xml";

    /// <summary>Gets the name of this process as it was invoked.</summary>
    internal static string Current { get; } = Of(Environment.ProcessPath, Environment.GetCommandLineArgs().FirstOrDefault(), ToolCommand(AppContext.BaseDirectory));

    /// <summary>Works out the invoked name.</summary>
    /// <param name="processPath">The running executable (<see cref="Environment.ProcessPath"/>): the tool's shim, the program's own executable, or the <c>dotnet</c> host.</param>
    /// <param name="entryPath">The entry assembly as the host was given it (the first command-line argument).</param>
    /// <param name="toolCommand">The command of the tool package the program runs from, or null when it is not an installed tool.</param>
    /// <returns>The name, such as <c>kpicore</c>.</returns>
    internal static string Of(string? processPath, string? entryPath, string? toolCommand)
    {
        string process = FileName(processPath);
        if (process.Length > 0 && !string.Equals(process, "dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return process; // a tool's shim (kpicore) or the program's own executable (kpicore-sample)
        }

        if (process.Length > 0 && toolCommand is not null)
        {
            return "dotnet " + toolCommand; // a local tool: dotnet kpicore
        }

        string entry = FileName(entryPath);
        return entry.Length > 0 ? entry : "kpicore-sample";
    }

    /// <summary>Reads the command name of the tool package in <paramref name="folder"/>, or null when there is none.</summary>
    /// <param name="folder">The folder of the entry assembly.</param>
    /// <returns>The command, such as <c>kpicore</c>.</returns>
    internal static string? ToolCommand(string folder)
    {
        string path = Path.Combine(folder, ToolSettingsFile);
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            string? name = XDocument.Load(path).Descendants("Command").FirstOrDefault()?.Attribute("Name")?.Value;
            return string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or XmlException)
        {
            return null; // only the help text's name depends on it
        }
    }

    private static string FileName(string? path) => string.IsNullOrWhiteSpace(path) ? string.Empty : Path.GetFileNameWithoutExtension(path);
}
