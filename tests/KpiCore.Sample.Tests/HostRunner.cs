using KpiCore.Sample.Commands;

namespace KpiCore.Sample.Tests;

/// <summary>Runs the host in-process with captured output, as an analyst would run it from a terminal.</summary>
internal static class HostRunner
{
    internal static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = HostCommands.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
