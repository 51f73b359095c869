namespace KpiCore.Sample.Tests.Commands;

public sealed class NpsCommandTests
{
    // Brent, September 2017: 10, 10, 9, 9, 9 promoters (5); 8, 7 passives (2); 6, 3, 0 detractors (3): NPS = 50% - 30% = 20.
    private const string Responses =
        "id,organisation,responded,score,comment\n" +
        "1,Brent,2017-09-01T09:00:00+01:00,10,\n" +
        "2,Brent,2017-09-02T09:00:00+01:00,10,\"Great, thanks\"\n" +
        "3,Brent,2017-09-03T09:00:00+01:00,9,\n" +
        "4,Brent,2017-09-04T09:00:00+01:00,9,\n" +
        "5,Brent,2017-09-05T09:00:00+01:00,9,\n" +
        "6,Brent,2017-09-06T09:00:00+01:00,8,\n" +
        "7,Brent,2017-09-07T09:00:00+01:00,7,\n" +
        "8,Brent,2017-09-08T09:00:00+01:00,6,\n" +
        "9,Brent,2017-09-09T09:00:00+01:00,3,\n" +
        "10,Brent,2017-09-30T23:30:00+01:00,0,\"Late, but September in London\"\n" +
        // Lewisham, October: all promoters -> 100.
        "11,Lewisham,2017-10-01T00:30:00+01:00,10,\n";

    [Fact]
    public void Nps_HandWorkedResponses_PrintsCountsAndScorePerMonth()
    {
        using var folder = new TempFolder();
        var (code, output, error) = HostRunner.Run("nps", "--responses", folder.Write("responses.csv", Responses));
        Assert.True(code == 0, error);
        Assert.Matches(@"Brent\s+2017-09\s+10\s+5\s+2\s+3\s+20\s", output);
        Assert.Matches(@"Lewisham\s+2017-10\s+1\s+1\s+0\s+0\s+100\s", output);
        Assert.Contains("small sample", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Nps_OffScaleAndUnreadableScores_ReportedAtFileLineExitOne()
    {
        using var folder = new TempFolder();
        string path = folder.Write("responses.csv", Responses + "12,Brent,2017-09-10T09:00:00+01:00,11,\n13,Brent,2017-09-10T09:00:00+01:00,ten,\n");
        var (code, output, error) = HostRunner.Run("nps", "--responses", path, "--month", "2017-09");
        Assert.Equal(1, code);
        Assert.Matches(@"Brent\s+2017-09\s+10\s+5\s+2\s+3\s+20\s", output); // neither bad row counted
        Assert.DoesNotContain("Lewisham", output, StringComparison.Ordinal); // --month filters
        Assert.Contains(path + ":13: score: ", error, StringComparison.Ordinal);
        Assert.Contains(path + ":14: score: ", error, StringComparison.Ordinal);
        Assert.Contains(path + ": 13 records: 10 counted, 2 rejected, 1 outside the reporting range", error, StringComparison.Ordinal); // Lewisham is October
    }

    [Fact]
    public void Nps_MonthWithNoResponse_SaysSoInsteadOfAnEmptyTable()
    {
        using var folder = new TempFolder();
        string path = folder.Write("responses.csv", Responses);
        var (code, output, error) = HostRunner.Run("nps", "--responses", path, "--month", "2019-01");
        Assert.True(code == 0, error);
        Assert.Contains("No response in 2019-01: the file's 11 response(s) read are in other months", output, StringComparison.Ordinal);
        Assert.Contains(path + ": 11 records: 0 counted, 0 rejected, 11 outside the reporting range", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Nps_BrokenEncodingsAndHugeValues_ReportedAtFileLineNoStackTrace()
    {
        using var folder = new TempFolder();
        byte[] latin1Row = [.. System.Text.Encoding.ASCII.GetBytes("14,Brent,2017-09-10T09:00:00+01:00,9,Caf"), 0xE9, (byte)'\n'];
        byte[] hugeRow = System.Text.Encoding.ASCII.GetBytes("15,Brent,2017-09-10T09:00:00+01:00,99999999999999999999,\n16,Brent,99999-09-10T09:00:00+01:00,9,\n");
        string path = folder.WriteBytes("responses.csv", [.. System.Text.Encoding.UTF8.GetBytes(Responses), .. latin1Row, .. hugeRow]);
        var (code, output, error) = HostRunner.Run("nps", "--responses", path);
        Assert.Equal(1, code);
        // The Windows-1252 comment is a warning: the response (a 9) still counts: 6 promoters, 2 passives, 3 detractors
        // of 11 = (6 - 3) / 11 = 27.27.
        Assert.Matches(@"Brent\s+2017-09\s+11\s+6\s+2\s+3\s+27\.27", output);
        Assert.Contains(path + ":13: comment: warning: The text is not valid UTF-8; it was read as Windows-1252 ('Café')", error, StringComparison.Ordinal);
        Assert.Contains(path + ":14: score: ", error, StringComparison.Ordinal);
        Assert.Contains(path + ":15: responded: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Nps_Utf16File_ExitsTwoWithReason()
    {
        using var folder = new TempFolder();
        string path = folder.WriteBytes("responses.csv", [0xFF, 0xFE, .. System.Text.Encoding.Unicode.GetBytes(Responses)]);
        var (code, _, error) = HostRunner.Run("nps", "--responses", path);
        Assert.Equal(2, code);
        Assert.Contains("UTF-16", error, StringComparison.Ordinal);
    }
}
