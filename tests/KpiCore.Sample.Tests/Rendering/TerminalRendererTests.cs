using KpiCore.Sample.Rendering;
using Spectre.Console;

namespace KpiCore.Sample.Tests.Rendering;

public sealed class TerminalRendererTests
{
    private static string Render()
    {
        using var writer = new StringWriter();
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
        });
        console.Profile.Width = 200;
        TerminalRenderer.Render(SampleDocuments.Hostile(), console);
        return writer.ToString();
    }

    [Fact]
    public void Render_Table_ShowsFiguresNaUnvlAndLegend()
    {
        string text = Render();
        Assert.Contains("97.27%", text, StringComparison.Ordinal);
        Assert.Contains("N/A", text, StringComparison.Ordinal);
        Assert.Contains("UNVL", text, StringComparison.Ordinal);
        Assert.Contains("Legend:", text, StringComparison.Ordinal);
        Assert.Contains("Apr-17", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_MarkupLikeText_ShownLiterally()
    {
        // Spectre markup in data (brackets) must not be interpreted or throw.
        string text = Render();
        Assert.Contains("Update on the website caused an outage <script>alert('x')</script>", text, StringComparison.Ordinal);
        Assert.Contains("Lewisham | <b>bold</b> KPIs", text, StringComparison.Ordinal);
    }
}
