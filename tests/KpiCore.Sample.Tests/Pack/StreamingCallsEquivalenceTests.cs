using System.Globalization;
using System.Text;
using FsCheck.Xunit;
using KpiCore.Sample.Input;
using KpiCore.Sample.Pack;
using KpiCore.Sample.Progress;
using KpiCore.Sample.Rendering;
using KpiCore.Sample.Tests.Progress;
using NodaTime;

namespace KpiCore.Sample.Tests.Pack;

/// <summary>
/// The streaming calls path of <c>pack</c> (<see cref="CallMonthStore"/>) gives what the in-memory path gave (one report
/// per month over the list of calls): every figure of every pack, every notice and warning, every problem and its
/// kind, in order, on call files mutated with repeated ids, bad rows, unknown priorities, resolutions before logging,
/// on-hold periods outside the call's life, open calls, broken quotes and months far from the rest.
/// </summary>
public sealed class StreamingCallsEquivalenceTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    [Property(MaxTest = 80)]
    public bool Pack_MutatedCallFiles_StreamedFromTheFileEqualsInMemory(int seed, bool givenMonths) =>
        Agree(seed, givenMonths, (folder, months) => (Run(folder, months, Streamed(1)), Run(folder, months, inMemory: true)));

    [Property(MaxTest = 80)]
    public bool Pack_MutatedCallFiles_TwoByteRangesEqualOneThread(int seed, bool givenMonths, int cut) =>
        Agree(seed, givenMonths, (folder, months) => (Run(folder, months, Streamed(2, cut)), Run(folder, months, Streamed(1))));

    [Property(MaxTest = 40)]
    public bool Pack_MutatedCallFiles_ListFedStoreEqualsInMemory(int seed, bool givenMonths) =>
        Agree(seed, givenMonths, (folder, months) => (Run(folder, months, inMemory: false, parts: 2), Run(folder, months, inMemory: true)));

    [Fact]
    public void Pack_DefaultData_StreamingEqualsInMemory()
    {
        string folder = TempFolder.RepositoryDataFolder();
        string inMemory = Run(folder, null, inMemory: true);
        Assert.Equal(inMemory, Run(folder, null, inMemory: false, parts: 2));
        Assert.Equal(inMemory, Run(folder, null, Streamed(1)));
        Assert.Equal(inMemory, Run(folder, null, Streamed(2)));
        Assert.Equal(inMemory, Run(folder, null, Streamed(2, 12345)));
    }

    [Theory]
    [InlineData("C30", "Ealing")] // a repeat within the later range only: its hashes repeat at the merge
    [InlineData("C3", "Ealing")] // a repeat across the ranges
    [InlineData("C99", "EALING")] // no repeat, a name spelled otherwise: the ids are taken, then given back
    [InlineData("C99", "Ealing")] // neither: merged
    public void Pack_LaterRangeDefersItsIds_EqualsOneThread(string repeated, string laterName)
    {
        var text = new StringBuilder("id,organisation,priority,type,logged,first_response,resolved,on_hold,service,category\n");
        for (int i = 0; i < 40; i++)
        {
            string id = i == 35 ? repeated : "C" + i.ToString(CultureInfo.InvariantCulture);
            string organisation = i < 20 ? (i % 2 == 0 ? "Ealing" : "Brent") : laterName;
            text.Append(CultureInfo.InvariantCulture, $"{id},{organisation},P2,incident,2017-04-{1 + (i % 20):00}T09:00:00Z,,2017-04-{2 + (i % 20):00}T10:00:00Z,,,\n");
        }

        using var folder = new TempFolder();
        folder.Write("calls.csv", text.ToString());
        int cut = text.ToString().IndexOf("\nC20,", StringComparison.Ordinal) - 1;
        string oneThread = Run(folder.Path, null, Streamed(1));
        Assert.Equal(oneThread, Run(folder.Path, null, Streamed(2, cut)));
        Assert.Equal(repeated != "C99", oneThread.Contains("appeared earlier", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("C3")] // a repeat across the cut: the later range is read again
    [InlineData("Z99")] // no repeat: the ranges are merged
    public void Progress_LaterRangeReadAgainOrNot_EndsAtTheFilesRecordsAndBytesExactly(string repeated)
    {
        var text = new StringBuilder("id,organisation,priority,type,logged,first_response,resolved,on_hold,service,category\n");
        for (int i = 0; i < 10_000; i++)
        {
            string id = i == 9_000 ? repeated : "C" + i.ToString(CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"{id},Brent,P2,incident,2017-04-{1 + (i % 20):00}T09:00:00Z,,2017-04-{2 + (i % 20):00}T10:00:00Z,,,\n");
        }

        text.Append('\n'); // a blank line: not a record
        using var folder = new TempFolder();
        folder.Write("calls.csv", text.ToString());
        int cut = text.ToString().IndexOf("\nC5000,", StringComparison.Ordinal) - 1;
        var sink = new RecordingSink();
        using (HostProgress.Use(sink))
        {
            Run(folder.Path, null, Streamed(2, cut));
        }

        RecordingSink.File calls = sink.Files.Single(f => f.Name == "calls.csv");
        long bytes = new FileInfo(Path.Combine(folder.Path, "calls.csv")).Length;
        Assert.Equal((10_000L, bytes, bytes), (calls.Records, calls.Bytes, calls.Total));
    }

    [Fact]
    public void Pack_StreamedCalls_KeepNoListOfCalls()
    {
        DataSet data = DataSet.Load(TempFolder.RepositoryDataFolder(), London, streaming: Streamed(2));
        Assert.Empty(data.Calls);
        Assert.NotNull(data.CallStore);
        Assert.True(data.CallStore.Count > 40_000); // the default data's calls, every one fed to the store
    }

    [Fact]
    public void RepeatedId_TextIsTheLibrarys()
    {
        var policy = PackDocumentLoader.PolicyFor(London);
        var logged = Instant.FromUtc(2017, 4, 3, 9, 0);
        KpiCore.ServiceDesk.Call call = new("X1", "Brent", new KpiCore.ServiceDesk.Priority("P1", 1), KpiCore.ServiceDesk.CallType.Incident, logged, logged + Duration.FromHours(1));
        var report = KpiCore.ServiceDesk.ServiceDeskCalculator.Calculate([call, call], policy, KpiCore.Time.ReportingPeriod.Month(new YearMonth(2017, 4), London));
        Assert.Equal(CallMonthStore.RepeatedId("X1"), Assert.Single(report.Rejected).Reason);
    }

    /// <summary>
    /// Streaming from the file in <paramref name="parts"/> byte ranges, cut at every size; with a <paramref name="cut"/>,
    /// at the line start after that byte (anywhere: inside a quoted field, after a repeated id's first record, in a
    /// broken quote's lines), so that the join's check and the re-reading are exercised, not only good cuts.
    /// </summary>
    internal static StreamingCallsOptions Streamed(int parts, int? cut = null) => new(PackDocumentLoader.PolicyFor(London), parts)
    {
        MinSplitBytes = 0,
        Candidates = cut is int c ? (stream, _) => LineStartAfter(stream, c) : CsvSplit.Candidates,
    };

    /// <summary>The first line start after byte <c>cut mod length</c> (the files here end lines with LF only), with its line number.</summary>
    private static CsvSplitPoint[] LineStartAfter(Stream stream, int cut)
    {
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        byte[] bytes = memory.ToArray();
        if (bytes.Length < 2)
        {
            return [];
        }

        int at = (int)((uint)cut % (uint)(bytes.Length - 1));
        int next = Array.IndexOf(bytes, (byte)'\n', at);
        if (next < 0 || next + 1 >= bytes.Length)
        {
            return [];
        }

        int line = bytes.AsSpan(0, next + 1).Count((byte)'\n') + 1;
        return [new CsvSplitPoint(next + 1, line)];
    }

    /// <summary>Writes a mutated calls file (with, for half the seeds, the months given as --from and --to would; for a third, a services.csv that defines some of its organisations) and compares two runs on it.</summary>
    private static bool Agree(int seed, bool givenMonths, Func<string, IReadOnlyList<YearMonth>?, (string A, string B)> runs)
    {
        using var folder = new TempFolder();
        var random = new Random(seed);
        folder.Write("calls.csv", MutatedCalls(random, 150));
        if (random.Next(3) == 0)
        {
            folder.Write("services.csv", "organisation,service,target_percent,service_hours,exclude_planned\nBRENT,Telephony,99.9,24x7,no\nharrow,Email,99.5,24x7,no\n");
        }

        IReadOnlyList<YearMonth>? months = givenMonths ? [.. Enumerable.Range(0, 4).Select(i => new YearMonth(2017, 4).PlusMonths(i))] : null;
        (string a, string b) = runs(folder.Path, months);
        return string.Equals(a, b, StringComparison.Ordinal);
    }

    /// <summary>Loads the folder with a list of calls and builds the pack one way (in memory, or a store fed from the list).</summary>
    internal static string Run(string folder, IReadOnlyList<YearMonth>? months, bool inMemory, int parts = 2) =>
        Show(DataSet.Load(folder, London), months, inMemory, parts);

    /// <summary>Whether the pack of a folder and everything said about it is the same with the records listed (the former path) and streamed.</summary>
    internal static bool StreamedEqualsListed(string folder, IReadOnlyList<YearMonth>? months) =>
        string.Equals(Run(folder, months, inMemory: true), Run(folder, months, Streamed(1)), StringComparison.Ordinal);

    /// <summary>Loads the folder streaming the calls into a store and builds the pack.</summary>
    internal static string Run(string folder, IReadOnlyList<YearMonth>? months, StreamingCallsOptions streaming) =>
        Show(DataSet.Load(folder, London, streaming: streaming), months, false, 1);

    /// <summary>Builds the pack and prints everything an analyst sees of it.</summary>
    private static string Show(DataSet data, IReadOnlyList<YearMonth>? months, bool inMemory, int parts)
    {
        var notices = new List<string>();
        PackDocument? document = PackDocumentLoader.Build(data, months, null, notices.Add, inMemoryCalls: inMemory, callParts: parts);
        var text = new StringBuilder();
        notices.ForEach(n => text.AppendLine(n));
        if (document is not null)
        {
            text.AppendLine(CsvRenderer.Render(document)).AppendLine(MarkdownRenderer.Render(document));
        }

        foreach (string organisation in data.Organisations)
        {
            text.Append("organisation ").AppendLine(organisation);
        }

        // Records outside the reporting range are never listed, only counted (the accounting lines below): the
        // in-memory path has a problem per call for them, the streaming path a count (CallMonthStore.OutsideCount).
        foreach (InputProblem problem in data.Problems.Where(p => p.Kind != ProblemKind.Outside))
        {
            text.Append(problem.Kind).Append(' ').AppendLine(problem.ToString());
        }

        foreach (InputFileSummary file in data.Files)
        {
            text.AppendLine(file.Account(data.Problems).ToString());
        }

        return text.ToString();
    }

    internal static string MutatedCalls(Random random, int rows)
    {
        var lines = new List<(Instant Logged, string Line)>();
        string[] organisations = ["Brent", "Harrow", "harrow ", "Ealing", "EALING"];
        string[] priorities = ["P1", "P2", "P3", "P4", "P4", "P9", "X", string.Empty];
        string[] types = ["incident", "incident", "service-request", "problem", "change", "bogus"];
        Instant origin = Instant.FromUtc(2017, 1, 1, 0, 0);
        int repeats = random.Next(3) == 0 ? int.MaxValue : 12; // a third of the files have no repeated id (the halves merge)
        for (int i = 0; i < rows; i++)
        {
            string id = random.Next(repeats) == 0 ? "C" + random.Next(i + 1).ToString(CultureInfo.InvariantCulture) : "C" + i.ToString(CultureInfo.InvariantCulture);
            Instant logged = random.Next(25) switch
            {
                0 => Instant.FromUtc(2010, 6, 1, 0, 0) + Duration.FromDays(random.Next(60)),
                1 => Instant.FromUtc(2019, 3, 1, 0, 0) + Duration.FromDays(random.Next(60)),
                2 => Instant.FromUtc(2017, 5, 1, 0, 0) - Duration.FromHours(1), // a month boundary in London
                _ => origin + Duration.FromMinutes(random.Next(60 * 24 * 300)),
            };
            string resolved = random.Next(10) switch
            {
                0 => string.Empty,
                1 => Iso(logged - Duration.FromHours(3)),
                2 => "not a date",
                _ => Iso(logged + Duration.FromMinutes(random.Next(1, 60 * 24 * (random.Next(4) == 0 ? 120 : 10)))),
            };
            string hold = random.Next(12) switch
            {
                0 => Iso(logged + Duration.FromMinutes(5)) + "/" + Iso(logged + Duration.FromMinutes(65)),
                1 => Iso(logged - Duration.FromDays(2)) + "/" + Iso(logged + Duration.FromMinutes(30)),
                2 => "broken",
                _ => string.Empty,
            };
            string organisation = organisations[random.Next(organisations.Length)];
            if (random.Next(40) == 0)
            {
                organisation = "\"Brent"; // a broken quote: the reader resyncs
            }

            lines.Add((logged, string.Create(CultureInfo.InvariantCulture, $"{id},{organisation},{priorities[random.Next(priorities.Length)]},{types[random.Next(types.Length)]},{Iso(logged)},,{resolved},{hold},,\n")));
        }

        // Exports are often in logged order, or the reverse: then one half's months lie beyond the other's, and its
        // open calls must reach them when the halves merge.
        int order = random.Next(3);
        var text = new StringBuilder("id,organisation,priority,type,logged,first_response,resolved,on_hold,service,category\n");
        foreach ((Instant _, string line) in order == 0 ? lines.AsEnumerable() : order == 1 ? lines.OrderBy(l => l.Logged) : lines.OrderByDescending(l => l.Logged))
        {
            text.Append(line);
        }

        return text.ToString();
    }

    private static string Iso(Instant instant) => instant.ToString("uuuu'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture);
}
