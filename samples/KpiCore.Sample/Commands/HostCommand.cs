using System.CommandLine;
using KpiCore.Sample.Progress;

namespace KpiCore.Sample.Commands;

/// <summary>
/// Builds a command of the one shape every command has: shared options through <see cref="CommandOptions"/>, its own
/// options, a body that gets a checked <see cref="CommandRun"/> and returns an exit code. A command that reads input
/// also gets <c>--progress</c> and <c>--quiet</c>; its body runs with the chosen display as
/// <see cref="HostProgress.Current"/>, restored when the body ends.
/// </summary>
internal static class HostCommand
{
    /// <summary>Creates a command.</summary>
    /// <param name="name">The command's name, such as <c>sla</c>.</param>
    /// <param name="description">The one-line help.</param>
    /// <param name="error">Where usage errors go.</param>
    /// <param name="declare">Declares the shared options it takes and adds its own; returns the body, which gets the checked run.</param>
    /// <returns>The command; an unexpected failure in its body is one line and exit code 2 (<see cref="CommandSupport.Guard"/>).</returns>
    internal static Command Create(string name, string description, TextWriter error, Func<CommandOptions, Func<CommandRun, int>> declare)
    {
        var command = new Command(name, description);
        Bind(command, error, declare);
        return command;
    }

    /// <summary>Gives an existing command (such as the root) the binder and the body.</summary>
    internal static void Bind(Command command, TextWriter error, Func<CommandOptions, Func<CommandRun, int>> declare)
    {
        var options = new CommandOptions(command);
        Func<CommandRun, int> body = declare(options);
        options.WithProgressWhenReadingInput();
        command.SetAction(parse => CommandSupport.Guard(error, () =>
        {
            if (!options.TryBind(parse, error, out CommandRun run))
            {
                return CommandSupport.UsageError;
            }

            // Disposed before Guard writes an unexpected failure, so the live lines are gone before that line.
            using var progress = new ProgressSession(run.Progress, error);
            return body(run);
        }));
    }
}
