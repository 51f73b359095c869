using System.Globalization;
using KpiCore.Availability;
using KpiCore.Sample.Input;
using KpiCore.Sample.Input.Formats;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Sample.Generation;

// The outage log: per organisation and month the report's outages, with their references and descriptions.
internal sealed partial class DataGenerator
{
    private static void WriteOutages(string path, Random random)
    {
        using var csv = new RecordWriter<Sourced<Outage>>(path, new OutagesFormat(new InstantReader(London)));
        void Write(string organisation, string service, string reference, Instant start, Instant end, OutageKind kind, OutageImpact impact, string description) =>
            csv.Write(new Sourced<Outage>(new Outage(service, start, end, kind, impact, reference, description), organisation, OutagesFormat.Name, 0));
        int number = 0;
        foreach (string organisation in ReportFigures.Organisations)
        {
            string prefix = organisation[..1];
            foreach (ReportFigures.AvailabilityRow row in ReportFigures.AvailabilityOf(organisation))
            {
                for (int m = 0; m < ReportFigures.Months; m++)
                {
                    ReportingPeriod period = MonthOf(m);
                    if (row.Percent[m] is not double percent || percent >= 100)
                    {
                        // A degraded-performance record now and then: kept in the data, not downtime by default.
                        if (row.Percent[m] is not null && random.Next(12) == 0)
                        {
                            Instant start = period.Start + Duration.FromMinutes(random.Next(60, (int)period.Length.TotalMinutes - 600));
                            Write(organisation, row.Service, Reference(prefix, ++number), start, start + Duration.FromMinutes(random.Next(20, 240)),
                                OutageKind.Unplanned, OutageImpact.Degraded, "Slow response times reported by users");
                        }

                        continue;
                    }

                    long total = (long)Math.Round((100.0 - percent) / 100.0 * period.Length.TotalSeconds, MidpointRounding.AwayFromZero);
                    bool planned = organisation == "Brent" && m == 5 && row.Service is "Housing System" or "Social Care System";
                    int pieces = total < 3600 ? 1 : total < 6 * 3600 ? 1 + random.Next(2) : 2 + random.Next(2);
                    if (organisation == "Brent" && m == 5 && row.Service == "Website")
                    {
                        pieces = 1; // one outage of 19 h 39 min 22 s after the search update
                    }

                    long slot = (long)period.Length.TotalSeconds / pieces;
                    long left = total;
                    for (int i = 0; i < pieces; i++)
                    {
                        long length = i == pieces - 1 ? left : total / pieces;
                        left -= length;
                        long latest = slot - length;
                        long offset = (i * slot) + (latest <= 0 ? 0 : (long)(random.NextDouble() * latest));
                        Instant start = period.Start + Duration.FromSeconds(offset);
                        Write(organisation, row.Service, Reference(prefix, ++number), start, start + Duration.FromSeconds(length),
                            planned ? OutageKind.Planned : OutageKind.Unplanned, OutageImpact.Full, Describe(organisation, row.Service, m, planned));
                    }
                }
            }
        }
    }

    private static string Reference(string prefix, int number) => string.Create(CultureInfo.InvariantCulture, $"OUT-{prefix}{number:0000}");

    private static string Describe(string organisation, string service, int month, bool planned)
    {
        if (planned)
        {
            return "Planned out-of-hours upgrade: migration to new hardware";
        }

        if (organisation == "Brent" && service == "Website" && month == 5)
        {
            return "Update to the search function caused an outage";
        }

        if (organisation == "Lewisham" && service is "Website" or "Planning System")
        {
            return "Hyper-V cluster instability";
        }

        if (organisation == "Lewisham" && service == "Social Care System")
        {
            return "LCS crashed, vendor investigating";
        }

        return "Service unavailable";
    }
}
