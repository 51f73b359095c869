namespace KpiCore.Sample.Tests.Commands;

public sealed class SlaCommandTests
{
    // Default UK council policy: P1 4 h 24x7; P2 8 working hours; P3 30 and P4 50 working hours; Mon-Fri 08:00-18:00 London.
    private const string Calls =
        "id,organisation,priority,type,logged,first_response,resolved,on_hold,service,category\n" +
        // line 2: P1, 3 h 30 min -> met (210 min), breach instant 13:00.
        "C1,Brent,P1,incident,2017-09-04T09:00:00+01:00,,2017-09-04T12:30:00+01:00,,Web,\n" +
        // line 3: P1 overnight, 5 h -> breached at 02:00.
        "C2,Brent,P1,incident,2017-09-05T22:00:00+01:00,,2017-09-06T03:00:00+01:00,,Web,\n" +
        // line 4: P2 Friday 16:00 to Monday 14:00: 2 h + 6 h = 8 h = exactly the target -> met.
        "C3,Brent,P2,incident,2017-09-08T16:00:00+01:00,,2017-09-11T14:00:00+01:00,,Web,\n" +
        // line 5: P2 09:00-18:00 with 2 h on hold -> 7 h = 420 min, met; the clock would reach 8 h at 09:00 next day.
        "C4,Brent,P2,incident,2017-09-11T09:00:00+01:00,,2017-09-11T18:00:00+01:00,2017-09-11T10:00:00+01:00/2017-09-11T12:00:00+01:00,Web,\n" +
        // line 6: P4 from Thu 31 Aug 10:00 to Thu 7 Sep 12:00: 8 + 10 + 30 + 4 = 52 h > 50 h -> breached; breach Thu 7 Sep 10:00.
        "C5,Brent,P4,service-request,2017-08-31T10:00:00+01:00,,2017-09-07T12:00:00+01:00,,Mail,\n" +
        // line 7: P3 logged Thu 28 Sep 10:00, open: 18 working hours by the month end; breach Tue 3 Oct 10:00.
        "C6,Brent,P3,incident,2017-09-28T10:00:00+01:00,,,,Mail,\n" +
        // line 8: a problem record (no priority, no SLA).
        "PRB1,Brent,,problem,2017-09-12T10:00:00+01:00,,,,Web,\n" +
        // line 9: repeats C1's id -> rejected by the calculator.
        "C1,Brent,P3,incident,2017-09-12T10:00:00+01:00,,2017-09-12T11:00:00+01:00,,Web,\n" +
        // line 10: resolved before logged -> rejected by the calculator.
        "C9,Brent,P3,incident,2017-09-12T10:00:00+01:00,,2017-09-12T09:00:00+01:00,,Web,\n" +
        // line 11: not a priority -> rejected by the reader.
        "C10,Brent,urgent,incident,2017-09-12T10:00:00+01:00,,,,Web,\n";

    [Fact]
    public void Sla_HandWorkedCalls_PerCallCsvHasUsedMinutesBreachAndStatus()
    {
        using var folder = new TempFolder();
        string csv = Path.Combine(folder.Path, "out", "per-call.csv");
        var (code, output, error) = HostRunner.Run("sla", "--calls", folder.Write("calls.csv", Calls), "--month", "2017-09", "--out", csv);
        Assert.Equal(1, code);
        Assert.Contains(csv, output, StringComparison.Ordinal);
        string[] lines = File.ReadAllLines(csv);
        Assert.Equal("id,organisation,priority,type,logged,resolved,sla_minutes_used,target_minutes,breach_instant,status,hold_source", lines[0]);
        Assert.EndsWith(",intervals", lines.Single(l => l.StartsWith("C4,", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.EndsWith(",none", lines[1], StringComparison.Ordinal);
        Assert.Equal(10, lines.Length); // 9 loaded calls + header; the unreadable row is only on standard error
        Assert.Contains(",210,240,2017-09-04T13:00:00+01:00,met,", lines[1], StringComparison.Ordinal);
        Assert.Contains(",300,240,2017-09-06T02:00:00+01:00,breached,", lines[2], StringComparison.Ordinal);
        Assert.Contains(",480,480,2017-09-11T14:00:00+01:00,met,", lines[3], StringComparison.Ordinal);
        Assert.Contains(",420,480,2017-09-12T09:00:00+01:00,met,", lines[4], StringComparison.Ordinal);
        Assert.Contains(",3120,3000,2017-09-07T10:00:00+01:00,breached,", lines[5], StringComparison.Ordinal);
        Assert.Contains(",1080,1800,2017-10-03T10:00:00+01:00,in-progress,", lines[6], StringComparison.Ordinal);
        Assert.Contains(",no-sla,", lines[7], StringComparison.Ordinal);
        Assert.Contains(",rejected,", lines[8], StringComparison.Ordinal);
        Assert.Contains(",rejected,", lines[9], StringComparison.Ordinal);
        _ = error;
    }

    [Fact]
    public void Sla_HandWorkedCalls_MonthlyTableHasPerPriorityFigures()
    {
        using var folder = new TempFolder();
        var (_, output, _) = HostRunner.Run("sla", "--calls", folder.Write("calls.csv", Calls), "--month", "2017-09", "--out", Path.Combine(folder.Path, "c.csv"));
        Assert.Matches(@"P1 calls resolved within SLA\s+95%\s+50%", output);
        Assert.Matches(@"Volume of P1 calls\s+2\r?\n", output);
        Assert.Matches(@"P2 calls resolved within SLA\s+90%\s+100%", output);
        Assert.Matches(@"P3 calls resolved within SLA\s+80%\s+N/A", output); // C6 is open: nothing resolved
        Assert.Matches(@"Volume of P3 calls\s+1\r?\n", output);
        Assert.Matches(@"P4 calls resolved within SLA\s+80%\s+0%", output); // C5 logged in August, resolved (late) in September
        Assert.Matches(@"Volume of P4 calls\s+0\r?\n", output);
        Assert.Matches(@"Overall SLA performance\s+60%", output); // 3 met of 5 resolved
        Assert.Matches(@"Total volume of calls\s+5\r?\n", output);
        Assert.Matches(@"Calls open at period end\s+Decrease\s+1\r?\n", output);
        Assert.Matches(@"Number of problem records\s+1\r?\n", output);
    }

    [Fact]
    public void Sla_RejectedCalls_ReportedAtFileLineAndCounted()
    {
        using var folder = new TempFolder();
        string path = folder.Write("calls.csv", Calls);
        var (code, _, error) = HostRunner.Run("sla", "--calls", path, "--month", "2017-09", "--out", Path.Combine(folder.Path, "c.csv"));
        Assert.Equal(1, code);
        Assert.Contains(path + ":9: id: ", error, StringComparison.Ordinal);
        Assert.Contains(path + ":10: resolved: ", error, StringComparison.Ordinal);
        Assert.Contains(path + ":11: priority: ", error, StringComparison.Ordinal);
        Assert.Contains(path + ": 10 records: 7 counted, 3 rejected", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Sla_CleanFile_ExitsZero()
    {
        using var folder = new TempFolder();
        string clean = string.Join('\n', Calls.Split('\n').Take(8)) + "\n";
        var (code, _, error) = HostRunner.Run("sla", "--calls", folder.Write("calls.csv", clean), "--month", "2017-09", "--out", Path.Combine(folder.Path, "c.csv"));
        Assert.True(code == 0, error);
    }

    [Fact]
    public void Sla_EmptyFile_ExitsTwo()
    {
        using var folder = new TempFolder();
        var (code, _, error) = HostRunner.Run("sla", "--calls", folder.Write("calls.csv", string.Empty), "--out", Path.Combine(folder.Path, "c.csv"));
        Assert.Equal(2, code);
        Assert.Contains("empty", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("C-1", "C-1")]
    public void Safe_FormulaLikeText_IsNeutralised(string text, string expected) =>
        Assert.Equal(expected, KpiCore.Sample.Commands.SlaCommand.Safe(text));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Sla_MonthWithoutCalls_IsUnvlWithAWarning_NotZeroCalls(bool streamed)
    {
        // April: C1, P3, 1 working hour of 30 (met); no call in May; June: C2, P3, met. May is a gap in the export.
        using var folder = new TempFolder();
        string calls = folder.Write("calls.csv", "id,organisation,priority,type,logged,first_response,resolved,on_hold,service,category\n"
            + "C1,Brent,P3,incident,2017-04-03T09:00:00+01:00,,2017-04-03T10:00:00+01:00,,,\n"
            + "C2,Brent,P3,incident,2017-06-05T09:00:00+01:00,,2017-06-05T10:00:00+01:00,,,\n");
        using var output = new StringWriter();
        using var error = new StringWriter();

        int code = KpiCore.Sample.Commands.SlaCommand.Execute(calls, null, NodaTime.DateTimeZoneProviders.Tzdb["Europe/London"], new KpiCore.Sample.Input.ImportOptions(), null, Path.Combine(folder.Path, "out.csv"), output, error, streamed);

        Assert.True(code == 0, error.ToString());
        Assert.Contains("warning: calls.csv: no call was logged in 2017-05; its figures are UNVL (no data), not 0 calls.", error.ToString(), StringComparison.Ordinal);
        string[] lines = output.ToString().ReplaceLineEndings("\n").Split('\n');
        Assert.Equal(["Volume", "of", "P3", "calls", "1", "UNVL", "1"], lines.Single(l => l.StartsWith("Volume of P3", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(["P3", "calls", "resolved", "within", "SLA", "80%", "100%", "UNVL", "100%"], lines.Single(l => l.StartsWith("P3 calls resolved", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(["Calls", "open", "at", "period", "end", "Decrease", "0", "UNVL", "0"], lines.Single(l => l.StartsWith("Calls open", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("UNVL = no call was logged in the month: no data.", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Sla_EveryMonthWithCalls_NoUnvlAndNoWarning()
    {
        using var folder = new TempFolder();
        string csv = Path.Combine(folder.Path, "out.csv");
        var (code, output, error) = HostRunner.Run("sla", "--calls", folder.Write("calls.csv", "id,organisation,priority,type,logged,first_response,resolved,on_hold,service,category\n"
            + "C1,Brent,P3,incident,2017-04-03T09:00:00+01:00,,2017-04-03T10:00:00+01:00,,,\n"
            + "C2,Brent,P3,incident,2017-05-02T09:00:00+01:00,,2017-05-02T10:00:00+01:00,,,\n"), "--out", csv, "-q");

        Assert.True(code == 0, error);
        Assert.DoesNotContain("UNVL", output, StringComparison.Ordinal);
        Assert.DoesNotContain("no call was logged", error, StringComparison.Ordinal);
    }
}
