using KpiCore.Sample.Audit;

namespace KpiCore.Sample.Tests.Audit;

/// <summary>The audit on the source report's own Brent and Lewisham tables; every expected finding is worked out by hand below.</summary>
public sealed class SeedReportAuditTests
{
    // Findings on any basis (the default, resolved), each checked by hand:
    //
    // total-sum, Brent SEP-17: 2 + 8 + 1996 + 2882 = 10 + 1996 = 2006; 2006 + 2882 = 4888, but the table prints 4887.
    //   Every other month adds up: Brent 3+7+907+2679 = 3596, 7+13+1246+3237 = 4503, 2+12+1445+3211 = 4670,
    //   0+8+1527+2775 = 4310, 5+10+1677+2841 = 4533; Lewisham 3+14+757+1424 = 2198, 4+73+885+1868 = 2830,
    //   0+16+721+1722 = 2459, 7+51+1069+1450 = 2577, 13+125+1358+1323 = 2819, 9+22+1151+1511 = 2693.
    // month-coverage, Lewisham, all three sections: headed APR-16 .. SEP-16 (2016-04 to 2016-09), Brent's APR-17 .. SEP 17
    //   (2017-04 to 2017-09); three sections each, a tie, so the first in the file (Brent's) is the pack's months.
    // identical-rows (warnings), figure by figure in the seed:
    //   Brent Internet Access = Lewisham Internet Access: 100% 100% 99.28% 98.61% 100.00% 99.98%.
    //   Brent oneOracle = Lewisham oneOracle: 99.74% 99.72% 99.08% 99.69% 99.40% 98.49%.
    //   Brent Remote Access Service = Brent Desktop Service: 99.98% 100% 99.21% 99.99% 99.99% 98.63%.
    //   Lewisham Remote Access Service = Lewisham Desktop Service: 99.70% 100% 99.21% 99.99% 99.99% 98.63%.
    //   Not reported: Brent and Lewisham Remote Access differ in April (99.98% vs 99.70%); Lewisham Telephony and AGD
    //   (100% 100% then UNVL) and Brent Telephony (all 100%) have one distinct number; the all-N/A rows have none.
    // No overall-sla finding: each overall figure lies between the lowest and highest per-priority figure:
    //   Brent   79.45 in [70.54, 100]; 84.19 in [57.14, 100]; 86.79 in [81.82, 100]; 89.01 in [80.00, 89.79] (P1 N/A);
    //           86.56 in [85.33, 100]; 88.99 in [50, 100].
    //   Lewisham 77.16 in [61.54, 100]; 84.81 in [77.50, 100]; 84.79 in [50.00, 88.06] (P1 N/A); 86.96 in [81.82, 90.79];
    //           87.21 in [83.33, 100]; 85.36 in [80.47, 89.55].
    // No na-volume finding on any basis: both N/A cells (Brent P1 JUL-17, Lewisham P1 JUN-16) sit beside a volume of 0.
    [Fact]
    public void Audit_SeedTables_AnyBasis_TotalMonthsAndCopiedRows()
    {
        IReadOnlyList<Finding> findings = AuditFixture.Run(SeedReportTables.PackCsv());
        Assert.Equal(["Brent|Total Volume of Calls|2017-09"], AuditFixture.Keys(findings, "total-sum"));
        Assert.Equal(["Lewisham|SYSTEM AVAILABILITY KPIS|", "Lewisham|SERVICE DESK KPIS|", "Lewisham|OTHER KPIS|"], AuditFixture.Keys(findings, "month-coverage"));
        Assert.Equal(
            ["Brent|Internet Access|", "Brent|oneOracle|", "Brent|Remote Access Service|", "Lewisham|Remote Access Service|"],
            AuditFixture.Keys(findings, "identical-rows"));
        Assert.All(findings.Where(f => f.Rule == "identical-rows"), f => Assert.Equal(Severity.Warning, f.Severity));
        Assert.Equal(8, findings.Count);
        Finding total = findings.Single(f => f.Rule == "total-sum");
        Assert.Contains("2 + 8 + 1996 + 2882 = 4888", total.Detail, StringComparison.Ordinal);
        Assert.Contains("(difference -1)", total.Detail, StringComparison.Ordinal);
        Assert.Contains("2016-04 to 2016-09 (6 months) (12 months earlier)", findings.First(f => f.Rule == "month-coverage").Detail, StringComparison.Ordinal);
    }

    // Cohort basis (d <= volume): one more, Lewisham P2 JUL-16, 83.02% of at most 51 calls.
    //   83.02% stands for [83.015%, 83.025%]: k/d within 0.00005 of x = 0.8302. x = [0; 1, 4, 1, 8, ...], convergents
    //   1/1, 4/5, 5/6, 44/53. For every d < 53 the closest |d·x − k| is at least |6x − 5| = |4.9812 − 5| = 0.0188, but a fit
    //   needs |d·x − k| <= 0.00005·d <= 0.00255 (d <= 51): none. The first fit is 44/53 = 0.830189 (83.02%), d = 53 > 51.
    //   Every other % has a d <= v, e.g. Brent P2 MAY-17 66.67% = 2/3 (d = 3 <= 13), JUN-17 81.82% = 9/11 (11 <= 12).
    [Fact]
    public void Audit_SeedTables_CohortBasis_AddsLewishamP2July()
    {
        IReadOnlyList<Finding> findings = AuditFixture.Run(SeedReportTables.PackCsv(), SlaBasis.Cohort);
        Assert.Equal(["Lewisham|P2 Calls Resolved within SLA|2016-07"], AuditFixture.Keys(findings, "sla-fraction"));
        Assert.Contains("smallest d that gives it is 53 (44/53 = 83.0189%)", findings.Single(f => f.Rule == "sla-fraction").Detail, StringComparison.Ordinal);
        Assert.Equal(9, findings.Count);
    }

    // Logged basis (d = volume, the issue's literal rule): 28 figures are k/v for no whole k. For each, the two ratios
    // either side (by hand: k = floor(p·v), k + 1) both round away from the printed figure:
    //   Brent P2  MAY 66.67% v 13: 8/13 = 61.54%, 9/13 = 69.23%     JUN 81.82% v 12: 9/12 = 75%, 10/12 = 83.33%
    //             JUL 80.00% v 8: 6/8 = 75%, 7/8 = 87.5%            AUG 85.71% v 10: 8/10 = 80%, 9/10 = 90%
    //   Brent P3  APR 70.54% v 907: 639/907 = 70.452%, 640/907 = 70.562%    MAY 82.46% v 1246: 1027 = 82.424%, 1028 = 82.504%
    //             JUN 85.86% v 1445: 1240 = 85.813%, 1241 = 85.882%         JUL 89.79% v 1527: 1371 = 89.784%, 1372 = 89.849%
    //             SEP 88.74% v 1996: 1771 = 88.727%, 1772 = 88.778%
    //   Brent overall JUL 89.01% v 4310: 3836 = 89.002%, 3837 = 89.026%    AUG 86.56% v 4533: 3923 = 86.543%, 3924 = 86.565%
    //   Lewisham P2 APR 61.54% v 14: 8/14 = 57.14%, 9/14 = 64.29%   MAY 83.82% v 73: 61/73 = 83.56%, 62/73 = 84.93%
    //             JUL 83.02% v 51: 42/51 = 82.35%, 43/51 = 84.31%   SEP 85.71% v 22: 18/22 = 81.82%, 19/22 = 86.36%
    //   Lewisham P3 APR 75.53% v 757: 571 = 75.429%, 572 = 75.561%   MAY 77.50% v 885: 685 = 77.401%, 686 = 77.514%
    //             JUL 81.82% v 1069: 874 = 81.759%, 875 = 81.852%     AUG 83.33% v 1358: 1131 = 83.284%, 1132 = 83.358%
    //             SEP 80.47% v 1151: 926 = 80.452%, 927 = 80.539%
    //   Lewisham P4 APR 78.06% v 1424: 1111 = 78.020%, 1112 = 78.090%  MAY 88.27% v 1868: 1648 = 88.223%, 1649 = 88.276%
    //             JUN 88.06% v 1722: 1516 = 88.037%, 1517 = 88.095%   JUL 90.79% v 1450: 1316 = 90.759%, 1317 = 90.828%
    //             AUG 89.98% v 1323: 1190 = 89.947%, 1191 = 90.023%   SEP 89.55% v 1511: 1353 = 89.543%, 1354 = 89.610%
    //   Lewisham overall AUG 87.21% v 2819: 2458 = 87.194%, 2459 = 87.230%  SEP 85.36% v 2693: 2298 = 85.332%, 2299 = 85.370%
    // The rest fit, e.g. Brent P1 MAY 57.14% = 4/7, P2 APR 71.43% = 5/7, P4 APR 86.30% = 2312/2679 = 86.3008%.
    // overall-sla has nothing to add on this basis: every month has a priority whose own figure is impossible.
    [Fact]
    public void Audit_SeedTables_LoggedBasis_TwentyEightSharesAreNoWholeCountOfTheVolume()
    {
        IReadOnlyList<Finding> findings = AuditFixture.Run(SeedReportTables.PackCsv(), SlaBasis.Logged);
        string[] expected =
        [
            "Brent|P3 Calls Resolved with SLA|2017-04",
            "Brent|P2 Calls Resolved within SLA|2017-05", "Brent|P3 Calls Resolved with SLA|2017-05",
            "Brent|P2 Calls Resolved within SLA|2017-06", "Brent|P3 Calls Resolved with SLA|2017-06",
            "Brent|P2 Calls Resolved within SLA|2017-07", "Brent|P3 Calls Resolved with SLA|2017-07", "Brent|Overall SLA Performance|2017-07",
            "Brent|P2 Calls Resolved within SLA|2017-08", "Brent|Overall SLA Performance|2017-08",
            "Brent|P3 Calls Resolved with SLA|2017-09",
            "Lewisham|P2 Calls Resolved within SLA|2016-04", "Lewisham|P3 Calls Resolved with SLA|2016-04", "Lewisham|P4 Calls Resolved < 5 days|2016-04",
            "Lewisham|P2 Calls Resolved within SLA|2016-05", "Lewisham|P3 Calls Resolved with SLA|2016-05", "Lewisham|P4 Calls Resolved < 5 days|2016-05",
            "Lewisham|P4 Calls Resolved < 5 days|2016-06",
            "Lewisham|P2 Calls Resolved within SLA|2016-07", "Lewisham|P3 Calls Resolved with SLA|2016-07", "Lewisham|P4 Calls Resolved < 5 days|2016-07",
            "Lewisham|P3 Calls Resolved with SLA|2016-08", "Lewisham|P4 Calls Resolved < 5 days|2016-08", "Lewisham|Overall SLA Performance|2016-08",
            "Lewisham|P2 Calls Resolved within SLA|2016-09", "Lewisham|P3 Calls Resolved with SLA|2016-09", "Lewisham|P4 Calls Resolved < 5 days|2016-09", "Lewisham|Overall SLA Performance|2016-09",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), AuditFixture.Keys(findings, "sla-fraction").Order(StringComparer.Ordinal));
        Assert.Empty(AuditFixture.Keys(findings, "overall-sla"));
        Assert.Empty(AuditFixture.Keys(findings, "na-volume"));
        Finding may = findings.Single(f => f.Rule == "sla-fraction" && f.Kpi.StartsWith("P2", StringComparison.Ordinal) && f.Month == new NodaTime.YearMonth(2017, 5));
        Assert.Contains("8/13 = 61.5385%, 9/13 = 69.2308%", may.Detail, StringComparison.Ordinal);
        Assert.Contains("12 (8/12 = 66.6667%) or 15 (10/15 = 66.6667%)", may.Detail, StringComparison.Ordinal); // 2/3 needs d divisible by 3: 12 below, 15 above
    }

    [Fact]
    public void AuditCommand_SeedTables_ErrorsExitOneAndFindingsCsvWritten()
    {
        using var folder = new TempFolder();
        string pack = folder.Write("seed.csv", SeedReportTables.PackCsv());
        string csv = Path.Combine(folder.Path, "findings.csv");
        var (code, output, error) = HostRunner.Run("audit", "--published", pack, "--out", csv);
        Assert.Equal(1, code);
        Assert.Contains(pack + ": 336 records: 336 read, 0 rejected", error, StringComparison.Ordinal); // 56 rows x 6 months
        Assert.Contains("8 findings: 4 errors, 4 warnings", output, StringComparison.Ordinal);
        string[] lines = File.ReadAllText(csv).Split("\r\n");
        Assert.Equal("organisation,kpi,month,rule,severity,detail", lines[0]);
        Assert.StartsWith("Brent,Total Volume of Calls,2017-09,total-sum,error,", lines[1], StringComparison.Ordinal);
        Assert.Equal(10, lines.Length); // header, 8 findings, and the empty string after the last CRLF
    }

    [Fact]
    public void Audit_SeedTablesSavedWithOneDecimal_SameErrors()
    {
        // A spreadsheet showing one decimal: 57.14% -> 57.1%, 99.98% -> 100.0%, 100% stays. Each figure then stands for
        // a wider interval, so no new error can appear, and the three kinds found above do not depend on precision.
        string oneDecimal = System.Text.RegularExpressions.Regex.Replace(SeedReportTables.PackCsv(), @"(?<=,)(\d+\.\d\d)%",
            m => Math.Round(decimal.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 1, MidpointRounding.AwayFromZero)
                .ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%");
        Assert.Contains(",57.1%\n", oneDecimal, StringComparison.Ordinal);
        IReadOnlyList<Finding> findings = AuditFixture.Run(oneDecimal);
        string[] expected = ["Brent|Total Volume of Calls|2017-09", "Lewisham|OTHER KPIS|", "Lewisham|SERVICE DESK KPIS|", "Lewisham|SYSTEM AVAILABILITY KPIS|"];
        string[] errors = [.. findings.Where(f => f.Severity == Severity.Error).Select(f => $"{f.Organisation}|{f.Kpi}|{(f.Month is { } m ? PublishedPackReader.FormatMonth(m) : string.Empty)}")];
        Assert.Equal(expected, errors.Order(StringComparer.Ordinal));
    }
}
