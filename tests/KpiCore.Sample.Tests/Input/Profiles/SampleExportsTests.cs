using System.Globalization;
using System.Text;
using KpiCore.Sample.Input.Profiles;
using NodaTime;
using NodaTime.Text;

namespace KpiCore.Sample.Tests.Input.Profiles;

/// <summary>
/// The hand-made exports under samples/exports go through <c>sla</c> with their profiles; every expected figure below
/// was worked out by hand from the default policy (P1 4 h 24x7; P2 8, P3 30, P4 50 working hours; Mon-Fri 08:00-18:00
/// Europe/London, England and Wales bank holidays closed), not printed from the code.
/// </summary>
public sealed class SampleExportsTests
{
    private static readonly string Exports = Path.Combine(Path.GetDirectoryName(TempFolder.RepositoryDataFolder())!, "exports");

    private static (int Code, string[] Rows, string Error) Sla(params string[] args)
    {
        using var folder = new TempFolder();
        string output = Path.Combine(folder.Path, "per-call.csv");
        (int code, _, string error) = HostRunner.Run(["sla", .. args, "--out", output]);
        string[] rows = File.Exists(output) ? File.ReadAllLines(output) : [];
        return (code, rows.Skip(1).ToArray(), error);
    }

    [Fact]
    public void ServiceNow_IncidentsWithMetricInstanceHistory()
    {
        (int code, string[] rows, string error) = Sla("--calls", Path.Combine(Exports, "servicenow", "incident.csv"), "--profile", "servicenow",
            "--history", Path.Combine(Exports, "servicenow", "metric_instance.csv"), "--month", "2017-07");
        Assert.Equal(
        [
            // opened_at 09:00 UTC = 10:00 BST, resolved_at 12:30 UTC (closed_at ignored): 3 h 30 = 210 of 240 min, 24x7;
            // breach 10:00 + 4 h = 14:00 BST.
            "INC0010001,Brent,P1,incident,2017-07-03T10:00:00+01:00,2017-07-03T13:30:00+01:00,210,240,2017-07-03T14:00:00+01:00,met,none",
            // 08:00-18:30 BST; working day ends 18:00 = 10 h; On Hold 10:00-11:00 touching Awaiting Vendor 11:00-12:30 BST
            // pause 2 h 30 => 7 h 30 = 450 of 480. Breach: 08:00-10:00 (2 h), pause to 12:30, 12:30-18:00 (5 h 30, 7 h 30),
            // Tue 08:00-08:30 (8 h).
            "INC0010002,Brent,P2,incident,2017-07-03T08:00:00+01:00,2017-07-03T18:30:00+01:00,450,480,2017-07-04T08:30:00+01:00,met,history",
            // Reopened: Tue 09:00-18:00 BST (9 h), Wed 08:00-11:00 (3 h, resolved), outside the clock until Thu 10:00,
            // Thu 10:00-14:00 (4 h, last resolution) = 16 h = 960 of 1800. Breach: 12 h by Wed 11:00, Thu 10:00-18:00 (20 h),
            // Fri 08:00-18:00 (30 h) => Fri 18:00.
            "INC0010003,Lewisham,P3,incident,2017-07-04T09:00:00+01:00,2017-07-06T14:00:00+01:00,960,1800,2017-07-07T18:00:00+01:00,met,history",
        ], rows);
        Assert.Equal(1, code); // 5 - Planning is rejected
        Assert.Contains("servicenow/incident.csv:5: state: excluded: cancelled in ServiceNow (state 8)".Replace('/', Path.DirectorySeparatorChar), error, StringComparison.Ordinal);
        Assert.Contains("incident.csv: 5 records: 3 counted, 1 rejected, 1 excluded", error, StringComparison.Ordinal);
        // Another metric and the cancelled call's row are excluded; the unknown INC0010099 is rejected.
        Assert.Contains("metric_instance.csv: 15 records: 12 counted, 1 rejected, 2 excluded", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Jira_LocalTimesAcrossBothDaylightSavingChanges_AndStatusHistory()
    {
        (int code, string[] rows, string error) = Sla("--calls", Path.Combine(Exports, "jira", "issues.csv"), "--profile", "jira",
            "--history", Path.Combine(Exports, "jira", "history.csv"));
        Assert.Equal(
        [
            // 25 Mar 11:00 PM GMT = 23:00Z to 26 Mar 3:00 AM BST = 02:00Z: 3 h (the wall clock says 4 h) = 180 of 240;
            // breach 23:00Z + 4 h = 03:00Z = 04:00 BST.
            "ITSD-1,ITSD,P1,incident,2017-03-25T23:00:00+00:00,2017-03-26T03:00:00+01:00,180,240,2017-03-26T04:00:00+01:00,met,none",
            // 28 Oct 11:00 PM BST = 22:00Z to 29 Oct 2:30 AM GMT = 02:30Z: 4 h 30 (the wall clock says 3 h 30) = 270 > 240;
            // breach 22:00Z + 4 h = 02:00Z.
            "ITSD-2,ITSD,P1,incident,2017-10-28T23:00:00+01:00,2017-10-29T02:30:00+00:00,270,240,2017-10-29T02:00:00+00:00,breached,none",
            // Medium raised to High at noon: judged as P2 (480) from the start. 09:00-16:00 BST = 7 h less Waiting for
            // customer 10:00-11:00 = 6 h = 360. Breach: 8 h + the 1 h pause from 09:00 = 18:00.
            "ITSD-3,ITSD,P2,incident,2017-07-03T09:00:00+01:00,2017-07-03T16:00:00+01:00,360,480,2017-07-03T18:00:00+01:00,met,history",
        ], rows);
        Assert.Equal(1, code);
        Assert.Contains("changed priority from P3 to P2", error, StringComparison.Ordinal);
        Assert.Contains("issues.csv: 4 records: 2 counted, 0 rejected, 1 excluded, 1 outside the reporting range", error, StringComparison.Ordinal);
        // assignee change and the Duplicate's row excluded; the out-of-order row and unknown ITSD-99 rejected.
        Assert.Contains("history.csv: 9 records: 5 counted, 2 rejected, 2 excluded", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Topdesk_OffsetsMillisecondsPriorityNamesAndHolidays()
    {
        (int code, string[] rows, _) = Sla("--calls", Path.Combine(Exports, "topdesk", "incidents.csv"), "--profile", "topdesk", "--month", "2018-01");
        Assert.Equal(0, code);
        // callDate 22 Dec 16:00+0000 (Fri): 16:00-18:00 (2 h); 25, 26 Dec bank holidays; 27-29 Dec 30 h (32 h); 1 Jan bank
        // holiday; 2 Jan 08:00-10:00 (34 h) = 2040 of 3000. Breach: 42 h at the end of 2 Jan, 3 Jan 08:00 + 8 h = 16:00.
        Assert.Contains("I 1712 002,Lewisham,P4,incident,2017-12-22T16:00:00+00:00,2018-01-02T10:00:00+00:00,2040,3000,2018-01-03T16:00:00+00:00,met,none", rows);
        (_, rows, string error) = Sla("--calls", Path.Combine(Exports, "topdesk", "incidents.csv"), "--profile", "topdesk", "--month", "2017-07");
        // 08:00+0000 = 09:00 BST to 15:30+0000 = 16:30 BST: 7 h 30 = 450 of 480 (P2 - High); breach 09:00 + 8 h = 17:00.
        Assert.Contains("I 1707 001,Brent,P2,incident,2017-07-03T09:00:00+01:00,2017-07-03T16:30:00+01:00,450,480,2017-07-03T17:00:00+01:00,met,none", rows);
        // P1 runs 24x7: 09:00-11:00 BST is 120 min, less the 90-minute onHoldDuration = 30 of 240; the total is taken as
        // held before the breach, so the breach moves from 13:00 to 09:00 + 240 + 90 min = 14:30 BST.
        Assert.Contains("I 1707 003,Brent,P1,incident,2017-07-04T09:00:00+01:00,2017-07-04T11:00:00+01:00,30,240,2017-07-04T14:30:00+01:00,met,total", rows);
        Assert.DoesNotContain("warning", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Jira_IssueTypes_AreMapped_AndAnUnmappedTypeIsRejectedByName()
    {
        using var folder = new TempFolder();
        string calls = folder.Write("issues.csv", """
            Issue key,Issue Type,Status,Priority,Resolution,Project key,Created,Resolved
            ITSD-1,Incident,Resolved,High,Done,ITSD,03/Jul/17 9:00 AM,03/Jul/17 4:00 PM
            ITSD-2,[System] Service request,Resolved,High,Done,ITSD,03/Jul/17 9:00 AM,03/Jul/17 10:00 AM
            ITSD-3,Problem,Open,Medium,,ITSD,04/Jul/17 9:00 AM,
            ITSD-4,Task,Open,Medium,,ITSD,04/Jul/17 9:00 AM,
            ITSD-5,[System] Change,Open,Medium,,ITSD,04/Jul/17 9:00 AM,
            """);
        (int code, string[] rows, string error) = Sla("--calls", calls, "--profile", "jira", "--month", "2017-07");
        Assert.Equal(1, code);
        // P2 (High) in Mon-Fri 08:00-18:00 London: 09:00-16:00 BST = 420 of 480; 09:00-10:00 = 60. Breach 09:00 + 8 h = 17:00.
        Assert.Contains("ITSD-1,ITSD,P2,incident,2017-07-03T09:00:00+01:00,2017-07-03T16:00:00+01:00,420,480,2017-07-03T17:00:00+01:00,met,none", rows);
        Assert.Contains("ITSD-2,ITSD,P2,service-request,2017-07-03T09:00:00+01:00,2017-07-03T10:00:00+01:00,60,480,2017-07-03T17:00:00+01:00,met,none", rows);
        Assert.Contains("ITSD-3,ITSD,P3,problem,2017-07-04T09:00:00+01:00,,,,,no-sla,none", rows);
        Assert.Contains("ITSD-5,ITSD,P3,change,2017-07-04T09:00:00+01:00,,,,,no-sla,none", rows);
        Assert.DoesNotContain(rows, r => r.StartsWith("ITSD-4,", StringComparison.Ordinal));
        Assert.Contains("issues.csv:5: Issue Type: 'Task' is not a call type the profile maps; add it to the profile's calls.typeMap", error, StringComparison.Ordinal);
        Assert.Contains("issues.csv: 5 records: 4 counted, 1 rejected", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("topdesk")]
    [InlineData("jira")]
    public void A_CallsOnlyProfile_LeavesTheFoldersOutagesInKpicoreFormat(string profile)
    {
        using var output = new TempFolder();
        string calls = Path.Combine(Exports, profile, profile == "topdesk" ? "incidents.csv" : "issues.csv");
        var (_, _, error) = HostRunner.Run("pack", "--data", TempFolder.RepositoryDataFolder(), "--profile", profile, "--calls", calls, "--out", output.Path, "--no-terminal");
        // The default outages.csv has 162 records, all ISO 8601: read with the calls profile's date formats they were all
        // rejected; Jira and TOPdesk have no outage export, so outages.csv is read as kpicore's.
        Assert.Contains("outages.csv: 162 records: 162 counted, 0 rejected", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ProfileFile_WithAnOutagesObject_ReadsOutagesThroughIt()
    {
        Assert.Null(ProfileLoader.TryParse("""{ "base": "jira", "outages": { "start": "Begin" } }""", out ImportProfile withOutages));
        Assert.True(withOutages.DescribesOutages);
        Assert.Null(ProfileLoader.TryParse("""{ "base": "jira" }""", out ImportProfile callsOnly));
        Assert.False(callsOnly.DescribesOutages);
        Assert.Null(ProfileLoader.TryParse("""{ "base": "servicenow" }""", out ImportProfile servicenow));
        Assert.True(servicenow.DescribesOutages);
    }

    [Fact]
    public void OnHoldTotals_InSeconds_AreTakenOffTheClock_OrTheCallIsNotJudged()
    {
        using var folder = new TempFolder();
        string profile = folder.Write("seconds.json", """
            { "base": "topdesk", "name": "topdesk-seconds", "calls": { "hold": { "mode": "total", "column": "onHoldDuration", "unit": "seconds" } } }
            """);
        string calls = folder.Write("incidents.csv", """
            number,callDate,completedDate,priority.name,branch.name,onHoldDuration
            A1,2017-07-05T08:00:00.000+0000,2017-07-05T13:00:00.000+0000,P1 - Critical,Brent,5400
            A2,2017-07-05T08:00:00.000+0000,2017-07-05T09:00:00.000+0000,P1 - Critical,Brent,7200
            A3,2017-07-05T08:00:00.000+0000,2017-07-05T09:00:00.000+0000,P1 - Critical,Brent,0
            """);
        (int code, string[] rows, string error) = Sla("--calls", calls, "--profile", profile, "--month", "2017-07");
        Assert.Equal(0, code);
        Assert.Contains("incidents.csv:3: onHoldDuration: warning: The on-hold total", error, StringComparison.Ordinal);
        // A1: 09:00-14:00 BST = 300 min, less 5400 s = 90 min: 210 of 240, met; breach 09:00 + 240 + 90 min = 14:30 BST.
        Assert.Contains("A1,Brent,P1,incident,2017-07-05T09:00:00+01:00,2017-07-05T14:00:00+01:00,210,240,2017-07-05T14:30:00+01:00,met,total", rows);
        // A2: a 120-minute total in a call of 60 minutes cannot be right: counted, not judged.
        string a2 = Assert.Single(rows, r => r.StartsWith("A2,", StringComparison.Ordinal));
        Assert.Contains(",\"not-judged: The on-hold total 0:02:00:00 is more than the 0:01:00:00 of working time", a2, StringComparison.Ordinal);
        Assert.EndsWith(",total", a2, StringComparison.Ordinal);
        // A3: a zero total is no hold: 60 of 240, met.
        Assert.Contains("A3,Brent,P1,incident,2017-07-05T09:00:00+01:00,2017-07-05T10:00:00+01:00,60,240,2017-07-05T13:00:00+01:00,met,none", rows);
    }

    /// <summary>
    /// The same calls written as a kpicore calls.csv with on-hold intervals, as a ServiceNow export with a metric_instance
    /// history, and as a Jira export with a status history give the same per-call figures and monthly tables.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void SameCalls_InEveryProfile_GiveIdenticalFigures(int seed)
    {
        var random = new Random(seed);
        DateTimeZone london = DateTimeZoneProviders.Tzdb["Europe/London"];
        var iso = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<+HH:mm>");
        var snow = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd' 'HH':'mm':'ss");
        var jira = LocalDateTimePattern.CreateWithInvariantCulture("dd'/'MMM'/'yy h':'mm tt");
        string[] jiraPriorities = ["Highest", "High", "Medium", "Low"];
        var kpicore = new StringBuilder("id,organisation,priority,type,logged,first_response,resolved,on_hold,service,category\n");
        var servicenow = new StringBuilder("number,company,priority,state,opened_at,resolved_at\n");
        var metric = new StringBuilder("definition,id,value,start,end\n");
        var jiraCalls = new StringBuilder("Issue key,Project key,Priority,Status,Resolution,Created,Resolved\n");
        var jiraHistory = new StringBuilder("id,changed_at,field,from,to\n");
        Instant origin = Instant.FromUtc(2017, 3, 1, 0, 0);
        for (int i = 0; i < 60; i++)
        {
            // Whole minutes (Jira writes no seconds), logged from March to November 2017, so both DST changes are crossed.
            Instant logged = origin + Duration.FromMinutes(random.Next(0, 260 * 24 * 60));
            int rank = random.Next(1, 5);
            string id = string.Create(CultureInfo.InvariantCulture, $"ITSD-{i + 1}");
            Instant t = logged;
            var holds = new List<(Instant Start, Instant End)>();
            var states = new List<(string State, Instant Start, Instant End)>();
            for (int step = 0; step < random.Next(0, 4); step++)
            {
                Instant holdStart = t + Duration.FromMinutes(random.Next(1, 3000));
                Instant holdEnd = holdStart + Duration.FromMinutes(random.Next(1, 3000));
                states.Add(("In Progress", t, holdStart));
                states.Add(("On Hold", holdStart, holdEnd));
                holds.Add((holdStart, holdEnd));
                t = holdEnd;
            }

            Instant resolved = t + Duration.FromMinutes(random.Next(1, 5000));
            states.Add(("In Progress", t, resolved));
            string Iso(Instant x) => iso.Format(x.InZone(london).ToOffsetDateTime());
            string Snow(Instant x) => snow.Format(x.InUtc().LocalDateTime);
            string Jira(Instant x) => jira.Format(x.InZone(london).LocalDateTime);
            kpicore.Append(CultureInfo.InvariantCulture, $"{id},Brent,P{rank},incident,{Iso(logged)},,{Iso(resolved)},{string.Join(";", holds.Select(h => Iso(h.Start) + "/" + Iso(h.End)))},,\n");
            servicenow.Append(CultureInfo.InvariantCulture, $"{id},Brent,{rank},Resolved,{Snow(logged)},{Snow(resolved)}\n");
            jiraCalls.Append(CultureInfo.InvariantCulture, $"{id},Brent,{jiraPriorities[rank - 1]},Resolved,Done,{Jira(logged)},{Jira(resolved)}\n");
            string previous = "Open";
            foreach ((string state, Instant start, Instant end) in states)
            {
                metric.Append(CultureInfo.InvariantCulture, $"Incident State Duration,{id},{state},{Snow(start)},{Snow(end)}\n");
                string jiraState = state == "On Hold" ? "Waiting for customer" : state;
                jiraHistory.Append(CultureInfo.InvariantCulture, $"{id},{Jira(start)},status,{previous},{jiraState}\n");
                previous = jiraState;
            }

            metric.Append(CultureInfo.InvariantCulture, $"Incident State Duration,{id},Resolved,{Snow(resolved)},\n");
            jiraHistory.Append(CultureInfo.InvariantCulture, $"{id},{Jira(resolved)},status,{previous},Resolved\n");
        }

        using var folder = new TempFolder();
        string[] Run(params string[] args)
        {
            string output = Path.Combine(folder.Path, Guid.NewGuid().ToString("N") + ".csv");
            (int code, string table, string error) = HostRunner.Run(["sla", .. args, "--out", output]);
            Assert.True(code == 0, error);
            // Every column but the last (where the hold came from), and the monthly tables.
            return [.. File.ReadAllLines(output).Skip(1).Select(r => r[..r.LastIndexOf(',')]), .. table.Split('\n').Skip(1)];
        }

        string[] expected = Run("--calls", folder.Write("calls.csv", kpicore.ToString()));
        Assert.Equal(expected, Run("--calls", folder.Write("incident.csv", servicenow.ToString()), "--profile", "servicenow", "--history", folder.Write("metric.csv", metric.ToString())));
        Assert.Equal(expected, Run("--calls", folder.Write("issues.csv", jiraCalls.ToString()), "--profile", "jira", "--history", folder.Write("history.csv", jiraHistory.ToString())));
    }
}
