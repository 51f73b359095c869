using System.CommandLine;
using System.Text;
using System.Text.Json;
using KpiCore.Reporting;
using KpiCore.Sample.Input;
using KpiCore.Sample.Pack;
using KpiCore.Sample.Progress;
using KpiCore.Sample.Rendering;
using KpiCore.Serialization;
using KpiCore.ServiceDesk;
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
    internal static readonly string[] OutputFiles = ["pack.html", "pack.csv", "pack.md", "pack-cover.csv", CsvRenderer.BusinessPlanFile, CsvRenderer.RisksFile];

    /// <summary>Creates the <c>pack</c> command.</summary>
    internal static Command Create(TextWriter output, TextWriter error) =>
        HostCommand.Create("pack", "Build the performance pack (per council and combined): show it and write pack.html, pack.csv and pack.md.", error, options => Declare(options, output, error));

    /// <summary>Declares the pack run's options on a command (the <c>pack</c> command and the root command) and returns its body.</summary>
    internal static Func<CommandRun, int> Declare(CommandOptions options, TextWriter output, TextWriter error)
    {
        options.WithData()
            .WithOut("Folder to write pack.html, pack.csv and pack.md to (created if missing).", "out", "DIR")
            .WithZone()
            .WithMonthRange()
            .WithImport(organisationColumn: true)
            .WithConfig();
        Option<string?> calls = options.WithFile(new("--calls") { HelpName = "FILE", Description = "A calls export read instead of the calls.csv in --data (in the --profile's format)." }, checkWhenGiven: true);
        Option<string?> outages = options.WithFile(new("--outages") { HelpName = "FILE", Description = "An outages export read instead of the outages.csv in --data (in the --profile's format)." }, checkWhenGiven: true);
        Option<string?> history = options.WithHistory(checkWhenGiven: true);
        options.WithNoTerminal();
        (Option<string?> layout, Option<bool> printLayout, Option<string?> reportDate) = DeclareLayout(options);
        Option<string?> json = options.Own(new Option<string?>("--json") { HelpName = "FILE", Description = "Also write the assembled packs (each council's, then the combined) to FILE as a JSON array, in KpiCore's JSON shape (see the README)." });
        Option<int> riskScale = options.Own(new Option<int>("--risk-scale")
        {
            HelpName = "3|5",
            Description = "Levels of the risk register's impact and likelihood scales: 3 (default, as in the report: scores 1-9, bands 1-2 green, 3-4 amber, 6-9 red) or 5 (5x5, tri-borough bands). Risks rated off the scale are rejected.",
            DefaultValueFactory = _ => 3,
        });
        return run =>
        {
            if (run.Get(printLayout))
            {
                output.Write(PackLayoutFile.Write(PackDefinition.Default));
                return CommandSupport.Ok;
            }

            int riskLevels = run.Get(riskScale);
            if (riskLevels is not (3 or 5))
            {
                error.WriteLine($"--risk-scale: {riskLevels} is not 3 or 5.");
                return CommandSupport.UsageError;
            }

            run.Import.CallsPath = run.File(calls);
            run.Import.OutagesPath = run.File(outages);
            run.Import.HistoryPath = run.File(history);
            try
            {
                if (!TryReadLayout(run, run.File(layout), error, out PackDefinition? definition) || !TryReportDate(run.Get(reportDate), error, out LocalDate? date))
                {
                    return CommandSupport.UsageError;
                }

                return Run(run, riskLevels, definition, date, output, error, run.Get(json));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"error: {ex.Message}");
                return CommandSupport.UsageError;
            }
        };
    }

    /// <summary>Finds the default data: the <c>data</c> folder beside the executable, else <c>samples/data</c> upward from the current directory.</summary>
    internal static string? DefaultDataDirectory() => CommandOptions.DefaultDataDirectory();

    private static int Run(CommandRun run, int riskLevels, PackDefinition definition, LocalDate? reportDate, TextWriter output, TextWriter error, string? jsonPath)
    {
        string dataDirectory = run.DataDirectory;
        error.WriteLine($"reading {Path.GetFullPath(dataDirectory)}");
        DataSet data;
        using (HostProgress.Current.BeginStage("read input files"))
        {
            SlaPolicy policy = run.Configuration?.SlaPolicy ?? PackDocumentLoader.PolicyFor(run.Zone);
            bool configuredServices = run.Configuration is { Services.Count: > 0 };
            data = DataSet.Load(dataDirectory, run.Zone, riskLevels, import: run.Import, streaming: new StreamingCallsOptions(policy) { StreamOutages = !configuredServices });
            data.Policy = policy;
            if (run.Configuration is { Services.Count: > 0 } configuration)
            {
                data.UseServices(configuration.Services, error);
            }
        }

        // No organisation means no pack (PackDocument refuses to be empty); that is the "no records" usage error below,
        // also when --from/--to name the months.
        PackDocument? document;
        using (HostProgress.Current.BeginStage("compute pack"))
        {
            document = data.Organisations.Count == 0 ? null
                : PackDocumentLoader.Build(data, run.Months, line => error.WriteLine("  " + line), line => error.WriteLine(line), riskLevels, definition: definition, reportDate: reportDate);
        }
        if (document is null)
        {
            error.WriteLine($"--data: '{dataDirectory}' has no dated records (calls, outages or survey responses) to report on.");
            CommandSupport.Finish(data.Problems, data.Files, error);
            return CommandSupport.UsageError;
        }

        // Held from here until the files are in place, so two runs into one folder cannot mix; a run with nothing to
        // write (above) neither creates nor locks the folder.
        using OutputFolder? outFolder = OutputFolder.TryOpen(run.Out ?? "out", "--out", error);
        if (outFolder is null)
        {
            return CommandSupport.UsageError;
        }

        if (!run.NoTerminal)
        {
            using (HostProgress.Current.BeginStage("show pack"))
            {
                // A terminal gets tables as wide as its window; a pipe or a file gets plain lines (no fixed width).
                if (ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected)
                {
                    TerminalRenderer.Render(document, CreateConsole(output));
                }
                else
                {
                    TerminalRenderer.RenderPlain(document, output);
                }
            }
        }

        // All six are staged before any is moved into place: a failure leaves the previous pack as it was.
        using (HostProgress.Current.BeginStage("write pack files"))
        {
            var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
            var utf8Bom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true); // A BOM lets spreadsheet programs detect UTF-8.
            outFolder.StageText("pack.html", HtmlRenderer.Render(document), utf8);
            outFolder.StageText("pack.csv", CsvRenderer.Render(document), utf8Bom);
            outFolder.StageText("pack.md", MarkdownRenderer.Render(document), utf8);
            outFolder.StageText("pack-cover.csv", CsvRenderer.RenderCover(document)!, utf8Bom);
            outFolder.StageText(CsvRenderer.BusinessPlanFile, CsvRenderer.RenderBusinessPlan(document), utf8Bom);
            outFolder.StageText(CsvRenderer.RisksFile, CsvRenderer.RenderRisks(document), utf8Bom);
            if (jsonPath is not null)
            {
                // Written before the pack files are moved into place, so a JSON file that cannot be written leaves them as they were.
                var indented = new JsonSerializerOptions(KpiCoreJson.Options) { WriteIndented = true };
                File.WriteAllText(jsonPath, JsonSerializer.Serialize(document.Packs.ToArray(), (System.Text.Json.Serialization.Metadata.JsonTypeInfo<PerformancePack[]>)indented.GetTypeInfo(typeof(PerformancePack[]))), utf8);
            }

            outFolder.Commit();
        }

        output.WriteLine($"Wrote {string.Join(", ", OutputFiles.Take(3))} to {outFolder.FullPath} (with the cover, business plan and risk register as {OutputFiles[3]}, {OutputFiles[4]}, {OutputFiles[5]})");
        if (jsonPath is not null)
        {
            output.WriteLine($"Wrote {Path.GetFullPath(jsonPath)}");
        }

        return CommandSupport.Finish(data.Problems, data.Files, error, maxListed: 50);
    }

    /// <summary>Declares <c>--layout FILE</c>, <c>--print-layout</c> and <c>--report-date</c>.</summary>
    private static (Option<string?> Layout, Option<bool> PrintLayout, Option<string?> ReportDate) DeclareLayout(CommandOptions options)
    {
        Option<string?> layout = options.WithFile(new("--layout")
        {
            HelpName = "FILE",
            Description = "A layout file (JSON, see docs/layout.md): the pack's sections, rows, wording, targets and decimals, the combined pack's name and the committee's. Default: the report's layout.",
        }, checkWhenGiven: true);
        Option<bool> print = options.Own(new Option<bool>("--print-layout") { Description = "Print the report's layout as a layout file to start from, and stop." });
        Option<string?> date = options.Own(new Option<string?>("--report-date")
        {
            HelpName = "yyyy-MM-dd",
            Description = "The report's date on the cover. Default: the date the figures are as of (the day after the last month).",
        });
        return (layout, print, date);
    }

    private static bool TryReportDate(string? text, TextWriter error, out LocalDate? date)
    {
        date = null;
        if (text is null)
        {
            return true;
        }

        NodaTime.Text.ParseResult<LocalDate> parsed = NodaTime.Text.LocalDatePattern.Iso.Parse(text);
        if (!parsed.Success)
        {
            error.WriteLine($"--report-date: '{text}' is not a date; write it as yyyy-MM-dd, such as 2017-10-26.");
            return false;
        }

        date = parsed.Value;
        return true;
    }

    /// <summary>
    /// Reads the <c>--layout</c> file, or takes the <c>--config</c> file's <c>layout</c>, or gives the report's definition
    /// when there is neither; a bad file, or a layout given both ways, is one line on the error writer.
    /// </summary>
    private static bool TryReadLayout(CommandRun run, string? path, TextWriter error, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PackDefinition? definition)
    {
        definition = run.ConfigLayout ?? PackDefinition.Default;
        if (path is null)
        {
            return true;
        }

        if (run.ConfigLayout is not null)
        {
            // Neither wins silently: the analyst may be looking at the other file.
            error.WriteLine($"--layout: the pack's layout is given twice, by '{path}' and by the \"{ConfigFile.LayoutSection}\" section of --config '{run.ConfigPath}'; give it in one place.");
            definition = null;
            return false;
        }

        try
        {
            definition = PackLayoutFile.Read(path);
            return true;
        }
        catch (LayoutFileException ex)
        {
            error.WriteLine(ex.Message);
            definition = null;
            return false;
        }
    }

    private static IAnsiConsole CreateConsole(TextWriter output)
    {
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.Detect,
            ColorSystem = ColorSystemSupport.Detect,
            Interactive = InteractionSupport.No,
        });
        if (Console.WindowWidth > 0)
        {
            console.Profile.Width = Console.WindowWidth;
        }

        return console;
    }
}
