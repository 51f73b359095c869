using System.Text;

namespace KpiCore.Sample.Tests;

/// <summary>A temporary folder for test input files, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    internal TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kpicore-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    internal string Path { get; }

    /// <summary>Writes a UTF-8 text file (no BOM, text as given) and returns its full path.</summary>
    internal string Write(string name, string text)
    {
        string file = System.IO.Path.Combine(Path, name);
        File.WriteAllText(file, text, Utf8NoBom);
        return file;
    }

    /// <summary>Writes raw bytes and returns the full path.</summary>
    internal string WriteBytes(string name, byte[] bytes)
    {
        string file = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(file, bytes);
        return file;
    }

    /// <summary>Finds the repository's samples/data folder by walking up from the test binaries.</summary>
    internal static string RepositoryDataFolder()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = System.IO.Path.Combine(dir.FullName, "samples", "data");
            if (File.Exists(System.IO.Path.Combine(candidate, "calls.csv")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("samples/data was not found above " + AppContext.BaseDirectory);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // best effort
        }
    }
}
