using KpiCore.Kpis;
using KpiCore.ServiceDesk;

namespace KpiCore.Tests.ServiceDesk;

/// <summary>
/// The source report's service-desk tables (seed 000_a056c29bf83f0d65, typed by hand): which published "% resolved
/// within SLA" figures cannot be k / volume for any k, which is why the library takes the percentage over calls
/// resolved in the period rather than over the period's volume.
/// </summary>
public sealed class PublishedFiguresTests
{
    private static readonly (string Organisation, string[] Months, (string Priority, string[] Percent, int[] Volume)[] Rows)[] Seed =
    [
        ("Brent", ["2017-04", "2017-05", "2017-06", "2017-07", "2017-08", "2017-09"],
        [
            ("P1", ["100", "57.14", "100", "N/A", "100", "100"], [3, 7, 2, 0, 5, 2]),
            ("P2", ["71.43", "66.67", "81.82", "80.00", "85.71", "50"], [7, 13, 12, 8, 10, 8]),
            ("P3", ["70.54", "82.46", "85.86", "89.79", "85.33", "88.74"], [907, 1246, 1445, 1527, 1677, 1996]),
            ("P4", ["86.30", "86.59", "88.26", "86.81", "90.21", "90.42"], [2679, 3237, 3211, 2775, 2841, 2882]),
        ]),
        ("Lewisham", ["2016-04", "2016-05", "2016-06", "2016-07", "2016-08", "2016-09"],
        [
            ("P1", ["100", "100", "N/A", "85.71", "100.00", "88.89"], [3, 4, 0, 7, 13, 9]),
            ("P2", ["61.54", "83.82", "50.00", "83.02", "100.00", "85.71"], [14, 73, 16, 51, 125, 22]),
            ("P3", ["75.53", "77.50", "77.81", "81.82", "83.33", "80.47"], [757, 885, 721, 1069, 1358, 1151]),
            ("P4", ["78.06", "88.27", "88.06", "90.79", "89.98", "89.55"], [1424, 1868, 1722, 1450, 1323, 1511]),
        ]),
    ];

    /// <summary>Worked out separately (exact decimal arithmetic, half-up rounding to 2 dp, k = 0..n) before this test was written.</summary>
    private static readonly string[] Impossible =
    [
        "Brent 2017-05 P2 66.67 of 13", "Brent 2017-06 P2 81.82 of 12", "Brent 2017-07 P2 80.00 of 8", "Brent 2017-08 P2 85.71 of 10",
        "Brent 2017-04 P3 70.54 of 907", "Brent 2017-05 P3 82.46 of 1246", "Brent 2017-06 P3 85.86 of 1445", "Brent 2017-07 P3 89.79 of 1527",
        "Brent 2017-09 P3 88.74 of 1996",
        "Lewisham 2016-04 P2 61.54 of 14", "Lewisham 2016-05 P2 83.82 of 73", "Lewisham 2016-07 P2 83.02 of 51", "Lewisham 2016-09 P2 85.71 of 22",
        "Lewisham 2016-04 P3 75.53 of 757", "Lewisham 2016-05 P3 77.50 of 885", "Lewisham 2016-07 P3 81.82 of 1069", "Lewisham 2016-08 P3 83.33 of 1358",
        "Lewisham 2016-09 P3 80.47 of 1151",
        "Lewisham 2016-04 P4 78.06 of 1424", "Lewisham 2016-05 P4 88.27 of 1868", "Lewisham 2016-06 P4 88.06 of 1722", "Lewisham 2016-07 P4 90.79 of 1450",
        "Lewisham 2016-08 P4 89.98 of 1323", "Lewisham 2016-09 P4 89.55 of 1511",
    ];

    [Fact]
    public void PublishedPercentages_NotKOverVolume_AreExactlyTheseCells()
    {
        var found = new List<string>();
        foreach ((string organisation, string[] months, var rows) in Seed)
        {
            foreach ((string priority, string[] percent, int[] volume) in rows)
            {
                for (int m = 0; m < months.Length; m++)
                {
                    if (percent[m] == "N/A")
                    {
                        Assert.Equal(0, volume[m]); // the report's N/A is a month with no calls
                        continue;
                    }

                    long published = (long)Math.Round(decimal.Parse(percent[m], System.Globalization.CultureInfo.InvariantCulture) * 100m);
                    bool possible = false;
                    for (int k = 0; k <= volume[m] && !possible; k++)
                    {
                        // Half-up rounding of 100k/n to 2 dp in integers: floor((10000k / n) + 0.5) = floor((20000k + n) / 2n).
                        possible = (((20000L * k) + volume[m]) / (2L * volume[m])) == published;
                    }

                    if (!possible)
                    {
                        found.Add($"{organisation} {months[m]} {priority} {percent[m]} of {volume[m]}");
                    }
                }
            }
        }

        Assert.Equal(Impossible.Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
        Assert.Contains("Brent 2017-05 P2 66.67 of 13", found);
        Assert.DoesNotContain(found, f => f.StartsWith("Brent 2017-04 P2", StringComparison.Ordinal)); // 5/7 = 71.43%
    }

    [Fact]
    public void KpiValue_FiveOfSeven_ShowsAsPublished() =>
        Assert.Equal("71.43%", KpiValue.FromPercentage(Percentage.FromRatio(5, 7)).ToString());

    [Fact]
    public void Priority_Codes_MatchTheReportRows() =>
        Assert.Equal(["P1", "P2", "P3", "P4"], SlaPolicy.UkCouncilDefault().Priorities.Select(p => p.Priority.Code));
}
