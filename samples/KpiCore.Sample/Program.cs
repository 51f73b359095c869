using KpiCore.Sample.Commands;
using KpiCore.Sample.Progress;

namespace KpiCore.Sample;

/// <summary>The analysts' console host: builds KpiCore figures from CSV exports.</summary>
internal static class Program
{
    /// <summary>Parses the command line and runs the chosen command; with no command, builds the performance pack on the default data.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>0 on success, 1 when records were rejected, 2 on a usage or input error.</returns>
    internal static int Main(string[] args)
    {
        // On a terminal, all console output goes past the live progress lines (see LiveArea); redirected, nothing changes.
        LiveArea.InstallOnConsole();
        return HostCommands.Run(args, Console.Out, Console.Error);
    }
}
