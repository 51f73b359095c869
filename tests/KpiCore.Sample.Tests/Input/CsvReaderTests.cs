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
    public void TryRead_InvalidUtf8_FlagsThatFieldDecodedAsWindows1252AndReadsTheNext()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes("h\nok\nx,"), 0xC3, 0x28, .. Encoding.ASCII.GetBytes("\nnext\n")];
        List<CsvRecord> records = ReadAll(bytes);
        Assert.Equal(4, records.Count);
        Assert.Equal(3, records[2].Line);
        Assert.Null(records[2].Error);
        Assert.Equal(["x", "\u00C3("], records[2].Fields); // 0xC3 is Ã in Windows-1252
        Assert.Equal([1], records[2].NotUtf8Fields);
        Assert.Empty(records[1].NotUtf8Fields);
        Assert.Equal(["next"], records[3].Fields);
    }

    [Fact]
    public void TryRead_Windows1252File_FlaggedAndDecodedNotDropped()
    {
        // Excel's plain "CSV" on Western Windows: é = 0xE9, £ = 0xA3, € = 0x80, ' = 0x92.
        byte[] bytes = [.. Encoding.ASCII.GetBytes("name\nCaf"), 0xE9, (byte)' ', 0xA3, (byte)'5', (byte)' ', 0x80, (byte)' ', 0x92, (byte)'\n'];
        CsvRecord record = ReadAll(bytes)[1];
        Assert.Null(record.Error);
        Assert.Equal("Café £5 € \u2019", record.Fields[0]);
        Assert.Equal([0], record.NotUtf8Fields);
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

    private static List<CsvRecord> ReadAll(Stream stream)
    {
        using var reader = new CsvReader(stream);
        var records = new List<CsvRecord>();
        while (reader.TryRead(out CsvRecord record))
        {
            records.Add(record);
        }

        return records;
    }

    [Fact]
    public void TryRead_QuotedLineBreaks_RecordCarriesItsFirstAndLastLine()
    {
        List<CsvRecord> records = ReadAll("h\n1\n2\n3\n\"a\r\nb\rc\",d\nnext\n");
        Assert.Equal((5, 7, "5-7", true), (records[4].FirstLine, records[4].LastLine, records[4].Lines, records[4].SpansLines));
        Assert.Equal((8, 8, "8"), (records[5].FirstLine, records[5].LastLine, records[5].Lines));
    }

    [Fact]
    public void TryRead_TextAfterAClosingQuoteOnALaterLine_RejectsTheFirstLineAndReadsTheNextLinesAgain()
    {
        List<CsvRecord> records = ReadAll("h\n1,\"open\n2,x\n3,\"q\"\n");
        Assert.Equal([1, 2, 3, 4], records.Select(r => r.Line));
        Assert.Equal((2, 2), (records[1].FirstLine, records[1].LastLine));
        Assert.Contains("line 4", records[1].Error, StringComparison.Ordinal);
        Assert.Equal(["2", "x"], records[2].Fields);
        Assert.Equal(["3", "q"], records[3].Fields);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void TryRead_QuotedFieldOverTheLimitAcrossLines_RejectsTheFirstLineAndResumesOnTheNext(bool seekable)
    {
        var text = new StringBuilder("h\n\"open\n");
        while (text.Length <= CsvReader.MaxFieldBytes + 100)
        {
            text.Append("row,of,text\n");
        }

        byte[] bytes = Encoding.UTF8.GetBytes(text.ToString());
        List<CsvRecord> records = ReadAll(new ShortReadStream(bytes, seekable, seed: 3, maxRead: 5000));
        Assert.Contains("longer than", records[1].Error, StringComparison.Ordinal);
        Assert.Equal((2, 2), (records[1].FirstLine, records[1].LastLine));
        Assert.Equal(["row", "of", "text"], records[2].Fields);
        Assert.Equal(3, records[2].Line);
        Assert.Equal(text.ToString().Count(c => c == '\n'), records[^1].Line);
        Assert.Equal(2, records.Count(r => r.Error is null && r.Fields.Length != 3) + 1); // only the header differs
    }

    [Fact]
    public void TryRead_RecordOverLinesLongerThanAPipeCanGoBackOver_IsRejectedAtItsFirstLineOnlyWithoutSeeking()
    {
        string block = string.Concat(Enumerable.Repeat("abcdefghijklmnopqrstuvwxyz\n", 700 * 1024 / 27));
        byte[] bytes = Encoding.UTF8.GetBytes("h\n1,\"" + block + "\",\"" + block + "\"\nlast\n");
        List<CsvRecord> pipe = ReadAll(new ShortReadStream(bytes, canSeek: false, seed: 4, maxRead: 70_000));
        Assert.Contains("cannot seek", pipe[1].Error, StringComparison.Ordinal);
        Assert.Equal((2, 2), (pipe[1].FirstLine, pipe[1].LastLine));
        Assert.Equal(["abcdefghijklmnopqrstuvwxyz"], pipe[2].Fields);
        Assert.Equal(["last"], pipe[^1].Fields);

        List<CsvRecord> file = ReadAll(new MemoryStream(bytes)); // seekable: the same record is legitimate
        Assert.Equal(3, file.Count);
        Assert.Equal(3, file[1].FieldCount);
        Assert.Null(file[1].Error);
    }

    [Fact]
    public void ResumeAfterFirstLine_AfterARecordOverLines_ReadsItsLaterLinesAgain_AndAfterOneLineDoesNothing()
    {
        using var reader = new CsvReader(new MemoryStream(Encoding.UTF8.GetBytes("a\n\"b\nc\"\nd\n")));
        Assert.True(reader.TryRead(out CsvRecord a));
        reader.ResumeAfterFirstLine();
        Assert.True(reader.TryRead(out CsvRecord b));
        Assert.Equal((2, 3), (b.FirstLine, b.LastLine));
        reader.ResumeAfterFirstLine();
        Assert.True(reader.TryRead(out CsvRecord c));
        Assert.Equal(3, c.Line);
        Assert.Equal(["c\""], c.Fields);
        Assert.True(reader.TryRead(out CsvRecord d));
        Assert.Equal(4, d.Line);
        Assert.Equal(["d"], d.Fields);
        Assert.False(reader.TryRead(out _));
        Assert.Equal(["a"], a.Fields);
    }

    [Fact]
    public void TryRead_NulByteInAField_IsAnErrorForThatRecordOnlyAndNoFieldIsReturned()
    {
        List<CsvRecord> records = ReadAll("h,i\nab\0c,d\n\"x\ny\0\",z\nnext,1\n");
        Assert.Contains("Field 1 contains a NUL byte (0x00) at line 2", records[1].Error, StringComparison.Ordinal);
        Assert.Contains("UTF-16", records[1].Error, StringComparison.Ordinal);
        Assert.Empty(records[1].Fields);
        Assert.Equal(2, records[1].FieldCount);
        Assert.Contains("at line 4", records[2].Error, StringComparison.Ordinal);
        Assert.Equal((3, 4), (records[2].FirstLine, records[2].LastLine));
        Assert.Equal(["next", "1"], records[3].Fields);
    }

    [Theory]
    [InlineData("a\u0001b")]
    [InlineData("\"a\u001Bb\"")]
    [InlineData("\"a\fb\"")]
    public void TryRead_ControlCharacterOtherThanTabAndQuotedLineBreaks_IsAnError(string field)
    {
        List<CsvRecord> records = ReadAll(field + ",x\nok\n");
        Assert.Contains("control character", records[0].Error, StringComparison.Ordinal);
        Assert.Equal(["ok"], records[1].Fields);
    }

    [Fact]
    public void TryRead_TabAndQuotedLineBreaks_AreKept()
    {
        Assert.Equal(["a\tb", "c\r\nd"], ReadAll("a\tb,\"c\r\nd\"\n")[0].Fields);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TryRead_Utf16WithoutByteOrderMark_IsOneErrorForTheFile(bool bigEndian)
    {
        byte[] bytes = (bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode).GetBytes("organisation,service\nBrent,Web\n");
        CsvRecord record = Assert.Single(ReadAll(bytes));
        Assert.Contains("UTF-16", record.Error, StringComparison.Ordinal);
        Assert.Equal(1, record.Line);
    }
}
