using KpiCore.Sample.Commands;

namespace KpiCore.Sample.Tests.Commands;

/// <summary>Help and usage call the program by the name the analyst invoked: <c>kpicore</c> as the installed tool, <c>kpicore-sample</c> otherwise.</summary>
public sealed class InvokedNameTests
{
    [Theory]
    [InlineData("/home/a/.dotnet/tools/kpicore", "/home/a/.dotnet/tools/.store/kpicore.tool/1.0.0/kpicore.tool/1.0.0/tools/net10.0/any/kpicore-sample.dll", "kpicore", "kpicore")]
    [InlineData(@"C:\Users\a\.dotnet\tools\kpicore.exe", @"C:\Users\a\.dotnet\tools\.store\kpicore.tool\1.0.0\kpicore.tool\1.0.0\tools\net10.0\any\kpicore-sample.dll", "kpicore", "kpicore")]
    [InlineData("/usr/share/dotnet/dotnet", "/home/a/.nuget/packages/kpicore.tool/1.0.0/tools/net10.0/any/kpicore-sample.dll", "kpicore", "dotnet kpicore")]
    [InlineData("/usr/share/dotnet/dotnet", "/src/samples/KpiCore.Sample/bin/Release/net10.0/kpicore-sample.dll", null, "kpicore-sample")]
    [InlineData(@"C:\Program Files\dotnet\dotnet.exe", @"C:\src\kpicore-sample.dll", null, "kpicore-sample")]
    [InlineData("/opt/kpi/kpicore-sample", "/opt/kpi/kpicore-sample", null, "kpicore-sample")]
    [InlineData(@"C:\kpi\kpicore-sample.exe", @"C:\kpi\kpicore-sample.exe", null, "kpicore-sample")]
    [InlineData(null, null, null, "kpicore-sample")]
    public void Of_HowTheProgramWasStarted_IsTheNameTyped(string? processPath, string? entryPath, string? toolCommand, string expected)
    {
        // Windows paths are only split on Windows; the cases with them are checked where they can mean something.
        if (!OperatingSystem.IsWindows() && (processPath ?? string.Empty).Contains('\\', StringComparison.Ordinal))
        {
            processPath = processPath!.Replace('\\', '/');
            entryPath = entryPath?.Replace('\\', '/');
        }

        Assert.Equal(expected, InvokedName.Of(processPath, entryPath, toolCommand));
    }

    [Fact]
    public void ToolCommand_ReadsTheToolPackagesSettings_NullWithoutThem()
    {
        using var folder = new TempFolder();
        Assert.Null(InvokedName.ToolCommand(folder.Path));

        folder.Write(InvokedName.ToolSettingsFile, """
            <?xml version="1.0" encoding="utf-8"?>
            <DotNetCliTool Version="1">
              <Commands>
                <Command Name="kpicore" EntryPoint="kpicore-sample.dll" Runner="dotnet" />
              </Commands>
            </DotNetCliTool>
            """);
        Assert.Equal("kpicore", InvokedName.ToolCommand(folder.Path));

        folder.Write(InvokedName.ToolSettingsFile, "<not xml");
        Assert.Null(InvokedName.ToolCommand(folder.Path));
    }

    [Theory]
    [InlineData("kpicore")]
    [InlineData("kpicore-sample")]
    public void Help_UsageNamesTheInvokedProgram_AtTheRootAndInEachCommand(string name)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.Equal(0, HostCommands.Run(["--help"], output, error, name));
        Assert.Contains("Usage:\n  " + name + " [command] [options]\n", output.ToString().ReplaceLineEndings("\n"), StringComparison.Ordinal);

        using var slaHelp = new StringWriter();
        Assert.Equal(0, HostCommands.Run(["sla", "--help"], slaHelp, error, name));
        Assert.Contains("Usage:\n  " + name + " sla [options]\n", slaHelp.ToString().ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Empty(error.ToString());
    }

    [Fact]
    public void Version_StillAnswersAtTheRoot()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.Equal(0, HostCommands.Run(["--version"], output, error, "kpicore"));
        Assert.Matches(@"^\d+\.\d+\.\d+", output.ToString());
    }
}
