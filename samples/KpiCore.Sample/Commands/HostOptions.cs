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

    /// <summary>The reporting month as yyyy-MM.</summary>
    internal static Option<string?> Month(bool required = false) => new("--month")
    {
        Description = "The reporting month as yyyy-MM, e.g. 2017-09.",
        HelpName = "yyyy-MM",
        Required = required,
    };

    /// <summary>An output file or folder.</summary>
    internal static Option<string?> Out(string description, string? defaultValue = null)
    {
        var option = new Option<string?>("--out") { Description = description, HelpName = "PATH" };
        if (defaultValue is not null)
        {
            option.DefaultValueFactory = _ => defaultValue;
        }

        return option;
    }

    /// <summary>Parses a yyyy-MM month, writing a clear error when it is not one.</summary>
    internal static bool TryGetMonth(string? text, TextWriter error, out NodaTime.YearMonth month)
    {
        NodaTime.Text.ParseResult<NodaTime.YearMonth> parsed = NodaTime.Text.YearMonthPattern.Iso.Parse(text ?? string.Empty);
        month = parsed.Success ? parsed.Value : default;
        if (!parsed.Success)
        {
            error.WriteLine(string.IsNullOrEmpty(text) ? "--month: a month in the form yyyy-MM is required." : $"--month: '{text}' is not a month in the form yyyy-MM.");
        }

        return parsed.Success;
    }

    /// <summary>Parses an optional <c>--month</c>: absent is fine (null), present must be yyyy-MM.</summary>
    internal static bool TryGetOptionalMonth(string? text, TextWriter error, out NodaTime.YearMonth? month)
    {
        month = null;
        if (text is null)
        {
            return true;
        }

        if (!TryGetMonth(text, error, out NodaTime.YearMonth parsed))
        {
            return false;
        }

        month = parsed;
        return true;
    }

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
