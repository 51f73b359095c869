using System.Globalization;
using System.Text;
using FsCheck.Xunit;
using KpiCore.Sample.Input;
using KpiCore.Sample.Pack;
using KpiCore.Sample.Rendering;
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
    public bool Pack_MutatedCallFiles_StreamingEqualsInMemory(int seed, bool givenMonths) =>
        Agree(seed, givenMonths, (folder, months) => (Run(folder, months, inMemory: false, parts: 1), Run(folder, months, inMemory: true)));

    [Property(MaxTest = 80)]
    public bool Pack_MutatedCallFiles_TwoPartsEqualOneThread(int seed, bool givenMonths) =>
        Agree(seed, givenMonths, (folder, months) => (Run(folder, months, inMemory: false, parts: 2), Run(folder, months, inMemory: false, parts: 1)));

    [Fact]
    public void Pack_DefaultData_StreamingEqualsInMemory()
    {
        string folder = TempFolder.RepositoryDataFolder();
        Assert.Equal(Run(folder, null, inMemory: true), Run(folder, null, inMemory: false, parts: 1));
        Assert.Equal(Run(folder, null, inMemory: true), Run(folder, null, inMemory: false, parts: 2));
    }

    [Fact]
    public void RepeatedId_TextIsTheLibrarys()
    {
        var policy = PackDocumentLoader.PolicyFor(London);
        var logged = Instant.FromUtc(2017, 4, 3, 9, 0);
        KpiCore.ServiceDesk.Call call = new("X1", "Brent", new KpiCore.ServiceDesk.Priority("P1", 1), KpiCore.ServiceDesk.CallType.Incident, logged, logged + Duration.FromHours(1));
        var report = KpiCore.ServiceDesk.ServiceDeskCalculator.Report([call, call], policy, KpiCore.Time.ReportingPeriod.Month(new YearMonth(2017, 4), London));
        Assert.Equal(CallMonthStore.RepeatedId("X1"), Assert.Single(report.Rejected).Reason);
    }

    /// <summary>Writes a mutated calls file (with, for half the seeds, the months given as --from and --to would) and compares two runs on it.</summary>
    private static bool Agree(int seed, bool givenMonths, Func<string, IReadOnlyList<YearMonth>?, (string A, string B)> runs)
    {
        using var folder = new TempFolder();
        folder.Write("calls.csv", MutatedCalls(new Random(seed), 150));
        IReadOnlyList<YearMonth>? months = givenMonths ? [.. Enumerable.Range(0, 4).Select(i => new YearMonth(2017, 4).PlusMonths(i))] : null;
        (string a, string b) = runs(folder.Path, months);
        return string.Equals(a, b, StringComparison.Ordinal);
    }

    /// <summary>Loads the folder and builds the pack one way, and prints everything an analyst sees of it.</summary>
    private static string Run(string folder, IReadOnlyList<YearMonth>? months, bool inMemory, int parts = 2)
    {
        DataSet data = DataSet.Load(folder, London);
        var notices = new List<string>();
        PackDocument? document = PackDocumentLoader.Build(data, months, null, notices.Add, inMemoryCalls: inMemory, callParts: parts);
        var text = new StringBuilder();
        notices.ForEach(n => text.AppendLine(n));
        if (document is not null)
        {
            text.AppendLine(CsvRenderer.Render(document)).AppendLine(MarkdownRenderer.Render(document));
        }

        foreach (InputProblem problem in data.Problems)
        {
            text.Append(problem.Kind).Append(' ').AppendLine(problem.ToString());
        }

        foreach (InputFileSummary file in data.Files)
        {
            text.AppendLine(file.Account(data.Problems).ToString());
        }

        return text.ToString();
    }

    private static string MutatedCalls(Random random, int rows)
    {
        var lines = new List<(Instant Logged, string Line)>();
        string[] organisations = ["Brent", "Harrow", "harrow ", "Ealing"];
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
