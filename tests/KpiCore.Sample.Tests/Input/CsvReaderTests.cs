using System.Text;
using KpiCore.Sample.Input;

namespace KpiCore.Sample.Tests.Input;

public sealed class CsvReaderTests
{
    private static List<CsvRecord> ReadAll(byte[] bytes)
    {
        using var reader = new CsvReader(new MemoryStream(bytes));
        var records = new List<CsvRecord>();
        while (reader.TryRead(out CsvRecord record))
        {
            records.Add(record);
        }

        return records;
    }

    private static List<CsvRecord> ReadAll(string text) => ReadAll(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void TryRead_QuotedFieldsWithCommasAndDoubledQuotes_AreUnquoted()
    {
        List<CsvRecord> records = ReadAll("a,\"b, c\",\"say \"\"hi\"\"\",\"\"\n");
        Assert.Single(records);
        Assert.Equal(["a", "b, c", "say \"hi\"", string.Empty], records[0].Fields);
    }

    [Fact]
    public void TryRead_EmbeddedNewlines_StayInFieldAndLaterLinesCountThem()
    {
        List<CsvRecord> records = ReadAll("h1,h2\r\n1,\"line one\r\nline two\nline three\"\r\n2,x\r\n");
        Assert.Equal(3, records.Count);
        Assert.Equal("line one\r\nline two\nline three", records[1].Fields[1]);
        Assert.Equal(2, records[1].Line);
        Assert.Equal(5, records[2].Line); // the quoted field spans physical lines 2-4
    }

    [Theory]
    [InlineData("a,b\nc,d\n")]
    [InlineData("a,b\r\nc,d\r\n")]
    [InlineData("a,b\rc,d\r")]
    [InlineData("a,b\nc,d")]
    public void TryRead_AnyLineEnding_GivesSameRecordsAndLines(string text)
    {
        List<CsvRecord> records = ReadAll(text);
        Assert.Equal(2, records.Count);
        Assert.Equal(["c", "d"], records[1].Fields);
        Assert.Equal(2, records[1].Line);
    }

    [Fact]
    public void TryRead_Utf8ByteOrderMark_IsSkipped()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("organisation,service\n")];
        Assert.Equal("organisation", ReadAll(bytes)[0].Fields[0]);
    }

    [Fact]
    public void TryRead_NonAsciiUtf8_IsDecoded()
    {
        Assert.Equal("Café £5 – ok", ReadAll("Café £5 – ok\n")[0].Fields[0]);
    }

    [Fact]
    public void TryRead_InvalidUtf8_ReportsThatRecordAndReadsTheNext()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes("h\nok\n"), 0xC3, 0x28, .. Encoding.ASCII.GetBytes("\nnext\n")];
        List<CsvRecord> records = ReadAll(bytes);
        Assert.Equal(4, records.Count);
        Assert.Equal(3, records[2].Line);
        Assert.Contains("UTF-8", records[2].Error, StringComparison.Ordinal);
        Assert.Equal(["next"], records[3].Fields);
    }

    [Fact]
    public void TryRead_Latin1File_IsReportedNotMisread()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes("name\nCaf"), 0xE9, (byte)'\n'];
        Assert.NotNull(ReadAll(bytes)[1].Error);
    }

    [Fact]
    public void TryRead_Utf16ByteOrderMark_IsOneError()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("a,b\n")];
        List<CsvRecord> records = ReadAll(bytes);
        Assert.Single(records);
        Assert.Contains("UTF-16", records[0].Error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_UnclosedQuote_IsAnErrorAtItsStartLineAndTheNextLinesAreReadAgain()
    {
        List<CsvRecord> records = ReadAll("h\n1\n\"open\nstill open\n");
        Assert.Equal(4, records.Count);
        Assert.Equal((3, 3), (records[2].FirstLine, records[2].LastLine));
        Assert.Contains("not closed", records[2].Error, StringComparison.Ordinal);
        Assert.Equal(["still open"], records[3].Fields);
        Assert.Equal(4, records[3].Line);
    }

    [Fact]
    public void TryRead_TextAfterClosingQuote_IsAnErrorAndReadingGoesOn()
    {
        List<CsvRecord> records = ReadAll("\"a\"b,c\nd,e\n");
        Assert.Equal(2, records.Count);
        Assert.NotNull(records[0].Error);
        Assert.Equal(["d", "e"], records[1].Fields);
    }

    [Fact]
    public void TryRead_QuoteInsideUnquotedField_IsKeptAsText()
    {
        Assert.Equal("5\" screen", ReadAll("5\" screen,x\n")[0].Fields[0]);
    }

    [Fact]
    public void TryRead_BlankLines_AreSkipped()
    {
        List<CsvRecord> records = ReadAll("a\n\n\r\nb\n");
        Assert.Equal(2, records.Count);
        Assert.Equal(4, records[1].Line);
    }

    [Fact]
    public void TryRead_FieldOverOneMebibyte_IsReportedAndNextRecordRead()
    {
        string huge = new('x', CsvReader.MaxFieldBytes + 1);
        List<CsvRecord> records = ReadAll("h\n" + huge + "\nafter\n");
        Assert.Equal(3, records.Count);
        Assert.Contains("longer than", records[1].Error, StringComparison.Ordinal);
        Assert.Equal(["after"], records[2].Fields);
    }

    [Fact]
    public void TryRead_RecordsSpanningBufferBoundaries_AreReadWhole()
    {
        // 64 KiB buffer: 20,000 records of 10 bytes cross it many times.
        var text = new StringBuilder();
        for (int i = 0; i < 20_000; i++)
        {
            text.Append(i.ToString("00000", System.Globalization.CultureInfo.InvariantCulture)).Append(",\"a\"\"b\"\n");
        }

        List<CsvRecord> records = ReadAll(text.ToString());
        Assert.Equal(20_000, records.Count);
        Assert.All(records, r => Assert.Equal("a\"b", r.Fields[1]));
        Assert.Equal("19999", records[^1].Fields[0]);
        Assert.Equal(20_000, records[^1].Line);
    }

    [Fact]
    public void TryRead_EmptyInput_ReturnsNoRecord()
    {
        Assert.Empty(ReadAll(string.Empty));
        Assert.Empty(ReadAll([0xEF, 0xBB, 0xBF]));
    }
}
