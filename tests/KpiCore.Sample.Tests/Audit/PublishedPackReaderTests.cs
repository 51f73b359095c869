using System.Text;
using KpiCore.Sample.Audit;
using NodaTime;

namespace KpiCore.Sample.Tests.Audit;

public sealed class PublishedPackReaderTests
{
    [Fact]
    public void Read_HostLayoutWithExtraColumns_UsesDisplayAndRag()
    {
        const string Csv = "\uFEFFOrganisation,Section,KPI,Target,Month,Value,Display,Status,RAG,Trend\r\n" +
            "Brent,System availability KPIs,ACD (Call Centre),99.9%,2017-06,99.61998456790123,99.62%,Measured,red,Down\r\n";
        PublishedPackReader.Result read = AuditFixture.Read(Csv);
        PublishedRow row = Assert.Single(read.Pack!.Rows);
        Assert.Equal(("Brent", "ACD (Call Centre)", new YearMonth(2017, 6), "99.62%", "red"), (row.Organisation, row.Kpi, row.Month, row.Figure.Text, row.Rag));
        Assert.Equal((9962L, 2, FigureKind.Percent), (row.Figure.Scaled, row.Figure.Decimals, row.Figure.Kind));
        Assert.Equal("pack.csv: 1 records: 1 read, 0 rejected", read.Account("pack.csv"));
    }

    [Theory]
    [InlineData("2017-04", 2017, 4)]
    [InlineData("Apr-17", 2017, 4)]
    [InlineData("APR-16", 2016, 4)]
    [InlineData("SEP 17", 2017, 9)]
    [InlineData("Sep-2017", 2017, 9)]
    [InlineData("September 2017", 2017, 9)]
    [InlineData("2017-09-01", 2017, 9)]
    public void TryParseMonth_AsHostSpreadsheetOrReportWritesIt(string text, int year, int month)
    {
        Assert.True(PublishedPackReader.TryParseMonth(text, out YearMonth parsed));
        Assert.Equal(new YearMonth(year, month), parsed);
    }

    [Theory]
    [InlineData("3,596", "Number", 3596L, 0)]
    [InlineData("57.1%", "Percent", 571L, 1)]
    [InlineData("n/a", "NotApplicable", 0L, 0)]
    [InlineData("UNVL", "Unavailable", 0L, 0)]
    [InlineData("'-24.55", "Number", -2455L, 2)]
    public void TryParse_Figures(string text, string kind, long scaled, int decimals)
    {
        Assert.True(PublishedFigure.TryParse(text, out PublishedFigure figure));
        Assert.Equal((kind, scaled, decimals), (figure.Kind.ToString(), figure.Scaled, figure.Decimals));
    }

    [Theory]
    [InlineData("10O%")]
    [InlineData("57,14%")]
    [InlineData("1.2E3")]
    [InlineData("57.%")]
    [InlineData("")]
    public void TryParse_Typos_Refused(string text) => Assert.False(PublishedFigure.TryParse(text, out _));

    [Fact]
    public void Read_BadRecords_ListedWithLineAndFieldAndCounted()
    {
        string csv = AuditFixture.Header +
            "A,S,Website,99%,2017-04,10O%,\n" + // line 2: figure typo
            "A,S,Website,99%,2017_05,99%,\n" + // line 3: month typo
            ",S,Website,99%,2017-06,99%,\n" + // line 4: no organisation
            "A,S,Website,99%,2017-07,99%,\n" + // line 5: fine
            "A,S,Website,99%,2017-07,98%,\n" + // line 6: the same figure twice
            "A,Service desk KPIs,Volume of P1 Calls,,2017-07,2.5,\n" + // line 7: half a call
            "A,System availability KPIs,Website,99%,2017-07,0.9962,\n"; // line 8: a percentage without %
        PublishedPackReader.Result read = AuditFixture.Read(csv);
        Assert.Equal("pack.csv: 7 records: 1 read, 6 rejected", read.Account("pack.csv"));
        Assert.Collection(read.Problems,
            p => Assert.StartsWith("pack.csv:2: Figure: '10O%' is not a figure", p, StringComparison.Ordinal),
            p => Assert.StartsWith("pack.csv:3: month: '2017_05' is not a month", p, StringComparison.Ordinal),
            p => Assert.StartsWith("pack.csv:4: organisation: ", p, StringComparison.Ordinal),
            p => Assert.StartsWith("pack.csv:6: month: A / Website / 2017-07 is already on line 5", p, StringComparison.Ordinal),
            p => Assert.StartsWith("pack.csv:7: Figure: '2.5' is not a whole number", p, StringComparison.Ordinal),
            p => Assert.StartsWith("pack.csv:8: Figure: '0.9962' has no % sign", p, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_MissingColumns_WholeFileRefused()
    {
        PublishedPackReader.Result read = AuditFixture.Read("a,b\n1,2\n");
        Assert.Null(read.Pack);
        Assert.StartsWith("pack.csv:1: header: the column(s) organisation, kpi, month, figure (or display) are missing", Assert.Single(read.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ExcelSavedSeed_SameFindingsAsTyped()
    {
        // What a spreadsheet makes of the seed pack: a BOM, CRLF, quoted cells; the figures as typed.
        string excel = "\uFEFF" + SeedReportTables.PackCsv().Replace("\n", "\r\n", StringComparison.Ordinal).Replace(",P4 Calls Resolved < 5 days,", ",\"P4 Calls Resolved < 5 days\",", StringComparison.Ordinal);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(excel));
        PublishedPackReader.Result read = PublishedPackReader.Read(stream, "pack.csv");
        Assert.Equal(0, read.Rejected);
        Assert.Equal(336, read.Pack!.Rows.Count);
    }
}
