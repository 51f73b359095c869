namespace KpiCore.Sample.Tests.Input.Formats;

/// <summary>A header name a letter or two from a column the file lacks is warned about: its values are not read, and the analyst must hear so.</summary>
public sealed class HeaderNearMissTests
{
    [Theory]
    [InlineData("first_respons", "first_response")]
    [InlineData("Categroy", "category")]
    [InlineData("on-hold", "on_hold")]
    public void MisspeltOptionalColumn_IsAWarningNamingTheColumnMeant_RecordsStillCounted(string typo, string meant)
    {
        using var data = new TempFolder();
        data.Write("calls.csv", ("id,organisation,priority,type,logged,first_response,resolved,on_hold,service,category\n"
            + "C1,Brent,P3,incident,2017-04-03T09:00:00+01:00,2017-04-03T09:10:00+01:00,2017-04-03T10:00:00+01:00,,,Email\n")
            .Replace(meant, typo, StringComparison.Ordinal));
        using var output = new TempFolder();

        var (code, _, stderr) = HostRunner.Run("pack", "--data", data.Path, "--out", output.Path, "--no-terminal", "-q");

        Assert.True(code == 0, stderr);
        Assert.Contains($"calls.csv:1: {typo}: warning: This is not a column of calls.csv and its values are not read; if it is meant to be '{meant}', which the header lacks, rename it.", stderr, StringComparison.Ordinal);
        Assert.Contains("calls.csv: 1 records: 1 counted, 0 rejected", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void UnrelatedExtraColumn_IsIgnoredWithoutAWarning()
    {
        using var data = new TempFolder();
        data.Write("calls.csv", "id,organisation,priority,type,logged,first_response,resolved,on_hold,service,category,assignee\n"
            + "C1,Brent,P3,incident,2017-04-03T09:00:00+01:00,,2017-04-03T10:00:00+01:00,,,,Sam\n");
        using var output = new TempFolder();

        var (code, _, stderr) = HostRunner.Run("pack", "--data", data.Path, "--out", output.Path, "--no-terminal", "-q");

        Assert.True(code == 0, stderr);
        Assert.DoesNotContain("assignee", stderr, StringComparison.Ordinal);
    }
}
