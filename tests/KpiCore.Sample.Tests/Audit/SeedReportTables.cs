using System.Text;

namespace KpiCore.Sample.Tests.Audit;

/// <summary>
/// The source report's two performance tables (seed/000_a056c29bf83f0d65.txt, "Brent Service Desk KPIs" and
/// "Lewisham Service Desk KPIs"), typed in row by row as the report prints them (names, targets and figures exactly,
/// spelling and all: "AGD (Call Centre)", "Resolved with SLA", "41.7"), and written out in pack.csv layout.
/// </summary>
/// <remarks>
/// Checked against the seed twice: by eye, row by row, and by a diff against the tables cut mechanically from the seed
/// text (tab-separated there). Brent's columns are headed APR-17 to SEP 17, Lewisham's APR-16 to SEP-16; the months
/// are written as the report heads them.
/// </remarks>
internal static class SeedReportTables
{
    private const string Availability = "SYSTEM AVAILABILITY KPIS";
    private const string ServiceDesk = "SERVICE DESK KPIS";
    private const string Other = "OTHER KPIS";

    internal static readonly string[] BrentMonths = ["APR-17", "MAY-17", "JUN-17", "JUL-17", "AUG-17", "SEP 17"];
    internal static readonly string[] LewishamMonths = ["APR-16", "MAY-16", "JUN-16", "JUL-16", "AUG-16", "SEP-16"];

    internal static readonly (string Section, string Kpi, string Target, string Figures)[] Brent =
    [
        (Availability, "Telephony", "99.90%", "100% 100% 100.00% 100.00% 100.00% 100%"),
        (Availability, "ACD (Call Centre)", "99.90%", "100% 100% 99.62% 99.98% 99.99% 100%"),
        (Availability, "Internet Access", "99%", "100% 100% 99.28% 98.61% 100.00% 99.98%"),
        (Availability, "Website", "99.90%", "100% 99.74% 98.62% 99.85% 99.86% 97.27%"),
        (Availability, "Email Service", "99%", "100% 99.99% 99.29% 99.99% 99.71% 99.98%"),
        (Availability, "Housing System", "99%", "UNVL 95.88% 99.22% 100.00% 100.00% 88.93%"),
        (Availability, "R&B System", "99%", "99.47% 98.59% 99.03% 99.59% 99.08% 99.87%"),
        (Availability, "Social Care System", "99%", "99.63% 99.47% 97.97% 99.93% 98.91% 95.83%"),
        (Availability, "Planning System", "99%", "100% 100% 98.33% 99.99% 99.07% 99.99%"),
        (Availability, "oneOracle", "99%", "99.74% 99.72% 99.08% 99.69% 99.40% 98.49%"),
        (Availability, "Remote Access Service", "99%", "99.98% 100% 99.21% 99.99% 99.99% 98.63%"),
        (Availability, "Desktop Service", "99%", "99.98% 100% 99.21% 99.99% 99.99% 98.63%"),
        (ServiceDesk, "P1 Calls Resolved within SLA", "95%", "100% 57.14% 100% N/A 100% 100%"),
        (ServiceDesk, "Volume of P1 Calls", "", "3 7 2 0 5 2"),
        (ServiceDesk, "P2 Calls Resolved within SLA", "90%", "71.43% 66.67% 81.82% 80.00% 85.71% 50%"),
        (ServiceDesk, "Volume of P2 Calls", "", "7 13 12 8 10 8"),
        (ServiceDesk, "P3 Calls Resolved with SLA", "80%", "70.54% 82.46% 85.86% 89.79% 85.33% 88.74%"),
        (ServiceDesk, "Volume of P3 Calls", "", "907 1246 1445 1527 1677 1996"),
        (ServiceDesk, "P4 Calls Resolved < 5 days", "80%", "86.30% 86.59% 88.26% 86.81% 90.21% 90.42%"),
        (ServiceDesk, "Volume of P4 Calls", "", "2679 3237 3211 2775 2841 2882"),
        (ServiceDesk, "Overall SLA Performance", "", "79.45% 84.19% 86.79% 89.01% 86.56% 88.99%"),
        (ServiceDesk, "Total Volume of Calls", "N/A", "3596 4503 4670 4310 4533 4887"),
        (ServiceDesk, "Calls Open at Period End", "Decrease", "439 499 553 465 561 694"),
        (ServiceDesk, "Number of Problem Records", "N/A", "1 6 2 0 5 3"),
        (ServiceDesk, "Number of Change Records", "N/A", "30 26 24 54 39 18"),
        (Other, "Process Success Index (out of 9)", "7", "N/A N/A N/A N/A N/A N/A"),
        (Other, "Net Promoter Score", "20", "70.98 70.62 74.61 82.25 75.96 77.24"),
        (Other, "User Satisfaction Survey (out of 7)", "6", "N/A N/A N/A N/A N/A N/A"),
    ];

    internal static readonly (string Section, string Kpi, string Target, string Figures)[] Lewisham =
    [
        (Availability, "Telephony", "99.90%", "100% 100% UNVL UNVL UNVL UNVL"),
        (Availability, "AGD (Call Centre)", "99.90%", "100% 100% UNVL UNVL UNVL UNVL"),
        (Availability, "Internet Access", "99%", "100% 100% 99.28% 98.61% 100.00% 99.98%"),
        (Availability, "Website", "99.90%", "99.97% 99.82% 99.20% 98.44% 99.99% 98.15%"),
        (Availability, "Email Service", "99%", "100% 98.64% 99.27% 100.00% 99.74% 99.99%"),
        (Availability, "Housing System", "99%", "UNVL UNVL UNVL UNVL UNVL UNVL"),
        (Availability, "R&B System", "99%", "99.85% 99.83% 99.01% 98.47% 99.42% 99.99%"),
        (Availability, "Social Care System", "99%", "100% 98.00% 99.23% 99.82% 99.66% 97.16%"),
        (Availability, "Planning System", "99%", "99.99% 99.27% 99.23% 98.59% 100.00% 97.82%"),
        (Availability, "oneOracle", "99%", "99.74% 99.72% 99.08% 99.69% 99.40% 98.49%"),
        (Availability, "Remote Access Service", "99%", "99.70% 100% 99.21% 99.99% 99.99% 98.63%"),
        (Availability, "Desktop Service", "99%", "99.70% 100% 99.21% 99.99% 99.99% 98.63%"),
        (ServiceDesk, "P1 Calls Resolved within SLA", "95%", "100% 100% N/A 85.71% 100.00% 88.89%"),
        (ServiceDesk, "Volume of P1 Calls", "", "3 4 0 7 13 9"),
        (ServiceDesk, "P2 Calls Resolved within SLA", "90%", "61.54% 83.82% 50.00% 83.02% 100.00% 85.71%"),
        (ServiceDesk, "Volume of P2 Calls", "", "14 73 16 51 125 22"),
        (ServiceDesk, "P3 Calls Resolved with SLA", "80%", "75.53% 77.50% 77.81% 81.82% 83.33% 80.47%"),
        (ServiceDesk, "Volume of P3 Calls", "", "757 885 721 1069 1358 1151"),
        (ServiceDesk, "P4 Calls Resolved < 5 days", "80%", "78.06% 88.27% 88.06% 90.79% 89.98% 89.55%"),
        (ServiceDesk, "Volume of P4 Calls", "", "1424 1868 1722 1450 1323 1511"),
        (ServiceDesk, "Overall SLA Performance", "", "77.16% 84.81% 84.79% 86.96% 87.21% 85.36%"),
        (ServiceDesk, "Total Volume of Calls", "N/A", "2198 2830 2459 2577 2819 2693"),
        (ServiceDesk, "Calls Open at Period End", "Decrease", "387 382 404 394 405 352"),
        (ServiceDesk, "Number of Problem Records", "N/A", "1 7 4 0 2 3"),
        (ServiceDesk, "Number of Change Records", "N/A", "23 26 16 35 41 10"),
        (Other, "Process Success Index (out of 9)", "7", "N/A N/A N/A N/A N/A N/A"),
        (Other, "Net Promoter Score", "20", "36.64 41.7 58.17 55.14 61.8 48.44"),
        (Other, "User Satisfaction Survey (out of 7)", "6", "N/A N/A N/A N/A N/A N/A"),
    ];

    /// <summary>Both tables in pack.csv layout (Organisation, Section, KPI, Target, Month, Figure), Brent first, row by row.</summary>
    internal static string PackCsv()
    {
        var text = new StringBuilder("Organisation,Section,KPI,Target,Month,Figure\n");
        Append(text, "Brent", BrentMonths, Brent);
        Append(text, "Lewisham", LewishamMonths, Lewisham);
        return text.ToString();
    }

    private static void Append(StringBuilder text, string organisation, string[] months, (string Section, string Kpi, string Target, string Figures)[] rows)
    {
        foreach (var (section, kpi, target, figures) in rows)
        {
            string[] cells = figures.Split(' ');
            Assert.Equal(months.Length, cells.Length);
            for (int i = 0; i < months.Length; i++)
            {
                text.Append(organisation).Append(',').Append(section).Append(',').Append(kpi).Append(',').Append(target)
                    .Append(',').Append(months[i]).Append(',').Append(cells[i]).Append('\n');
            }
        }
    }
}
