using FsCheck.Xunit;
using KpiCore.Sample.Commands;
using KpiCore.Sample.Input;
using NodaTime;

namespace KpiCore.Sample.Tests.Pack;

/// <summary>
/// <c>sla --calls</c> streamed (two passes, each call evaluated and written as it is read) gives what the list path gave:
/// the same per-call CSV byte for byte, the same tables, the same problems in the same order and the same accounting
/// line and exit code, on call files mutated with repeated ids, bad rows, unknown priorities, resolutions before
/// logging, on-hold periods outside the call's life, open calls, broken quotes and far months.
/// </summary>
public sealed class SlaStreamingEquivalenceTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    [Property(MaxTest = 60)]
    public bool Sla_MutatedCallFiles_StreamedEqualsInMemory(int seed, bool oneMonth)
    {
        using var folder = new TempFolder();
        string calls = folder.Write("calls.csv", StreamingCallsEquivalenceTests.MutatedCalls(new Random(seed), 150));
        YearMonth? month = oneMonth ? new YearMonth(2017, 5) : null;
        return string.Equals(Run(calls, folder, month, streamed: true), Run(calls, folder, month, streamed: false), StringComparison.Ordinal);
    }

    [Fact]
    public void Sla_DefaultCalls_StreamedEqualsInMemory()
    {
        using var folder = new TempFolder();
        string calls = Path.Combine(TempFolder.RepositoryDataFolder(), "calls.csv");
        string streamed = Run(calls, folder, null, streamed: true);
        Assert.Equal(Run(calls, folder, null, streamed: false), streamed);
        Assert.Contains("calls.csv: ", streamed, StringComparison.Ordinal); // the accounting line is there
    }

    /// <summary>Runs sla one way and prints its exit code, standard output, standard error and the per-call CSV.</summary>
    private static string Run(string calls, TempFolder folder, YearMonth? month, bool streamed)
    {
        string outPath = Path.Combine(folder.Path, "sla-calls.csv");
        var output = new StringWriter();
        var error = new StringWriter();
        int code = SlaCommand.Execute(calls, null, London, new ImportOptions(), month, outPath, output, error, streamed);
        string csv = File.Exists(outPath) ? File.ReadAllText(outPath) : "(no file)";
        File.Delete(outPath);
        return $"exit {code}\n--- stdout\n{output}\n--- stderr\n{error}\n--- csv\n{csv}";
    }
}
