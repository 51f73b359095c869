using System.Globalization;
using NodaTime;

namespace KpiCore.Time;

// Building the weekly hours: checking days and ranges, merging ranges, the nominal working day.
public sealed partial class WorkingCalendar
{
    private static void CheckDay(IsoDayOfWeek day, string paramName)
    {
        if (day < IsoDayOfWeek.Monday || day > IsoDayOfWeek.Sunday)
        {
            throw new ArgumentOutOfRangeException(paramName, day, "Value must be a day from Monday to Sunday.");
        }
    }

    /// <summary>The weekday numbers from <paramref name="firstDay"/> to <paramref name="lastDay"/> in ISO order, wrapping after Sunday.</summary>
    private static IEnumerable<int> Days(IsoDayOfWeek firstDay, IsoDayOfWeek lastDay)
    {
        int day = (int)firstDay;
        while (true)
        {
            yield return day;
            if (day == (int)lastDay)
            {
                yield break;
            }

            day = (day % 7) + 1;
        }
    }

    /// <summary>The union of sorted, disjoint, non-touching <paramref name="existing"/> ranges and any <paramref name="added"/> ranges: sorted, with overlapping or touching ranges merged.</summary>
    private static LocalTimeRange[] Union(LocalTimeRange[] existing, LocalTimeRange[] added)
    {
        if (added.Length == 0)
        {
            return existing;
        }

        int n = existing.Length + added.Length;
        long[] starts = new long[n];
        long[] ends = new long[n];
        for (int i = 0; i < n; i++)
        {
            LocalTimeRange range = i < existing.Length ? existing[i] : added[i - existing.Length];
            starts[i] = range.StartNanosecondOfDay;
            ends[i] = range.EndNanosecondOfDay;
        }

        n = NanoIntervals.Normalise(starts, ends, n, out _);
        var merged = new LocalTimeRange[n];
        for (int i = 0; i < n; i++)
        {
            merged[i] = LocalTimeRange.FromNanosecondsOfDay(starts[i], ends[i]);
        }

        return merged;
    }

    private static LocalTimeRange[] SortAndCheck(IEnumerable<LocalTimeRange> ranges, string paramName)
    {
        ArgumentNullException.ThrowIfNull(ranges, paramName);
        LocalTimeRange[] sorted = [.. ranges];
        Array.Sort(sorted, static (a, b) => a.StartNanosecondOfDay.CompareTo(b.StartNanosecondOfDay));
        for (int i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].StartNanosecondOfDay < sorted[i - 1].EndNanosecondOfDay)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"The working ranges {sorted[i - 1]} and {sorted[i]} overlap; ranges of one day may touch but not overlap."),
                    paramName);
            }
        }

        return sorted.Length == 0 ? NoHours : sorted;
    }

    private static Duration ComputeNominalWorkingDay(LocalTimeRange[][] weekHours)
    {
        var counts = new Dictionary<long, int>();
        for (int day = 1; day <= 7; day++)
        {
            long length = 0;
            foreach (LocalTimeRange range in weekHours[day])
            {
                length += range.EndNanosecondOfDay - range.StartNanosecondOfDay;
            }

            if (length > 0)
            {
                counts[length] = counts.GetValueOrDefault(length) + 1;
            }
        }

        long best = 0;
        int bestCount = 0;
        foreach ((long length, int count) in counts)
        {
            if (count > bestCount || (count == bestCount && length > best))
            {
                best = length;
                bestCount = count;
            }
        }

        return Duration.FromNanoseconds(best);
    }
}
