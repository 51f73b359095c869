namespace KpiCore.Sample.Tests.Rendering;

/// <summary>
/// The cover block of every output, on the user-style files of <see cref="PackCommandTests"/> (April 2017 only, in
/// Europe/London): committee, report date, period covered, the instant the figures are as of (1 May 2017 00:00 BST,
/// the end of April) and each source file with its records.
/// </summary>
public sealed class PackCoverTests
{
    [Fact]
    public void Cover_InEveryOutput_WithTheGivenReportDate()
    {
        using var data = PackCommandTests.UserData();
        using var output = new TempFolder();
        var (code, stdout, stderr) = HostRunner.Run("pack", "--data", data.Path, "--out", output.Path, "--report-date", "2017-10-26");
        Assert.True(code == 0, stderr);

        string html = File.ReadAllText(Path.Combine(output.Path, "pack.html"));
        Assert.Contains("<dt>Committee</dt><dd>ICT Shared Service Joint Committee</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Report date</dt><dd>26 October 2017</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Period covered</dt><dd>April 2017</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Data as of</dt><dd>2017-05-01 00:00 +01:00 (Europe/London)</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>calls.csv</td><td class=\"v\">8</td><td class=\"v\">8</td><td class=\"v\">0</td><td class=\"v\">0</td><td class=\"v\">0</td></tr>", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("class=\"cover\"", StringComparison.Ordinal) < html.IndexOf("<section class=\"pack\"", StringComparison.Ordinal), "the cover comes first");

        string md = File.ReadAllText(Path.Combine(output.Path, "pack.md"));
        Assert.Contains("| **Report date** | 26 October 2017 |", md, StringComparison.Ordinal);
        Assert.Contains("| responses.csv | 12 | 12 | 0 | 0 | 0 |", md, StringComparison.Ordinal);

        string[] cover = File.ReadAllLines(Path.Combine(output.Path, "pack-cover.csv")); // UTF-8 with a BOM, which the reader drops
        Assert.Equal("Committee,Report date,Period from,Period to,Data as of,File,Records,Counted,Rejected,Excluded,Outside the period", cover[0]);
        Assert.Contains("ICT Shared Service Joint Committee,2017-10-26,2017-04,2017-04,2017-05-01T00:00:00+01:00,calls.csv,8,8,0,0,0", cover);
        Assert.Equal(6, cover.Length); // services, outages, calls, responses, exceptions

        Assert.Contains("Report date: 26 October 2017", stdout, StringComparison.Ordinal);
        Assert.Contains("  calls.csv: 8 records: 8 counted, 0 rejected", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Cover_DefaultReportDate_IsTheDateTheFiguresAreAsOf_AndTheCommitteeComesFromTheLayout()
    {
        using var data = PackCommandTests.UserData();
        using var output = new TempFolder();
        string layout = output.Write("layout.json", """{ "committee": "Joint Committee of Lewisham and Brent", "sections": [] }""");
        var (code, _, stderr) = HostRunner.Run("pack", "--data", data.Path, "--out", output.Path, "--no-terminal", "--layout", layout);
        Assert.True(code is 0 or 1, stderr); // the exceptions note has no row in an empty layout: rejected, exit 1

        string html = File.ReadAllText(Path.Combine(output.Path, "pack.html"));
        Assert.Contains("<dd>Joint Committee of Lewisham and Brent</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Report date</dt><dd>1 May 2017</dd>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("26/10/2017")]
    [InlineData("2017-02-30")]
    public void BadReportDate_ExitCode2_NothingWritten(string date)
    {
        using var data = PackCommandTests.UserData();
        using var folder = new TempFolder();
        string output = Path.Combine(folder.Path, "out");

        var (code, _, stderr) = HostRunner.Run("pack", "--data", data.Path, "--out", output, "--report-date", date);

        Assert.Equal(2, code);
        Assert.Equal($"--report-date: '{date}' is not a date; write it as yyyy-MM-dd, such as 2017-10-26.", stderr.Trim());
        Assert.False(Directory.Exists(output));
    }
}
