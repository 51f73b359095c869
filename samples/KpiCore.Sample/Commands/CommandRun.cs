using System.CommandLine;
using KpiCore.Sample.Input;
using KpiCore.Sample.Progress;
using NodaTime;

namespace KpiCore.Sample.Commands;

/// <summary>The shared options of one run, parsed and checked by <see cref="CommandOptions"/>; a command reads its own options through <c>Get</c>.</summary>
internal sealed class CommandRun
{
    internal CommandRun(ParseResult parse) => Parse = parse;

    /// <summary>Gets the parsed command line.</summary>
    internal ParseResult Parse { get; }

    /// <summary>Gets the reporting zone (<c>--zone</c>; Europe/London when the command takes none).</summary>
    internal DateTimeZone Zone { get; set; } = DateTimeZoneProviders.Tzdb["Europe/London"];

    /// <summary>Gets the month (<c>--month</c>), or null when it was not given.</summary>
    internal YearMonth? Month { get; set; }

    /// <summary>Gets the months of <c>--from</c>/<c>--to</c>, or null when neither was given (every month with data).</summary>
    internal List<YearMonth>? Months { get; set; }

    /// <summary>Gets the input folder (<c>--data</c>, else the built-in sample data), checked to exist.</summary>
    internal string DataDirectory { get; set; } = string.Empty;

    /// <summary>Gets the import profile and input zone (<c>--profile</c>, <c>--input-zone</c>, <c>--organisation-column</c>).</summary>
    internal ImportOptions Import { get; set; } = new();

    /// <summary>Gets the input file options by name (such as <c>--calls</c>), null for those not given.</summary>
    internal Dictionary<string, string?> Files { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the checked configuration of <c>--config</c>, or null when none was given (the built-in defaults apply).</summary>
    internal KpiCore.Configuration.KpiCoreConfiguration? Configuration { get; set; }

    /// <summary>Gets the <c>--config</c> file as given, or null when none was given.</summary>
    internal string? ConfigPath { get; set; }

    /// <summary>Gets the pack definition of the <c>--config</c> file's <c>layout</c> section, or null when it has none.</summary>
    internal Pack.PackDefinition? ConfigLayout { get; set; }

    /// <summary>Gets <c>--out</c>.</summary>
    internal string? Out { get; set; }

    /// <summary>Gets whether <c>--no-terminal</c> was given.</summary>
    internal bool NoTerminal { get; set; }

    /// <summary>Gets what to show of long work (<c>--progress</c>, <c>--quiet</c>); <see cref="ProgressMode.None"/> for a command without them.</summary>
    internal ProgressMode Progress { get; set; } = ProgressMode.None;

    /// <summary>Gets an input file option's value; null when it was not given.</summary>
    internal string? File(Option<string?> option) => Files.GetValueOrDefault(option.Name);

    /// <summary>Gets one of the command's own options.</summary>
    internal T? Get<T>(Option<T> option) => Parse.GetValue(option);

    /// <summary>Gets one of the command's own arguments.</summary>
    internal T? Get<T>(Argument<T> argument) => Parse.GetValue(argument);
}
