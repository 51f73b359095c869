namespace KpiCore.Sample.Tests.Commands;

public sealed class AvailabilityCommandTests
{
    private const string Services =
        "organisation,service,target_percent,service_hours,exclude_planned\n" +
        "Brent,Web,99.9,24x7,no\n" +
        "Brent,Mail,99,24x7,no\n" +
        "Brent,Phones,99.9,24x7,no\n";

    // September 2017 in London: 30 days x 24 h = 720 h = 2,592,000 s.
    // Web: 10:00-17:12 (7 h 12 min = 25,920 s = 1% of the month) plus 12:00-13:00 inside it (counted once) -> 99.00%, misses 99.9%.
    // Mail: planned 72 min = 4,320 s -> 1 - 4320/2592000 = 99.8333% -> 99.83%, meets 99%.
    // Phones: monitored only in August -> UNVL.
    private const string Outages =
        "organisation,service,reference,start,end,kind,impact,description\n" +
        "Brent,Web,W1,2017-09-03T10:00:00+01:00,2017-09-03T17:12:00+01:00,unplanned,full,Search update\n" +
        "Brent,Web,W2,2017-09-03T12:00:00+01:00,2017-09-03T13:00:00+01:00,unplanned,full,Overlaps W1\n" +
        "Brent,Mail,M1,2017-09-09T22:00:00+01:00,2017-09-09T23:12:00+01:00,planned,full,Patching\n";

    private const string Monitoring =
        "organisation,service,start,end\n" +
        "Brent,Phones,2017-08-01T00:00:00+01:00,2017-09-01T00:00:00+01:00\n";

    [Fact]
    public void Availability_HandWorkedMonth_PrintsOneRowPerServiceWithFigures()
    {
        using var folder = new TempFolder();
        var (code, output, error) = HostRunner.Run("availability", "--outages", folder.Write("outages.csv", Outages),
            "--services", folder.Write("services.csv", Services), "--monitoring", folder.Write("monitoring.csv", Monitoring), "--month", "2017-09");
        Assert.True(code == 0, error);
        string web = Line(output, "Web");
        Assert.Contains("720:00:00", web, StringComparison.Ordinal);
        Assert.Contains("7:12:00", web, StringComparison.Ordinal);
        Assert.Contains("99.00%", web, StringComparison.Ordinal);
        Assert.Contains("MISSED", web, StringComparison.Ordinal);
        string mail = Line(output, "Mail");
        Assert.Contains("1:12:00", mail, StringComparison.Ordinal);
        Assert.Contains("99.83%", mail, StringComparison.Ordinal);
        Assert.Contains("met", mail, StringComparison.Ordinal);
        Assert.Contains("UNVL", Line(output, "Phones"), StringComparison.Ordinal);
    }

    [Fact]
    public void Availability_ReportWebsiteSeptember_Is9727WithNineteenHoursThirtyNineMinutes()
    {
        // The seed report's Brent Website, Sep-17: 97.27% of 720 h leaves 2.73% x 2,592,000 s = 70,761.6 s -> 19:39:22.
        using var folder = new TempFolder();
        string outages = folder.Write("outages.csv",
            "organisation,service,start,end\nBrent,Website,2017-09-12T09:00:00+01:00,2017-09-13T04:39:22+01:00\n");
        var (code, output, _) = HostRunner.Run("availability", "--outages", outages, "--month", "2017-09");
        Assert.Equal(0, code);
        string row = Line(output, "Website");
        Assert.Contains("19:39:22", row, StringComparison.Ordinal);
        Assert.Contains("97.27%", row, StringComparison.Ordinal);
    }

    [Fact]
    public void Availability_OutagesOnTheMonthsEdges_CountedInsideOrOutsideAsThePackCountsThem()
    {
        // September 2017 in London starts at 2017-08-31T23:00Z and ends at 2017-09-30T23:00Z. Worked by hand: the first
        // row ends as the month starts (outside), the second is empty at its first instant (inside, as in pack), the
        // third starts as it ends (outside), the fourth is open from August (inside), the fifth is a year later
        // (outside). Web's downtime is the open outage's whole month: 0.00%.
        using var folder = new TempFolder();
        string outages = folder.Write("outages.csv", "organisation,service,start,end\n"
            + "Brent,Web,2017-08-31T22:00:00Z,2017-08-31T23:00:00Z\n"
            + "Brent,Web,2017-08-31T23:00:00Z,2017-08-31T23:00:00Z\n"
            + "Brent,Web,2017-09-30T23:00:00Z,2017-09-30T23:30:00Z\n"
            + "Brent,Web,2017-08-20T00:00:00Z,\n"
            + "Brent,Web,2018-09-01T00:00:00Z,2018-09-01T01:00:00Z\n");
        var (code, output, error) = HostRunner.Run("availability", "--outages", outages, "--month", "2017-09");
        Assert.True(code == 0, error);
        Assert.Contains("0.00%", Line(output, "Web"), StringComparison.Ordinal);
        Assert.Contains("outages.csv: 5 records: 2 counted, 0 rejected, 3 outside the reporting range", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Availability_BadRowsAndCalculatorRejections_ReportedAtFileLineExitOne()
    {
        using var folder = new TempFolder();
        string outages = folder.Write("outages.csv", Outages +
            "Brent,Web,W3,2017-09-31T10:00:00+01:00,,unplanned,full,bad date\n" +              // line 5
            "Brent,Web,W4,2017-09-20T10:00:00+01:00,2017-09-20T09:00:00+01:00,,,backwards\n" + // line 6
            "Brent,Wbe,W5,2017-09-20T10:00:00+01:00,2017-09-20T11:00:00+01:00,,,typo\n");      // line 7
        var (code, output, error) = HostRunner.Run("availability", "--outages", outages, "--services", folder.Write("services.csv", Services), "--month", "2017-09");
        Assert.Equal(1, code);
        Assert.Contains("99.00%", Line(output, "Web"), StringComparison.Ordinal); // rejected rows change nothing
        Assert.Contains(outages + ":5: start: ", error, StringComparison.Ordinal);
        Assert.Contains(outages + ":6: end: ", error, StringComparison.Ordinal);
        Assert.Contains(outages + ":7: service: ", error, StringComparison.Ordinal);
        Assert.Contains(outages + ": 6 records: 3 counted, 3 rejected", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--month", "2017-9")]
    [InlineData("--zone", "Mars/Olympus")]
    public void Availability_BadOption_ExitsTwo(string option, string value)
    {
        using var folder = new TempFolder();
        string outages = folder.Write("outages.csv", Outages);
        string[] args = option == "--month"
            ? ["availability", "--outages", outages, "--month", value]
            : ["availability", "--outages", outages, "--month", "2017-09", "--zone", value];
        var (code, _, error) = HostRunner.Run(args);
        Assert.Equal(2, code);
        Assert.Contains(option, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Availability_MissingFileOrHeader_ExitsTwo()
    {
        using var folder = new TempFolder();
        Assert.Equal(2, HostRunner.Run("availability", "--outages", Path.Combine(folder.Path, "none.csv"), "--month", "2017-09").ExitCode);
        var (code, _, error) = HostRunner.Run("availability", "--outages", folder.Write("o.csv", "service,start\nWeb,2017-09-01T00:00:00Z\n"), "--month", "2017-09");
        Assert.Equal(2, code);
        Assert.Contains("organisation", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Availability_MissingRequiredOptions_ExitTwoWithReason()
    {
        using var folder = new TempFolder();
        var (code, _, error) = HostRunner.Run("availability", "--month", "2017-09");
        Assert.Equal(2, code);
        Assert.Contains("--outages", error, StringComparison.Ordinal);
        (code, _, error) = HostRunner.Run("availability", "--outages", folder.Write("outages.csv", Outages));
        Assert.Equal(2, code);
        Assert.Contains("--month", error, StringComparison.Ordinal);
    }

    private static string Line(string output, string service) =>
        output.Split('\n').Single(l => l.StartsWith("Brent", StringComparison.Ordinal) && l.Contains(" " + service + " ", StringComparison.Ordinal));
}
