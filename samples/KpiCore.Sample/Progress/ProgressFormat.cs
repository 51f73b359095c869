using System.Globalization;

namespace KpiCore.Sample.Progress;

/// <summary>
/// How progress and timing lines write counts, sizes, rates and times: invariant culture, so the lines are the same on
/// every machine and can be compared between runs.
/// </summary>
/// <remarks>Sizes are in decimal units (1 MB = 1,000,000 bytes), as file managers on Linux and macOS show them.</remarks>
internal static class ProgressFormat
{
    /// <summary>A record count with thousands separators, such as <c>10,000,000</c>.</summary>
    internal static string Count(long count) => count.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A size: <c>972.0 MB</c> from one megabyte up, else <c>12.3 kB</c>.</summary>
    internal static string Size(long bytes) => bytes >= 1_000_000
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e6:N1} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e3:N1} kB");

    /// <summary>A size in megabytes without the unit, such as <c>250.0</c> (for "250.0 of 1,000.0 MB").</summary>
    internal static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e6:N1}");

    /// <summary>A rate per second: <c>2.4M</c>, <c>12.5k</c> or <c>830</c>.</summary>
    internal static string Rate(double perSecond) => perSecond switch
    {
        >= 1e6 => string.Create(CultureInfo.InvariantCulture, $"{perSecond / 1e6:F1}M"),
        >= 1e3 => string.Create(CultureInfo.InvariantCulture, $"{perSecond / 1e3:F1}k"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{perSecond:F0}"),
    };

    /// <summary>A time: <c>4.2 s</c> below a minute, <c>3 min 05 s</c> below an hour, else <c>1 h 02 min</c>.</summary>
    internal static string Time(TimeSpan time)
    {
        double seconds = Math.Max(0, time.TotalSeconds);
        if (seconds < 59.95)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{seconds:F1} s");
        }

        long whole = (long)Math.Round(seconds, MidpointRounding.AwayFromZero);
        return whole < 3600
            ? string.Create(CultureInfo.InvariantCulture, $"{whole / 60} min {whole % 60:D2} s")
            : string.Create(CultureInfo.InvariantCulture, $"{whole / 3600} h {whole / 60 % 60:D2} min");
    }
}
