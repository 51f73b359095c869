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
            ["services.csv:4: service", "services.csv:5: target_percent", "monitoring.csv:3: service", "exceptions.csv:4: month"],
            data.Problems.Select(p => $"{p.File}:{p.Line}: {p.Field}"));
        foreach (InputFileSummary file in data.Files.Where(f => f.Present))
        {
            int reportedLines = data.Problems.Where(p => p.File == file.File).Select(p => p.Line).Distinct().Count();
            Assert.Equal(file.Rows, file.Loaded + reportedLines);
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
        Assert.Equal(["Brent", "Lewisham"], data.Organisations);
        ServiceCatalogue brent = data.Services["Brent"];
        Assert.Equal(["Web", "Mail"], brent.Services);
        Assert.Equal(99.9, brent["Web"].Target.Threshold);
        Assert.True(brent["Web"].IsTwentyFourSeven);
        Assert.NotNull(brent["Web"].Monitoring);
        Assert.False(brent["Mail"].IsTwentyFourSeven);
        Assert.Equal(PlannedMaintenanceRule.Excluded, brent["Mail"].PlannedMaintenance);
        Assert.False(data.Services.ContainsKey("Lewisham")); // its only service row was rejected
        Assert.Equal(Duration.FromDays(21), data.MonitoredIntervals["Brent"]["Web"].TotalDuration);
        Assert.Equal(2, data.Exceptions["Brent"].Count + data.Exceptions["Lewisham"].Count);
        Assert.Equal(new YearMonth(2017, 9), data.Exceptions["Brent"][0].Month);
        Assert.Equal("Search update, then outage", data.Exceptions["Brent"][0].Text);
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
    public void Locate_CalculatorRejection_MapsToFileAndLine()
    {
        using var folder = new TempFolder();
        folder.Write("outages.csv",
            "organisation,service,reference,start,end\n" +
            "Brent,Web,A,2017-09-03T10:00:00Z,2017-09-03T11:00:00Z\n" +
            "Brent,Web,B,2017-09-03T10:00:00Z,2017-09-03T09:00:00Z\n" +
            "Brent,Web,A,2017-09-05T10:00:00Z,2017-09-05T11:00:00Z\n");
        DataSet data = DataSet.Load(folder.Path, London);
        Assert.Empty(data.Problems);
        AvailabilityReport report = AvailabilityCalculator.Calculate(data.Outages.Select(o => (Outage?)o.Record), data.Services["Brent"],
            ReportingPeriod.Month(new YearMonth(2017, 9), London), Instant.FromUtc(2017, 10, 1, 0, 0));
        Assert.Equal(
            ["outages.csv:3: end", "outages.csv:4: reference"],
            report.Rejected.Select(r => DataSet.Locate(data.Outages, r)).Select(p => $"{p.File}:{p.Line}: {p.Field}"));
        Assert.Equal(3, report.InputCount);
        Assert.Equal(KpiValueKind.Measured, report.Results[0].Availability.Kind);
    }
}
