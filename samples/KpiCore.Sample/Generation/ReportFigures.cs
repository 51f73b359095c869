namespace KpiCore.Sample.Generation;

/// <summary>
/// The published figures of the seed report (ICT Shared Service Joint Committee, Brent and Lewisham, 26 October 2017,
/// performance pack for April to September 2017) that the generated default data reproduces.
/// </summary>
/// <remarks>
/// Lewisham's table header reads APR-16..SEP-16; the pack is for 2017 (the report is dated October 2017 and Brent's
/// header reads APR-17..SEP 17), so both are taken as April to September 2017. Null availability is UNVL; null SLA
/// percentage is N/A (no calls resolved).
/// </remarks>
internal static class ReportFigures
{
    /// <summary>The first month of the pack.</summary>
    internal static readonly NodaTime.YearMonth FirstMonth = new(2017, 4);

    /// <summary>The number of months (April to September).</summary>
    internal const int Months = 6;

    internal static readonly string[] Organisations = ["Brent", "Lewisham"];

    /// <summary>One availability row: service, target, six monthly percentages (null = UNVL).</summary>
    internal sealed record AvailabilityRow(string Service, double Target, double?[] Percent);

    /// <summary>One organisation's service-desk table.</summary>
    internal sealed record ServiceDeskTable(
        double?[][] SlaPercent, int[][] Volume, int[] OpenAtEnd, int[] Problems, int[] Changes, double[] Nps);

    internal static readonly AvailabilityRow[] BrentAvailability =
    [
        new("Telephony", 99.9, [100, 100, 100, 100, 100, 100]),
        new("ACD (Call Centre)", 99.9, [100, 100, 99.62, 99.98, 99.99, 100]),
        new("Internet Access", 99, [100, 100, 99.28, 98.61, 100, 99.98]),
        new("Website", 99.9, [100, 99.74, 98.62, 99.85, 99.86, 97.27]),
        new("Email Service", 99, [100, 99.99, 99.29, 99.99, 99.71, 99.98]),
        new("Housing System", 99, [null, 95.88, 99.22, 100, 100, 88.93]),
        new("R&B System", 99, [99.47, 98.59, 99.03, 99.59, 99.08, 99.87]),
        new("Social Care System", 99, [99.63, 99.47, 97.97, 99.93, 98.91, 95.83]),
        new("Planning System", 99, [100, 100, 98.33, 99.99, 99.07, 99.99]),
        new("oneOracle", 99, [99.74, 99.72, 99.08, 99.69, 99.40, 98.49]),
        new("Remote Access Service", 99, [99.98, 100, 99.21, 99.99, 99.99, 98.63]),
        new("Desktop Service", 99, [99.98, 100, 99.21, 99.99, 99.99, 98.63]),
    ];

    internal static readonly AvailabilityRow[] LewishamAvailability =
    [
        new("Telephony", 99.9, [100, 100, null, null, null, null]),
        new("AGD (Call Centre)", 99.9, [100, 100, null, null, null, null]),
        new("Internet Access", 99, [100, 100, 99.28, 98.61, 100, 99.98]),
        new("Website", 99.9, [99.97, 99.82, 99.20, 98.44, 99.99, 98.15]),
        new("Email Service", 99, [100, 98.64, 99.27, 100, 99.74, 99.99]),
        new("Housing System", 99, [null, null, null, null, null, null]),
        new("R&B System", 99, [99.85, 99.83, 99.01, 98.47, 99.42, 99.99]),
        new("Social Care System", 99, [100, 98.00, 99.23, 99.82, 99.66, 97.16]),
        new("Planning System", 99, [99.99, 99.27, 99.23, 98.59, 100, 97.82]),
        new("oneOracle", 99, [99.74, 99.72, 99.08, 99.69, 99.40, 98.49]),
        new("Remote Access Service", 99, [99.70, 100, 99.21, 99.99, 99.99, 98.63]),
        new("Desktop Service", 99, [99.70, 100, 99.21, 99.99, 99.99, 98.63]),
    ];

    internal static readonly ServiceDeskTable Brent = new(
        SlaPercent:
        [
            [100, 57.14, 100, null, 100, 100],
            [71.43, 66.67, 81.82, 80.00, 85.71, 50],
            [70.54, 82.46, 85.86, 89.79, 85.33, 88.74],
            [86.30, 86.59, 88.26, 86.81, 90.21, 90.42],
        ],
        Volume:
        [
            [3, 7, 2, 0, 5, 2],
            [7, 13, 12, 8, 10, 8],
            [907, 1246, 1445, 1527, 1677, 1996],
            [2679, 3237, 3211, 2775, 2841, 2882],
        ],
        OpenAtEnd: [439, 499, 553, 465, 561, 694],
        Problems: [1, 6, 2, 0, 5, 3],
        Changes: [30, 26, 24, 54, 39, 18],
        Nps: [70.98, 70.62, 74.61, 82.25, 75.96, 77.24]);

    internal static readonly ServiceDeskTable Lewisham = new(
        SlaPercent:
        [
            [100, 100, null, 85.71, 100.00, 88.89],
            [61.54, 83.82, 50.00, 83.02, 100.00, 85.71],
            [75.53, 77.50, 77.81, 81.82, 83.33, 80.47],
            [78.06, 88.27, 88.06, 90.79, 89.98, 89.55],
        ],
        Volume:
        [
            [3, 4, 0, 7, 13, 9],
            [14, 73, 16, 51, 125, 22],
            [757, 885, 721, 1069, 1358, 1151],
            [1424, 1868, 1722, 1450, 1323, 1511],
        ],
        OpenAtEnd: [387, 382, 404, 394, 405, 352],
        Problems: [1, 7, 4, 0, 2, 3],
        Changes: [23, 26, 16, 35, 41, 10],
        Nps: [36.64, 41.7, 58.17, 55.14, 61.8, 48.44]);

    /// <summary>Gets an organisation's availability rows.</summary>
    internal static AvailabilityRow[] AvailabilityOf(string organisation) => organisation == "Brent" ? BrentAvailability : LewishamAvailability;

    /// <summary>Gets an organisation's service-desk table.</summary>
    internal static ServiceDeskTable ServiceDeskOf(string organisation) => organisation == "Brent" ? Brent : Lewisham;

    /// <summary>The report's exceptions: organisation, row as written in the report, the service row it explains, text.</summary>
    internal static readonly (string Organisation, string Service, string Text)[] Exceptions =
    [
        ("Brent", "Website", "Update on the website caused an outage"),
        ("Brent", "Housing System", "Planned out-of-hours upgrades, we report availability 24x7 and do not exclude planned maintenance"),
        ("Brent", "Social Care System", "Planned out-of-hours upgrades, we report availability 24x7 and do not exclude planned maintenance"),
        ("Lewisham", "Website", "Stability issues with hyper-V cluster, being moved to VMWare"),
        ("Lewisham", "Social Care System", "Issues with LCS crashing several times, several small duration outages, problem with the software being investigated by the vendor"),
        ("Lewisham", "Planning System", "Stability issues with hyper-V cluster, being moved to VMWare"),
    ];

    /// <summary>The report's five risks: description, consequence, owner, residual impact and likelihood, mitigation, responsible officer.</summary>
    internal static readonly (string Description, string Consequence, string Owner, int Impact, int Likelihood, string Mitigation, string Officer)[] Risks =
    [
        ("Catastrophic loss of Data Centre", "Loss of access to IT services for staff and residents", "Head of Infrastructure & Service Delivery", 3, 2,
            "Secondary data centre able to deliver all ICT services. Maintenance of Data Centre, proactive monitoring of environment and equipment. Work to be completed for Lewisham for HA of services,",
            "Head of Infrastructure & Service Delivery"),
        ("Loss of Access to the Council main buildings", "ICT staff do not have access to data centre equipment, staff do not have access to network and desktops", "Head of Infrastructure & Service Delivery", 1, 1,
            "Secondary data centre able to deliver all ICT services. All systems can be managed remotely. All staff have access to remote desktop. Staff can work in either council offices.",
            "Head of Infrastructure & Service Delivery"),
        ("Serious security breach", "Reputational damage. Financial Penalties.", "Head of Infrastructure & Service Delivery", 3, 1,
            "Regular patching of all systems. Maintenance of security controls. Effective change control process.",
            "Head of Infrastructure & Service Delivery"),
        ("Loss of key technical personnel", "Inability to maintain key systems. High cost of buying external support.", "Head of Digital Services", 3, 1,
            "Leadership. Staff development and sharing of skills.",
            "Head of Digital Services"),
        ("On-boarding Southwark causes adverse impact on business as usual services for Brent and Lewisham", "Day to day service delivery severely impacted", "Head of Digital Services", 3, 1,
            "Ensure project properly resourced with skilled, key people, as well as backfill as appropriate",
            "Head of Digital Services"),
    ];
}
