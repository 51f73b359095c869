using System.Globalization;
using System.Text.RegularExpressions;
using KpiCore.Sample.Commands;
using KpiCore.Sample.Progress;

namespace KpiCore.Sample.Tests.Progress;

/// <summary><c>--progress</c> and <c>--quiet</c> through the host, run in-process as the other command tests are (standard error is a writer, as when it is redirected).</summary>
public sealed class ProgressOptionsTests
{
    private static readonly string Data = TempFolder.RepositoryDataFolder();

    [Fact]
    public void Pack_Redirected_WritesOneTimingLinePerFileAndStage_AndNoControlCharacters()
    {
        using var output = new TempFolder();
        var (code, stdout, stderr) = HostRunner.Run("pack", "--data", Data, "--out", output.Path, "--no-terminal");
        Assert.True(code == 0, stderr);

        string calls = Path.Combine(Data, "calls.csv");
        int records = File.ReadLines(calls).Count() - 1; // every line after the header is a call
        string megabytes = (new FileInfo(calls).Length / 1e6).ToString("0.0", CultureInfo.InvariantCulture);
        string[] lines = stderr.ReplaceLineEndings("\n").Split('\n');
        string read = Assert.Single(lines, l => l.StartsWith("stage read calls.csv:", StringComparison.Ordinal));
        Assert.Matches(@"^stage read calls\.csv: " + Regex.Escape(records.ToString("N0", CultureInfo.InvariantCulture)) + " records, " + Regex.Escape(megabytes) + @" MB in \d+\.\d s \([\d.]+[kM]? records/s\)$", read);
        foreach (string stage in new[] { "read input files", "compute pack", "write pack files" })
        {
            Assert.Matches(@"^stage " + stage + @": (\d+\.\d s|\d+ min \d\d s)$", Assert.Single(lines, l => l.StartsWith("stage " + stage + ":", StringComparison.Ordinal)));
        }

        foreach (string file in new[] { "services", "outages", "monitoring", "responses", "risks", "exceptions" })
        {
            Assert.Single(lines, l => l.StartsWith($"stage read {file}.csv: ", StringComparison.Ordinal));
        }

        Assert.DoesNotContain('\r', stderr.ReplaceLineEndings("\n"));
        Assert.DoesNotContain('\u001b', stderr);
        Assert.DoesNotContain("stage ", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--quiet")]
    [InlineData("-q")]
    [InlineData("--progress", "none")]
    public void Pack_Quiet_WritesNoTimingLines_ButStillTheRecordCounts(params string[] quiet)
    {
        using var output = new TempFolder();
        var (code, _, stderr) = HostRunner.Run(["pack", "--data", Data, "--out", output.Path, "--no-terminal", .. quiet]);
        Assert.True(code == 0, stderr);
        Assert.DoesNotContain("stage ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', stderr);
        Assert.Contains("calls.csv: 43277 records: 43277 counted, 0 rejected", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Sla_Quiet_WritesNoTimingLines_Plain_WritesTheCallsFileLine()
    {
        using var output = new TempFolder();
        string calls = Path.Combine(Data, "calls.csv");
        var (quietCode, _, quiet) = HostRunner.Run("sla", "--calls", calls, "--month", "2017-09", "--out", Path.Combine(output.Path, "q.csv"), "--quiet");
        var (plainCode, _, plain) = HostRunner.Run("sla", "--calls", calls, "--month", "2017-09", "--out", Path.Combine(output.Path, "p.csv"), "--progress", "plain");
        Assert.True(quietCode == 0, quiet);
        Assert.True(plainCode == 0, plain);
        Assert.DoesNotContain("stage ", quiet, StringComparison.Ordinal);
        // sla reads the file twice (months, then each call's SLA): one line per pass, each saying which.
        string[] reads = [.. plain.ReplaceLineEndings("\n").Split('\n').Where(l => l.StartsWith("stage read ", StringComparison.Ordinal))];
        Assert.Equal(2, reads.Length);
        Assert.StartsWith("stage read calls.csv (pass 1 of 2: months): 43,277 records, ", reads[0], StringComparison.Ordinal);
        Assert.StartsWith("stage read calls.csv (pass 2 of 2: each call's SLA): 43,277 records, ", reads[1], StringComparison.Ordinal);
    }

    [Fact]
    public void PackFiles_AndTables_AreByteIdenticalWithAndWithoutProgress()
    {
        using var quiet = new TempFolder();
        using var live = new TempFolder();
        var (quietCode, quietOut, quietErr) = HostRunner.Run("pack", "--data", Data, "--out", quiet.Path, "--quiet");
        var (liveCode, liveOut, liveErr) = HostRunner.Run("pack", "--data", Data, "--out", live.Path, "--progress", "terminal");
        Assert.True(quietCode == 0, quietErr);
        Assert.True(liveCode == 0, liveErr);
        Assert.Contains("stage compute pack: ", liveErr, StringComparison.Ordinal);
        foreach (string file in PackCommand.OutputFiles)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(quiet.Path, file)), File.ReadAllBytes(Path.Combine(live.Path, file)));
        }

        Assert.Equal(quietOut.Replace(quiet.Path, "OUT", StringComparison.Ordinal), liveOut.Replace(live.Path, "OUT", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("bogus", "--progress: 'bogus' is not one of auto, terminal, plain or none.")]
    [InlineData("", "--progress: '' is not one of auto, terminal, plain or none.")]
    public void Progress_UnknownMode_IsOneSentenceAndExit2(string mode, string sentence)
    {
        var (code, _, stderr) = HostRunner.Run("pack", "--data", Data, "--progress", mode);
        Assert.Equal(CommandSupport.UsageError, code);
        Assert.Equal(sentence, stderr.TrimEnd());
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("terminal")]
    [InlineData("auto")]
    public void Quiet_WithAnotherProgressMode_IsOneSentenceAndExit2(string mode)
    {
        var (code, _, stderr) = HostRunner.Run("pack", "--data", Data, "--quiet", "--progress", mode);
        Assert.Equal(CommandSupport.UsageError, code);
        Assert.Equal($"--quiet: it means --progress none, so it cannot go with --progress {mode}.", stderr.TrimEnd());
    }

    [Fact]
    public void Progress_ModesAreCaseInsensitive_AndQuietGoesWithNone()
    {
        Assert.True(HostOptions.TryGetProgress(" Plain ", false, TextWriter.Null, out ProgressMode plain));
        Assert.Equal(ProgressMode.Plain, plain);
        Assert.True(HostOptions.TryGetProgress("none", true, TextWriter.Null, out ProgressMode none));
        Assert.Equal(ProgressMode.None, none);
        Assert.True(HostOptions.TryGetProgress(null, false, TextWriter.Null, out ProgressMode auto));
        Assert.Equal(ProgressMode.Auto, auto);
    }

    [Fact]
    public void Auto_ForAWriterThatIsNotTheConsole_IsPlain()
    {
        Assert.Equal(ProgressMode.Plain, ProgressSession.Resolve(ProgressMode.Auto, new StringWriter()));
        Assert.Equal(ProgressMode.Terminal, ProgressSession.Resolve(ProgressMode.Terminal, new StringWriter()));
    }

    [Theory]
    [InlineData("pack", true)]
    [InlineData("sla", true)]
    [InlineData("availability", true)]
    [InlineData("nps", true)]
    [InlineData("risk", true)]
    [InlineData("audit", true)]
    [InlineData("period", false)]
    [InlineData("holidays", false)]
    [InlineData("generate-data", false)]
    public void Help_CommandsThatReadInput_DocumentProgressAndQuiet(string command, bool reads)
    {
        var (code, output, _) = HostRunner.Run(command, "--help");
        Assert.Equal(0, code);
        Assert.Equal(reads, output.Contains("--progress <MODE>", StringComparison.Ordinal));
        Assert.Equal(reads, output.Contains("-q, --quiet", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_LeavesNoSinkBehind_AndParallelRunsEachSeeTheirOwn()
    {
        using var output = new TempFolder();
        _ = HostRunner.Run("pack", "--data", Data, "--out", output.Path, "--no-terminal");
        Assert.Same(NoProgress.Instance, HostProgress.Current);

        using var ready = new Barrier(2);
        IProgressSink Observe(IProgressSink sink)
        {
            using IDisposable scope = HostProgress.Use(sink);
            ready.SignalAndWait(); // both set before either looks
            IProgressSink seen = HostProgress.Current;
            ready.SignalAndWait();
            return seen;
        }

        var a = ProgressDisplay.Plain(TextWriter.Null, TimeProvider.System);
        var b = ProgressDisplay.Plain(TextWriter.Null, TimeProvider.System);
        Task<IProgressSink> first = Task.Factory.StartNew(() => Observe(a), TaskCreationOptions.LongRunning);
        Task<IProgressSink> second = Task.Factory.StartNew(() => Observe(b), TaskCreationOptions.LongRunning);
        Assert.Same(a, await first);
        Assert.Same(b, await second);
        Assert.Same(NoProgress.Instance, HostProgress.Current);
    }
}
