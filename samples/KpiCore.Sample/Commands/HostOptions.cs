using System.CommandLine;
using NodaTime;

namespace KpiCore.Sample.Commands;

/// <summary>Options shared by several commands, so they are spelled the same everywhere.</summary>
internal static class HostOptions
{
    /// <summary>The IANA (TZDB) zone for local dates and times; default Europe/London.</summary>
    internal static Option<string> Zone() => new("--zone")
    {
        Description = "IANA time zone for local dates and times (default Europe/London).",
        DefaultValueFactory = _ => "Europe/London",
    };

    /// <summary>Resolves a TZDB zone id, writing a clear error when it is unknown.</summary>
    internal static bool TryGetZone(string? id, TextWriter error, out DateTimeZone? zone)
    {
        zone = id is null ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(id);
        if (zone is null)
        {
            error.WriteLine($"--zone: '{id}' is not a known IANA time zone (for example Europe/London).");
            return false;
        }

        return true;
    }
}
