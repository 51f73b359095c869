using System.CommandLine;

namespace KpiCore.Sample.Commands;

/// <summary>Builds the host's command tree; every command shares one option style and <c>--help</c>.</summary>
internal static class HostCommands
{
    /// <summary>
    /// Parses and runs a command line; a usage error (unknown option, missing value) exits 2, like every other usage
    /// error, and so does an unexpected exception (as one "internal error" line, without a stack trace).
    /// </summary>
    /// <returns>0 on success, 1 when records were rejected, 2 on a usage or input error.</returns>
    internal static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, InvokedName.Current);

    /// <summary>Parses and runs a command line as <see cref="Run(string[], TextWriter, TextWriter)"/>, with help calling the program <paramref name="name"/>.</summary>
    /// <returns>0 on success, 1 when records were rejected, 2 on a usage or input error.</returns>
    internal static int Run(string[] args, TextWriter output, TextWriter error, string name)
    {
        ParseResult parse = Build(output, error, name).Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors)
            {
                error.WriteLine(problem.Message);
            }

            error.WriteLine("Run with --help for usage.");
            return 2;
        }

        // Help and System.CommandLine's own messages go to the given writers (not Console), and any exception reaches
        // CommandSupport.Guard, the last line of defence: one line, exit 2, never a stack trace.
        var invocation = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        return CommandSupport.Guard(error, () => parse.Invoke(invocation));
    }

    /// <summary>Creates the root command with all subcommands.</summary>
    /// <param name="output">Where results and help go.</param>
    /// <param name="error">Where errors go.</param>
    /// <param name="name">The program's name in help and usage (<see cref="InvokedName"/>); default the one it was invoked by.</param>
    internal static Command Build(TextWriter output, TextWriter error, string? name = null)
    {
        // A plain command, not RootCommand, which is always named after the entry assembly (kpicore-sample, also when
        // run as the kpicore tool); it gets RootCommand's help and version options.
        var root = new Command(name ?? InvokedName.Current, "KpiCore sample host: monthly KPIs of an IT shared service (availability, service-desk SLA, NPS, risk) from CSV exports.")
        {
            new System.CommandLine.Help.HelpOption(),
            new VersionOption(),
        };
        root.Subcommands.Add(PeriodCommand.Create(output, error));
        root.Subcommands.Add(HolidaysCommand.Create(output, error));
        root.Subcommands.Add(AvailabilityCommand.Create(output, error));
        root.Subcommands.Add(SlaCommand.Create(output, error));
        root.Subcommands.Add(NpsCommand.Create(output, error));
        root.Subcommands.Add(RiskCommand.Create(output, error));
        root.Subcommands.Add(GenerateDataCommand.Create(output, error));
        root.Subcommands.Add(PackCommand.Create(output, error));
        root.Subcommands.Add(AuditCommand.Create(output, error));

        // With no command: build the pack on the default data (or --data), show it and write the files.
        HostCommand.Bind(root, error, options => PackCommand.Declare(options, output, error));
        return root;
    }
}
