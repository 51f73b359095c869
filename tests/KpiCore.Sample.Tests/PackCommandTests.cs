using System.Text.RegularExpressions;

namespace KpiCore.Sample.Tests;

/// <summary>The <c>pack</c> command end to end on user-style files, broken files and bad options.</summary>
public sealed class PackCommandTests
{
    private const string Services = """
        organisation,service,target_percent,service_hours,exclude_planned
        Brent,Telephony,99.9,24x7,no
        Brent,Website,99.9,24x7,no
        Lewisham,Telephony,99.9,24x7,no
        """;

    // Brent Website: 7 h 12 min down of April's 720 h = 99%.
    private const string Outages = """
        organisation,service,reference,start,end,kind,impact,description
        Brent,Website,O1,2017-04-10T00:00:00Z,2017-04-10T07:12:00Z,unplanned,full,Search change
        """;

    // Brent April P1: one met (1 h), one missed (10 h against 4 h) = 50%. Lewisham April P1: 2 of 2 met.
    // Shared service April P1: 3 met / 4 resolved = 75% (the mean of 50% and 100% would be 75% too, so P2 differs:)
    // Brent P2: 1 of 1 met (1 working hour); Lewisham P2: 0 of 3 met (logged Fri 7 Apr 09:00 BST, resolved
    // Tue 11 Apr 17:00 BST, 28 working hours > 8). Combined P2 = 1 / 4 = 25%; the mean of 100% and 0% would be 50%.
    private const string Calls = """
        id,organisation,priority,type,logged,first_response,resolved,on_hold,service,category
        c1,Brent,P1,incident,2017-04-03T10:00:00Z,,2017-04-03T11:00:00Z,,,
        c2,Brent,P1,incident,2017-04-05T10:00:00Z,,2017-04-05T20:00:00Z,,,
        c3,Brent,P2,incident,2017-04-05T10:00:00Z,,2017-04-05T11:00:00Z,,,
        l1,Lewisham,P1,incident,2017-04-06T10:00:00Z,,2017-04-06T11:00:00Z,,,
        l2,Lewisham,P1,incident,2017-04-06T12:00:00Z,,2017-04-06T13:00:00Z,,,
        l3,Lewisham,P2,incident,2017-04-07T08:00:00Z,,2017-04-11T16:00:00Z,,,
        l4,Lewisham,P2,incident,2017-04-07T08:00:00Z,,2017-04-11T16:00:00Z,,,
        l5,Lewisham,P2,incident,2017-04-07T08:00:00Z,,2017-04-11T16:00:00Z,,,
        """;

    // Brent: 2 promoters, 1 passive, 1 detractor of 4 = 25. Lewisham: 1 promoter, 4 passives, 3 detractors of 8 = -25.
    // Shared service: 3 promoters, 4 detractors of 12 = -8.33; the mean of 25 and -25 would be 0.
    private const string Responses = """
        id,organisation,responded,score,comment
        r1,Brent,2017-04-03T10:00:00Z,10,
        r2,Brent,2017-04-04T10:00:00Z,9,=HYPERLINK("x")
        r3,Brent,2017-04-04T11:00:00Z,7,
        r4,Brent,2017-04-04T12:00:00Z,2,
        r5,Lewisham,2017-04-04T10:00:00Z,9,
        r6,Lewisham,2017-04-04T10:00:00Z,0,
        r7,Lewisham,2017-04-04T10:00:00Z,1,
        r8,Lewisham,2017-04-04T10:00:00Z,6,
        r9,Lewisham,2017-04-05T10:00:00Z,7,
        r10,Lewisham,2017-04-05T10:00:00Z,8,
        r11,Lewisham,2017-04-05T10:00:00Z,7,
        r12,Lewisham,2017-04-05T10:00:00Z,8,
        """;

    private const string Exceptions = """
        organisation,row,month,text
        Brent,Website,2017-04,<script>alert(1)</script> search change
        """;

    [Fact]
    public void Pack_UserFiles_WritesThreeFilesAndExitsZero()
    {
        using var data = UserData();
        using var output = new TempFolder();
        var (code, stdout, stderr) = HostRunner.Run("pack", "--data", data.Path, "--out", output.Path);
        Assert.True(code == 0, stderr);
        Assert.True(File.Exists(Path.Combine(output.Path, "pack.html")));
        Assert.True(File.Exists(Path.Combine(output.Path, "pack.csv")));
        Assert.True(File.Exists(Path.Combine(output.Path, "pack.md")));
        Assert.Contains("Wrote pack.html, pack.csv, pack.md to " + Path.GetFullPath(output.Path) + " (with the cover, business plan and risk register as pack-cover.csv, pack-business-plan.csv, pack-risks.csv)", stdout, StringComparison.Ordinal);
        Assert.Contains("Brent KPIs", stdout, StringComparison.Ordinal);
        Assert.Contains("Shared service KPIs", stdout, StringComparison.Ordinal);
        Assert.Contains("Legend:", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_UserFiles_FiguresHandWorked()
    {
        using var data = UserData();
        using var output = new TempFolder();
        var (code, _, stderr) = HostRunner.Run("pack", "--data", data.Path, "--out", output.Path, "--no-terminal");
        Assert.True(code == 0, stderr);
        string csv = File.ReadAllText(Path.Combine(output.Path, "pack.csv"));
        Assert.Contains("Brent,System availability KPIs,Website,99.9%,2017-04,99,99.00%,Measured,red,NotAssessed,,,,\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("Brent,Service desk KPIs,P1 Calls Resolved within SLA,95%,2017-04,50,50.00%,", csv, StringComparison.Ordinal);
        Assert.Contains("Lewisham,Service desk KPIs,P2 Calls Resolved within SLA,90%,2017-04,0,0.00%,", csv, StringComparison.Ordinal);
        Assert.Contains("Shared service,Service desk KPIs,P1 Calls Resolved within SLA,95%,2017-04,75,75.00%,", csv, StringComparison.Ordinal);
        Assert.Contains("Shared service,Service desk KPIs,P2 Calls Resolved within SLA,90%,2017-04,25,25.00%,", csv, StringComparison.Ordinal);
        Assert.Contains("Shared service,Service desk KPIs,Volume of P2 Calls,,2017-04,4,4,", csv, StringComparison.Ordinal);
        Assert.Contains("Brent,Other KPIs,Net Promoter Score,20,2017-04,25,25,", csv, StringComparison.Ordinal);
        Assert.Contains("Lewisham,Other KPIs,Net Promoter Score,20,2017-04,-25,-25,", csv, StringComparison.Ordinal);
        Assert.Contains("Shared service,Other KPIs,Net Promoter Score,20,2017-04,-8.333", csv, StringComparison.Ordinal);
        // Lewisham has no Website: the shared-service Website row is Brent's.
        Assert.Contains("Shared service,System availability KPIs,Website,99.9%,2017-04,99,99.00%,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_ExceptionTextWithScript_EscapedInHtmlAndMarkdown()
    {
        using var data = UserData();
        using var output = new TempFolder();
        var (code, _, stderr) = HostRunner.Run("pack", "--data", data.Path, "--out", output.Path, "--no-terminal");
        Assert.True(code == 0, stderr);
        string html = File.ReadAllText(Path.Combine(output.Path, "pack.html"));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; search change", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", File.ReadAllText(Path.Combine(output.Path, "pack.md")), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Pack_BadRows_ListedWithFileAndLineAndExitOne()
    {
        using var data = UserData();
        data.Write("calls.csv", Calls + "\nbad1,Brent,P1,incident,2017-04-06T10:00:00Z,,2017-04-05T11:00:00Z,,,\nbad2,Brent,P1,incident,not-a-date,,,,,\n");
        using var output = new TempFolder();
        var (code, _, stderr) = HostRunner.Run("pack", "--data", data.Path, "--out", output.Path, "--no-terminal");
        Assert.Equal(1, code);
        Assert.Matches(new Regex(@"calls\.csv: \d+ records: \d+ counted, 2 rejected"), stderr);
        Assert.Matches(new Regex(@"calls\.csv:10: resolved: "), stderr);
        Assert.Matches(new Regex(@"calls\.csv:11: logged: "), stderr);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        // The good rows still count: Brent's two April P1 calls.
        Assert.Contains("Brent,Service desk KPIs,Volume of P1 Calls,,2017-04,2,2,", File.ReadAllText(Path.Combine(output.Path, "pack.csv")), StringComparison.Ordinal);
        // And the rejected rows are listed in the HTML.
        Assert.Contains("calls.csv:10: resolved:", File.ReadAllText(Path.Combine(output.Path, "pack.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_ExceptionNamingNoRow_ReportedNotFatal()
    {
        using var data = UserData();
        data.Write("exceptions.csv", "organisation,row,month,text\nBrent,Fax,2017-04,down\n");
        using var output = new TempFolder();
        var (code, _, stderr) = HostRunner.Run("pack", "--data", data.Path, "--out", output.Path, "--no-terminal");
        Assert.Equal(1, code);
        Assert.Contains("exceptions.csv:2: row: no row of the pack is named 'Fax'", stderr, StringComparison.Ordinal);
        Assert.Contains("exceptions.csv: 1 records: 0 counted, 1 rejected", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_MissingFolder_ExitTwoWithClearMessage()
    {
        var (code, _, stderr) = HostRunner.Run("pack", "--data", "/nonexistent/kpicore-folder", "--no-terminal");
        Assert.Equal(2, code);
        Assert.Contains("--data: the folder '/nonexistent/kpicore-folder' does not exist.", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_EmptyFolder_ExitTwo()
    {
        using var data = new TempFolder();
        var (code, _, stderr) = HostRunner.Run("pack", "--data", data.Path, "--no-terminal");
        Assert.Equal(2, code);
        Assert.Contains("has no dated records", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_UnknownZone_ExitTwo()
    {
        using var data = UserData();
        var (code, _, stderr) = HostRunner.Run("pack", "--data", data.Path, "--zone", "Mars/Olympus");
        Assert.Equal(2, code);
        Assert.Contains("--zone: 'Mars/Olympus' is not a known IANA time zone", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2017-13", "2017-05")]
    [InlineData("2017-05", "2017-04")]
    public void Pack_BadMonthRange_ExitTwo(string from, string to)
    {
        using var data = UserData();
        var (code, _, stderr) = HostRunner.Run("pack", "--data", data.Path, "--from", from, "--to", to);
        Assert.Equal(2, code);
        Assert.Contains("--from", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_MonthRange_ReportsThoseMonthsWithUnvlWhereNoData()
    {
        using var data = UserData();
        using var output = new TempFolder();
        var (code, _, stderr) = HostRunner.Run("pack", "--data", data.Path, "--out", output.Path, "--from", "2017-03", "--to", "2017-04", "--no-terminal");
        Assert.True(code == 0, stderr);
        string csv = File.ReadAllText(Path.Combine(output.Path, "pack.csv"));
        // March is outside what the calls and responses files cover (April): no evidence, so UNVL, never 0 or N/A.
        Assert.Contains("Brent,Service desk KPIs,Total Volume of Calls,,2017-03,,UNVL,Unavailable,", csv, StringComparison.Ordinal);
        Assert.Contains("Brent,Other KPIs,Net Promoter Score,20,2017-03,,UNVL,Unavailable,", csv, StringComparison.Ordinal);
        Assert.Contains("Brent,Service desk KPIs,Total Volume of Calls,,2017-04,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_MissingRequiredColumn_ExitTwo()
    {
        using var data = UserData();
        data.Write("calls.csv", "id,organisation,logged\nc1,Brent,2017-04-03T10:00:00Z\n");
        using var output = new TempFolder();
        var (code, _, stderr) = HostRunner.Run("pack", "--data", data.Path, "--out", output.Path, "--no-terminal");
        Assert.Equal(2, code);
        Assert.Contains("calls.csv", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_OutIsAFile_ExitTwoWithoutStackTrace()
    {
        using var data = UserData();
        string file = data.Write("not-a-folder.txt", "x");
        var (code, _, stderr) = HostRunner.Run("pack", "--data", data.Path, "--out", file, "--no-terminal");
        Assert.Equal(2, code);
        Assert.StartsWith("--out: ", stderr.Split('\n').Last(l => l.Length > 0), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Root_CommandTree_HasPackAndRootPackOptions()
    {
        var root = KpiCore.Sample.Commands.HostCommands.Build(TextWriter.Null, TextWriter.Null);
        Assert.Contains(root.Subcommands, c => c.Name == "pack");
        Assert.Contains(root.Options, o => o.Name == "--data");
        Assert.Contains(root.Options, o => o.Name == "--out");
        Assert.Contains(root.Options, o => o.Name == "--zone");
    }

    internal static TempFolder UserData()
    {
        var folder = new TempFolder();
        folder.Write("services.csv", Services + "\n");
        folder.Write("outages.csv", Outages + "\n");
        folder.Write("calls.csv", Calls + "\n");
        folder.Write("responses.csv", Responses + "\n");
        folder.Write("exceptions.csv", Exceptions + "\n");
        return folder;
    }
}
