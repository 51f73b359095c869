namespace KpiCore.Sample.Tests.Commands;

/// <summary><c>--config</c>: the SLA policy and service catalogues from one file, and a bad setting named by its path.</summary>
public sealed class ConfigOptionTests
{
    private const string Calls = "id,organisation,priority,type,logged,first_response,resolved,on_hold,service,category\n"
        + "INC1,Brent,P2,incident,2017-09-11T09:00:00+01:00,,2017-09-11T15:00:00+01:00,,,\n";

    private const string FourHourP2 = """
        {
          "calendars": { "office": { "hours": { "Monday-Friday": "08:00-18:00" }, "bankHolidays": "EnglandAndWales" } },
          "sla": [
            { "priority": "P1", "calendar": "24x7", "resolutionHours": 4, "targetPercent": 95 },
            { "priority": "P2", "calendar": "office", "resolutionHours": 4, "targetPercent": 90 },
            { "priority": "P3", "calendar": "office", "resolutionWorkingDays": 3, "targetPercent": 80 },
            { "priority": "P4", "calendar": "office", "resolutionWorkingDays": 5, "targetPercent": 80 }
          ]
        }
        """;

    [Fact]
    public void Sla_ConfiguredTarget_JudgesTheCallOnIt()
    {
        using var folder = new TempFolder();
        string calls = folder.Write("calls.csv", Calls);
        string config = folder.Write("kpicore.json", FourHourP2);
        string byDefault = Path.Combine(folder.Path, "default.csv"), configured = Path.Combine(folder.Path, "configured.csv");

        var (code, _, stderr) = HostRunner.Run("sla", "--calls", calls, "--out", byDefault, "-q");
        Assert.True(code == 0, stderr);
        (code, _, stderr) = HostRunner.Run("sla", "--calls", calls, "--out", configured, "--config", config, "-q");
        Assert.True(code == 0, stderr);

        // Mon 11 Sep 2017 09:00-15:00 BST is 6 working hours (360 minutes): within the default 8 hours (met, due 17:00),
        // over the configured 4 (breached at 13:00).
        Assert.EndsWith(",360,480,2017-09-11T17:00:00+01:00,met,none", File.ReadLines(byDefault).Last(), StringComparison.Ordinal);
        Assert.EndsWith(",360,240,2017-09-11T13:00:00+01:00,breached,none", File.ReadLines(configured).Last(), StringComparison.Ordinal);
    }

    [Fact]
    public void BadSetting_IsOneSentenceWithItsPath_ExitTwo_NothingWritten()
    {
        using var folder = new TempFolder();
        string calls = folder.Write("calls.csv", Calls);
        string config = folder.Write("kpicore.json", FourHourP2.Replace("\"resolutionHours\": 4, \"targetPercent\": 90", "\"resolutionHours\": -4, \"targetPercent\": 90", StringComparison.Ordinal));
        string outPath = Path.Combine(folder.Path, "out.csv");

        var (code, _, stderr) = HostRunner.Run("sla", "--calls", calls, "--out", outPath, "--config", config);

        Assert.Equal(2, code);
        Assert.Contains("kpicore.json: sla[1].resolutionHours: -4 is not a positive number of hours", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(outPath));
    }

    [Fact]
    public void Pack_ConfiguredPolicyAndServices_ChangeTheFigures()
    {
        using var output = new TempFolder();
        using var folder = new TempFolder();
        string config = folder.Write("kpicore.json", """
            {
              "sla": [
                { "priority": "P1", "calendar": "24x7", "resolutionHours": 4, "targetPercent": 95 },
                { "priority": "P2", "calendar": "24x7", "resolutionHours": 8, "targetPercent": 50 },
                { "priority": "P3", "calendar": "24x7", "resolutionHours": 30, "targetPercent": 80 },
                { "priority": "P4", "calendar": "24x7", "resolutionHours": 50, "targetPercent": 80 }
              ],
              "services": { "Brent": [ { "name": "Website", "targetPercent": 90 } ] }
            }
            """);

        var (code, _, stderr) = HostRunner.Run("pack", "--data", TempFolder.RepositoryDataFolder(), "--out", output.Path, "--no-terminal", "--config", config, "-q");

        // Brent's other services' outages are rejected, each by its line, not lost: exit code 1.
        Assert.True(code == 1, stderr);
        Assert.Contains("outages.csv:2: service: The service 'Telephony' is not in the catalogue.", stderr, StringComparison.Ordinal);
        string[] csv = File.ReadAllLines(Path.Combine(output.Path, "pack.csv"));
        // The P2 row carries the configured 50% target; Brent's catalogue is the file's one service.
        Assert.Contains(csv, l => l.StartsWith("Brent,Service desk KPIs,P2 Calls Resolved within SLA,50%,2017-04,", StringComparison.Ordinal));
        Assert.Contains(csv, l => l.StartsWith("Brent,System availability KPIs,Website,90%,2017-04,", StringComparison.Ordinal));
        Assert.DoesNotContain(csv, l => l.StartsWith("Brent,System availability KPIs,Telephony,", StringComparison.Ordinal));
    }
}
