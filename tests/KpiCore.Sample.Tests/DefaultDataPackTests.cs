using System.Globalization;
using KpiCore.Kpis;
using KpiCore.Reporting;
using KpiCore.Sample.Commands;
using KpiCore.Sample.Input;
using KpiCore.Sample.Pack;
using KpiCore.Sample.Rendering;
using NodaTime;

namespace KpiCore.Sample.Tests;

/// <summary>
/// The pack built from the default data (samples/data) checked against the October 2017 committee report's Brent and
/// Lewisham tables (typed in below from the report). Tolerances: availability to the report's 2 decimal places,
/// "UNVL" and "N/A" exactly, volumes per priority, open calls, problem and change records exactly, the total volume
/// within 1 (the report's Brent September total, 4887, is one less than the sum of its own priority volumes, 4888),
/// SLA per priority within 2 percentage points, overall SLA within 3 points (the report's overall figure is not
/// reproducible from its per-priority ones), NPS within 2 points.
/// </summary>
public sealed class DefaultDataPackTests
{
    private const double U = double.NaN; // UNVL
    private const double NA = double.NegativeInfinity; // N/A

    private static readonly Lazy<PackDocument> Document = new(() =>
    {
        string directory = PackCommand.DefaultDataDirectory() ?? throw new InvalidOperationException("samples/data not found");
        DataSet data = DataSet.Load(directory, DateTimeZoneProviders.Tzdb["Europe/London"]);
        return PackDocumentLoader.Build(data, null, null) ?? throw new InvalidOperationException("no pack");
    });

    public static TheoryData<string, string, double[]> Availability => new()
    {
        { "Brent", "Telephony", [100, 100, 100.00, 100.00, 100.00, 100] },
        { "Brent", "ACD (Call Centre)", [100, 100, 99.62, 99.98, 99.99, 100] },
        { "Brent", "Internet Access", [100, 100, 99.28, 98.61, 100.00, 99.98] },
        { "Brent", "Website", [100, 99.74, 98.62, 99.85, 99.86, 97.27] },
        { "Brent", "Email Service", [100, 99.99, 99.29, 99.99, 99.71, 99.98] },
        { "Brent", "Housing System", [U, 95.88, 99.22, 100.00, 100.00, 88.93] },
        { "Brent", "R&B System", [99.47, 98.59, 99.03, 99.59, 99.08, 99.87] },
        { "Brent", "Social Care System", [99.63, 99.47, 97.97, 99.93, 98.91, 95.83] },
        { "Brent", "Planning System", [100, 100, 98.33, 99.99, 99.07, 99.99] },
        { "Brent", "oneOracle", [99.74, 99.72, 99.08, 99.69, 99.40, 98.49] },
        { "Brent", "Remote Access Service", [99.98, 100, 99.21, 99.99, 99.99, 98.63] },
        { "Brent", "Desktop Service", [99.98, 100, 99.21, 99.99, 99.99, 98.63] },
        { "Lewisham", "Telephony", [100, 100, U, U, U, U] },
        { "Lewisham", "AGD (Call Centre)", [100, 100, U, U, U, U] },
        { "Lewisham", "Internet Access", [100, 100, 99.28, 98.61, 100.00, 99.98] },
        { "Lewisham", "Website", [99.97, 99.82, 99.20, 98.44, 99.99, 98.15] },
        { "Lewisham", "Email Service", [100, 98.64, 99.27, 100.00, 99.74, 99.99] },
        { "Lewisham", "Housing System", [U, U, U, U, U, U] },
        { "Lewisham", "R&B System", [99.85, 99.83, 99.01, 98.47, 99.42, 99.99] },
        { "Lewisham", "Social Care System", [100, 98.00, 99.23, 99.82, 99.66, 97.16] },
        { "Lewisham", "Planning System", [99.99, 99.27, 99.23, 98.59, 100.00, 97.82] },
        { "Lewisham", "oneOracle", [99.74, 99.72, 99.08, 99.69, 99.40, 98.49] },
        { "Lewisham", "Remote Access Service", [99.70, 100, 99.21, 99.99, 99.99, 98.63] },
        { "Lewisham", "Desktop Service", [99.70, 100, 99.21, 99.99, 99.99, 98.63] },
    };

    public static TheoryData<string, string, double[]> Sla => new()
    {
        { "Brent", "P1 Calls Resolved within SLA", [100, 57.14, 100, NA, 100, 100] },
        { "Brent", "P2 Calls Resolved within SLA", [71.43, 66.67, 81.82, 80.00, 85.71, 50] },
        { "Brent", "P3 Calls Resolved within SLA", [70.54, 82.46, 85.86, 89.79, 85.33, 88.74] },
        { "Brent", "P4 Calls Resolved < 5 days", [86.30, 86.59, 88.26, 86.81, 90.21, 90.42] },
        { "Lewisham", "P1 Calls Resolved within SLA", [100, 100, NA, 85.71, 100.00, 88.89] },
        { "Lewisham", "P2 Calls Resolved within SLA", [61.54, 83.82, 50.00, 83.02, 100.00, 85.71] },
        { "Lewisham", "P3 Calls Resolved within SLA", [75.53, 77.50, 77.81, 81.82, 83.33, 80.47] },
        { "Lewisham", "P4 Calls Resolved < 5 days", [78.06, 88.27, 88.06, 90.79, 89.98, 89.55] },
    };

    public static TheoryData<string, string, double[]> Counts => new()
    {
        { "Brent", "Volume of P1 Calls", [3, 7, 2, 0, 5, 2] },
        { "Brent", "Volume of P2 Calls", [7, 13, 12, 8, 10, 8] },
        { "Brent", "Volume of P3 Calls", [907, 1246, 1445, 1527, 1677, 1996] },
        { "Brent", "Volume of P4 Calls", [2679, 3237, 3211, 2775, 2841, 2882] },
        { "Brent", "Calls Open at Period End", [439, 499, 553, 465, 561, 694] },
        { "Brent", "Number of Problem Records", [1, 6, 2, 0, 5, 3] },
        { "Brent", "Number of Change Records", [30, 26, 24, 54, 39, 18] },
        { "Lewisham", "Volume of P1 Calls", [3, 4, 0, 7, 13, 9] },
        { "Lewisham", "Volume of P2 Calls", [14, 73, 16, 51, 125, 22] },
        { "Lewisham", "Volume of P3 Calls", [757, 885, 721, 1069, 1358, 1151] },
        { "Lewisham", "Volume of P4 Calls", [1424, 1868, 1722, 1450, 1323, 1511] },
        { "Lewisham", "Calls Open at Period End", [387, 382, 404, 394, 405, 352] },
        { "Lewisham", "Number of Problem Records", [1, 7, 4, 0, 2, 3] },
        { "Lewisham", "Number of Change Records", [23, 26, 16, 35, 41, 10] },
    };

    [Fact]
    public void Pack_DefaultData_AprilToSeptember2017ForBrentLewishamAndCombined()
    {
        PackDocument document = Document.Value;
        Assert.Equal(Enumerable.Range(4, 6).Select(m => new YearMonth(2017, m)), document.Months);
        Assert.Equal(["Brent", "Lewisham", PerformancePackBuilder.CombinedOrganisationName], document.Packs.Select(p => p.Organisation));
        Assert.Empty(document.Problems);
    }

    [Theory]
    [MemberData(nameof(Availability))]
    public void Availability_MatchesReportTo2dp(string organisation, string row, double[] report) =>
        Check(organisation, row, report, (expected, actual) => Math.Abs(Math.Round(actual, 2) - expected) < 0.0051);

    [Theory]
    [MemberData(nameof(Sla))]
    public void Sla_MatchesReportWithin2Points(string organisation, string row, double[] report) =>
        Check(organisation, row, report, (expected, actual) => Math.Abs(actual - expected) <= 2.0);

    [Theory]
    [MemberData(nameof(Counts))]
    public void Counts_MatchReportExactly(string organisation, string row, double[] report) =>
        Check(organisation, row, report, (expected, actual) => actual == expected);

    [Theory]
    [InlineData("Brent", new double[] { 3596, 4503, 4670, 4310, 4533, 4887 })]
    [InlineData("Lewisham", new double[] { 2198, 2830, 2459, 2577, 2819, 2693 })]
    public void TotalVolume_MatchesReportWithin1(string organisation, double[] report) =>
        Check(organisation, PerformancePackBuilder.TotalVolumeRowName, report, (expected, actual) => Math.Abs(actual - expected) <= 1);

    [Theory]
    [InlineData("Brent", new double[] { 79.45, 84.19, 86.79, 89.01, 86.56, 88.99 })]
    [InlineData("Lewisham", new double[] { 77.16, 84.81, 84.79, 86.96, 87.21, 85.36 })]
    public void OverallSla_MatchesReportWithin3Points(string organisation, double[] report) =>
        Check(organisation, PerformancePackBuilder.OverallSlaRowName, report, (expected, actual) => Math.Abs(actual - expected) <= 3.0);

    [Theory]
    [InlineData("Brent", new double[] { 70.98, 70.62, 74.61, 82.25, 75.96, 77.24 })]
    [InlineData("Lewisham", new double[] { 36.64, 41.7, 58.17, 55.14, 61.8, 48.44 })]
    public void NetPromoterScore_MatchesReportWithin2Points(string organisation, double[] report) =>
        Check(organisation, PerformancePackBuilder.NetPromoterScoreRowName, report, (expected, actual) => Math.Abs(actual - expected) <= 2.0);

    [Theory]
    [InlineData("Brent")]
    [InlineData("Lewisham")]
    public void NoSurveyOrProcessIndex_NotApplicableAsInReport(string organisation)
    {
        PerformancePack pack = Pack(organisation);
        Assert.All(pack.FindRow(PerformancePackBuilder.ProcessSuccessIndexRowName)!.Values, v => Assert.Equal(KpiValue.NotApplicable, v));
        Assert.All(pack.FindRow(PerformancePackBuilder.UserSatisfactionRowName)!.Values, v => Assert.Equal(KpiValue.NotApplicable, v));
    }

    [Fact]
    public void Exceptions_AsInReport()
    {
        Assert.Equal(["Website", "Housing System", "Social Care System"], Pack("Brent").Exceptions.Select(e => e.RowName));
        Assert.Equal(["Website", "Social Care System", "Planning System"], Pack("Lewisham").Exceptions.Select(e => e.RowName));
    }

    [Fact]
    public void Combined_SlaIsPooledCounts()
    {
        // The combined P2 figure must lie between the councils' (a pooled ratio does) and, where the councils' call
        // volumes differ a lot, away from their plain mean; both checked on the six months.
        PerformancePack combined = Pack(PerformancePackBuilder.CombinedOrganisationName);
        KpiRow total = combined.FindRow(PerformancePackBuilder.TotalVolumeRowName)!;
        KpiRow brent = Pack("Brent").FindRow(PerformancePackBuilder.TotalVolumeRowName)!;
        KpiRow lewisham = Pack("Lewisham").FindRow(PerformancePackBuilder.TotalVolumeRowName)!;
        for (int i = 0; i < 6; i++)
        {
            Assert.Equal(brent.Values[i].Value + lewisham.Values[i].Value, total.Values[i].Value);
        }

        KpiRow p2 = combined.FindRow("P2 Calls Resolved within SLA")!;
        KpiRow b2 = Pack("Brent").FindRow("P2 Calls Resolved within SLA")!;
        KpiRow l2 = Pack("Lewisham").FindRow("P2 Calls Resolved within SLA")!;
        for (int i = 0; i < 6; i++)
        {
            double low = Math.Min(b2.Values[i].Value, l2.Values[i].Value), high = Math.Max(b2.Values[i].Value, l2.Values[i].Value);
            Assert.InRange(p2.Values[i].Value, low - 1e-9, high + 1e-9);
        }
    }

    [Fact]
    public void Root_NoArguments_ShowsPackAndWritesFilesToOut()
    {
        string outDirectory = Path.Combine(Directory.GetCurrentDirectory(), "out");
        var (code, stdout, stderr) = HostRunner.Run();
        Assert.True(code == 0, stderr);
        Assert.Contains("Brent KPIs", stdout, StringComparison.Ordinal);
        Assert.Contains("Lewisham KPIs", stdout, StringComparison.Ordinal);
        Assert.Contains("97.27%", stdout, StringComparison.Ordinal);
        Assert.Contains("Wrote pack.html, pack.csv, pack.md to " + outDirectory + " (with the cover, business plan and risk register as pack-cover.csv, pack-business-plan.csv, pack-risks.csv)", stdout, StringComparison.Ordinal);
        foreach (string file in PackCommand.OutputFiles)
        {
            Assert.True(new FileInfo(Path.Combine(outDirectory, file)).Length > (file == "pack-cover.csv" ? 500 : 1000), file); // the cover: 7 source files
        }

        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    private static PerformancePack Pack(string organisation) => Document.Value.Packs.Single(p => p.Organisation == organisation);

    private static void Check(string organisation, string rowName, double[] report, Func<double, double, bool> close)
    {
        KpiRow row = Pack(organisation).FindRow(rowName) ?? throw new InvalidOperationException($"{organisation} has no row '{rowName}'");
        for (int i = 0; i < report.Length; i++)
        {
            KpiValue value = row.Values[i];
            string where = string.Create(CultureInfo.InvariantCulture, $"{organisation} {rowName} month {i + 4}: report {report[i]}, pack {value}");
            if (double.IsNaN(report[i]))
            {
                Assert.True(value == KpiValue.Unavailable, where);
            }
            else if (double.IsNegativeInfinity(report[i]))
            {
                Assert.True(value == KpiValue.NotApplicable, where);
            }
            else
            {
                Assert.True(value.IsMeasured && close(report[i], value.Value), where);
            }
        }
    }
}
