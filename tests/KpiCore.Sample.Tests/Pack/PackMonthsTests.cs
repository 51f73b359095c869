namespace KpiCore.Sample.Tests.Pack;

/// <summary>
/// Which months the calls export covers: a month inside the export without one call logged is a gap in the export,
/// shown as UNVL (no data) with a warning, never as 0 calls and N/A.
/// </summary>
public sealed class PackMonthsTests
{
    private const string Header = "id,organisation,priority,type,logged,first_response,resolved,on_hold,service,category\n";

    [Fact]
    public void MonthWithoutCalls_InsideTheExport_IsUnvlWithAWarning_NotZeroCalls()
    {
        using var data = new TempFolder();
        data.Write("calls.csv", Header
            + "C1,Brent,P3,incident,2017-04-03T09:00:00+01:00,,2017-04-03T10:00:00+01:00,,,\n"
            + "C2,Brent,P3,incident,2017-04-04T09:00:00+01:00,,2017-04-04T10:00:00+01:00,,,\n"
            + "C3,Brent,P3,incident,2017-06-05T09:00:00+01:00,,2017-06-05T10:00:00+01:00,,,\n");
        using var output = new TempFolder();

        var (code, _, stderr) = HostRunner.Run("pack", "--data", data.Path, "--out", output.Path, "--no-terminal", "-q");

        Assert.True(code == 0, stderr);
        Assert.Contains("warning: calls.csv: no call was logged in 2017-05, inside the months the export covers; its service-desk figures are UNVL (no data), not 0 calls.", stderr, StringComparison.Ordinal);
        Assert.Contains("calls.csv: 3 records: 3 counted, 0 rejected", stderr, StringComparison.Ordinal);
        string[] csv = File.ReadAllLines(Path.Combine(output.Path, "pack.csv"));
        // April: 2 P3 calls, each resolved in 1 working hour of 30 (met); June: 1. May has no evidence at all.
        Assert.Contains("Brent,Service desk KPIs,Volume of P3 Calls,,2017-04,2,2,Measured,none,NotAssessed,,,,", csv);
        Assert.Contains(csv, l => l.StartsWith("Brent,Service desk KPIs,Volume of P3 Calls,,2017-05,,UNVL,Unavailable,", StringComparison.Ordinal));
        Assert.Contains(csv, l => l.StartsWith("Brent,Service desk KPIs,Volume of P3 Calls,,2017-06,1,1,Measured,", StringComparison.Ordinal));
        Assert.Contains(csv, l => l.StartsWith("Brent,Service desk KPIs,P3 Calls Resolved within SLA,80%,2017-04,100,100.00%,Measured,green,", StringComparison.Ordinal));
        Assert.Contains(csv, l => l.StartsWith("Brent,Service desk KPIs,P3 Calls Resolved within SLA,80%,2017-05,,UNVL,Unavailable,", StringComparison.Ordinal));
        Assert.Contains(csv, l => l.StartsWith("Brent,Service desk KPIs,Total Volume of Calls,,2017-05,,UNVL,Unavailable,", StringComparison.Ordinal));
        Assert.Contains(csv, l => l.StartsWith("Brent,Service desk KPIs,Calls Open at Period End,Decrease,2017-05,,UNVL,Unavailable,", StringComparison.Ordinal));
        Assert.DoesNotContain(csv, l => l.Contains(",2017-05,0,0,", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryMonthWithCalls_IsCovered_NoWarning()
    {
        using var data = new TempFolder();
        data.Write("calls.csv", Header
            + "C1,Brent,P3,incident,2017-04-03T09:00:00+01:00,,2017-04-03T10:00:00+01:00,,,\n"
            + "C2,Brent,P3,incident,2017-05-02T09:00:00+01:00,,2017-05-02T10:00:00+01:00,,,\n");
        using var output = new TempFolder();

        var (code, _, stderr) = HostRunner.Run("pack", "--data", data.Path, "--out", output.Path, "--no-terminal", "-q");

        Assert.True(code == 0, stderr);
        Assert.DoesNotContain("no call was logged", stderr, StringComparison.Ordinal);
        string[] csv = File.ReadAllLines(Path.Combine(output.Path, "pack.csv"));
        Assert.Contains(csv, l => l.StartsWith("Brent,Service desk KPIs,Volume of P3 Calls,,2017-05,1,1,Measured,", StringComparison.Ordinal));
    }
}
