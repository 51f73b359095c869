using System.Globalization;
using System.Text;

namespace KpiCore.Sample.Commands;

/// <summary>
/// A folder a command writes its output files to, held for the duration of the run: files are staged as temporary
/// files beside their final names and moved into place together by <see cref="Commit"/>, so a reader never sees a
/// half-written file, and a lock file keeps a second run out of the folder until this one is disposed.
/// </summary>
/// <remarks>
/// <para>Atomic files: each file is written to <c>.NAME.RANDOM.tmp</c> in the same folder, flushed to disk, and renamed
/// over NAME with <see cref="File.Move(string, string, bool)"/>; a rename within one file system replaces the file
/// atomically, so a reader sees the old file or the new one. Staged files that are not committed (the run failed) are
/// deleted on dispose, so no temporary files are left behind and the previous outputs stay as they were. Commit moves the
/// files one after another: a reader between two moves can see one new file beside an old one, but never a mixture of
/// two runs, because only one run at a time holds the folder.</para>
/// <para>The lock: <see cref="LockFileName"/> in the folder, opened with <see cref="FileShare.None"/>. That is an
/// operating-system lock on an open file (Windows: sharing mode; Linux and macOS: .NET takes an exclusive
/// <c>flock</c>), so it is released when the process ends, however it ends: a run that was killed leaves no lock that
/// blocks the next one. On Windows the file is opened with <see cref="FileOptions.DeleteOnClose"/> and disappears with
/// the lock. On Unix the empty file stays: deleting it on close (which is what DeleteOnClose does there) would let a run
/// that opened the old file just before the delete lock it while a third run creates and locks a new file of the same
/// name, two writers at once; a file that is never deleted has no such race, and a leftover one blocks nothing. The Unix
/// lock is advisory: it binds KpiCore runs (and other programs that use flock), and is off if the environment sets
/// DOTNET_SYSTEM_IO_DISABLEFILELOCKING.</para>
/// </remarks>
internal sealed class OutputFolder : IDisposable
{
    /// <summary>The lock file's name in the output folder.</summary>
    internal const string LockFileName = ".kpicore.lock";

    /// <summary>The ending of staged files (after a random part), for tests and clean-up.</summary>
    internal const string TempSuffix = ".tmp";

    private readonly FileStream _lock;
    private readonly List<(string Temp, string Final)> _staged = [];

    private OutputFolder(string fullPath, FileStream lockFile)
    {
        FullPath = fullPath;
        _lock = lockFile;
    }

    /// <summary>Gets the folder's full path.</summary>
    internal string FullPath { get; }

    /// <summary>
    /// Creates the folder if needed and locks it; null (after writing one sentence naming <paramref name="option"/>)
    /// when the path is a file, cannot be created, or another run holds the folder.
    /// </summary>
    /// <param name="directory">The folder, as given on the command line.</param>
    /// <param name="option">The option's name for messages, such as <c>--out</c>.</param>
    /// <param name="error">Where the reason goes.</param>
    internal static OutputFolder? TryOpen(string? directory, string option, TextWriter error)
    {
        if (string.IsNullOrWhiteSpace(directory))
        {
            error.WriteLine($"{option}: an output folder is required.");
            return null;
        }

        string fullPath;
        try
        {
            fullPath = Path.GetFullPath(directory);
            if (File.Exists(fullPath))
            {
                error.WriteLine($"{option}: '{directory}' is a file, not a folder.");
                return null;
            }

            Directory.CreateDirectory(fullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"{option}: the folder '{directory}' cannot be created: {ex.Message}");
            return null;
        }

        string lockPath = Path.Combine(fullPath, LockFileName);
        try
        {
            FileOptions options = OperatingSystem.IsWindows() ? FileOptions.DeleteOnClose : FileOptions.None;
            var lockFile = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1, options);
            return new OutputFolder(fullPath, lockFile);
        }
        catch (IOException)
        {
            // Sharing violation (Windows) or EWOULDBLOCK from flock (Unix): another process, or another run in this
            // process, holds the folder.
            error.WriteLine($"{option}: the folder '{directory}' is being written by another KpiCore run (it holds {LockFileName}); wait for that run to finish, or choose another folder.");
            return null;
        }
        catch (UnauthorizedAccessException ex)
        {
            error.WriteLine($"{option}: the folder '{directory}' cannot be written to: {ex.Message}");
            return null;
        }
    }

    /// <summary>
    /// Opens the output file named by a path (its folder is the one locked); null (after writing the reason) when the
    /// path is a folder or <see cref="TryOpen"/> fails. <paramref name="fileName"/> is the name to stage.
    /// </summary>
    internal static OutputFolder? TryOpenForFile(string? path, string option, TextWriter error, out string fileName)
    {
        fileName = string.Empty;
        if (string.IsNullOrWhiteSpace(path))
        {
            error.WriteLine($"{option}: an output file is required.");
            return null;
        }

        string fullPath;
        try
        {
            fullPath = Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or IOException)
        {
            error.WriteLine($"{option}: '{path}' is not a usable file name: {ex.Message}");
            return null;
        }

        if (Directory.Exists(fullPath) || Path.EndsInDirectorySeparator(path))
        {
            error.WriteLine($"{option}: '{path}' is a folder, not a file.");
            return null;
        }

        fileName = Path.GetFileName(fullPath);
        return TryOpen(Path.GetDirectoryName(fullPath) ?? fullPath, option, error);
    }

    /// <summary>Gets the path a file of this name is written to once committed.</summary>
    internal string PathOf(string fileName) => Path.Combine(FullPath, fileName);

    /// <summary>
    /// Creates a new, empty temporary file for <paramref name="fileName"/> in this folder and returns its path: write
    /// the content there (and close it) before <see cref="Commit"/>.
    /// </summary>
    internal string Stage(string fileName)
    {
        string final = PathOf(fileName);
        string temp = Path.Combine(FullPath, string.Create(CultureInfo.InvariantCulture, $".{fileName}.{Guid.NewGuid():N}{TempSuffix}"));
        _staged.Add((temp, final));
        using (new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            // created now, so a name clash fails here rather than at the move
        }

        return temp;
    }

    /// <summary>Stages a text file: writes <paramref name="text"/> with <paramref name="encoding"/> (and its preamble, if any) and flushes it to disk.</summary>
    internal void StageText(string fileName, string text, Encoding encoding)
    {
        string temp = Stage(fileName);
        using var stream = new FileStream(temp, FileMode.Truncate, FileAccess.Write, FileShare.None);
        byte[] preamble = encoding.GetPreamble();
        stream.Write(preamble);
        stream.Write(encoding.GetBytes(text));
        stream.Flush(flushToDisk: true);
    }

    /// <summary>
    /// Moves every staged file over its final name, in the order staged; nothing is moved when a final name is a folder.
    /// </summary>
    /// <exception cref="IOException">A final name is a folder, or a move failed (the remaining staged files are deleted on dispose).</exception>
    internal void Commit()
    {
        foreach ((_, string final) in _staged)
        {
            if (Directory.Exists(final))
            {
                throw new IOException($"'{final}' is a folder, so the output file of that name cannot be written; nothing was replaced.");
            }
        }

        while (_staged.Count > 0)
        {
            (string temp, string final) = _staged[0];
            File.Move(temp, final, overwrite: true);
            _staged.RemoveAt(0);
        }
    }

    /// <summary>Deletes staged files that were not committed and releases the lock.</summary>
    public void Dispose()
    {
        foreach ((string temp, _) in _staged)
        {
            try
            {
                File.Delete(temp);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // best effort: the run is failing already, and the file's name says it is temporary
            }
        }

        _staged.Clear();
        _lock.Dispose();
    }
}
