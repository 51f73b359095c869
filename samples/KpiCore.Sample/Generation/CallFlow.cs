namespace KpiCore.Sample.Generation;

/// <summary>
/// Decides how many calls of each priority are carried from one month into the next (logged in one month, resolved in
/// the next), so that calls open at each month end match the report and met / resolved per month comes as close as it
/// can to the report's percentages.
/// </summary>
internal static class CallFlow
{
    /// <summary>Returns, per priority (P1..P4), the carries: [0] logged in March and resolved in April, [m + 1] logged in month m and resolved in m + 1.</summary>
    internal static int[][] Carries(ReportFigures.ServiceDeskTable table)
    {
        int months = ReportFigures.Months;
        int[][] carries = new int[4][];
        carries[0] = SmallPriority(table.Volume[0], table.SlaPercent[0], 3);
        carries[1] = SmallPriority(table.Volume[1], table.SlaPercent[1], 8);
        carries[2] = new int[months + 1];
        carries[3] = new int[months + 1];
        for (int m = 0; m < months; m++)
        {
            int rest = table.OpenAtEnd[m] - carries[0][m + 1] - carries[1][m + 1];
            int p3 = (int)Math.Round(rest * (double)table.Volume[2][m] / (table.Volume[2][m] + table.Volume[3][m]));
            carries[2][m + 1] = p3;
            carries[3][m + 1] = rest - p3;
        }

        // Calls open at the end of March (carried into April) in the same proportion as at the end of April.
        carries[2][0] = carries[2][1];
        carries[3][0] = carries[3][1];
        return carries;
    }

    /// <summary>Searches carries of up to <paramref name="cap"/> calls a month minimising the total distance of met / resolved from the report's percentages.</summary>
    internal static int[] SmallPriority(int[] volume, double?[] percent, int cap)
    {
        int months = volume.Length;
        const double Impossible = double.MaxValue / 4;
        double[,] cost = new double[months + 1, cap + 1];
        int[,] from = new int[months + 1, cap + 1];
        for (int c = 0; c <= cap; c++)
        {
            cost[0, c] = c * 1e-3;
        }

        for (int m = 0; m < months; m++)
        {
            for (int c = 0; c <= cap; c++)
            {
                cost[m + 1, c] = Impossible;
                if (c > volume[m])
                {
                    continue;
                }

                for (int previous = 0; previous <= cap; previous++)
                {
                    if (cost[m, previous] >= Impossible)
                    {
                        continue;
                    }

                    int resolved = volume[m] - c + previous;
                    double error;
                    if (percent[m] is double p)
                    {
                        if (resolved < 1)
                        {
                            continue;
                        }

                        double met = Math.Round(p / 100.0 * resolved, MidpointRounding.AwayFromZero);
                        error = Math.Abs((100.0 * met / resolved) - p);
                    }
                    else
                    {
                        if (resolved != 0)
                        {
                            continue;
                        }

                        error = 0;
                    }

                    double total = cost[m, previous] + error + (c * 1e-3);
                    if (total < cost[m + 1, c])
                    {
                        cost[m + 1, c] = total;
                        from[m + 1, c] = previous;
                    }
                }
            }
        }

        int best = 0;
        for (int c = 1; c <= cap; c++)
        {
            if (cost[months, c] < cost[months, best])
            {
                best = c;
            }
        }

        int[] carries = new int[months + 1];
        for (int m = months; m >= 0; m--)
        {
            carries[m] = best;
            if (m > 0)
            {
                best = from[m, best];
            }
        }

        return carries;
    }
}
