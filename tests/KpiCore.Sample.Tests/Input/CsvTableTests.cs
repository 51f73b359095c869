using System.Text;
using KpiCore.Sample.Input;

namespace KpiCore.Sample.Tests.Input;

public sealed class CsvTableTests
{
    private static CsvTable? Open(string text, List<InputProblem> problems, params string[] required) =>
        CsvTable.Open(new MemoryStream(Encoding.UTF8.GetBytes(text)), "t.csv", required, problems);

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
}
