using KpiCore.Availability;

namespace KpiCore.Tests.Availability;

/// <summary>
/// Brute-force model of the availability definitions on a one-minute grid, written from the definitions and not from the
/// calculator: each minute is measured or not, and carries the largest weight of the outages covering it.
/// </summary>
internal static class ReferenceAvailabilityModel
{
    internal sealed record Figures(long MeasuredMinutes, double Downtime, double Unplanned, long ExcludedMinutes, int Count, long LongestMinutes, long OutageMinutes);

    internal static Figures[] Compute(AvailabilityScenario s, IReadOnlyList<ModelOutage> outages, bool exclude)
    {
        var result = new Figures[2];
        for (int day = 0; day < 2; day++)
        {
            long measured = 0, excluded = 0, longest = 0, total = 0, run = 0;
            double down = 0, unplanned = 0;
            int count = 0;
            bool inRun = false;
            int end = Math.Min((day + 1) * 1440, s.AsOfMinute);
            for (int t = day * 1440; t < end; t++)
            {
                bool monitored = s.Monitoring is null || s.Monitoring.Any(m => m.Start <= t && t < m.End);
                int minuteOfDay = ((t % 1440) + 1440) % 1440;
                bool hours = !s.ServiceHours || (minuteOfDay >= 360 && minuteOfDay < 600) || (minuteOfDay >= 840 && minuteOfDay < 1200);
                double counted = 0, unplannedWeight = 0;
                bool plannedDown = false;
                foreach (ModelOutage o in outages)
                {
                    int oEnd = o.End ?? s.AsOfMinute;
                    if (!(o.Start <= t && t < oEnd))
                    {
                        continue;
                    }

                    double w = o.Impact switch { OutageImpact.Full => 1.0, OutageImpact.Partial => s.Partial, _ => s.Degraded };
                    if (o.Kind == OutageKind.Planned)
                    {
                        plannedDown |= w > 0;
                        if (!exclude)
                        {
                            counted = Math.Max(counted, w);
                        }
                    }
                    else
                    {
                        counted = Math.Max(counted, w);
                        unplannedWeight = Math.Max(unplannedWeight, w);
                    }
                }

                bool inMeasured = monitored && !(exclude && plannedDown);
                if (monitored && exclude && plannedDown && hours)
                {
                    excluded++;
                }

                if (inMeasured && hours)
                {
                    measured++;
                    down += counted;
                    unplanned += unplannedWeight;
                }

                bool isDown = inMeasured && counted > 0;
                if (isDown)
                {
                    inRun = true;
                    run += hours ? 1 : 0;
                }
                else if (inRun)
                {
                    Close();
                }
            }

            if (inRun)
            {
                Close();
            }

            result[day] = new Figures(measured, down, unplanned, excluded, count, longest, total);

            void Close()
            {
                if (run > 0)
                {
                    count++;
                    total += run;
                    longest = Math.Max(longest, run);
                }

                run = 0;
                inRun = false;
            }
        }

        return result;
    }
}
