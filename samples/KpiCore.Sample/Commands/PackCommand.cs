using System.CommandLine;
using System.Text;
using KpiCore.Sample.Input;
using KpiCore.Sample.Pack;
using KpiCore.Sample.Rendering;
using NodaTime;
using Spectre.Console;

namespace KpiCore.Sample.Commands;

/// <summary>
/// <c>pack [--data DIR] [--out DIR] [--zone Z] [--from yyyy-MM --to yyyy-MM]</c>: builds the performance pack, shows it
/// in the terminal and writes pack.html, pack.csv and pack.md. The root command (no arguments) runs the same on the
/// default data.
/// </summary>
internal static class PackCommand
{
    /// <summary>The output files written, in the order they are listed.</summary>
    internal static readonly string[] OutputFiles = ["pack.html", "pack.csv", "pack.md"];

    /// <summary>The options of the pack run, shared by the <c>pack</c> command and the root command.</summary>
    internal sealed class Options
    {
        internal Option<string?> Data { get; } = new("--data")
        {
            HelpName = "DIR",
            Description = "Folder with the input CSV files (services, outages, monitoring, calls, responses, risks, exceptions). Default: the built-in sample data.",
        };

        internal Option<string> Out { get; } = new("--out")
        {
            HelpName = "DIR",
            Description = "Folder to write pack.html, pack.csv and pack.md to (created if missing).",
            DefaultValueFactory = _ => "out",
        };

        internal Option<string> Zone { get; } = HostOptions.Zone();

        internal Option<string?> From { get; } = new("--from") { HelpName = "yyyy-MM", Description = "First month to report, yyyy-MM (default: the first month with data)." };

        internal Option<string?> To { get; } = new("--to") { HelpName = "yyyy-MM", Description = "Last month to report, yyyy-MM (default: the last month with data)." };

        internal Option<string?> Profile { get; } = HostOptions.Profile();

        internal Option<string?> InputZone { get; } = HostOptions.InputZone();

        internal Option<string?> OrganisationColumn { get; } = HostOptions.OrganisationColumn();

        internal Option<string?> Calls { get; } = new("--calls") { HelpName = "FILE", Description = "A calls export read instead of the calls.csv in --data (in the --profile's format)." };

        internal Option<string?> Outages { get; } = new("--outages") { HelpName = "FILE", Description = "An outages export read instead of the outages.csv in --data (in the --profile's format)." };

        internal Option<string?> History { get; } = HostOptions.History();

        internal Option<bool> Quiet { get; } = new("--no-terminal") { Description = "Do not show the tables in the terminal; only write the files." };

        internal Option<int> RiskScale { get; } = new("--risk-scale")
        {
            HelpName = "3|5",
            Description = "Levels of the risk register's impact and likelihood scales: 3 (default, as in the report: scores 1-9, bands 1-2 green, 3-4 amber, 6-9 red) or 5 (5x5, tri-borough bands). Risks rated off the scale are rejected.",
            DefaultValueFactory = _ => 3,
        };

        internal void AddTo(Command command)
        {
            command.Options.Add(Data);
            command.Options.Add(Out);
            command.Options.Add(Zone);
            command.Options.Add(From);
            command.Options.Add(To);
            command.Options.Add(Profile);
            command.Options.Add(InputZone);
            command.Options.Add(OrganisationColumn);
            command.Options.Add(Calls);
            command.Options.Add(Outages);
            command.Options.Add(History);
            command.Options.Add(Quiet);
            command.Options.Add(RiskScale);
        }
    }

    /// <summary>Creates the <c>pack</c> command.</summary>
    internal static Command Create(TextWriter output, TextWriter error)
    {
        var options = new Options();
        var command = new Command("pack", "Build the performance pack (per council and combined): show it and write pack.html, pack.csv and pack.md.");
        options.AddTo(command);
        command.SetAction(parse => Run(parse, options, output, error));
        return command;
    }

    /// <summary>Runs a pack build with the parsed options; returns 0, 1 when rows were rejected, 2 on usage or input errors.</summary>
    internal static int Run(ParseResult parse, Options options, TextWriter output, TextWriter error)
    {
        try
        {
            return RunCore(parse, options, output, error);
        }
        catch (IOException ex)
        {
            error.WriteLine($"error: {ex.Message}");
            return 2;
        }
        catch (UnauthorizedAccessException ex)
        {
            error.WriteLine($"error: {ex.Message}");
            return 2;
        }
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

    private static int RunCore(ParseResult parse, Options options, TextWriter output, TextWriter error)
    {
        if (!HostOptions.TryGetZone(parse.GetValue(options.Zone), error, out DateTimeZone? zone) || zone is null)
        {
            return 2;
        }

        if (!HostOptions.TryGetMonthRange(parse.GetValue(options.From), parse.GetValue(options.To), error, out List<YearMonth>? months))
        {
            return 2;
        }

        string? dataDirectory = parse.GetValue(options.Data);
        if (dataDirectory is null)
        {
            dataDirectory = DefaultDataDirectory();
            if (dataDirectory is null)
            {
                error.WriteLine("--data: no folder given and the built-in sample data (a 'data' folder beside the program, or samples/data) was not found.");
                return 2;
            }
        }
        else if (!Directory.Exists(dataDirectory))
        {
            error.WriteLine($"--data: the folder '{dataDirectory}' does not exist.");
            return 2;
        }

        int riskLevels = parse.GetValue(options.RiskScale);
        if (riskLevels is not (3 or 5))
        {
            error.WriteLine($"--risk-scale: {riskLevels} is not 3 or 5.");
            return 2;
        }

        if (!HostOptions.TryGetImport(parse.GetValue(options.Profile), parse.GetValue(options.InputZone), parse.GetValue(options.OrganisationColumn), error, out ImportOptions import))
        {
            return 2;
        }

        foreach ((string option, string? path) in new[] { ("--calls", parse.GetValue(options.Calls)), ("--outages", parse.GetValue(options.Outages)), ("--history", parse.GetValue(options.History)) })
        {
            if (path is not null && !CommandSupport.CheckFile(path, option, error))
            {
                return 2;
            }
        }

        import.CallsPath = parse.GetValue(options.Calls);
        import.OutagesPath = parse.GetValue(options.Outages);
        import.HistoryPath = parse.GetValue(options.History);
        error.WriteLine($"reading {Path.GetFullPath(dataDirectory)}");
        DataSet data = DataSet.Load(dataDirectory, zone, riskLevels, import: import);
        // No organisation means no pack (PackDocument refuses to be empty); that is the "no records" usage error below,
        // also when --from/--to name the months.
        PackDocument? document = data.Organisations.Count == 0 ? null
            : PackDocumentLoader.Build(data, months, line => error.WriteLine("  " + line), line => error.WriteLine(line), riskLevels);
        if (document is null)
        {
            error.WriteLine($"--data: '{dataDirectory}' has no dated records (calls, outages or survey responses) to report on.");
            CommandSupport.Finish(data.Problems, data.Files, error);
            return 2;
        }

        // Held from here until the files are in place, so two runs into one folder cannot mix; a run with nothing to
        // write (above) neither creates nor locks the folder.
        using OutputFolder? outFolder = OutputFolder.TryOpen(parse.GetValue(options.Out) ?? "out", "--out", error);
        if (outFolder is null)
        {
            return 2;
        }

        if (!parse.GetValue(options.Quiet))
        {
            TerminalRenderer.Render(document, CreateConsole(output));
        }

        // All three are staged before any is moved into place: a failure leaves the previous pack as it was.
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        outFolder.StageText("pack.html", HtmlRenderer.Render(document), utf8);
        // A BOM lets spreadsheet programs detect UTF-8.
        outFolder.StageText("pack.csv", CsvRenderer.Render(document), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        outFolder.StageText("pack.md", MarkdownRenderer.Render(document), utf8);
        outFolder.Commit();
        output.WriteLine($"Wrote {string.Join(", ", OutputFiles)} to {outFolder.FullPath}");

        return CommandSupport.Finish(data.Problems, data.Files, error, maxListed: 50);
    }

    private static IAnsiConsole CreateConsole(TextWriter output)
    {
        bool terminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!terminal)
        {
            console.Profile.Width = 160;
        }

        return console;
    }
}
