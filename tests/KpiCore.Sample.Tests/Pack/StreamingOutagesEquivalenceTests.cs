using System.Globalization;
using System.Text;
using FsCheck.Xunit;
using KpiCore.Sample.Input;
using NodaTime;

namespace KpiCore.Sample.Tests.Pack;

/// <summary>
/// The streamed outages of <c>pack</c> (<see cref="KpiCore.Sample.Pack.OutageStore"/>) give what the list of outages
/// gave: every availability figure, N/A and UNVL, the inferred range and its warnings, every problem (bad rows, ends
/// before starts, repeated references, services services.csv does not define) in order, and the accounting lines
/// (outages outside the reporting range counted, not listed), on outage files mutated with those faults, open and
/// empty outages, outages on the range's edges, names in other case, months far from the rest and rows out of order.
/// </summary>
public sealed class StreamingOutagesEquivalenceTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    [Property(MaxTest = 60)]
    public bool Pack_MutatedOutageFiles_StreamedEqualsListed(int seed, bool givenMonths, bool withResponses)
    {
        using var folder = new TempFolder();
        var random = new Random(seed);
        folder.Write("outages.csv", MutatedOutages(random, 80));
        if (withResponses)
        {
            folder.Write("responses.csv", "id,organisation,responded,score,comment\nR1,Brent,2017-04-03T09:00:00Z,9,\nR2,Harrow,2017-06-04T09:00:00Z,3,\n");
        }

        if (random.Next(3) == 0)
        {
            folder.Write("services.csv", "organisation,service,target_percent,service_hours,exclude_planned\nBRENT,Telephony,99.9,24x7,no\nbrent,email,99.5,Mon-Fri 08:00-18:00,yes\nharrow,Email,99.5,24x7,no\n");
        }

        IReadOnlyList<YearMonth>? months = givenMonths ? [.. Enumerable.Range(0, 4).Select(i => new YearMonth(2017, 4).PlusMonths(i))] : null;
        return StreamingCallsEquivalenceTests.StreamedEqualsListed(folder.Path, months);
    }

    [Fact]
    public void Pack_StreamedOutages_KeepNoListAndCountEveryOutage()
    {
        DataSet data = DataSet.Load(TempFolder.RepositoryDataFolder(), London, streaming: StreamingCallsEquivalenceTests.Streamed(2));
        Assert.Empty(data.Outages);
        Assert.NotNull(data.OutageStore);
        Assert.Equal(162, data.OutageStore.Count); // samples/data/outages.csv: 163 lines, the header and 162 outages
    }

    /// <summary>The edges of the range, worked by hand for April-May 2017 in London (BST, so the range starts at 2017-03-31T23:00Z).</summary>
    [Fact]
    public void Pack_OutagesOnTheRangesEdges_CountedInsideOrOutsideAsListed()
    {
        using var folder = new TempFolder();
        folder.Write("outages.csv", "organisation,service,start,end,kind,impact\n"
            + "Brent,Email,2017-03-31T22:00:00Z,2017-03-31T23:00:00Z,unplanned,full\n" // ends as the range starts: outside
            + "Brent,Email,2017-03-31T23:00:00Z,2017-03-31T23:00:00Z,unplanned,full\n" // empty, at the range's first instant: inside
            + "Brent,Email,2017-03-31T22:00:00Z,2017-03-31T22:00:00Z,unplanned,full\n" // empty, before: outside
            + "Brent,Email,2017-03-31T22:00:00Z,2017-03-31T23:00:01Z,unplanned,full\n" // one second inside: inside
            + "Brent,Email,2017-05-31T23:00:00Z,,unplanned,full\n" // open, starts as the range ends: outside
            + "Brent,Email,2017-05-31T22:59:59Z,,unplanned,full\n" // open, one second before the end: inside
            + "Brent,Email,2017-02-01T00:00:00Z,,planned,degraded\n"); // open since February: inside
        IReadOnlyList<YearMonth> months = [new YearMonth(2017, 4), new YearMonth(2017, 5)];
        string listed = StreamingCallsEquivalenceTests.Run(folder.Path, months, inMemory: true);
        string streamed = StreamingCallsEquivalenceTests.Run(folder.Path, months, StreamingCallsEquivalenceTests.Streamed(1));
        Assert.Equal(listed, streamed);
        Assert.Contains("outages.csv: 7 records: 4 counted, 0 rejected, 3 outside the reporting range", streamed, StringComparison.Ordinal);
    }

    private static string MutatedOutages(Random random, int rows)
    {
        string[] organisations = ["Brent", "brent ", "Harrow", "HARROW", "Ealing"];
        string[] services = ["Email", "EMAIL", "Telephony", "Web", "email "];
        string[] kinds = ["unplanned", "planned", "Planned", string.Empty, "bogus"];
        string[] impacts = ["full", "partial", "degraded", string.Empty, "half"];
        Instant origin = Instant.FromUtc(2017, 3, 25, 0, 0);
        var lines = new List<(Instant At, string Line)>();
        string Format(Instant at) => at.ToString("uuuu'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture);
        for (int i = 0; i < rows; i++)
        {
            Instant start = random.Next(20) switch
            {
                0 => Instant.FromUtc(2013, 6, 1, 0, 0) + Duration.FromDays(random.Next(60)), // far from the rest
                1 => Instant.FromUtc(2017, 3, 31, 23, 0), // the first instant of April in London
                _ => origin + Duration.FromMinutes(random.Next(60 * 24 * 150)),
            };
            Duration length = random.Next(12) switch
            {
                0 => Duration.Zero,
                1 => -Duration.FromMinutes(random.Next(1, 90)), // ends before it starts
                _ => Duration.FromMinutes(random.Next(1, 60 * 30)),
            };
            string end = random.Next(10) switch
            {
                0 => string.Empty, // open
                1 => "soon",
                _ => Format(start + length),
            };
            string reference = random.Next(3) switch
            {
                0 => string.Empty,
                1 => "INC" + random.Next(8).ToString(CultureInfo.InvariantCulture), // perhaps a repeat
                _ => "INC" + (100 + i).ToString(CultureInfo.InvariantCulture),
            };
            string started = random.Next(40) == 0 ? "2017-13-01T00:00:00Z" : Format(start);
            lines.Add((start, $"{organisations[random.Next(organisations.Length)]},{services[random.Next(services.Length)]},{reference},{started},{end},{kinds[random.Next(kinds.Length)]},{impacts[random.Next(impacts.Length)]}\n"));
        }

        var text = new StringBuilder("organisation,service,reference,start,end,kind,impact\n");
        foreach ((Instant _, string line) in random.Next(2) == 0 ? lines.AsEnumerable() : lines.OrderBy(l => l.At))
        {
            text.Append(line);
        }

        return text.ToString();
    }
}
