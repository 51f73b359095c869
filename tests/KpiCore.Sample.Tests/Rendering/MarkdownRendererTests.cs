using KpiCore.Sample.Rendering;

namespace KpiCore.Sample.Tests.Rendering;

public sealed class MarkdownRendererTests
{
    private static readonly string Markdown = MarkdownRenderer.Render(SampleDocuments.Hostile());

    [Fact]
    public void Render_ScriptAndPipes_Escaped()
    {
        Assert.DoesNotContain("<script", Markdown, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", Markdown, StringComparison.Ordinal);
        Assert.Contains("## Lewisham \\| &lt;b&gt;bold&lt;/b&gt; KPIs", Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Cells_RagMarkersAndNaUnvl()
    {
        Assert.Contains("| Website | 99.9% | 🟢 100.00% | 🔴 97.27% |", Markdown, StringComparison.Ordinal);
        Assert.Contains("| Housing System | 99% | UNVL | 🔴 95.88% |", Markdown, StringComparison.Ordinal);
        Assert.Contains("| P1 Calls Resolved within SLA | 95% | 🟢 100.00% | N/A |", Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Exceptions_Listed()
    {
        Assert.Contains("| Website | May-17 | Update on the website caused an outage &lt;script&gt;", Markdown, StringComparison.Ordinal);
    }
}
