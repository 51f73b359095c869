using KpiCore.Sample.Commands;
using KpiCore.Sample.Input;
using NodaTime;

namespace KpiCore.Sample.Tests.Commands;

/// <summary>Every month and year option of every command is checked against <see cref="SupportedRange"/> by <see cref="HostOptions"/>: usage error, exit 2, one sentence.</summary>
public sealed class HostOptionsTests : IDisposable
{
    private const string Range = "months from 1901-01 to 2148-12 are supported";

    private readonly TempFolder _data = OutputFolderTests.SmallData();
    private readonly TempFolder _out = new();

    public static TheoryData<string> OutsideMonths => ["9999-12", "0001-01", "1900-12", "2149-01", "0000-01"];

    public void Dispose()
    {
        _data.Dispose();
        _out.Dispose();
    }

    [Theory]
    [MemberData(nameof(OutsideMonths))]
    public void EveryMonthOption_OutsideTheSupportedRange_IsOneSentenceNamingOptionValueAndRange(string month)
    {
        foreach ((string option, string[] args) in MonthCommandLines(month))
        {
            var (code, _, error) = HostRunner.Run(args);
            string line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.True(code == 2, string.Join(' ', args) + ": " + error);
            Assert.Equal($"{option}: '{month}' is outside the supported range; {Range}.", line);
        }
    }

    [Theory]
    [InlineData("0000-00")]
    [InlineData("1900-13")]
    [InlineData("99999999999-01")]
    [InlineData("2017-9")]
    [InlineData("September")]
    public void EveryMonthOption_NotAMonth_IsAUsageErrorNamingTheOption(string month)
    {
        foreach ((string option, string[] args) in MonthCommandLines(month))
        {
            var (code, _, error) = HostRunner.Run(args);
            Assert.True(code == 2, string.Join(' ', args) + ": " + error);
            Assert.StartsWith($"{option}: '{month}' is not a month in the form yyyy-MM; {Range}.", error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EveryMonthOption_Empty_IsAUsageErrorNamingTheOption()
    {
        foreach ((string option, string[] args) in MonthCommandLines(string.Empty))
        {
            var (code, _, error) = HostRunner.Run(args);
            Assert.True(code == 2, string.Join(' ', args) + ": " + error);
            Assert.StartsWith($"{option}: a month in the form yyyy-MM is required; {Range}.", error, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("1901-01")]
    [InlineData("2148-12")]
    public void EveryMonthOption_FirstAndLastSupportedMonth_AreAccepted(string month)
    {
        // The "--from 2017-04 --to <month>" line is left out: it is a range over 120 months; "--from m --to m" covers --to.
        foreach ((_, string[] args) in MonthCommandLines(month).Where(line => line.Option != "--to"))
        {
            var (code, _, error) = HostRunner.Run(args);
            Assert.True(code is 0 or 1, string.Join(' ', args) + ": " + error);
        }
    }

    [Theory]
    [InlineData("--year", "1969")]
    [InlineData("--year", "2101")]
    [InlineData("--year", "99999999999")]
    [InlineData("--year", "-2022")]
    [InlineData("--year", "twenty")]
    [InlineData("--to-year", "2021")]
    [InlineData("--to-year", "9999")]
    public void Holidays_YearOutsideItsRange_IsOneSentenceNamingOptionValueAndRange(string option, string value)
    {
        string[] args = option == "--year"
            ? ["holidays", "--division", "scotland", "--year", value]
            : ["holidays", "--division", "scotland", "--year", "2022", "--to-year", value];
        var (code, _, error) = HostRunner.Run(args);
        Assert.Equal(2, code);
        string first = option == "--year" ? "1970" : "2022";
        Assert.Equal($"{option}: '{value}' is not a supported year; years from {first} to 2100 are supported.", error.TrimEnd());
    }

    [Fact]
    public void TryGetYear_LibraryRangeWiderThanSupported_IsNarrowedToSupportedRange()
    {
        using var error = new StringWriter();
        Assert.False(HostOptions.TryGetYear("1900", "--year", error, out _, first: 1800, last: 3000));
        Assert.Contains("years from 1901 to 2148", error.ToString(), StringComparison.Ordinal);
        Assert.True(HostOptions.TryGetYear("2148", "--year", TextWriter.Null, out int year, first: 1800, last: 3000));
        Assert.Equal(2148, year);
    }

    [Fact]
    public void TryGetMonthRange_MoreThanTheMaximum_IsRefused()
    {
        Assert.True(HostOptions.TryGetMonthRange("2017-01", "2026-12", TextWriter.Null, out List<YearMonth>? months));
        Assert.Equal(120, months!.Count);
        using var error = new StringWriter();
        Assert.False(HostOptions.TryGetMonthRange("2017-01", "2027-01", error, out _));
        Assert.StartsWith("--from/--to: '2017-01' to '2027-01' is not a range of 1 to 120 months", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TryGetMonthRange_LastSupportedMonths_DoNotOverflow()
    {
        Assert.True(HostOptions.TryGetMonthRange("2148-01", "2148-12", TextWriter.Null, out List<YearMonth>? months));
        Assert.Equal(new YearMonth(2148, 12), months![^1]);
    }

    [Fact]
    public void TryGetMonth_SurroundingSpace_IsIgnored()
    {
        Assert.True(HostOptions.TryGetMonth(" 2017-09 ", TextWriter.Null, out YearMonth month));
        Assert.Equal(new YearMonth(2017, 9), month);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Mars/Olympus")]
    public void TryGetZone_Unknown_IsRefusedWithTheValue(string id)
    {
        using var error = new StringWriter();
        Assert.False(HostOptions.TryGetZone(id, error, out _));
        Assert.StartsWith($"--zone: '{id}' is not a known IANA time zone", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sla", "--calls")]
    [InlineData("nps", "--responses")]
    [InlineData("availability", "--outages")]
    [InlineData("risk", "--register")]
    public void FileOption_GivenAFolder_SaysItIsAFolder(string command, string option)
    {
        var (code, _, error) = HostRunner.Run(command, option, _data.Path, "--month", "2017-09");
        if (command == "risk")
        {
            (code, _, error) = HostRunner.Run(command, option, _data.Path);
        }

        Assert.Equal(2, code);
        Assert.Equal($"{option}: '{_data.Path}' is a folder, not a file.", error.TrimEnd());
    }

    [Fact]
    public void Guard_UnexpectedException_IsOneInternalErrorLineWithoutTypeName_ExitTwo()
    {
        using var error = new StringWriter();
        int code = CommandSupport.Guard(error, () => throw new InvalidOperationException("The thing broke."));
        Assert.Equal(2, code);
        Assert.Equal("internal error: The thing broke. Please report it, with the command line, to the KpiCore maintainers.", error.ToString().TrimEnd());
    }

    /// <summary>Each month option of each command, with a command line that gives it <paramref name="month"/> and is otherwise valid.</summary>
    private IEnumerable<(string Option, string[] Args)> MonthCommandLines(string month)
    {
        string file(string name) => Path.Combine(_data.Path, name);
        string outDir = Path.Combine(_out.Path, Guid.NewGuid().ToString("N"));
        yield return ("month", ["period", month]);
        yield return ("--month", ["availability", "--outages", file("outages.csv"), "--month", month]);
        yield return ("--month", ["sla", "--calls", file("calls.csv"), "--month", month, "--out", Path.Combine(outDir, "sla.csv")]);
        yield return ("--month", ["nps", "--responses", file("responses.csv"), "--month", month]);
        yield return ("--from", ["pack", "--data", _data.Path, "--out", outDir, "--no-terminal", "--from", month, "--to", month]);
        yield return ("--to", ["pack", "--data", _data.Path, "--out", outDir, "--no-terminal", "--from", "2017-04", "--to", month]);
        yield return ("--from", ["--data", _data.Path, "--out", outDir, "--no-terminal", "--from", month, "--to", month]);
    }
}
