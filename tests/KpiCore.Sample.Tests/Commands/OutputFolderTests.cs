using System.Diagnostics;
using System.Text;
using KpiCore.Sample.Commands;

namespace KpiCore.Sample.Tests.Commands;

/// <summary>
/// <see cref="OutputFolder"/> on its own and through the commands that write files (pack, sla --out, generate-data):
/// one run at a time per folder, files replaced whole, no temporary files left behind.
/// </summary>
public sealed class OutputFolderTests
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    [Fact]
    public void TryOpen_FolderHeldByAnotherRun_IsRefusedWithOneClearLine()
    {
        using var folder = new TempFolder();
        using FileStream held = HoldLock(folder.Path);
        using var error = new StringWriter();
        Assert.Null(OutputFolder.TryOpen(folder.Path, "--out", error));
        Assert.Contains("--out: the folder '" + folder.Path + "' is being written by another KpiCore run", error.ToString(), StringComparison.Ordinal);
        Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void TryOpen_AfterTheHolderIsDisposed_Succeeds()
    {
        using var folder = new TempFolder();
        using (OutputFolder? first = OutputFolder.TryOpen(folder.Path, "--out", TextWriter.Null))
        {
            Assert.NotNull(first);
            Assert.Null(OutputFolder.TryOpen(folder.Path, "--out", TextWriter.Null));
        }

        using OutputFolder? second = OutputFolder.TryOpen(folder.Path, "--out", TextWriter.Null);
        Assert.NotNull(second);
    }

    [Fact]
    public void TryOpen_LeftoverLockFileNobodyHolds_DoesNotBlock()
    {
        // What a killed run leaves on Unix: the file, without the OS lock (the kernel dropped it with the process).
        using var folder = new TempFolder();
        folder.Write(OutputFolder.LockFileName, string.Empty);
        using OutputFolder? opened = OutputFolder.TryOpen(folder.Path, "--out", TextWriter.Null);
        Assert.NotNull(opened);
    }

    [Fact]
    public void TryOpen_HolderInAnotherProcessKilled_LockIsReleased()
    {
        // util-linux flock(1) takes the same flock(2) lock .NET takes for FileShare.None on Unix; --close keeps the lock in
        // flock itself (not in the sleep it runs), so killing that one process is what must release it.
        if (!OperatingSystem.IsLinux() || !File.Exists("/usr/bin/flock"))
        {
            return;
        }

        using var folder = new TempFolder();
        string lockPath = Path.Combine(folder.Path, OutputFolder.LockFileName);
        using var holder = Process.Start(new ProcessStartInfo("/usr/bin/flock", ["--exclusive", "--close", lockPath, "sleep", "60"]) { UseShellExecute = false })!;
        try
        {
            var stopwatch = Stopwatch.StartNew();
            bool refused = false;
            while (!refused && stopwatch.Elapsed < TimeSpan.FromSeconds(10))
            {
                using OutputFolder? attempt = OutputFolder.TryOpen(folder.Path, "--out", TextWriter.Null);
                refused = attempt is null;
                if (!refused)
                {
                    Thread.Sleep(20); // flock(1) has not taken the lock yet
                }
            }

            Assert.True(refused, "the other process's lock never refused this one");
        }
        finally
        {
            holder.Kill(entireProcessTree: true); // the sleep too, so no process is left behind
            holder.WaitForExit();
        }

        using OutputFolder? afterKill = OutputFolder.TryOpen(folder.Path, "--out", TextWriter.Null);
        Assert.NotNull(afterKill);
    }

    [Fact]
    public void TryOpen_PathIsAFile_IsRefused()
    {
        using var folder = new TempFolder();
        string file = folder.Write("file.txt", "x");
        using var error = new StringWriter();
        Assert.Null(OutputFolder.TryOpen(file, "--out", error));
        Assert.Contains("is a file, not a folder", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Commit_ReplacesTheFileWhole_AndLeavesNoTempFiles()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "old");
        using (OutputFolder? output = OutputFolder.TryOpen(folder.Path, "--out", TextWriter.Null))
        {
            output!.StageText("a.txt", "new", Utf8);
            output.StageText("b.txt", "also new", Utf8);
            Assert.Equal("old", File.ReadAllText(Path.Combine(folder.Path, "a.txt"))); // nothing visible before Commit
            Assert.False(File.Exists(Path.Combine(folder.Path, "b.txt")));
            output.Commit();
        }

        Assert.Equal("new", File.ReadAllText(Path.Combine(folder.Path, "a.txt")));
        Assert.Equal("also new", File.ReadAllText(Path.Combine(folder.Path, "b.txt")));
        Assert.Empty(TempFiles(folder.Path));
    }

    [Fact]
    public void Dispose_WithoutCommit_DeletesStagedFilesAndKeepsTheOldOnes()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "old");
        using (OutputFolder? output = OutputFolder.TryOpen(folder.Path, "--out", TextWriter.Null))
        {
            output!.StageText("a.txt", "new", Utf8);
            File.WriteAllText(output.Stage("b.txt"), "half written");
            Assert.Equal(2, TempFiles(folder.Path).Count);
        }

        Assert.Equal("old", File.ReadAllText(Path.Combine(folder.Path, "a.txt")));
        Assert.False(File.Exists(Path.Combine(folder.Path, "b.txt")));
        Assert.Empty(TempFiles(folder.Path));
    }

    [Fact]
    public void Commit_AFinalNameIsAFolder_ThrowsIOExceptionAndReplacesNothing()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "old");
        Directory.CreateDirectory(Path.Combine(folder.Path, "b.txt"));
        using (OutputFolder? output = OutputFolder.TryOpen(folder.Path, "--out", TextWriter.Null))
        {
            output!.StageText("a.txt", "new", Utf8);
            output.StageText("b.txt", "new", Utf8);
            Assert.Throws<IOException>(output.Commit);
        }

        Assert.Equal("old", File.ReadAllText(Path.Combine(folder.Path, "a.txt")));
        Assert.Empty(TempFiles(folder.Path));
    }

    [Fact]
    public void Pack_IntoAFolderAnotherRunHolds_ExitsTwoAndLeavesTheFilesUntouched()
    {
        using var data = SmallData();
        using var output = new TempFolder();
        foreach (string file in PackCommand.OutputFiles)
        {
            output.Write(file, "previous run");
        }

        using (FileStream held = HoldLock(output.Path))
        {
            var (code, _, stderr) = HostRunner.Run("pack", "--data", data.Path, "--out", output.Path, "--no-terminal");
            Assert.Equal(2, code);
            Assert.Contains("is being written by another KpiCore run", stderr, StringComparison.Ordinal);
        }

        foreach (string file in PackCommand.OutputFiles)
        {
            Assert.Equal("previous run", File.ReadAllText(Path.Combine(output.Path, file)));
        }

        Assert.Empty(TempFiles(output.Path));
    }

    [Fact]
    public void Pack_Success_ReplacesTheFilesAndLeavesNoTempFiles()
    {
        using var data = SmallData();
        using var output = new TempFolder();
        output.Write("pack.md", "previous run");
        var (code, _, stderr) = HostRunner.Run("pack", "--data", data.Path, "--out", output.Path, "--no-terminal");
        Assert.True(code is 0 or 1, stderr);
        Assert.NotEqual("previous run", File.ReadAllText(Path.Combine(output.Path, "pack.md")));
        string[] written = [.. Directory.GetFiles(output.Path).Select(f => Path.GetFileName(f)).Where(n => n != OutputFolder.LockFileName).Order(StringComparer.Ordinal)];
        Assert.Equal([.. PackCommand.OutputFiles.Order(StringComparer.Ordinal)], written);
    }

    [Fact]
    public void Pack_AnOutputNameIsAFolder_ExitsTwoReplacesNothingAndLeavesNoTempFiles()
    {
        using var data = SmallData();
        using var output = new TempFolder();
        output.Write("pack.html", "previous run");
        Directory.CreateDirectory(Path.Combine(output.Path, "pack.csv"));
        var (code, _, stderr) = HostRunner.Run("pack", "--data", data.Path, "--out", output.Path, "--no-terminal");
        Assert.Equal(2, code);
        Assert.Contains("is a folder", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.Equal("previous run", File.ReadAllText(Path.Combine(output.Path, "pack.html")));
        Assert.Empty(TempFiles(output.Path));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)] // found by CommandLineFuzzTests: with months given, an empty folder reached PackDocument's "at least one pack" check
    public void Pack_NothingToReport_ExitsTwoAndDoesNotCreateTheOutputFolder(bool months)
    {
        using var data = new TempFolder();
        using var parent = new TempFolder();
        string output = Path.Combine(parent.Path, "out");
        string[] args = ["pack", "--data", data.Path, "--out", output, "--no-terminal"];
        var (code, _, error) = HostRunner.Run(months ? [.. args, "--from", "2017-04", "--to", "2017-04"] : args);
        Assert.Equal(2, code);
        Assert.Contains("has no dated records", error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Sla_OutIntoAFolderAnotherRunHolds_ExitsTwoAndLeavesTheFileUntouched()
    {
        using var data = SmallData();
        using var output = new TempFolder();
        string target = output.Write("sla.csv", "previous run");
        using FileStream held = HoldLock(output.Path);
        var (code, _, stderr) = HostRunner.Run("sla", "--calls", Path.Combine(data.Path, "calls.csv"), "--out", target);
        Assert.Equal(2, code);
        Assert.Contains("is being written by another KpiCore run", stderr, StringComparison.Ordinal);
        Assert.Equal("previous run", File.ReadAllText(target));
        Assert.Empty(TempFiles(output.Path));
    }

    [Fact]
    public void Sla_OutWritten_NoTempFilesLeft()
    {
        using var data = SmallData();
        using var output = new TempFolder();
        string target = Path.Combine(output.Path, "sub", "sla.csv");
        var (code, _, stderr) = HostRunner.Run("sla", "--calls", Path.Combine(data.Path, "calls.csv"), "--out", target);
        Assert.True(code is 0 or 1, stderr);
        Assert.StartsWith("id,organisation,priority", File.ReadAllText(target), StringComparison.Ordinal);
        Assert.Empty(TempFiles(Path.GetDirectoryName(target)!));
    }

    [Theory]
    [InlineData("folder")]
    [InlineData("folder/")]
    public void Sla_OutIsAFolder_ExitsTwoSayingSo(string name)
    {
        using var data = SmallData();
        using var output = new TempFolder();
        Directory.CreateDirectory(Path.Combine(output.Path, "folder"));
        var (code, _, stderr) = HostRunner.Run("sla", "--calls", Path.Combine(data.Path, "calls.csv"), "--out", Path.Combine(output.Path, name));
        Assert.Equal(2, code);
        Assert.Contains("is a folder, not a file", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void GenerateData_IntoAFolderAnotherRunHolds_ExitsTwoAndWritesNothing()
    {
        using var output = new TempFolder();
        using FileStream held = HoldLock(output.Path);
        var (code, _, stderr) = HostRunner.Run("generate-data", "--out", output.Path);
        Assert.Equal(2, code);
        Assert.Contains("is being written by another KpiCore run", stderr, StringComparison.Ordinal);
        Assert.Equal([Path.Combine(output.Path, OutputFolder.LockFileName)], Directory.GetFiles(output.Path));
    }

    /// <summary>Holds the folder's lock as another run would.</summary>
    private static FileStream HoldLock(string folder) =>
        new(Path.Combine(folder, OutputFolder.LockFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);

    private static List<string> TempFiles(string folder) =>
        [.. Directory.GetFiles(folder).Where(f => f.EndsWith(OutputFolder.TempSuffix, StringComparison.Ordinal))];

    /// <summary>The shipped data files, the big ones (calls, responses) cut to their first lines: a small, real-shaped input.</summary>
    internal static TempFolder SmallData()
    {
        var folder = new TempFolder();
        foreach (string file in Directory.GetFiles(TempFolder.RepositoryDataFolder(), "*.csv"))
        {
            int lines = new FileInfo(file).Length < 50_000 ? int.MaxValue : 60;
            folder.Write(Path.GetFileName(file), string.Join('\n', File.ReadLines(file).Take(lines)) + "\n");
        }

        return folder;
    }
}
