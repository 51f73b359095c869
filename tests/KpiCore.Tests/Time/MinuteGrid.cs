using KpiCore.Time;
using NodaTime;
using Interval = NodaTime.Interval;

namespace KpiCore.Tests.Time;

/// <summary>
/// Brute-force model of a set of whole-minute intervals: one bool per minute over [<see cref="Lo"/>, <see cref="Hi"/>)
/// minutes from <see cref="IntervalArbitraries.Origin"/>. Written independently of <see cref="IntervalSet"/>.
/// </summary>
public sealed class MinuteGrid
{
    /// <summary>First modelled minute.</summary>
    public const int Lo = IntervalArbitraries.MinMinute - 10;

    /// <summary>End of the modelled minutes (exclusive).</summary>
    public const int Hi = IntervalArbitraries.MaxMinute + 10;

    private readonly bool[] _covered = new bool[Hi - Lo];

    private MinuteGrid()
    {
    }

    /// <summary>Model of the union of whole-minute intervals.</summary>
    public static MinuteGrid Of(IEnumerable<Interval> intervals)
    {
        var grid = new MinuteGrid();
        foreach (Interval interval in intervals)
        {
            for (int m = ToMinute(interval.Start); m < ToMinute(interval.End); m++)
            {
                grid._covered[m - Lo] = true;
            }
        }

        return grid;
    }

    /// <summary>Whether minute <paramref name="minute"/> is covered.</summary>
    public bool this[int minute] => _covered[minute - Lo];

    /// <summary>Pointwise combination of two grids.</summary>
    public MinuteGrid Combine(MinuteGrid other, Func<bool, bool, bool> op)
    {
        var grid = new MinuteGrid();
        for (int i = 0; i < _covered.Length; i++)
        {
            grid._covered[i] = op(_covered[i], other._covered[i]);
        }

        return grid;
    }

    /// <summary>Number of covered minutes inside <paramref name="window"/>.</summary>
    public int MinutesWithin(Interval window)
    {
        int count = 0;
        for (int m = ToMinute(window.Start); m < ToMinute(window.End); m++)
        {
            count += this[m] ? 1 : 0;
        }

        return count;
    }

    /// <summary>The maximal runs of covered minutes, as intervals in ascending order.</summary>
    public List<Interval> Runs()
    {
        var runs = new List<Interval>();
        int m = Lo;
        while (m < Hi)
        {
            if (!this[m])
            {
                m++;
                continue;
            }

            int start = m;
            while (m < Hi && this[m])
            {
                m++;
            }

            runs.Add(new Interval(IntervalArbitraries.At(start), IntervalArbitraries.At(m)));
        }

        return runs;
    }

    /// <summary>Converts an instant on the minute grid to its minute offset.</summary>
    public static int ToMinute(Instant instant) => checked((int)(instant - IntervalArbitraries.Origin).TotalMinutes);
}
