namespace KpiCore.Sample.Tests;

/// <summary>A temporary folder deleted on dispose, for tests that write input or output files.</summary>
internal sealed class TempFolder : IDisposable
{
    internal TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kpicore-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    internal string Path { get; }

    internal string File(string name) => System.IO.Path.Combine(Path, name);

    internal void Write(string name, string text) => System.IO.File.WriteAllText(File(name), text.Replace("\r\n", "\n", StringComparison.Ordinal));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder is harmless.
        }
    }
}
