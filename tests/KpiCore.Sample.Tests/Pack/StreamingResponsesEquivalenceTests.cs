using System.Globalization;
using System.Text;
using FsCheck.Xunit;
using KpiCore.Sample.Input;
using NodaTime;

namespace KpiCore.Sample.Tests.Pack;

/// <summary>
/// The streamed survey responses of <c>pack</c> (<see cref="KpiCore.Sample.Pack.ResponseMonthStore"/>) give what the
/// list of responses gave: every NPS figure, N/A and UNVL, every problem (scores outside 0-10, bad rows, repeated ids,
/// organisations services.csv does not define) in order, and the accounting lines (responses outside the reporting
/// range counted, not listed), on response files mutated with those faults, names in other case, months far from the
/// rest and dates out of order.
/// </summary>
public sealed class StreamingResponsesEquivalenceTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    [Property(MaxTest = 60)]
    public bool Pack_MutatedResponseFiles_StreamedEqualsListed(int seed, bool givenMonths, bool withCalls)
    {
        using var folder = new TempFolder();
        var random = new Random(seed);
        folder.Write("responses.csv", MutatedResponses(random, 120));
        if (withCalls)
        {
            folder.Write("calls.csv", StreamingCallsEquivalenceTests.MutatedCalls(random, 40));
        }

        if (random.Next(3) == 0)
        {
            folder.Write("services.csv", "organisation,service,target_percent,service_hours,exclude_planned\nBRENT,Telephony,99.9,24x7,no\nharrow,Email,99.5,24x7,no\n");
        }

        IReadOnlyList<YearMonth>? months = givenMonths ? [.. Enumerable.Range(0, 4).Select(i => new YearMonth(2017, 4).PlusMonths(i))] : null;
        return StreamingCallsEquivalenceTests.StreamedEqualsListed(folder.Path, months);
    }

    [Fact]
    public void Pack_StreamedResponses_KeepNoListAndCountEveryResponse()
    {
        DataSet data = DataSet.Load(TempFolder.RepositoryDataFolder(), London, streaming: StreamingCallsEquivalenceTests.Streamed(2));
        Assert.Empty(data.Responses);
        Assert.NotNull(data.ResponseStore);
        Assert.Equal(3813, data.ResponseStore.Count); // samples/data/responses.csv: 3,814 lines, the header and 3,813 responses
    }

    /// <summary>A scored response in a reported month outside 0-10 is rejected at its line with the calculator's words; one outside the months is only counted as outside.</summary>
    [Fact]
    public void Pack_ScoreOutOfRange_RejectedInAReportedMonthCountedOutsideElsewhere()
    {
        using var folder = new TempFolder();
        folder.Write("responses.csv", "id,organisation,responded,score,comment\nR1,Brent,2017-04-03T09:00:00Z,9,\nR2,Brent,2017-04-04T09:00:00Z,11,\nR3,Brent,2017-05-04T09:00:00Z,0,\nR4,Brent,2019-01-04T09:00:00Z,12,\n");
        IReadOnlyList<YearMonth> months = [new YearMonth(2017, 4), new YearMonth(2017, 5)];
        string listed = StreamingCallsEquivalenceTests.Run(folder.Path, months, inMemory: true);
        string streamed = StreamingCallsEquivalenceTests.Run(folder.Path, months, StreamingCallsEquivalenceTests.Streamed(1));
        Assert.Equal(listed, streamed);
        Assert.Contains("responses.csv:3: score: Score must be from 0 to 10; was 11.", streamed, StringComparison.Ordinal);
        Assert.DoesNotContain("was 12", streamed, StringComparison.Ordinal);
        Assert.Contains("responses.csv: 4 records: 2 counted, 1 rejected, 1 outside the reporting range", streamed, StringComparison.Ordinal);
    }

    private static string MutatedResponses(Random random, int rows)
    {
        string[] organisations = ["Brent", "Harrow", "harrow ", "Ealing", "EALING", "Camden"];
        string[] scores = ["0", "6", "7", "8", "9", "10", "10", "3", "11", "-1", "x", string.Empty, "7.5"];
        Instant origin = Instant.FromUtc(2017, 3, 1, 0, 0);
        var lines = new List<(Instant At, string Line)>();
        for (int i = 0; i < rows; i++)
        {
            string id = random.Next(6) switch
            {
                0 => string.Empty,
                1 => "R" + random.Next(i + 1).ToString(CultureInfo.InvariantCulture), // perhaps a repeat
                2 => " R" + random.Next(i + 1).ToString(CultureInfo.InvariantCulture) + " ", // a repeat in other spacing
                _ => "R" + i.ToString(CultureInfo.InvariantCulture),
            };
            Instant at = random.Next(20) switch
            {
                0 => Instant.FromUtc(2012, 6, 1, 0, 0) + Duration.FromDays(random.Next(60)),
                1 => Instant.FromUtc(2017, 5, 1, 0, 0) - Duration.FromMinutes(30), // 00:30 on 1 May in London: May
                _ => origin + Duration.FromMinutes(random.Next(60 * 24 * 200)),
            };
            string responded = random.Next(30) == 0 ? "yesterday" : at.ToString("uuuu'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture);
            lines.Add((at, $"{id},{organisations[random.Next(organisations.Length)]},{responded},{scores[random.Next(scores.Length)]},\n"));
        }

        var text = new StringBuilder("id,organisation,responded,score,comment\n");
        foreach ((Instant _, string line) in random.Next(2) == 0 ? lines.AsEnumerable() : lines.OrderBy(l => l.At))
        {
            text.Append(line);
        }

        return text.ToString();
    }
}
