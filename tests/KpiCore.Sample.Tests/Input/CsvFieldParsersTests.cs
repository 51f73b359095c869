using System.Globalization;
using System.Text;
using KpiCore.Sample.Input;
using KpiCore.Sample.Input.Formats;
using KpiCore.ServiceDesk;
using NodaTime;

namespace KpiCore.Sample.Tests.Input;

/// <summary>
/// The span parsers give what the string path gives on the same field (the trimmed text of <see cref="CsvRow"/> read by
/// <see cref="RowParser"/>, <see cref="CallsFormat.TryParsePriority"/>, the ISO patterns and <see cref="InstantReader"/>),
/// valid or not, and the text a failure is reported with is the row's text, over generated fields: near-ISO instants
/// with every offset form and single-character mutations, whitespace and non-breaking spaces (also as a Windows-1252
/// byte), non-ASCII digits and signs, and numbers at the limits of <see cref="int"/>.
/// </summary>
public sealed class CsvFieldParsersTests
{
    private const int Cases = 6000;

    private static readonly DateTimeZone[] Zones =
        [.. new[] { "UTC", "Europe/London", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata" }.Select(id => DateTimeZoneProviders.Tzdb[id])];

    private static readonly string[] Offsets =
        ["", "", "Z", "Z", "z", "+01:00", "-05:30", "+0100", "-0930", "+00:00", "-00:00", "+17:59", "+18:00", "+1800", "+19:00", "+01", " +01:00", " Z", "+01:60", "+0160", "+1:00", "+01:00:00"];

    private static readonly string[] Pads = ["", "", "", " ", "\t", "  ", "\u00a0", "\u2003"];

    [Fact]
    public void TryParseInstant_GeneratedFields_SameAsTheIsoPatternsAndTheStringReader()
    {
        for (int seed = 0; seed < Cases; seed++)
        {
            var random = new Random(seed);
            string text = Pad(random, Mutate(random, IsoLike(random)));
            DateTimeZone zone = Zones[random.Next(Zones.Length)];
            var reader = new InstantReader(zone);
            ForField(text, random, (in CsvFields fields, CsvRow row) =>
            {
                string context = $"seed {seed}, '{text}' in {zone.Id}";
                bool expected = RowParser.TryParseInstant(row["c"], zone, out Instant want);
                Assert.True(expected == reader.TryParse(row["c"], out Instant viaString) && (!expected || viaString == want), "string reader: " + context);
                Assert.True(expected == CsvFieldParsers.TryParseInstant(fields, 0, reader, out Instant got) && (!expected || got == want), "span: " + context);
                AssertSameProblem(row, fields, (p, t) => p.ParseInstant("c", t), context);
            });
        }
    }

    [Fact]
    public void TryParseInstant_ProfilePatterns_SameAsTheStringReader()
    {
        string[] formats = ["dd/MM/uuuu HH:mm", "dd/MM/uuuu HH:mm:ss"];
        for (int seed = 0; seed < Cases / 4; seed++)
        {
            var random = new Random(seed);
            string text = Pad(random, Mutate(random, string.Create(CultureInfo.InvariantCulture,
                $"{random.Next(0, 33):00}/{random.Next(0, 14):00}/{random.Next(2016, 2019)} {random.Next(0, 25):00}:{random.Next(0, 61):00}{(random.Next(2) == 0 ? "" : ":07")}{Offsets[random.Next(Offsets.Length)]}")));
            var reader = new InstantReader(Zones[random.Next(Zones.Length)], formats);
            ForField(text, random, (in CsvFields fields, CsvRow row) =>
            {
                bool expected = reader.TryParse(row["c"], out Instant want);
                Assert.True(expected == CsvFieldParsers.TryParseInstant(fields, 0, reader, out Instant got) && (!expected || got == want), $"seed {seed}, '{text}'");
            });
        }
    }

    [Fact]
    public void TryParseInt_GeneratedFields_SameAsRowParserInt()
    {
        string[] parts = ["0", "7", "42", "2147483647", "2147483648", "-2147483648", "-2147483649", "+", "-", " ", "1e3", "0x10", "1,000", "1.0", "\u0663", "\uff11", "\u2212", "00", "9", "a"];
        for (int seed = 0; seed < Cases; seed++)
        {
            var random = new Random(seed);
            string text = Pad(random, string.Concat(Enumerable.Range(0, random.Next(0, 4)).Select(_ => parts[random.Next(parts.Length)])));
            ForField(text, random, (in CsvFields fields, CsvRow row) =>
            {
                string context = $"seed {seed}, '{text}'";
                bool expected = int.TryParse(row["c"], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int want);
                Assert.True(expected == CsvFieldParsers.TryParseInt(fields, 0, out int got) && (!expected || got == want), context);
                Assert.True((row["c"].Length == 0) == CsvFieldParsers.IsBlank(fields, 0), "blank: " + context);
                AssertSameProblem(row, fields, (p, t) => p.Int("c", -5, 100), context);
            });
        }
    }

    [Fact]
    public void TryParsePriority_GeneratedFields_SameAsInputFilesTryParsePriority()
    {
        string[] parts = ["P", "p", "\uff30", "1", "2", "3", "4", "5", "0", "9", "99", "100", "+", " ", "x", "\u0663", "9999999999"];
        for (int seed = 0; seed < Cases; seed++)
        {
            var random = new Random(seed);
            string text = Pad(random, (random.Next(4) > 0 ? "P" : "") + string.Concat(Enumerable.Range(0, random.Next(0, 4)).Select(_ => parts[random.Next(parts.Length)])));
            ForField(text, random, (in CsvFields fields, CsvRow row) =>
            {
                bool expected = CallsFormat.TryParsePriority(row["c"], out Priority want);
                Assert.True(expected == CsvFieldParsers.TryParsePriority(fields, 0, out Priority got) && want == got, $"seed {seed}, '{text}'");
            });
        }
    }

    [Theory]
    [InlineData("2017-03-26T01:30:00", "Europe/London", "2017-03-26T01:30:00Z")] // skipped: moved forward by the gap
    [InlineData("2017-10-29T01:30:00", "Europe/London", "2017-10-29T00:30:00Z")] // repeated: the earlier
    [InlineData("2017-09-03 10:15", "Europe/London", "2017-09-03T09:15:00Z")]
    [InlineData("2017-09-03T10:15:00.123456789-0130", "UTC", "2017-09-03T11:45:00.123456789Z")]
    [InlineData("2017-09-03T10:15:00,5+05:30", "UTC", "2017-09-03T04:45:00.5Z")]
    public void TryParseInstant_Bytes_KnownInstants(string text, string zone, string utc)
    {
        var reader = new InstantReader(DateTimeZoneProviders.Tzdb[zone]);
        Assert.True(reader.TryParse(Encoding.ASCII.GetBytes(text), out Instant instant));
        Assert.Equal(NodaTime.Text.InstantPattern.ExtendedIso.Parse(utc).Value, instant);
    }

    [Theory]
    [InlineData("2017-09-03T10:15:00+18:03")]
    [InlineData("2017-09-03T10:15:00-1801")]
    public void TryParseInstant_OffsetBeyond18Hours_IsNotAnInstantRatherThanAnException(string text)
    {
        var reader = new InstantReader(DateTimeZone.Utc);
        Assert.False(reader.TryParse(text, out _));
        Assert.False(reader.TryParse(Encoding.ASCII.GetBytes(text), out _));
        Assert.False(RowParser.TryParseInstant(text, DateTimeZone.Utc, out _));
    }

    private delegate void FieldCheck(in CsvFields fields, CsvRow row);

    /// <summary>Writes the text as the one field of a record under a header "c" (quoted, or with a non-breaking space as the Windows-1252 byte 0xA0), reads it both ways and runs the check.</summary>
    private static void ForField(string text, Random random, FieldCheck check)
    {
        bool asWindows1252 = random.Next(3) == 0 && text.Contains('\u00a0', StringComparison.Ordinal) && text.All(c => c < 0x80 || c == '\u00a0');
        byte[] field = asWindows1252 ? [.. text.Select(c => (byte)c)] : Encoding.UTF8.GetBytes(text);
        byte[] bytes = [.. "c\n\""u8, .. field.SelectMany(b => b == '"' ? new[] { b, b } : [b]), .. "\"\n"u8];
        var problems = new List<InputProblem>();
        using CsvTable table = CsvTable.Open(new MemoryStream(bytes), "t.csv", ["c"], problems)!;
        CsvRow? row = table.Rows().SingleOrDefault();
        using var reader = new CsvReader(new MemoryStream(bytes));
        Assert.True(reader.TryReadFields(out _));
        Assert.True(reader.TryReadFields(out CsvFields fields));
        if (row is null)
        {
            Assert.True(problems.Count == 1 || CsvFieldParsers.IsBlank(fields, 0), text); // a blank row is skipped by the table
            return;
        }

        Assert.Equal(row["c"], CsvFieldParsers.Text(fields, 0));
        check(fields, row);
    }

    /// <summary>The problem the string path reports for the row is the one reported from the span path's text.</summary>
    private static void AssertSameProblem(CsvRow row, in CsvFields fields, Action<RowParser, string> parse, string context)
    {
        var fromRow = new List<InputProblem>();
        var fromSpan = new List<InputProblem>();
        parse(new RowParser(row, DateTimeZone.Utc, fromRow), row["c"]);
        parse(new RowParser(row, DateTimeZone.Utc, fromSpan), CsvFieldParsers.Text(fields, 0));
        Assert.True(fromRow.Select(p => p.ToString()).SequenceEqual(fromSpan.Select(p => p.ToString())), context);
    }

    private static string IsoLike(Random random)
    {
        int[] years = [1, 1969, 2016, 2017, 2024, 9999, 0];
        string date = string.Create(CultureInfo.InvariantCulture, $"{years[random.Next(years.Length)]:0000}-{random.Next(0, 14):00}-{(random.Next(3) == 0 ? 29 : random.Next(0, 33)):00}");
        string time = string.Create(CultureInfo.InvariantCulture, $"{random.Next(0, 25):00}:{random.Next(0, 61):00}");
        if (random.Next(4) > 0)
        {
            time += string.Create(CultureInfo.InvariantCulture, $":{random.Next(0, 62):00}");
            if (random.Next(3) == 0)
            {
                time += (random.Next(2) == 0 ? "." : ",") + string.Concat(Enumerable.Range(0, random.Next(0, 11)).Select(_ => (char)('0' + random.Next(10))));
            }
        }

        string separator = random.Next(10) switch { 0 => " ", 1 => "t", _ => "T" };
        return date + separator + time + Offsets[random.Next(Offsets.Length)];
    }

    private static string Mutate(Random random, string text)
    {
        if (random.Next(3) > 0 || text.Length == 0)
        {
            return text;
        }

        const string Noise = "0123456789-:T Z+.,x";
        int at = random.Next(text.Length);
        return random.Next(3) switch
        {
            0 => text.Remove(at, 1),
            1 => text.Insert(at, Noise[random.Next(Noise.Length)].ToString()),
            _ => text.Remove(at, 1).Insert(at, Noise[random.Next(Noise.Length)].ToString()),
        };
    }

    private static string Pad(Random random, string text) => Pads[random.Next(Pads.Length)] + text + Pads[random.Next(Pads.Length)];
}
