using System.Text.RegularExpressions;
using KpiCore.Kpis;
using KpiCore.Reporting;
using KpiCore.Sample.Rendering;

namespace KpiCore.Sample.Tests.Rendering;

public sealed class HtmlRendererTests
{
    private static readonly string Html = HtmlRenderer.Render(SampleDocuments.Hostile());

    [Fact]
    public void Render_ScriptInExceptionText_IsEscaped()
    {
        Assert.DoesNotContain("<script", Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_MarkupInOrganisationName_IsEscaped()
    {
        Assert.DoesNotContain("<b>bold</b>", Html, StringComparison.Ordinal);
        Assert.Contains("Lewisham | &lt;b&gt;bold&lt;/b&gt;", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NotApplicableAndUnavailable_ShownAsSuchWithTheirOwnStyle()
    {
        Assert.Matches(new Regex("<td class=\"v na\"[^>]*>N/A</td>"), Html);
        Assert.Matches(new Regex("<td class=\"v unvl\"[^>]*>UNVL</td>"), Html);
        // Neither becomes a number.
        Assert.DoesNotMatch(new Regex("<td class=\"v (na|unvl)\"[^>]*>[0-9]"), Html);
    }

    [Fact]
    public void Render_Rag_MissRedMetGreen()
    {
        // Website May 97.27% against 99.9%: red; April 100.00%: green.
        Assert.Matches(new Regex("<td class=\"v rag-red\"[^>]*>97.27%</td>"), Html);
        Assert.Matches(new Regex("<td class=\"v rag-green\"[^>]*>100.00%</td>"), Html);
        // Open calls rose from 439 to 499 against "Decrease": red.
        Assert.Matches(new Regex("<td class=\"v rag-red\"[^>]*>499<span"), Html);
    }

    [Fact]
    public void Render_Charts_AvailabilitySlaNpsAndHeatMapAreInlineSvg()
    {
        Assert.Contains("class=\"chart availability\"", Html, StringComparison.Ordinal);
        Assert.Contains("class=\"chart sla\"", Html, StringComparison.Ordinal);
        Assert.Contains("class=\"chart nps\"", Html, StringComparison.Ordinal);
        Assert.Contains("class=\"chart heatmap\"", Html, StringComparison.Ordinal);
        Assert.True(Regex.Count(Html, "<svg ") >= 4 + 1, "one availability and one SLA chart per pack, an NPS chart and a heat map");
    }

    [Fact]
    public void Render_SelfContained_NoScriptsNoExternalResources()
    {
        Assert.DoesNotMatch(new Regex("(src|href)=\"(https?:)?//", RegexOptions.IgnoreCase), Html);
        Assert.DoesNotContain("<link", Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", Html, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("<!DOCTYPE html>", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PrintStylesheet_Present()
    {
        Assert.Contains("@media print", Html, StringComparison.Ordinal);
        Assert.Contains("@page", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_RejectedRows_ListedEscaped()
    {
        Assert.Contains("calls.csv:7: resolved: The call is resolved before it was logged. &lt;script&gt;", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_RiskHeatMap_CountsResidualRatings()
    {
        // R1 residual impact 3 x likelihood 2 = 6 (red band 6-9); R2 3 x 1 = 3 (amber).
        Assert.Contains("impact 3 x likelihood 2: score 6, 1 risk(s)", Html, StringComparison.Ordinal);
        Assert.Contains("impact 3 x likelihood 1: score 3, 1 risk(s)", Html, StringComparison.Ordinal);
        Assert.Contains("impact 1 x likelihood 1: score 1, 0 risk(s)", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NpsChart_ShowsIntervalAroundScore()
    {
        // Brent April: 20 promoters, 70 detractors of 100 = -50.
        Assert.Contains("Brent Apr-17: NPS -50 (95% CI", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NpsChart_TargetAndIntervalsFromTheRowNotLiterals()
    {
        // One pack, NPS target 35, May only: 80 promoters, 10 passives, 10 detractors = 70, interval carried on the row.
        var interval = new KpiInterval(58.5, 79.24, 0.95, 100);
        var other = new PackSection(PackSectionKind.OtherKpis, "other", "Other KPIs",
        [
            new KpiRow(PackRowKeys.NetPromoterScore, "NPS", KpiTarget.AtLeast(35, KpiUnit.Number), [KpiValue.Unavailable, KpiValue.Measured(70)], [null, interval]),
        ]);
        var pack = new PerformancePack("Brent", SampleDocuments.Months, [other], []);

        string html = HtmlRenderer.Render(new PackDocument("Pack", [pack]));

        Assert.Contains("dashed: target 35</figcaption>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("target 20", html, StringComparison.Ordinal);
        Assert.Contains("Brent May-17: NPS 70 (95% CI 58.5 to 79.2, n = 100)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Brent Apr-17: NPS", html, StringComparison.Ordinal);
    }
}
