using System.Text.RegularExpressions;
using KpiCore.Reporting;
using KpiCore.Sample.Input;
using KpiCore.Sample.Pack;
using KpiCore.Sample.Rendering;
using NodaTime;
using Spectre.Console;

namespace KpiCore.Sample.Tests.Rendering;

/// <summary>
/// The terminal tables of the default data (six months, three packs) at 80 and 120 columns: no line is wider than the
/// console, and no word is broken (a label wraps at its spaces; a word too long for its column ends in "…"); piped
/// output is plain lines.
/// </summary>
public sealed partial class TerminalWidthTests
{
    private static readonly Lazy<PackDocument> Document = new(() =>
    {
        DataSet data = DataSet.Load(TempFolder.RepositoryDataFolder(), DateTimeZoneProviders.Tzdb["Europe/London"]);
        return PackDocumentLoader.Build(data, null, null)!;
    });

    [Theory]
    [InlineData(80)]
    [InlineData(120)]
    public void Tables_FitTheWidth_AndBreakNoWord(int width)
    {
        string text = Render(width);
        string[] lines = text.Split('\n');

        Assert.All(lines, line => Assert.True(line.TrimEnd('\r').Length <= width, $"wider than {width}: '{line}'"));
        // Every word shown is a whole word of the document (as its plain form has them), or a cut one ending in "…".
        HashSet<string> words = [.. Words(PlainText()), .. Words(Markup.Remove(TerminalRenderer.Legend))];
        foreach (string token in Words(BoxDrawing().Replace(text, " ")))
        {
            bool whole = words.Contains(token);
            bool cut = token.EndsWith('…') && words.Any(w => w.Length >= token.Length && w.StartsWith(token[..^1], StringComparison.Ordinal));
            Assert.True(whole || cut, $"'{token}' at {width} columns is not a word of the pack: a word was broken");
        }

        // Every pack's six months are there, with the figures.
        foreach (PerformancePack pack in Document.Value.Packs)
        {
            Assert.Contains(pack.Organisation + " KPIs", text, StringComparison.Ordinal);
        }

        Assert.Contains("Sep-17", text, StringComparison.Ordinal);
        Assert.Contains("97.27%", text, StringComparison.Ordinal);
    }

    [Fact]
    public void At120_TheTablesHaveBorders_At80_TheyGiveTheRoomToTheLabels()
    {
        Assert.Contains("╭", Render(120), StringComparison.Ordinal);
        string narrow = Render(80);
        Assert.DoesNotContain("╭", narrow, StringComparison.Ordinal);
        // "P1 Calls Resolved within SLA" is 28 characters: at 80 columns it wraps between words, never inside one.
        Assert.Matches(new Regex(@"^P1 Calls Resolved\s", RegexOptions.Multiline), narrow);
    }

    [Fact]
    public void Wrap_CutsAtSpaces_AndEllipsisesAWordTooLong()
    {
        Assert.Equal(["P1 Calls", "Resolved", "within SLA"], TerminalRenderer.Wrap("P1 Calls Resolved within SLA", 10));
        Assert.Equal(["Telephony"], TerminalRenderer.Wrap("Telephony", 9));
        Assert.Equal(["Teleph…", "system"], TerminalRenderer.Wrap("Telephony system", 7));
    }

    [Fact]
    public void Plain_OneLinePerRow_NoBoxDrawingNoColour()
    {
        string text = PlainText();

        Assert.DoesNotContain("│", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", text, StringComparison.Ordinal);
        Assert.Contains("Website | 99.9% | 100.00% G | 99.74% R | 98.62% R | 99.85% R | 99.86% R | 97.27% R\n", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("Committee: ICT Shared Service Joint Committee", text, StringComparison.Ordinal);
    }

    private static string Render(int width)
    {
        using var writer = new StringWriter();
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
        });
        console.Profile.Width = width;
        TerminalRenderer.Render(Document.Value, console);
        return writer.ToString();
    }

    private static string PlainText()
    {
        using var writer = new StringWriter();
        TerminalRenderer.RenderPlain(Document.Value, writer);
        return writer.ToString();
    }

    private static string[] Words(string text) => text.Split([' ', '\r', '\n', '\t', '|', ':'], StringSplitOptions.RemoveEmptyEntries);

    [GeneratedRegex("[\u2500-\u257F]")]
    private static partial Regex BoxDrawing();
}
