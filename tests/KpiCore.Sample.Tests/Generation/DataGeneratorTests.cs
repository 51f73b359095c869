using KpiCore.Availability;
using KpiCore.Kpis;
using KpiCore.Risk;
using KpiCore.Sample.Generation;
using KpiCore.Sample.Input;
using KpiCore.Satisfaction;
using KpiCore.ServiceDesk;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Sample.Tests.Generation;

/// <summary>
/// The generator is deterministic, the shipped samples/data is its output for the default seed, and that data reproduces
/// the seed report's tables (typed into <see cref="ReportFigures"/> from the report) within stated tolerances:
/// availability exact to 2 dp (UNVL where the report has UNVL), call volumes per priority exact, SLA % per priority
/// within 2 points (N/A where the report has N/A), calls open at month end and problem/change counts exact, NPS within
/// 2 points, the five risks' residual ratings exact, the six exception lines.
/// </summary>
public sealed class DataGeneratorTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private readonly Xunit.Abstractions.ITestOutputHelper _output;

    public DataGeneratorTests(Xunit.Abstractions.ITestOutputHelper output) => _output = output;

    private static readonly Lazy<DataSet> Shipped = new(() => DataSet.Load(TempFolder.RepositoryDataFolder(), London));

    private static IEnumerable<ReportingPeriod> Months() =>
        ReportingPeriod.Months(ReportFigures.FirstMonth, ReportFigures.FirstMonth.PlusMonths(ReportFigures.Months - 1), London);

    [Fact]
    public void WriteAll_SameSeed_GivesIdenticalBytes_OtherSeedDiffers()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();
        using var other = new TempFolder();
        IReadOnlyList<string> files = new DataGenerator(7).WriteAll(first.Path);
        new DataGenerator(7).WriteAll(second.Path);
        new DataGenerator(8).WriteAll(other.Path);
        foreach (string file in files)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(first.Path, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second.Path, file))), file);
        }

        Assert.False(File.ReadAllBytes(Path.Combine(first.Path, "calls.csv")).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(other.Path, "calls.csv"))));
    }

    [Fact]
    public void ShippedData_IsTheGeneratorOutputForTheDefaultSeed()
    {
        using var folder = new TempFolder();
        var (code, _, error) = HostRunner.Run("generate-data", "--seed", "2017", "--out", folder.Path);
        Assert.True(code == 0, error);
        string shipped = TempFolder.RepositoryDataFolder();
        foreach (string file in DataSet.FileNames)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(folder.Path, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(shipped, file))),
                $"samples/data/{file} is not what 'generate-data --seed 2017' writes; regenerate it.");
        }

        Assert.True(Directory.EnumerateFiles(shipped, "*.csv").Sum(f => new FileInfo(f).Length) < 10_000_000);
    }

    [Fact]
    public void ShippedData_LoadsAndComputesSixMonthsInSeconds()
    {
        // Generous bound for a shared 2-core CI machine; measured about 3 s here.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        DataSet data = DataSet.Load(TempFolder.RepositoryDataFolder(), London);
        foreach (ReportingPeriod month in Months())
        {
            ServiceDeskCalculator.Calculate(data.Calls.Select(c => c.Record), SlaPolicy.UkCouncilDefault(), month);
        }

        _output.WriteLine($"load + 6 monthly service-desk reports: {clock.ElapsedMilliseconds} ms");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), clock.Elapsed.ToString());
    }

    [Fact]
    public void ShippedData_LoadsWithoutProblems()
    {
        DataSet data = Shipped.Value;
        Assert.Empty(data.Problems);
        Assert.Equal(["Brent", "Lewisham"], data.Organisations);
        Assert.All(data.Files, f => Assert.True(f.Present && f.Account(data.Problems).Counted == f.Records, f.File));
    }

    [Theory]
    [InlineData("Brent")]
    [InlineData("Lewisham")]
    public void ShippedData_AvailabilityCells_MatchReportTo2Dp(string organisation)
    {
        DataSet data = Shipped.Value;
        List<Sourced<Outage>> outages = [.. data.Outages.Where(o => o.Organisation == organisation)];
        ReportingPeriod[] months = [.. Months()];
        AvailabilityReport report = AvailabilityCalculator.Calculate(outages.Select(o => (Outage?)o.Record), data.Services[organisation], months, months[^1].End);
        Assert.Empty(report.Rejected);
        foreach (ReportFigures.AvailabilityRow row in ReportFigures.AvailabilityOf(organisation))
        {
            Assert.Equal(row.Target, data.Services[organisation][row.Service].Target.Threshold);
            for (int m = 0; m < months.Length; m++)
            {
                KpiValue value = report.Get(row.Service, months[m]).Availability;
                if (row.Percent[m] is double expected)
                {
                    Assert.True(value.IsMeasured, $"{organisation} {row.Service} month {m}");
                    Assert.True(Math.Abs(Math.Round(value.Value, 2) - expected) < 1e-9, $"{organisation} {row.Service} month {m}: {value.Value} vs {expected}");
                }
                else
                {
                    Assert.Equal(KpiValue.Unavailable, value);
                }
            }
        }
    }

    [Theory]
    [InlineData("Brent")]
    [InlineData("Lewisham")]
    public void ShippedData_ServiceDeskFigures_MatchReport(string organisation)
    {
        DataSet data = Shipped.Value;
        ReportFigures.ServiceDeskTable expected = ReportFigures.ServiceDeskOf(organisation);
        int m = 0;
        foreach (ReportingPeriod month in Months())
        {
            ServiceDeskReport report = ServiceDeskCalculator.Calculate(data.Calls.Select(c => c.Record), SlaPolicy.UkCouncilDefault(), month);
            Assert.Empty(report.Rejected);
            Assert.True(report.TryGet(organisation, out OrganisationSlaFigures? figures));
            for (int p = 0; p < 4; p++)
            {
                Priority priority = new[] { Priority.P1, Priority.P2, Priority.P3, Priority.P4 }[p];
                Assert.True(figures.TryGet(priority, out PrioritySlaFigures? f));
                Assert.Equal(expected.Volume[p][m], f.Logged);
                if (expected.SlaPercent[p][m] is double percent)
                {
                    Assert.True(f.WithinSla.IsMeasured, $"{organisation} P{p + 1} month {m}");
                    Assert.True(Math.Abs(f.WithinSla.Value - percent) <= 2.0, $"{organisation} P{p + 1} month {m}: {f.WithinSla} vs {percent}%");
                }
                else
                {
                    Assert.Equal(KpiValue.NotApplicable, f.WithinSla);
                }
            }

            Assert.Equal(expected.OpenAtEnd[m], figures.OpenAtPeriodEnd);
            Assert.Equal(expected.Problems[m], figures.ProblemRecordsLogged);
            Assert.Equal(expected.Changes[m], figures.ChangeRecordsLogged);
            m++;
        }
    }

    [Fact]
    public void ShippedData_BrentAprilP2_IsFiveOfSeven()
    {
        ReportingPeriod april = ReportingPeriod.Month(new YearMonth(2017, 4), London);
        ServiceDeskReport report = ServiceDeskCalculator.Calculate(Shipped.Value.Calls.Select(c => c.Record), SlaPolicy.UkCouncilDefault(), april);
        Assert.True(report.TryGet("Brent", out OrganisationSlaFigures? brent));
        Assert.True(brent.TryGet(Priority.P2, out PrioritySlaFigures? p2));
        Assert.Equal((5L, 7L), (p2.Met, p2.Resolved)); // 71.43%
    }

    [Theory]
    [InlineData("Brent")]
    [InlineData("Lewisham")]
    public void ShippedData_Nps_WithinTwoPointsOfReport(string organisation)
    {
        ReportFigures.ServiceDeskTable expected = ReportFigures.ServiceDeskOf(organisation);
        int m = 0;
        foreach (ReportingPeriod month in Months())
        {
            NpsResponseSummary summary = NetPromoterScore.CalculateFromResponses(
                Shipped.Value.Responses.Where(r => r.Organisation == organisation && month.Contains(r.Record.RespondedAt)).Select(r => r.Record));
            Assert.Empty(summary.Rejected);
            Assert.InRange(summary.Summary.Total, 200, 500);
            Assert.True(Math.Abs(summary.Summary.Score.Value - expected.Nps[m]) <= 2.0, $"{organisation} month {m}: {summary.Summary.Score} vs {expected.Nps[m]}");
            m++;
        }
    }

    [Fact]
    public void ShippedData_RisksAndExceptions_AreTheReports()
    {
        DataSet data = Shipped.Value;
        var register = new RiskRegister(data.Risks.Select(r => r.Record), RiskMatrix.ThreeByThree, RiskBands.ThreeByThree);
        Assert.Equal([6, 1, 3, 3, 3], data.Risks.Select(r => (int)register.Entries.Single(e => e.Risk.Id == r.Record.Id).ResidualScore.Value));
        Assert.Equal("Catastrophic loss of Data Centre", data.Risks[0].Record.Description);
        Assert.Equal(3, data.Exceptions["Brent"].Count);
        Assert.Equal(3, data.Exceptions["Lewisham"].Count);
        Assert.Contains(data.Exceptions["Brent"], e => e.Record.RowName == "Website" && e.Record.Text == "Update on the website caused an outage" && e.Record.Month is null);
    }

    [Fact]
    public void ShippedData_PlannedMaintenance_ExplainsBrentHousingAndSocialCareSeptember()
    {
        ReportingPeriod september = ReportingPeriod.Month(new YearMonth(2017, 9), London);
        DataSet data = Shipped.Value;
        AvailabilityReport report = AvailabilityCalculator.Calculate(
            data.Outages.Where(o => o.Organisation == "Brent").Select(o => (Outage?)o.Record), data.Services["Brent"], september, september.End);
        foreach (string service in new[] { "Housing System", "Social Care System" })
        {
            ServiceAvailability result = report.Get(service, september);
            Assert.Equal(result.Downtime, result.PlannedDowntime);
            Assert.True(result.Downtime > Duration.Zero);
        }

        // 97.27% of 720 h: 2.73% x 2,592,000 s = 70,761.6 s, written as 70,762 s = 19 h 39 min 22 s.
        Assert.Equal(Duration.FromSeconds(70_762), report.Get("Website", september).Downtime);
    }
}
