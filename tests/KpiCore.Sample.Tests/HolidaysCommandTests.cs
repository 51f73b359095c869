namespace KpiCore.Sample.Tests;

public sealed class HolidaysCommandTests
{
    [Fact]
    public void Holidays_EnglandAndWales2022_MatchesGovUkList()
    {
        // GOV.UK bank holidays, England and Wales, 2022 (typed by hand from gov.uk/bank-holidays).
        string[] expectedDates =
        [
            "2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02",
            "2022-06-03", "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27",
        ];
        var (code, output, _) = HostRunner.Run("holidays", "--division", "england-and-wales", "--year", "2022");
        Assert.Equal(0, code);
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(expectedDates, lines.Select(l => l[..10]).ToArray());
        Assert.All(lines, l => Assert.True(l.Length > 11 && l[10] == ' ', l));
    }

    [Fact]
    public void Holidays_YearRange_ListsBothYears()
    {
        var (code, output, _) = HostRunner.Run("holidays", "--division", "scotland", "--year", "2021", "--to-year", "2022");
        Assert.Equal(0, code);
        Assert.Contains("2021-11-30", output, StringComparison.Ordinal); // St Andrew's Day, Tuesday
        Assert.Contains("2022-11-30", output, StringComparison.Ordinal);
        Assert.Contains("2022-01-04", output, StringComparison.Ordinal); // 2 January substitute (Scotland only)
    }

    [Fact]
    public void Holidays_NoUkWideDivision_IsRejected()
    {
        var (code, _, error) = HostRunner.Run("holidays", "--division", "uk", "--year", "2022");
        Assert.Equal(2, code);
        Assert.Contains("england-and-wales", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Holidays_MalformedGovUkFile_GivesClearError()
    {
        string path = Path.Combine(Path.GetTempPath(), $"kpicore-bad-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{ not json");
        try
        {
            var (code, _, error) = HostRunner.Run("holidays", "--division", "england-and-wales", "--year", "2022", "--govuk-json", path);
            Assert.Equal(2, code);
            Assert.Contains(path, error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
