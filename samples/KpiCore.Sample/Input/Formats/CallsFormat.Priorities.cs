using System.Globalization;
using KpiCore.Sample.Input.Profiles;
using KpiCore.ServiceDesk;

namespace KpiCore.Sample.Input.Formats;

/// <summary>Priority codes and a profile's priority labels.</summary>
internal sealed partial class CallsFormat
{
    /// <summary>Maps a priority label through a profile's map: exact (case-insensitive), or by prefix when the profile says so.</summary>
    internal static bool TryMapPriority(CallProfile map, string label, out Priority priority)
    {
        priority = default;
        if (map.PriorityMap is null)
        {
            return TryParsePriority(label, out priority);
        }

        if (map.PriorityMap.TryGetValue(label.Trim(), out string? code))
        {
            return TryParsePriority(code, out priority);
        }

        if (map.PriorityMatchesPrefix)
        {
            foreach ((string key, string value) in map.PriorityMap.OrderByDescending(e => e.Key.Length))
            {
                if (label.StartsWith(key, StringComparison.OrdinalIgnoreCase) && (label.Length == key.Length || !char.IsAsciiLetterOrDigit(label[key.Length])))
                {
                    return TryParsePriority(value, out priority);
                }
            }
        }

        return false;
    }

    /// <summary>Parses P1..P99 (case-insensitive); P1-P4 are the library's named priorities.</summary>
    internal static bool TryParsePriority(string text, out Priority priority)
    {
        priority = default;
        if (text.Length >= 2 && (text[0] is 'P' or 'p')
            && int.TryParse(text.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out int rank) && rank is >= 1 and <= 99)
        {
            priority = rank switch
            {
                1 => Priority.P1,
                2 => Priority.P2,
                3 => Priority.P3,
                4 => Priority.P4,
                _ => new Priority(string.Create(CultureInfo.InvariantCulture, $"P{rank}"), rank),
            };
            return true;
        }

        return false;
    }
}
