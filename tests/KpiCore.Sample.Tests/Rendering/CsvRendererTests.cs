using KpiCore.Sample.Rendering;

namespace KpiCore.Sample.Tests.Rendering;

public sealed class CsvRendererTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+1+1", "'+1+1")]
    [InlineData("-1+1", "'-1+1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0")]
    public void Cell_FormulaStart_NeutralisedWithQuote(string value, string expected) =>
        Assert.Equal(expected, CsvRenderer.Cell(value));

    [Fact]
    public void Cell_CarriageReturnStart_NeutralisedAndQuoted() =>
        Assert.Equal("\"'\r=1\"", CsvRenderer.Cell("\r=1"));

    [Theory]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=A1,B1", "\"'=A1,B1\"")]
    [InlineData("plain", "plain")]
    [InlineData("", "")]
    public void Cell_Rfc4180_QuotedWhenNeeded(string value, string expected) =>
        Assert.Equal(expected, CsvRenderer.Cell(value));

    [Theory]
    [InlineData("-24.55")]
    [InlineData("-3")]
    [InlineData("99.62%")]
    public void Cell_PlainNumber_LeftAsNumber(string value) =>
        Assert.Equal(value, CsvRenderer.Cell(value));

    [Fact]
    public void Render_OneRowPerOrganisationKpiAndMonth()
    {
        string csv = CsvRenderer.Render(SampleDocuments.Hostile());
        string[] lines = csv.Split("\r\n");
        Assert.Equal(string.Empty, lines[^1]); // every record ends with CRLF
        Assert.Equal("Organisation,Section,KPI,Target,Month,Value,Display,Status,RAG,Trend,Interval lower,Interval upper,Interval level,Sample size", lines[0]);
        // 2 packs x 7 rows x 2 months, plus the header.
        Assert.Equal(1 + (2 * 7 * 2), lines.Length - 1);
    }

    [Fact]
    public void Render_HostileKpiName_Neutralised()
    {
        string csv = CsvRenderer.Render(SampleDocuments.Hostile());
        Assert.Contains(",\"'=HYPERLINK(\"\"http://evil\"\")\",", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",\"=HYPERLINK", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NotApplicableAndUnavailable_EmptyValueAndTheirWords()
    {
        string csv = CsvRenderer.Render(SampleDocuments.Hostile());
        Assert.Contains("Brent,Service desk KPIs,P1 Calls Resolved within SLA,95%,2017-05,,N/A,NotApplicable,none,NotAssessed,,,,\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("Brent,System availability KPIs,Housing System,99%,2017-04,,UNVL,Unavailable,none,NotAssessed,,,,\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("Brent,System availability KPIs,Website,99.9%,2017-05,97.27,97.27%,Measured,red,Down,,,,\r\n", csv, StringComparison.Ordinal);
    }
}
