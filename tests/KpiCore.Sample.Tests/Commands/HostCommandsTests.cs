using System.CommandLine;
using System.Text.RegularExpressions;
using KpiCore.Sample.Commands;

namespace KpiCore.Sample.Tests.Commands;

/// <summary>The command tree as a whole: every command answers <c>--help</c> with its usage.</summary>
public sealed class HostCommandsTests
{
    public static TheoryData<string> CommandNames() =>
        [.. HostCommands.Build(TextWriter.Null, TextWriter.Null).Subcommands.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(CommandNames))]
    public void Help_EveryCommand_PrintsItsUsageAndNamesEachOption(string name)
    {
        Command command = HostCommands.Build(TextWriter.Null, TextWriter.Null).Subcommands.Single(c => c.Name == name);
        var (code, output, error) = HostRunner.Run(name, "--help");
        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        Assert.Matches($@"Usage:\s+\S+ {Regex.Escape(name)}( |$)", output); // the first word is the executable's name
        foreach (Option option in command.Options.Where(o => !o.Hidden))
        {
            Assert.Contains(option.Name, output, StringComparison.Ordinal);
        }

        foreach (Argument argument in command.Arguments)
        {
            Assert.Contains("<" + argument.Name + ">", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Help_Root_ListsEveryCommand()
    {
        var (code, output, _) = HostRunner.Run("--help");
        Assert.Equal(0, code);
        foreach (string name in CommandNames())
        {
            Assert.Contains(name, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Help_GenerateData_IsNotEmpty()
    {
        var (code, output, _) = HostRunner.Run("generate-data", "--help");
        Assert.Equal(0, code);
        Assert.Contains("--seed", output, StringComparison.Ordinal);
        Assert.Contains("--out", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("99999999999")]
    [InlineData("x")]
    public void GenerateData_BadSeed_SaysWhatIsValid_ExitTwo(string seed)
    {
        using var folder = new TempFolder();
        var (code, _, error) = HostRunner.Run("generate-data", "--seed", seed, "--out", folder.Path);
        Assert.Equal(2, code);
        Assert.StartsWith($"--seed: '{seed}' is not a whole number from -2147483648 to 2147483647.", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }
}
