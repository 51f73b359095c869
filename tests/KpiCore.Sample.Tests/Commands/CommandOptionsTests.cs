using System.CommandLine;
using KpiCore.Sample.Commands;
using NodaTime;

namespace KpiCore.Sample.Tests.Commands;

/// <summary>The option binder: shared options declared once, checked before the body runs, with the usual messages.</summary>
public sealed class CommandOptionsTests
{
    [Fact]
    public void TryBind_SharedOptions_AreParsedOnce()
    {
        var command = new Command("toy");
        var options = new CommandOptions(command).WithZone().WithMonth(required: true).WithImport(organisationColumn: true);
        Option<int> own = options.Own(new Option<int>("--level") { DefaultValueFactory = _ => 3 });
        ParseResult parse = command.Parse(["--zone", "Europe/Paris", "--month", "2017-09", "--profile", "jira", "--level", "5"]);
        var error = new StringWriter();

        Assert.True(options.TryBind(parse, error, out CommandRun run));

        Assert.Equal("Europe/Paris", run.Zone.Id);
        Assert.Equal(new YearMonth(2017, 9), run.Month);
        Assert.Equal("jira", run.Import.Profile.Name);
        Assert.Equal(5, run.Get(own));
        Assert.Empty(error.ToString());
    }

    [Fact]
    public void TryBind_RequiredMonthMissing_WritesTheMonthSentence()
    {
        var command = new Command("toy");
        var options = new CommandOptions(command).WithMonth(required: true);
        var error = new StringWriter();

        Assert.False(options.TryBind(command.Parse([]), error, out _));

        Assert.StartsWith("--month: a month in the form yyyy-MM is required;", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TryBind_FileCheckedWhenGiven_MissingFileIsAUsageError()
    {
        var command = new Command("toy");
        var options = new CommandOptions(command);
        Option<string?> calls = options.WithFile(new Option<string?>("--calls"), checkWhenGiven: true);
        var error = new StringWriter();

        Assert.True(options.TryBind(command.Parse([]), error, out CommandRun none));
        Assert.Null(none.File(calls));
        Assert.False(options.TryBind(command.Parse(["--calls", "no-such-file.csv"]), error, out _));
        Assert.Equal("--calls: the file 'no-such-file.csv' does not exist.", error.ToString().Trim());
    }

    [Fact]
    public void Build_EveryCommand_DeclaresEachOptionOnce()
    {
        Command root = HostCommands.Build(TextWriter.Null, TextWriter.Null);
        foreach (Command command in root.Subcommands.Append(root))
        {
            string[] names = [.. command.Options.Where(o => !o.Recursive).Select(o => o.Name)];
            Assert.Equal(names.Length, names.Distinct(StringComparer.Ordinal).Count());
        }
    }
}
