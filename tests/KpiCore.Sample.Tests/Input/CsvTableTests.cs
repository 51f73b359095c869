using System.Globalization;
using System.Text;
using KpiCore.Sample.Input;

namespace KpiCore.Sample.Tests.Input;

public sealed class CsvTableTests
{
    private const string CallsHeader = "id,organisation,priority,type,logged,first_response,resolved,on_hold,service,category";

    private static CsvTable? Open(string text, List<InputProblem> problems, params string[] required) =>
        CsvTable.Open(new MemoryStream(Encoding.UTF8.GetBytes(text)), "t.csv", required, problems);

    private static Stream StreamOf(byte[] bytes, bool seekable) =>
        seekable ? new MemoryStream(bytes) : new ShortReadStream(bytes, canSeek: false, seed: 1, maxRead: 4096);

    /// <summary>A calls file of <paramref name="lines"/> lines (header included) whose line <paramref name="broken"/> ends with ,"Email.</summary>
    private static string CallsWithOpenQuote(int lines, int broken)
    {
        var text = new StringBuilder(CallsHeader).Append('\n');
        for (int line = 2; line <= lines; line++)
        {
            text.Append(CultureInfo.InvariantCulture, $"B{line:000000},Brent,P4,service-request,2017-03-23T14:42:27+00:00,2017-03-23T14:56:53+00:00,2017-04-04T11:57:44+01:00,,R&B System,")
                .Append(line == broken ? "\"Email" : "Email").Append('\n');
        }

        return text.ToString();
    }

    [Fact]
    public void Open_HeaderInAnyOrderAndCase_ReadsByName()
    {
        var problems = new List<InputProblem>();
        using CsvTable? table = Open(" Service ,ORGANISATION,extra\nWeb,Brent,x\n", problems, "organisation", "service");
        Assert.NotNull(table);
        CsvRow row = Assert.Single(table.Rows());
        Assert.Equal("Brent", row["organisation"]);
        Assert.Equal("Web", row["service"]);
        Assert.Equal(string.Empty, row["absent"]);
        Assert.Empty(problems);
    }

    [Fact]
    public void Open_MissingRequiredColumn_IsOneProblemNamingIt()
    {
        var problems = new List<InputProblem>();
        Assert.Null(Open("organisation,start\nBrent,x\n", problems, "organisation", "service", "start"));
        InputProblem problem = Assert.Single(problems);
        Assert.Equal("service", problem.Field);
        Assert.Equal(1, problem.Line);
        Assert.StartsWith("t.csv:1: service: ", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Open_EmptyFile_IsOneProblem()
    {
        var problems = new List<InputProblem>();
        Assert.Null(Open(string.Empty, problems, "a"));
        Assert.Contains("empty", Assert.Single(problems).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_DuplicateColumn_IsOneProblem()
    {
        var problems = new List<InputProblem>();
        Assert.Null(Open("a,A\n1,2\n", problems, "a"));
        Assert.Single(problems);
    }

    [Fact]
    public void Rows_WrongFieldCount_IsReportedWithItsLineAndOthersLoaded()
    {
        var problems = new List<InputProblem>();
        using CsvTable? table = Open("a,b\n1,2\n1,2,3\n4\n5,6,,\n", problems, "a");
        List<CsvRow> rows = [.. table!.Rows()];
        Assert.Equal([2, 5], rows.Select(r => r.Line)); // trailing empty fields are tolerated
        Assert.Equal([3, 4], problems.Select(p => p.Line));
        Assert.Equal(4, table.RowCount);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Rows_UnclosedQuoteAtTheEndOfLine101Of300_RejectsOnlyLine101AndReadsThe298Others(bool seekable)
    {
        var problems = new List<InputProblem>();
        byte[] bytes = Encoding.UTF8.GetBytes(CallsWithOpenQuote(300, 101));
        using CsvTable? table = CsvTable.Open(StreamOf(bytes, seekable), "calls.csv", [], problems);
        List<CsvRow> rows = [.. table!.Rows()];
        Assert.Equal(101, Assert.Single(problems).Line);
        Assert.Equal(298, rows.Count);
        Assert.Equal(299, table.RowCount);
        Assert.Equal(Enumerable.Range(2, 299).Where(line => line != 101), rows.Select(r => r.Line));
        Assert.All(rows, r => Assert.Equal(r.Line, r.LastLine));
        Assert.Equal("B000102", rows.Single(r => r.Line == 102)["id"]);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Rows_SampleCallsWithUnclosedQuoteOnLine101_LoseOnlyThatRow(bool seekable)
    {
        // The real failure: the open quote runs past the 1 MiB field limit thousands of lines later.
        string[] lines = File.ReadAllText(Path.Combine(TempFolder.RepositoryDataFolder(), "calls.csv")).Split('\n');
        int dataRows = lines.Length - 2; // the header, and nothing after the final line break
        lines[100] = lines[100][..(lines[100].LastIndexOf(',') + 1)] + "\"Email";
        var problems = new List<InputProblem>();
        using CsvTable? table = CsvTable.Open(StreamOf(Encoding.UTF8.GetBytes(string.Join('\n', lines)), seekable), "calls.csv", [], problems);
        int rows = table!.Rows().Count();
        Assert.Equal(101, Assert.Single(problems).Line);
        Assert.Equal(dataRows - 1, rows);
        Assert.Equal(dataRows, table.RowCount);
    }

    [Fact]
    public void Rows_QuoteOpenedOnLine5AndClosedOnLine7WithEveryField_IsOneRowSpanningLines5To7()
    {
        var problems = new List<InputProblem>();
        using CsvTable? table = Open("a,b,c\n1,2,3\n1,2,3\n1,2,3\n4,\"open\nstill, open\nclosed\",6\n8,9,10\n", problems);
        List<CsvRow> rows = [.. table!.Rows()];
        Assert.Empty(problems);
        Assert.Equal([2, 3, 4, 5, 8], rows.Select(r => r.Line));
        CsvRow row = rows[3];
        Assert.Equal((5, 7, "5-7"), (row.Line, row.LastLine, row.Lines));
        Assert.Equal("open\nstill, open\nclosed", row.Raw("b"));
        Assert.Equal("6", row["c"]);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Rows_QuoteOpenedOnLine5AndClosedOnLine7WithTooFewFields_RejectsLine5AndReadsLines6And7AsTheirOwnRecords(bool seekable)
    {
        var problems = new List<InputProblem>();
        var rejected = new List<CsvRecord>();
        byte[] bytes = Encoding.UTF8.GetBytes("a,b,c\n1,2,3\n1,2,3\n1,2,3\n4,\"open\nx,y,z\nclosed\"\n8,9,10\n");
        using CsvTable? table = CsvTable.Open(StreamOf(bytes, seekable), "t.csv", [], problems);
        List<CsvRow> rows = [.. table!.Rows(rejected.Add)];
        Assert.Equal([2, 3, 4, 6, 8], rows.Select(r => r.Line));
        Assert.Equal(["x", "y", "z"], new[] { "a", "b", "c" }.Select(c => rows[3][c]));
        Assert.Equal([5, 7], problems.Select(p => p.Line));
        Assert.Contains("5-7", problems[0].Reason, StringComparison.Ordinal);
        Assert.Equal([(5, 5), (7, 7)], rejected.Select(r => (r.FirstLine, r.LastLine)));
        Assert.Equal(7, table.RowCount);
    }

    [Fact]
    public void Rows_TooFewFieldsOverLinesAtTheEndOfTheFile_RejectsTheFirstLineAndReadsTheRest()
    {
        var problems = new List<InputProblem>();
        using CsvTable? table = Open("a,b,c\n1,\"x\n3,4,5\r\n5,6,7\"", problems);
        Assert.Equal([3, 4], table!.Rows().Select(r => r.Line));
        Assert.Equal([2], problems.Select(p => p.Line));
    }

    [Fact]
    public void Rows_ErrorRecordOverLinesWithTheWrongFieldCount_IsResyncedLikeAnyOther()
    {
        // The NUL would cost the record anyway; the field count shows the quote swallowed lines 3-4.
        var problems = new List<InputProblem>();
        using CsvTable? table = Open("a,b,c\n1,\"x\0\n3,4,5\n5\"\n", problems);
        Assert.Equal([3], table!.Rows().Select(r => r.Line));
        Assert.Equal([2, 4], problems.Select(p => p.Line));
        Assert.Contains("NUL", problems[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_ErrorRecordOverLinesWithTheRightFieldCount_IsOneProblemNamingItsLines()
    {
        var problems = new List<InputProblem>();
        using CsvTable? table = Open("a,b\n1,\"x\0\ny\"\n3,4\n", problems);
        Assert.Equal([4], table!.Rows().Select(r => r.Line));
        InputProblem problem = Assert.Single(problems);
        Assert.Equal(2, problem.Line);
        Assert.Contains("lines 2-3", problem.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Rows_WrongFieldCountOverLinesLongerThanTheReaderKeeps_StillResumesAfterTheFirstLine(bool seekable)
    {
        // Two quoted fields of 700 KB, each over many lines: more than the reader keeps in memory for a resync, so a
        // seekable stream seeks back; a pipe has the reader reject the record itself. Either way only line 2 is lost.
        string block = string.Concat(Enumerable.Repeat("0123456789012345678901234567890123456789\n", 700 * 1024 / 41));
        string text = "a,b,c,d\n1,\"" + block + "\",\"" + block + "\"\n7,8,9,10\n";
        var problems = new List<InputProblem>();
        using CsvTable? table = CsvTable.Open(StreamOf(Encoding.UTF8.GetBytes(text), seekable), "t.csv", [], problems);
        List<CsvRow> rows = [.. table!.Rows()];
        Assert.Equal(2, problems[0].Line);
        Assert.Equal("7", rows[^1]["a"]);
        int lines = text.Count(c => c == '\n');
        Assert.Equal(lines - 1, rows.Count + problems.Count); // every line after the header is one row or one problem
        Assert.All(rows, r => Assert.Equal(r.Line, r.LastLine));
    }
}
