using System.CommandLine;
using System.Globalization;
using KpiCore.Sample.Input;
using KpiCore.Sample.Progress;
using NodaTime;
using NodaTime.Text;

namespace KpiCore.Sample.Commands;

/// <summary>
/// Options shared by several commands, so they are spelled the same everywhere, and the one place where every month,
/// year and zone given on the command line is parsed and checked against <see cref="SupportedRange"/>.
/// </summary>
/// <remarks>
/// Each <c>TryGet</c> method writes one sentence to standard error naming the option, the value and what is valid, and
/// returns false; the caller then exits with <see cref="CommandSupport.UsageError"/>. Nothing outside the range ever
/// reaches the library, so an option can never end in an exception.
/// </remarks>
internal static class HostOptions
{
    /// <summary>The supported months in words, such as "months from 1901-01 to 2148-12 are supported".</summary>
    internal static string MonthRange { get; } = string.Create(CultureInfo.InvariantCulture,
        $"months from {FormatMonth(SupportedRange.FirstMonth)} to {FormatMonth(SupportedRange.LastMonth)} are supported");

    /// <summary>The IANA (TZDB) zone for local dates and times; default Europe/London.</summary>
    internal static Option<string> Zone() => new("--zone")
    {
        HelpName = "ZONE",
        Description = "IANA time zone of the reporting months and working calendars (default Europe/London); input times without an offset are read in it too, unless --input-zone or the profile names another.",
        DefaultValueFactory = _ => "Europe/London",
    };

    /// <summary>The import profile: a built-in name or a JSON profile file.</summary>
    internal static Option<string?> Profile() => new("--profile")
    {
        HelpName = "NAME|FILE",
        Description = "How the calls and outages exports are written: kpicore (default, the host's own columns), servicenow, jira, topdesk, or a JSON profile file (README, \"Import profiles\").",
    };

    /// <summary>The zone of offset-less input times, separate from the reporting zone.</summary>
    internal static Option<string?> InputZone() => new("--input-zone")
    {
        HelpName = "ZONE",
        Description = "IANA time zone in which input times without an offset are read (default: the profile's, UTC for servicenow, Europe/London for jira and topdesk; else --zone). --zone stays the reporting zone.",
    };

    /// <summary>The column that names a call's organisation, overriding the profile's.</summary>
    internal static Option<string?> OrganisationColumn() => new("--organisation-column")
    {
        HelpName = "COLUMN",
        Description = "The calls column naming the organisation, overriding the profile's (servicenow: company; use assignment_group or location to report by those).",
    };

    /// <summary>A ticket history file.</summary>
    internal static Option<string?> History() => new("--history")
    {
        HelpName = "FILE",
        Description = "Ticket history giving on-hold time: id, changed_at, field, from, to (state and priority changes), or ServiceNow metric_instance (id, value, start, end, definition) with --profile servicenow. README, \"On-hold time from history\".",
    };

    /// <summary>What to show of long work on standard error.</summary>
    internal static Option<string?> Progress() => new("--progress")
    {
        HelpName = "MODE",
        Description = "What to show of long work on standard error. auto (default): terminal when standard error is a terminal and TERM is not dumb, else plain. terminal: a line per file (records, records/s, MB read of the total, ETA) and per stage (time so far), redrawn in place. plain: one timing line per file and stage when it ends, nothing else. none: nothing (as --quiet).",
    };

    /// <summary>No progress and no timing lines.</summary>
    internal static Option<bool> Quiet() => new("--quiet", "-q")
    {
        Description = "Show no progress and no timing lines (as --progress none); errors, warnings and the counts of records read and rejected are still shown.",
    };

    /// <summary>Resolves <c>--progress</c> and <c>--quiet</c>; false after writing one sentence.</summary>
    internal static bool TryGetProgress(string? progress, bool quiet, TextWriter error, out ProgressMode mode)
    {
        mode = ProgressMode.Auto;
        if (progress is not null)
        {
            string value = progress.Trim();
            ProgressMode? parsed = value.ToLowerInvariant() switch
            {
                "auto" => ProgressMode.Auto,
                "terminal" => ProgressMode.Terminal,
                "plain" => ProgressMode.Plain,
                "none" => ProgressMode.None,
                _ => null,
            };
            if (parsed is null)
            {
                error.WriteLine($"--progress: '{Shorten(value)}' is not one of auto, terminal, plain or none.");
                return false;
            }

            mode = parsed.Value;
        }

        if (quiet)
        {
            if (progress is not null && mode != ProgressMode.None)
            {
                error.WriteLine($"--quiet: it means --progress none, so it cannot go with --progress {progress!.Trim()}.");
                return false;
            }

            mode = ProgressMode.None;
        }

        return true;
    }

    /// <summary>Resolves <c>--profile</c>, <c>--input-zone</c> and <c>--organisation-column</c>; false after writing one sentence.</summary>
    internal static bool TryGetImport(string? profile, string? inputZone, string? organisationColumn, TextWriter error, out ImportOptions import)
    {
        import = new ImportOptions();
        if (!Input.Profiles.ProfileLoader.TryResolve(profile, error, out Input.Profiles.ImportProfile resolved))
        {
            return false;
        }

        import.Profile = resolved;
        if (inputZone is not null)
        {
            import.InputZone = string.IsNullOrWhiteSpace(inputZone) ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(inputZone.Trim());
            if (import.InputZone is null)
            {
                error.WriteLine($"--input-zone: '{Shorten(inputZone)}' is not a known IANA time zone (for example Europe/London or UTC).");
                return false;
            }
        }

        if (organisationColumn is not null)
        {
            if (string.IsNullOrWhiteSpace(organisationColumn))
            {
                error.WriteLine("--organisation-column: a column name is required.");
                return false;
            }

            resolved.Calls.Organisation = organisationColumn.Trim();
            resolved.Calls.OrganisationFromIdPrefix = false;
        }

        return true;
    }

    /// <summary>The reporting month as yyyy-MM.</summary>
    internal static Option<string?> Month(bool required = false) => new("--month")
    {
        Description = string.Create(CultureInfo.InvariantCulture, $"The reporting month as yyyy-MM, e.g. 2017-09 ({MonthRange})."),
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

    /// <summary>Formats a month as yyyy-MM in the invariant culture.</summary>
    internal static string FormatMonth(YearMonth month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>
    /// Parses a required yyyy-MM month inside <see cref="SupportedRange"/>; false (after writing one sentence naming
    /// <paramref name="option"/>, the value and the supported months) when it is missing, malformed or outside.
    /// </summary>
    /// <param name="text">The value as typed; surrounding white space is ignored.</param>
    /// <param name="error">Where the reason goes.</param>
    /// <param name="month">The month, or default when false is returned.</param>
    /// <param name="option">The option's name for the message, such as <c>--month</c>, <c>--from</c> or <c>month</c>.</param>
    internal static bool TryGetMonth(string? text, TextWriter error, out YearMonth month, string option = "--month")
    {
        month = default;
        string value = text?.Trim() ?? string.Empty;
        if (value.Length == 0)
        {
            error.WriteLine($"{option}: a month in the form yyyy-MM is required; {MonthRange}.");
            return false;
        }

        ParseResult<YearMonth> parsed = YearMonthPattern.Iso.Parse(value);
        if (!parsed.Success)
        {
            error.WriteLine($"{option}: '{Shorten(value)}' is not a month in the form yyyy-MM; {MonthRange}.");
            return false;
        }

        if (!SupportedRange.Contains(parsed.Value))
        {
            error.WriteLine($"{option}: '{value}' is outside the supported range; {MonthRange}.");
            return false;
        }

        month = parsed.Value;
        return true;
    }

    /// <summary>Parses an optional month: absent is fine (null), present must pass <see cref="TryGetMonth"/>.</summary>
    internal static bool TryGetOptionalMonth(string? text, TextWriter error, out YearMonth? month, string option = "--month")
    {
        month = null;
        if (text is null)
        {
            return true;
        }

        if (!TryGetMonth(text, error, out YearMonth parsed, option))
        {
            return false;
        }

        month = parsed;
        return true;
    }

    /// <summary>
    /// Parses <c>--from</c> and <c>--to</c>: both absent is fine (null: every month with data); otherwise both must be
    /// supported months, in order, at most <paramref name="maxMonths"/> apart; the result lists every month between.
    /// </summary>
    internal static bool TryGetMonthRange(string? from, string? to, TextWriter error, out List<YearMonth>? months, int maxMonths = 120)
    {
        months = null;
        if (from is null && to is null)
        {
            return true;
        }

        if (from is null || to is null)
        {
            error.WriteLine("--from and --to go together: give both months (yyyy-MM), or neither to report every month with data.");
            return false;
        }

        if (!TryGetMonth(from, error, out YearMonth first, "--from") || !TryGetMonth(to, error, out YearMonth last, "--to"))
        {
            return false;
        }

        // Both lie in the supported range, so PlusMonths cannot leave NodaTime's calendar.
        if (last < first || first.PlusMonths(maxMonths - 1) < last)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"--from/--to: '{FormatMonth(first)}' to '{FormatMonth(last)}' is not a range of 1 to {maxMonths} months; the last month must not be before the first."));
            return false;
        }

        months = [];
        for (YearMonth m = first; m <= last; m = m.PlusMonths(1))
        {
            months.Add(m);
        }

        return true;
    }

    /// <summary>
    /// Parses a year from <paramref name="first"/> to <paramref name="last"/> (each narrowed to
    /// <see cref="SupportedRange"/>); false (after writing one sentence naming the option, the value and the range) otherwise.
    /// </summary>
    internal static bool TryGetYear(string? text, string option, TextWriter error, out int year, int first = SupportedRange.FirstYear, int last = SupportedRange.LastYear)
    {
        int min = Math.Max(first, SupportedRange.FirstYear);
        int max = Math.Min(last, SupportedRange.LastYear);
        string value = text?.Trim() ?? string.Empty;
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out year) || year < min || year > max)
        {
            string what = value.Length == 0 ? "a year is required" : $"'{Shorten(value)}' is not a supported year";
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{option}: {what}; years from {min} to {max} are supported."));
            year = 0;
            return false;
        }

        return true;
    }

    /// <summary>Resolves a TZDB zone id, writing a clear error when it is unknown.</summary>
    internal static bool TryGetZone(string? id, TextWriter error, out DateTimeZone? zone)
    {
        zone = string.IsNullOrWhiteSpace(id) ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(id.Trim());
        if (zone is null)
        {
            error.WriteLine($"--zone: '{Shorten(id ?? string.Empty)}' is not a known IANA time zone (for example Europe/London).");
            return false;
        }

        return true;
    }

    /// <summary>Cuts a long value for a message, so a pasted paragraph does not flood the terminal.</summary>
    private static string Shorten(string value) => value.Length <= 40 ? value : string.Concat(value.AsSpan(0, 40), "...");
}
