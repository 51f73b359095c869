using KpiCore.Availability;
using KpiCore.Sample.Input;
using KpiCore.Sample.Input.Formats;
using KpiCore.ServiceDesk;
using NodaTime;

namespace KpiCore.Sample.Tests.Input;

public sealed class InputFilesTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    [Fact]
    public void ReadOutages_BadRows_EachReportedWithFileLineAndField_GoodRowsLoaded()
    {
        using var folder = new TempFolder();
        string path = folder.Write("outages.csv",
            "organisation,service,reference,start,end,kind,impact,description\n" +
            "Brent,Web,O1,2017-09-03T10:00:00+01:00,2017-09-03T11:00:00+01:00,planned,full,ok\n" +
            "Brent,Web,O2,2017-09-31T10:00:00+01:00,,unplanned,full,bad start\n" +
            "Brent,Web,O3,2017-09-03T10:00:00+01:00,,sideways,total,bad kind and impact\n" +
            ",Web,O4,2017-09-03T10:00:00+01:00,,,,no organisation\n" +
            "Brent,Web,O5,2017-09-04T10:00:00+01:00,,,,\"still open, blank kind = unplanned\"\n");
        var problems = new List<InputProblem>();
        List<Sourced<Outage>> outages = InputFiles.ReadOutages(path, "outages.csv", London, problems, out InputFileSummary summary);
        Assert.Equal(["O1", "O5"], outages.Select(o => o.Record.Reference));
        Assert.Equal(OutageKind.Planned, outages[0].Record.Kind);
        Assert.True(outages[1].Record.IsOpen);
        Assert.Equal(OutageKind.Unplanned, outages[1].Record.Kind);
        Assert.Equal(
            ["outages.csv:3: start", "outages.csv:4: kind", "outages.csv:4: impact", "outages.csv:5: organisation"],
            problems.Select(p => $"{p.File}:{p.Line}: {p.Field}"));
        Assert.Equal(5, summary.Records);
        FileAccount account = summary.Account(problems);
        Assert.Equal(2, account.Counted);
        Assert.Equal(3, account.Rejected);
    }

    [Fact]
    public void ReadCalls_OnHoldAndPriorities_AreParsed()
    {
        using var folder = new TempFolder();
        string path = folder.Write("calls.csv",
            "id,organisation,priority,type,logged,first_response,resolved,on_hold,service,category\n" +
            "C1,Brent,p2,incident,2017-09-11T09:00:00,,2017-09-11T18:00:00,2017-09-11T10:00:00/2017-09-11T12:00:00;2017-09-11T13:00:00/2017-09-11T13:30:00,Web,\n" +
            "C2,Brent,,problem,2017-09-11T09:00:00,,,,,\n" +
            "C3,Brent,,incident,2017-09-11T09:00:00,,,,,\n" +
            "C4,Brent,P7,change,2017-09-11T09:00:00,,,2017-09-11T10:00:00-2017-09-11T12:00:00,,\n");
        var problems = new List<InputProblem>();
        List<Sourced<Call>> calls = InputFiles.ReadCalls(path, "calls.csv", London, problems, out InputFileSummary summary);
        Assert.Equal(["C1", "C2"], calls.Select(c => c.Record.Id));
        Assert.Equal(Priority.P2, calls[0].Record.Priority);
        Assert.Equal(2, calls[0].Record.OnHold.Count);
        Assert.Equal(Duration.FromHours(2), calls[0].Record.OnHold[0].Duration);
        Assert.Equal(CallType.Problem, calls[1].Record.Type);
        Assert.Equal(["calls.csv:4: priority", "calls.csv:5: on_hold"], problems.Select(p => $"{p.File}:{p.Line}: {p.Field}"));
        Assert.Equal(summary.Records, calls.Count + problems.Select(p => p.Line).Distinct().Count());
    }

    [Theory]
    [InlineData("24x7", true, 24)]
    [InlineData("Mon-Fri 08:00-18:00", false, 10)]
    [InlineData("Mon-Sun 00:00-24:00", false, 24)]
    [InlineData("Mon-Fri 08:00-18:00; Sat 09:00-13:00", false, 10)]
    public void ParseServiceHours_ValidText_GivesCalendar(string text, bool twentyFourSeven, int hoursOnMonday)
    {
        var calendar = ServicesFormat.ParseServiceHours(text, London, out string? error);
        Assert.Null(error);
        Assert.Equal(twentyFourSeven, calendar is null);
        if (calendar is not null)
        {
            Assert.Equal(Duration.FromHours(hoursOnMonday), calendar.GetHours(IsoDayOfWeek.Monday).Aggregate(Duration.Zero, (sum, r) => sum + r.Length));
        }
    }

    [Theory]
    [InlineData("weekdays")]
    [InlineData("Fri-Mon 08:00-18:00")]
    [InlineData("Mon-Fri 18:00-08:00")]
    [InlineData("Mon-Fri 8-6")]
    public void ParseServiceHours_InvalidText_GivesError(string text)
    {
        Assert.Null(ServicesFormat.ParseServiceHours(text, London, out string? error));
        Assert.NotNull(error);
    }

    [Fact]
    public void ReadRisks_DuplicateIdAndHalfInherentRating_AreRejected()
    {
        using var folder = new TempFolder();
        string path = folder.Write("risks.csv",
            "id,description,residual_impact,residual_likelihood,inherent_impact,inherent_likelihood\n" +
            "R1,Fire,3,2,3,3\n" +
            "R1,Flood,1,1,,\n" +
            "R2,Theft,2,2,2,\n" +
            "R3,Huge,99999999999,1,,\n");
        var problems = new List<InputProblem>();
        var risks = InputFiles.ReadRisks(path, "risks.csv", London, problems, out _);
        Assert.Equal(["R1"], risks.Select(r => r.Record.Id));
        Assert.Equal([3, 4, 5], problems.Select(p => p.Line));
    }

    [Fact]
    public void ReadCalls_RandomMixOfGoodAndBadRows_EveryRowLoadedOrReportedAtItsLine()
    {
        string[] corruptions =
        [
            "C{0},Brent,P9x,incident,2017-09-01T09:00:00Z,,,,,",                 // priority
            "C{0},Brent,P2,incident,2017-09-31T09:00:00Z,,,,,",                  // logged
            "C{0},Brent,P2,incident,2017-09-01T09:00:00Z,,tomorrow,,,",          // resolved
            "C{0},Brent,P2,sideways,2017-09-01T09:00:00Z,,,,,",                  // type
            "C{0},,P2,incident,2017-09-01T09:00:00Z,,,,,",                       // organisation
            "C{0},Brent,P2,incident,2017-09-01T09:00:00Z,,,,,,extra",           // field count
            "C{0},Brent,P2,incident,\"2017-09-01T09:00:00Z\"x,,,,,",             // text after quote
        ];
        var random = new Random(42);
        var text = new System.Text.StringBuilder("id,organisation,priority,type,logged,first_response,resolved,on_hold,service,category\n");
        var badLines = new HashSet<int>();
        int line = 1;
        for (int i = 0; i < 300; i++)
        {
            line++;
            if (random.Next(3) == 0)
            {
                badLines.Add(line);
                text.AppendFormat(System.Globalization.CultureInfo.InvariantCulture, corruptions[random.Next(corruptions.Length)], i).Append('\n');
            }
            else
            {
                // A multi-line quoted category now and then: the next row's line number must account for it.
                string category = random.Next(10) == 0 ? "\"two\nlines\"" : "Email";
                text.Append(System.Globalization.CultureInfo.InvariantCulture, $"C{i},Brent,P3,incident,2017-09-01T09:00:00Z,,2017-09-02T09:00:00Z,,Mail,{category}\n");
                line += category.Contains('\n', StringComparison.Ordinal) ? 1 : 0;
            }
        }

        using var folder = new TempFolder();
        string path = folder.Write("calls.csv", text.ToString());
        var problems = new List<InputProblem>();
        List<Sourced<Call>> calls = InputFiles.ReadCalls(path, "calls.csv", London, problems, out InputFileSummary summary);
        Assert.Equal(300, summary.Records);
        Assert.Equal(300 - badLines.Count, calls.Count);
        Assert.Equal(badLines.Order(), problems.Select(p => p.Line).Distinct().Order());
        Assert.DoesNotContain(calls, c => badLines.Contains(c.Line));
    }
}
