namespace KpiCore.Sample.Tests;

public sealed class PeriodCommandTests
{
    [Theory]
    [InlineData("2017-10", "745 hours")] // BST ends 29 Oct 2017: 31 x 24 + 1
    [InlineData("2018-03", "743 hours")] // BST starts 25 Mar 2018: 31 x 24 - 1
    [InlineData("2024-02", "696 hours")] // leap February: 29 x 24
    public void Period_PrintsLengthInHours(string month, string expected)
    {
        var (code, output, _) = HostRunner.Run("period", month);
        Assert.Equal(0, code);
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Period_October2017_FirstInstantIsLocalMidnightInBst()
    {
        var (_, output, _) = HostRunner.Run("period", "2017-10");
        Assert.Contains("2017-09-30T23:00:00Z", output, StringComparison.Ordinal);
        Assert.Contains("2017-10-01T00:00:00+01:00", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Period_InUtc_HasNoDstShift()
    {
        var (code, output, _) = HostRunner.Run("period", "2017-10", "--zone", "Etc/UTC");
        Assert.Equal(0, code);
        Assert.Contains("744 hours", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2017-13")]
    [InlineData("October")]
    public void Period_BadMonth_ExitsWithUsageErrorAndNoStackTrace(string month)
    {
        var (code, _, error) = HostRunner.Run("period", month);
        Assert.Equal(2, code);
        Assert.Contains("yyyy-MM", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Period_UnknownZone_ExitsWithUsageError()
    {
        var (code, _, error) = HostRunner.Run("period", "2017-10", "--zone", "Mars/Olympus");
        Assert.Equal(2, code);
        Assert.Contains("Mars/Olympus", error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownOption_IsAUsageError_ExitTwo()
    {
        // Exit 1 means "records were rejected"; a mistyped option must not look like that.
        var (code, _, error) = HostRunner.Run("period", "2017-10", "--zonee", "Europe/London");
        Assert.Equal(2, code);
        Assert.Contains("--zonee", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9999-12")]
    [InlineData("0001-01")]
    [InlineData("1900-12")]
    [InlineData("2149-01")]
    public void Period_OutsideTheSupportedRange_IsOneSentenceUsageError(string month)
    {
        var (code, output, error) = HostRunner.Run("period", month);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Equal($"month: '{month}' is outside the supported range; months from 1901-01 to 2148-12 are supported.", error.TrimEnd());
    }

    [Theory]
    [InlineData("1901-01", "Pacific/Kiritimati")] // the first month in a zone ahead of UTC (LMT -10:40 then)
    [InlineData("1901-01", "Asia/Tokyo")]
    [InlineData("2148-12", "Pacific/Kiritimati")] // +14:00: the month starts on 30 November UTC
    [InlineData("2148-12", "Pacific/Pago_Pago")] // -11:00: the month ends on 1 January 2149 UTC
    public void Period_EdgesOfTheSupportedRange_InExtremeZones_Succeed(string month, string zone)
    {
        var (code, output, error) = HostRunner.Run("period", month, "--zone", zone);
        Assert.True(code == 0, error);
        Assert.Contains($"Period:       {month} in {zone}", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Period_MissingMonth_IsAUsageError()
    {
        var (code, _, error) = HostRunner.Run("period");
        Assert.Equal(2, code);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
    }
}
