using KpiCore.Availability;
using KpiCore.Sample.Input;
using KpiCore.Sample.Input.Formats;
using KpiCore.Sample.Input.Profiles;
using KpiCore.ServiceDesk;
using NodaTime;

namespace KpiCore.Sample.Tests.Input.Profiles;

public sealed class ImportProfileTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    private static (List<Sourced<Call>> Calls, List<InputProblem> Problems, FileAccount Account) Read(string text, ImportProfile profile, DateTimeZone? inputZone = null)
    {
        using var folder = new TempFolder();
        string path = folder.Write("calls.csv", text);
        var problems = new List<InputProblem>();
        List<Sourced<Call>> calls = InputFiles.ReadCalls(path, "calls.csv", London, problems, out InputFileSummary summary, profile: profile, inputZone: inputZone);
        return (calls, problems, summary.Account(problems));
    }

    [Fact]
    public void ServiceNow_UtcTimesLabelsAndCancelled_ReadAsTheToolMeansThem()
    {
        (List<Sourced<Call>> calls, List<InputProblem> problems, FileAccount account) = Read(
            "number,company,priority,state,opened_at,resolved_at,closed_at,sys_created_on,category,cmdb_ci\n" +
            "INC0010001,Brent,2 - High,Resolved,2017-07-03 09:00:00,2017-07-03 13:00:00,2017-07-06 13:00:00,2017-07-03 08:59:58,Email,Website\n" +
            "INC0010002,Brent,4,Closed,2017-07-03 10:00:00,2017-07-04 10:00:00,,,,\n" +
            "INC0010003,Brent,3 - Moderate,Canceled,2017-07-03 11:00:00,,,,,\n" +
            "INC0010004,Brent,5 - Planning,Resolved,2017-07-03 12:00:00,2017-07-03 13:00:00,,,,\n",
            BuiltInProfiles.ServiceNow());
        Assert.Equal(["INC0010001", "INC0010002"], calls.Select(c => c.Record.Id));
        // 09:00 in ServiceNow's stored UTC is 10:00 BST, not 09:00 BST (which would be 08:00Z).
        Assert.Equal(Instant.FromUtc(2017, 7, 3, 9, 0), calls[0].Record.Logged);
        Assert.Equal(Instant.FromUtc(2017, 7, 3, 13, 0), calls[0].Record.Resolved); // resolved_at, not closed_at
        Assert.Equal(Priority.P2, calls[0].Record.Priority);
        Assert.Equal(Priority.P4, calls[1].Record.Priority); // the raw value 4
        Assert.Equal("Website", calls[0].Record.Service);
        InputProblem cancelled = Assert.Single(problems, p => p.Kind == ProblemKind.Excluded);
        Assert.Equal((4, "state"), (cancelled.Line, cancelled.Field));
        InputProblem planning = Assert.Single(problems, p => p.IsRejection);
        Assert.Equal((5, "priority"), (planning.Line, planning.Field));
        Assert.Contains("'5 - Planning'", planning.Reason, StringComparison.Ordinal);
        Assert.Contains("priorityMap", planning.Reason, StringComparison.Ordinal);
        Assert.Equal(new FileAccount("calls.csv", 4, 2, 1, 1, 0), account);
    }

    [Theory]
    // Clocks went forward at 01:00Z on 26 Mar 2017: 00:59 GMT is 00:59Z, 2:00 AM BST is 01:00Z, and 1:30 AM does not
    // exist (moved forward by the hour's gap: 02:30 BST = 01:30Z).
    [InlineData("26/Mar/17 12:59 AM", 2017, 3, 26, 0, 59)]
    [InlineData("26/Mar/17 2:00 AM", 2017, 3, 26, 1, 0)]
    [InlineData("26/Mar/17 1:30 AM", 2017, 3, 26, 1, 30)]
    // Clocks went back at 01:00Z on 29 Oct 2017: 1:30 AM happened twice; the earlier (BST) is 00:30Z; 2:00 AM GMT is 02:00Z.
    [InlineData("29/Oct/17 1:30 AM", 2017, 10, 29, 0, 30)]
    [InlineData("29/Oct/17 2:00 AM", 2017, 10, 29, 2, 0)]
    [InlineData("24/Mar/21 8:15 AM", 2021, 3, 24, 8, 15)]
    [InlineData("03/Jul/17 12:05 PM", 2017, 7, 3, 11, 5)]
    public void Jira_LocalTimesAcrossDaylightSaving_ReadInLondon(string text, int y, int m, int d, int h, int min)
    {
        var reader = new InstantReader(London, BuiltInProfiles.Jira().DateTimeFormats);
        Assert.True(reader.TryParse(text, out Instant instant));
        Assert.Equal(Instant.FromUtc(y, m, d, h, min), instant);
    }

    [Theory]
    [InlineData("2017-07-03T09:00:00.000+0000", 9, 0, 0)]
    [InlineData("2017-07-03T10:00:00.250+0100", 9, 0, 250)]
    [InlineData("2017-07-03T09:00:00+00:00", 9, 0, 0)]
    [InlineData("2017-07-03T09:00:00Z", 9, 0, 0)]
    [InlineData("2017-07-03T04:30:00-0430", 9, 0, 0)]
    public void Topdesk_OffsetsInEveryForm(string text, int h, int min, int ms)
    {
        var reader = new InstantReader(London, BuiltInProfiles.Topdesk().DateTimeFormats);
        Assert.True(reader.TryParse(text, out Instant instant));
        Assert.Equal(Instant.FromUtc(2017, 7, 3, h, min).PlusNanoseconds(ms * 1_000_000L), instant);
    }

    [Theory]
    [InlineData("2017-07-03T10:00:00+0100")]
    [InlineData("2017-07-03 10:00+0100")]
    [InlineData("2017-07-03T10:00:00+01:00")]
    [InlineData("2017-07-03T09:00:00Z")]
    public void KpiCore_AcceptsEveryOffsetForm(string text)
    {
        Assert.True(RowParser.TryParseInstant(text, London, out Instant instant));
        Assert.Equal(Instant.FromUtc(2017, 7, 3, 9, 0), instant);
    }

    [Theory]
    [InlineData("P1 - Critical", 1)]
    [InlineData("p2", 2)]
    [InlineData("Priority 3 (normal)", 3)]
    [InlineData("Priority 4", 4)]
    public void Topdesk_PriorityNamesByPrefix(string label, int rank)
    {
        Assert.True(CallsFormat.TryMapPriority(BuiltInProfiles.Topdesk().Calls, label, out Priority priority));
        Assert.Equal(rank, priority.Rank);
    }

    [Theory]
    [InlineData("P10")]
    [InlineData("Priority 12")]
    [InlineData("Critical")]
    public void Topdesk_PrefixNeedsAWordBoundary(string label) =>
        Assert.False(CallsFormat.TryMapPriority(BuiltInProfiles.Topdesk().Calls, label, out _));

    [Fact]
    public void ProfileFile_BaseAndOverrides_MergeOverTheBuiltIn()
    {
        string? problem = ProfileLoader.TryParse(
            """
            // a council's ServiceNow with a planning priority and assignment groups as organisations
            {
              "base": "servicenow",
              "name": "our-servicenow",
              "delimiter": ";",
              "calls": { "organisation": "assignment_group", "priorityMap": { "1 - Critical": "P1", "2 - High": "P2", "3 - Moderate": "P3", "4 - Low": "P4", "5 - Planning": "P4" } },
            }
            """, out ImportProfile profile);
        Assert.Null(problem);
        Assert.Equal("our-servicenow", profile.Name);
        Assert.Equal(";", profile.Delimiter);
        Assert.Equal("assignment_group", profile.Calls.Organisation);
        Assert.Equal("opened_at", profile.Calls.Logged); // kept from the base
        Assert.Equal("UTC", profile.InputZone);
        Assert.Equal("P4", profile.Calls.PriorityMap!["5 - planning"]); // labels match without regard to case
        Assert.Equal(5, profile.Calls.PriorityMap.Count); // the map replaces the base's
    }

    [Theory]
    [InlineData("""{ "calls": { "loged": "x" } }""", "loged")]
    [InlineData("""{ "base": "remedy" }""", "remedy")]
    [InlineData("""{ "inputZone": "Europe/Londres" }""", "inputZone")]
    [InlineData("""{ "dateTimeFormats": ["dd/MMM/yy h:mm a"] }""", "dateTimeFormats")]
    [InlineData("""{ "calls": { "priorityMap": { "Urgent": "high" } } }""", "priorityMap")]
    [InlineData("""{ "delimiter": "::" }""", "delimiter")]
    [InlineData("""{ "calls": { "hold": { "mode": "sometimes" } } }""", "hold.mode")]
    [InlineData("""{ "calls": { "hold": { "mode": "total", "column": "held", "unit": "days" } } }""", "hold.unit")]
    [InlineData("""{ "calls": { "typeMap": { "Task": "job" } } }""", "typeMap")]
    [InlineData("""{ "calls": { "typeMap": { "Task": "incident", "task": "change" } } }""", "twice")]
    [InlineData("not json", "JSON")]
    public void ProfileFile_Mistakes_AreOneSentenceNamingThem(string json, string named)
    {
        string? problem = ProfileLoader.TryParse(json, out _);
        Assert.NotNull(problem);
        Assert.Contains(named, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ServiceNowOutages_TypeGivesKindAndImpact()
    {
        using var folder = new TempFolder();
        string path = folder.Write("outages.csv",
            "number,cmdb_ci,cmdb_ci.company,begin,end,type,short_description\n" +
            "OUT0001,Website,Brent,2017-07-03 09:00:00,2017-07-03 10:00:00,outage,down\n" +
            "OUT0002,Website,Brent,2017-07-04 09:00:00,2017-07-04 10:00:00,degradation,slow\n" +
            "OUT0003,Website,Brent,2017-07-05 09:00:00,,planned,patching\n" +
            "OUT0004,Website,Brent,2017-07-06 09:00:00,2017-07-06 10:00:00,sideways,?\n");
        var problems = new List<InputProblem>();
        List<Sourced<Outage>> outages = InputFiles.ReadOutages(path, "outages.csv", London, problems, out _, profile: BuiltInProfiles.ServiceNow());
        Assert.Equal(
            [(OutageKind.Unplanned, OutageImpact.Full), (OutageKind.Unplanned, OutageImpact.Degraded), (OutageKind.Planned, OutageImpact.Full)],
            outages.Select(o => (o.Record.Kind, o.Record.Impact)));
        Assert.Equal(Instant.FromUtc(2017, 7, 3, 9, 0), outages[0].Record.Start);
        Assert.True(outages[2].Record.IsOpen);
        Assert.Equal((5, "type"), (problems.Single().Line, problems.Single().Field));
    }
    [Fact]
    public void SpreadsheetDates_AreRefusedWithTheWayOut_AndReadExactlyThroughAProfilePattern()
    {
        // What Excel saves an ISO column as in a UK locale: day first, no seconds, no offset; 23 March 2017 is GMT.
        const string Text =
            "id,organisation,priority,type,logged,first_response,resolved\n" +
            "C1,Brent,P3,incident,23/03/2017 14:42,23/03/2017 14:56,04/04/2017 11:57\n";
        (List<Sourced<Call>> refused, List<InputProblem> problems, FileAccount account) = Read(Text, BuiltInProfiles.KpiCore());
        Assert.Empty(refused);
        Assert.Equal((1, 1), (account.Records, account.Rejected));
        InputProblem logged = Assert.Single(problems, p => p.Field == "logged");
        Assert.Contains("'23/03/2017 14:42' is not a date and time", logged.Reason, StringComparison.Ordinal);
        Assert.Contains("day/month order", logged.Reason, StringComparison.Ordinal);
        Assert.Contains("\"dateTimeFormats\": [\"dd/MM/uuuu HH:mm\"]", logged.Reason, StringComparison.Ordinal);

        // The pattern the message suggests reads the same file, each instant in the profile's zone (Europe/London).
        Assert.Null(ProfileLoader.TryParse("""{ "dateTimeFormats": ["dd/MM/uuuu HH:mm"] }""", out ImportProfile excel));
        (List<Sourced<Call>> read, List<InputProblem> none, _) = Read(Text, excel);
        Assert.Empty(none);
        Call call = Assert.Single(read).Record;
        Assert.Equal(Instant.FromUtc(2017, 3, 23, 14, 42), call.Logged);
        Assert.Equal(Instant.FromUtc(2017, 3, 23, 14, 56), call.FirstResponse);
        Assert.Equal(Instant.FromUtc(2017, 4, 4, 10, 57), call.Resolved); // 11:57 BST

        // Text that is not spreadsheet-like gets no such hint.
        (_, List<InputProblem> typo, _) = Read(Text.Replace("23/03/2017 14:42", "2017-03-32T14:42:00", StringComparison.Ordinal), BuiltInProfiles.KpiCore());
        Assert.DoesNotContain("spreadsheet", Assert.Single(typo, p => p.Field == "logged").Reason, StringComparison.Ordinal);
    }
}
