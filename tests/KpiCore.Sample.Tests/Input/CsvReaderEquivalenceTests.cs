using System.Text;
using KpiCore.Sample.Input;

namespace KpiCore.Sample.Tests.Input;

/// <summary>
/// The reader on its record buffer (<see cref="CsvReader.TryReadFields"/>, and <see cref="CsvReader.TryRead"/> on top of
/// it) reads exactly what the string-per-field reader did (<see cref="LegacyCsvReader"/>): same records, line ranges,
/// field counts, errors and messages, resyncs and Windows-1252 flags, on random bytes and on mutated valid files, with
/// short reads, with and without seeking, for each delimiter and with the declared Windows-1252 encoding.
/// </summary>
public sealed class CsvReaderEquivalenceTests
{
    private const int Cases = 2500;

    private static readonly byte[] Alphabet =
        [(byte)'a', (byte)'b', (byte)' ', (byte)',', (byte)',', (byte)';', (byte)'"', (byte)'"', (byte)'\r', (byte)'\n', (byte)'\n', (byte)'\t', 0, 1, 0x1F, 0xC3, 0xA9, 0xFF, 0x80, 0xE2, 0x82, 0xAC, 0xED, 0xA0, 0xF4, 0x90, 0xEF, 0xBB, 0xBF];

    [Fact]
    public void TryReadAndTryReadFields_RandomBytes_SameAsTheStringPerFieldReader()
    {
        for (int seed = 0; seed < Cases; seed++)
        {
            var random = new Random(seed);
            byte[] bytes = RandomBytes(random);
            AssertSame(bytes, random, $"seed {seed}: {CsvSample.Escape(bytes)}");
        }
    }

    [Fact]
    public void TryReadAndTryReadFields_MutatedValidFiles_SameAsTheStringPerFieldReader()
    {
        for (int seed = 0; seed < Cases; seed++)
        {
            var random = new Random(seed);
            CsvSample sample = CsvSample.Generate(random);
            byte[] bytes = random.Next(4) == 0 ? sample.Bytes : sample.Mutate(random, random.Next(1, sample.Records.Count), out _, out _);
            AssertSame(bytes, random, $"seed {seed}: {(bytes.Length < 2000 ? CsvSample.Escape(bytes) : bytes.Length + " bytes")}");
        }
    }

    [Fact]
    public void TryReadFields_Fields_AreTheBytesThatTryReadDecodes()
    {
        // The second field of the second record is not UTF-8.
        byte[] bytes = [.. Encoding.UTF8.GetBytes("a,\"b,\"\"c\"\"\",,caf\u00e9\n\"x\ny\","), 0xFF, .. "-not-utf8\n"u8];
        using var reader = new CsvReader(new MemoryStream(bytes));
        Assert.True(reader.TryReadFields(out CsvFields first));
        Assert.Equal(4, first.Count);
        Assert.True(first[1].SequenceEqual("b,\"c\""u8));
        Assert.True(first[2].IsEmpty);
        Assert.Equal("caf\u00e9", first.GetString(3));
        Assert.True(first.NotUtf8Fields.IsEmpty);
        Assert.True(reader.TryReadFields(out CsvFields second));
        Assert.Equal((2, 3), (second.FirstLine, second.LastLine));
        Assert.True(second[0].SequenceEqual("x\ny"u8));
        Assert.True(second.IsNotUtf8(1) && !second.IsNotUtf8(0));
        Assert.Equal("\u00ff-not-utf8", second.GetString(1));
        Assert.False(reader.TryReadFields(out _));
    }

    /// <summary>Reads with both readers in the same way (stream kind, delimiter, encoding, which spanning records are resynced) and compares.</summary>
    private static void AssertSame(byte[] bytes, Random random, string context)
    {
        byte delimiter = random.Next(4) == 0 ? (byte)';' : (byte)',';
        bool windows1252 = random.Next(5) == 0;
        int streamKind = random.Next(3);
        int resyncWhenFieldCountIsNot = random.Next(1, 5);
        int seed = random.Next();
        Stream Open() => streamKind == 0 ? new MemoryStream(bytes) : new ShortReadStream(bytes, canSeek: streamKind == 1, seed, maxRead: 97);

        var expected = new List<string>();
        using (var legacy = new LegacyCsvReader(Open(), delimiter, windows1252))
        {
            while (legacy.TryRead(out CsvRecord record))
            {
                expected.Add(Describe(record));
                if (record.SpansLines && record.FieldCount != resyncWhenFieldCountIsNot)
                {
                    legacy.ResumeAfterFirstLine();
                }
            }
        }

        var strings = new List<string>();
        using (var reader = new CsvReader(Open(), delimiter, windows1252))
        {
            while (reader.TryRead(out CsvRecord record))
            {
                strings.Add(Describe(record));
                if (record.SpansLines && record.FieldCount != resyncWhenFieldCountIsNot)
                {
                    reader.ResumeAfterFirstLine();
                }
            }
        }

        var spans = new List<string>();
        using (var reader = new CsvReader(Open(), delimiter, windows1252))
        {
            while (reader.TryReadFields(out CsvFields fields))
            {
                string[] decoded = new string[fields.Count];
                for (int i = 0; i < decoded.Length; i++)
                {
                    decoded[i] = fields.GetString(i);
                }

                spans.Add(Describe(new CsvRecord(fields.FirstLine, fields.LastLine, decoded, fields.Error, fields.FieldCount, fields.TrailingEmptyFieldCount, fields.NotUtf8Fields.ToArray())));
                if (fields.SpansLines && fields.FieldCount != resyncWhenFieldCountIsNot)
                {
                    reader.ResumeAfterFirstLine();
                }
            }
        }

        string want = string.Join("\n", expected);
        Assert.True(want == string.Join("\n", strings), $"TryRead differs; {context}");
        Assert.True(want == string.Join("\n", spans), $"TryReadFields differs; {context}");
    }

    internal static string Describe(CsvRecord r) =>
        $"{r.FirstLine}-{r.LastLine} n={r.FieldCount} e={r.TrailingEmptyFieldCount} [{string.Join("|", r.Fields)}] w={string.Join(",", r.NotUtf8Fields)} {r.Error}";

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(0, 300)];
        for (int i = 0; i < bytes.Length; i++)
        {
            bytes[i] = Alphabet[random.Next(Alphabet.Length)];
        }

        return bytes;
    }
}
