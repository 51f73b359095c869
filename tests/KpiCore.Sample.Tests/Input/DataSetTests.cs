using KpiCore.Availability;
using KpiCore.Kpis;
using KpiCore.Sample.Input;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Sample.Tests.Input;

public sealed class DataSetTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    private static TempFolder SmallFolder()
    {
        var folder = new TempFolder();
        folder.Write("services.csv",
            "organisation,service,target_percent,service_hours,exclude_planned\n" +
            "Brent,Web,99.9,24x7,no\n" +
            "Brent,Mail,99,Mon-Fri 08:00-18:00,yes\n" +
            "Brent,Web,99,24x7,no\n" +                       // line 4: repeated
            "Lewisham,Web,101,24x7,no\n");                   // line 5: target out of range
        folder.Write("monitoring.csv",
            "organisation,service,start,end\n" +
            "Brent,Web,2017-09-10T00:00:00,2017-10-01T00:00:00\n" +
            "Brent,Nope,2017-09-10T00:00:00,2017-10-01T00:00:00\n"); // line 3: unknown service
        folder.Write("exceptions.csv",
            "organisation,row,month,text\n" +
            "Brent,Web,2017-09,\"Search update, then outage\"\n" +
            "Lewisham,Web,,Hyper-V\n" +
            "Brent,Web,Sept,bad month\n");                   // line 4
        return folder;
    }

    [Fact]
    public void Load_SmallFolder_EveryRowLoadedOrReportedWithFileAndLine()
    {
        using TempFolder folder = SmallFolder();
        DataSet data = DataSet.Load(folder.Path, London);
        Assert.Equal(
            // Lewisham's only service row is rejected, so Lewisham is not defined and its note is rejected too.
            ["services.csv:4: service", "services.csv:5: target_percent", "monitoring.csv:3: service", "exceptions.csv:3: organisation", "exceptions.csv:4: month"],
            data.Problems.Select(p => $"{p.File}:{p.Line}: {p.Field}"));
        foreach (InputFileSummary file in data.Files.Where(f => f.Present))
        {
            int reportedLines = data.Problems.Where(p => p.File == file.File).Select(p => p.Line).Distinct().Count();
            FileAccount account = file.Account(data.Problems);
            Assert.Equal(file.Records, account.Counted + reportedLines);
            Assert.Equal(account.Records, account.Counted + account.Rejected + account.Excluded + account.Outside);
        }

        Assert.False(data.HasFileErrors);
        Assert.Empty(data.Calls); // calls.csv is absent: no problem
        Assert.Contains(data.Files, f => f.File == "calls.csv" && !f.Present);
    }

    [Fact]
    public void Load_SmallFolder_CataloguesCarryTargetsHoursAndMonitoring()
    {
        using TempFolder folder = SmallFolder();
        DataSet data = DataSet.Load(folder.Path, London);
        Assert.Equal(["Brent"], data.Organisations);
        ServiceCatalogue brent = data.Services["Brent"];
        Assert.Equal(["Web", "Mail"], brent.Services);
        Assert.Equal(99.9, brent["Web"].Target.Threshold);
        Assert.True(brent["Web"].IsTwentyFourSeven);
        Assert.NotNull(brent["Web"].Monitoring);
        Assert.False(brent["Mail"].IsTwentyFourSeven);
        Assert.Equal(PlannedMaintenanceRule.Excluded, brent["Mail"].PlannedMaintenance);
        Assert.False(data.Services.ContainsKey("Lewisham")); // its only service row was rejected
        Assert.Equal(Duration.FromDays(21), data.MonitoredIntervals["Brent"]["Web"].TotalDuration);
        Assert.Single(data.Exceptions["Brent"]);
        Assert.False(data.Exceptions.ContainsKey("Lewisham"));
        Assert.Equal(new YearMonth(2017, 9), data.Exceptions["Brent"][0].Record.Month);
        Assert.Equal("Search update, then outage", data.Exceptions["Brent"][0].Record.Text);
    }

    [Fact]
    public void Load_MissingFolder_IsAFileError()
    {
        DataSet data = DataSet.Load(Path.Combine(Path.GetTempPath(), "no-such-kpicore-folder-" + Guid.NewGuid().ToString("N")), London);
        Assert.True(data.HasFileErrors);
        Assert.Empty(data.Organisations);
    }

    [Fact]
    public void Load_FileWithoutRequiredColumn_IsOneFileError()
    {
        using var folder = new TempFolder();
        folder.Write("outages.csv", "organisation,service,begin,end\nBrent,Web,2017-09-01T00:00:00Z,\n");
        DataSet data = DataSet.Load(folder.Path, London);
        InputProblem problem = Assert.Single(data.Problems);
        Assert.Equal("outages.csv", problem.File);
        Assert.Equal("start", problem.Field);
        Assert.True(data.HasFileErrors);
    }

    [Fact]
    public void Load_OutageEndingBeforeStartOrRepeatingAReference_RejectedAtItsLine()
    {
        using var folder = new TempFolder();
        folder.Write("outages.csv",
            "organisation,service,reference,start,end\n" +
            "Brent,Web,A,2017-09-03T10:00:00Z,2017-09-03T11:00:00Z\n" +
            "Brent,Web,B,2017-09-03T10:00:00Z,2017-09-03T09:00:00Z\n" +
            "Brent,Web,A,2017-09-05T10:00:00Z,2017-09-05T11:00:00Z\n");
        DataSet data = DataSet.Load(folder.Path, London);
        Assert.Equal(
            ["outages.csv:3: end", "outages.csv:4: reference"],
            data.Problems.Select(p => $"{p.File}:{p.Line}: {p.Field}"));
        Assert.Contains("already used for Brent's Web on line 2", data.Problems[1].Reason, StringComparison.Ordinal);
        AvailabilityReport report = AvailabilityCalculator.Calculate(data.Outages.Select(o => (Outage?)o.Record), data.Services["Brent"],
            ReportingPeriod.Month(new YearMonth(2017, 9), London), Instant.FromUtc(2017, 10, 1, 0, 0));
        Assert.Empty(report.Rejected);
        Assert.Equal(Duration.FromHours(1), report.ForPeriod(ReportingPeriod.Month(new YearMonth(2017, 9), London)).Single().Downtime);
        Assert.Equal(1, report.InputCount); // only the good outage reaches the calculator
        Assert.Equal(KpiValueKind.Measured, report.Results[0].Availability.Kind);
    }
}
