using System.CommandLine;
using KpiCore.Sample.Input;
using KpiCore.Sample.Progress;

namespace KpiCore.Sample.Commands;

/// <summary>
/// The option binder every command is built on: a command declares which shared options it takes (each declared and
/// parsed here, once, with the same names, help and error messages everywhere) and adds only its own; the binder
/// checks them all before the command body runs and hands it a <see cref="CommandRun"/>.
/// </summary>
/// <remarks>
/// <para>
/// Shared options: <c>--zone</c>, <c>--month</c> or <c>--from</c>/<c>--to</c>, <c>--data</c>, <c>--profile</c>,
/// <c>--input-zone</c>, <c>--organisation-column</c>, input files (<c>--calls</c>, <c>--outages</c>, <c>--history</c>,
/// ...), <c>--out</c>, <c>--no-terminal</c>, and <c>--progress</c> and <c>--quiet</c> (added last by
/// <see cref="HostCommand"/> to every command that reads input: one that declares <c>--data</c> or an input file).
/// They are checked in that order; the first that is wrong writes its one
/// sentence (<see cref="HostOptions"/>) and the command exits with <see cref="CommandSupport.UsageError"/>, having read
/// nothing.
/// </para>
/// <para>A new command: <c>HostCommand.Create(name, description, error, options =&gt; options.WithZone()..., run)</c>.</para>
/// </remarks>
internal sealed class CommandOptions
{
    private readonly Command _command;
    private readonly List<(Option<string?> Option, bool CheckWhenGiven)> _files = [];
    private Option<string>? _zone;
    private Option<string?>? _month;
    private bool _monthRequired;
    private Option<string?>? _from;
    private Option<string?>? _to;
    private Option<string?>? _data;
    private Option<string?>? _profile;
    private Option<string?>? _inputZone;
    private Option<string?>? _organisationColumn;
    private Option<string?>? _out;
    private Option<bool>? _noTerminal;
    private Option<string?>? _config;
    private Option<string?>? _progress;
    private Option<bool>? _quiet;
    private bool _readsInput;

    /// <summary>Creates a binder that adds its options to <paramref name="command"/>.</summary>
    internal CommandOptions(Command command) => _command = command;

    /// <summary>Adds <c>--zone</c>: the reporting zone (default Europe/London), bound to <see cref="CommandRun.Zone"/>.</summary>
    internal CommandOptions WithZone()
    {
        _zone = Add(HostOptions.Zone());
        return this;
    }

    /// <summary>Adds <c>--month</c> (yyyy-MM), bound to <see cref="CommandRun.Month"/>.</summary>
    /// <param name="required">Whether it must be given; it is checked when binding, so a missing month exits 2 like other usage errors.</param>
    internal CommandOptions WithMonth(bool required = false)
    {
        Option<string?> month = HostOptions.Month();
        if (required)
        {
            month.Description = "(required) " + month.Description;
        }

        _month = Add(month);
        _monthRequired = required;
        return this;
    }

    /// <summary>Adds <c>--from</c> and <c>--to</c>, bound to <see cref="CommandRun.Months"/> (null when neither is given).</summary>
    internal CommandOptions WithMonthRange()
    {
        _from = Add(new Option<string?>("--from") { HelpName = "yyyy-MM", Description = "First month to report, yyyy-MM (default: the first month with data)." });
        _to = Add(new Option<string?>("--to") { HelpName = "yyyy-MM", Description = "Last month to report, yyyy-MM (default: the last month with data)." });
        return this;
    }

    /// <summary>Adds <c>--data</c>: the input folder (default: the built-in sample data), bound to <see cref="CommandRun.DataDirectory"/>.</summary>
    internal CommandOptions WithData()
    {
        _readsInput = true;
        _data = Add(new Option<string?>("--data")
        {
            HelpName = "DIR",
            Description = "Folder with the input CSV files (services, outages, monitoring, calls, responses, risks, exceptions). Default: the built-in sample data.",
        });
        return this;
    }

    /// <summary>Adds <c>--profile</c> and <c>--input-zone</c> (and <c>--organisation-column</c>), bound to <see cref="CommandRun.Import"/>.</summary>
    internal CommandOptions WithImport(bool organisationColumn = false)
    {
        _profile = Add(HostOptions.Profile());
        _inputZone = Add(HostOptions.InputZone());
        _organisationColumn = organisationColumn ? Add(HostOptions.OrganisationColumn()) : null;
        return this;
    }

    /// <summary>Adds an input file option, such as <c>--calls</c>; its value is <see cref="CommandRun.File"/>.</summary>
    /// <param name="option">The option.</param>
    /// <param name="checkWhenGiven">Whether binding checks that a given path is a file that exists (a required file is checked when it is read).</param>
    internal Option<string?> WithFile(Option<string?> option, bool checkWhenGiven = false)
    {
        _readsInput = true;
        _files.Add((Add(option), checkWhenGiven));
        return option;
    }

    /// <summary>Adds <c>--history</c>, a ticket history file.</summary>
    internal Option<string?> WithHistory(bool checkWhenGiven = false) => WithFile(HostOptions.History(), checkWhenGiven);

    /// <summary>Adds <c>--out</c> with the command's own wording and default (null = none: <see cref="CommandRun.Out"/> is null when it is not given).</summary>
    internal CommandOptions WithOut(string description, string? defaultValue = null, string helpName = "PATH")
    {
        Option<string?> option = HostOptions.Out(description, defaultValue);
        option.HelpName = helpName;
        _out = Add(option);
        return this;
    }

    /// <summary>Adds <c>--no-terminal</c>, bound to <see cref="CommandRun.NoTerminal"/>.</summary>
    internal CommandOptions WithNoTerminal()
    {
        _noTerminal = Add(new Option<bool>("--no-terminal") { Description = "Do not show the tables in the terminal; only write the files." });
        return this;
    }

    /// <summary>Adds <c>--config</c>: a KpiCore configuration file (calendars, SLA policy, service catalogues, the pack's layout), bound to <see cref="CommandRun.Configuration"/> and <see cref="CommandRun.ConfigLayout"/>.</summary>
    internal CommandOptions WithConfig()
    {
        _config = Add(new Option<string?>("--config")
        {
            HelpName = "FILE",
            Description = "A KpiCore configuration file (JSON): working calendars, the SLA policy per priority, service catalogues and the pack's layout (as a --layout file, under \"layout\"); see the README's Configuration section. Default: the UK council policy.",
        });
        return this;
    }

    /// <summary>Adds <c>--progress</c> and <c>--quiet</c>, bound to <see cref="CommandRun.Progress"/>.</summary>
    internal CommandOptions WithProgress()
    {
        _progress ??= Add(HostOptions.Progress());
        _quiet ??= Add(HostOptions.Quiet());
        return this;
    }

    /// <summary>Adds <c>--progress</c> and <c>--quiet</c> when the command reads input (declares <c>--data</c> or an input file); <see cref="HostCommand"/> calls it after the command's own options, so they come last in its help.</summary>
    internal void WithProgressWhenReadingInput()
    {
        if (_readsInput)
        {
            WithProgress();
        }
    }

    /// <summary>Adds one of the command's own arguments.</summary>
    internal Argument<T> Own<T>(Argument<T> argument)
    {
        _command.Arguments.Add(argument);
        return argument;
    }

    /// <summary>Adds one of the command's own options.</summary>
    internal Option<T> Own<T>(Option<T> option) => Add(option);

    /// <summary>Parses and checks every shared option; false after writing one sentence to <paramref name="error"/>.</summary>
    internal bool TryBind(ParseResult parse, TextWriter error, out CommandRun run)
    {
        run = new CommandRun(parse);
        if (_zone is not null)
        {
            if (!HostOptions.TryGetZone(parse.GetValue(_zone), error, out NodaTime.DateTimeZone? zone) || zone is null)
            {
                return false;
            }

            run.Zone = zone;
        }

        if (_month is not null)
        {
            if (_monthRequired)
            {
                if (!HostOptions.TryGetMonth(parse.GetValue(_month) ?? string.Empty, error, out NodaTime.YearMonth month))
                {
                    return false;
                }

                run.Month = month;
            }
            else if (!HostOptions.TryGetOptionalMonth(parse.GetValue(_month), error, out NodaTime.YearMonth? month))
            {
                return false;
            }
            else
            {
                run.Month = month;
            }
        }

        if (_from is not null && _to is not null)
        {
            if (!HostOptions.TryGetMonthRange(parse.GetValue(_from), parse.GetValue(_to), error, out List<NodaTime.YearMonth>? months))
            {
                return false;
            }

            run.Months = months;
        }

        if (_data is not null && !TryGetData(parse.GetValue(_data), error, run))
        {
            return false;
        }

        if (_profile is not null && _inputZone is not null)
        {
            string? organisationColumn = _organisationColumn is null ? null : parse.GetValue(_organisationColumn);
            if (!HostOptions.TryGetImport(parse.GetValue(_profile), parse.GetValue(_inputZone), organisationColumn, error, out ImportOptions import))
            {
                return false;
            }

            run.Import = import;
        }

        foreach ((Option<string?> option, bool check) in _files)
        {
            string? path = parse.GetValue(option);
            if (check && path is not null && !CommandSupport.CheckFile(path, option.Name, error))
            {
                return false;
            }

            run.Files[option.Name] = path;
        }

        if (_config is not null && parse.GetValue(_config) is { } configPath)
        {
            if (!ConfigFile.TryLoad(configPath, error, out Configuration.KpiCoreConfiguration? configuration, out Pack.PackDefinition? layout))
            {
                return false;
            }

            run.Configuration = configuration;
            run.ConfigPath = configPath;
            run.ConfigLayout = layout;
        }

        run.Out = _out is null ? null : parse.GetValue(_out);
        run.NoTerminal = _noTerminal is not null && parse.GetValue(_noTerminal);
        if (_progress is not null && _quiet is not null)
        {
            if (!HostOptions.TryGetProgress(parse.GetValue(_progress), parse.GetValue(_quiet), error, out ProgressMode mode))
            {
                return false;
            }

            run.Progress = mode;
        }

        return true;
    }

    /// <summary>Finds the default data: the <c>data</c> folder beside the executable, else <c>samples/data</c> upward from the current directory.</summary>
    internal static string? DefaultDataDirectory()
    {
        string beside = Path.Combine(AppContext.BaseDirectory, "data");
        if (Directory.Exists(beside) && Directory.EnumerateFiles(beside, "*.csv").Any())
        {
            return beside;
        }

        for (DirectoryInfo? dir = new(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "samples", "data");
            if (Directory.Exists(candidate) && Directory.EnumerateFiles(candidate, "*.csv").Any())
            {
                return candidate;
            }
        }

        return null;
    }

    private static bool TryGetData(string? dataDirectory, TextWriter error, CommandRun run)
    {
        if (dataDirectory is null)
        {
            dataDirectory = DefaultDataDirectory();
            if (dataDirectory is null)
            {
                error.WriteLine("--data: no folder given and the built-in sample data (a 'data' folder beside the program, or samples/data) was not found.");
                return false;
            }
        }
        else if (!Directory.Exists(dataDirectory))
        {
            error.WriteLine($"--data: the folder '{dataDirectory}' does not exist.");
            return false;
        }

        run.DataDirectory = dataDirectory;
        return true;
    }

    private T Add<T>(T option)
        where T : Option
    {
        _command.Options.Add(option);
        return option;
    }
}
