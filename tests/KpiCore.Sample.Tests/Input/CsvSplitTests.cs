using KpiCore.Sample.Input;

namespace KpiCore.Sample.Tests.Input;

/// <summary>
/// Split reading equals one reading from the start (<see cref="CsvSplitReader"/>, <see cref="CsvSplit"/>): for random
/// CSV texts with quotes, quoted line breaks, broken quotes, CR/LF/CRLF mixes, blank lines, control characters and
/// bytes that are not UTF-8, split at the pre-scan's candidates or at any line starts at all (inside quotes too), for
/// any number of ranges, the records read range by range and concatenated are the single pass's: fields, line ranges,
/// errors and messages, resyncs, order.
/// </summary>
public sealed class CsvSplitTests
{
    private const int Cases = 1500;

    private static readonly byte[] Alphabet =
        [(byte)'a', (byte)'b', (byte)' ', (byte)',', (byte)',', (byte)'"', (byte)'"', (byte)'"', (byte)'\r', (byte)'\n', (byte)'\n', (byte)'\n', (byte)'\t', 0, 0x01, 0xC3, 0xA9, 0xFF];

    [Fact]
    public void Read_AnySplitOfRandomFiles_ConcatenatesToTheSinglePass()
    {
        int fellBack = 0;
        for (int seed = 0; seed < Cases; seed++)
        {
            var random = new Random(seed);
            byte[] bytes = File(random);
            int resyncUnless = random.Next(1, 5);
            bool seekOnly = random.Next(3) == 0;
            Stream Open() => seekOnly ? new ShortReadStream(bytes, canSeek: true, seed, maxRead: 97) : new MemoryStream(bytes);
            string expected = string.Join("\n", SinglePass(bytes, resyncUnless));

            List<(long Offset, int Line)> lineStarts = LineStarts(bytes);
            CsvSplitPoint[] candidates = random.Next(2) == 0
                ? CsvSplit.Candidates(bytes, random.Next(1, 9))
                : [.. lineStarts.Where(_ => random.Next(3) == 0).Select(s => new CsvSplitPoint(s.Offset, s.Line))];
            List<List<string>> states = CsvSplitReader.Read(Open, candidates, _ => new List<string>(), (List<string> list, in CsvFields fields, long _) => Take(list, fields, resyncUnless), out List<CsvSplitPoint> starts);

            string context = $"seed {seed}, splits at {string.Join("; ", candidates)}: {CsvSample.Escape(bytes)}";
            Assert.True(expected == string.Join("\n", states.SelectMany(s => s)), context);
            Assert.Equal(states.Count, starts.Count);
            fellBack += starts.Skip(1).SequenceEqual(candidates.Take(starts.Count - 1)) ? 0 : 1;
        }

        Assert.True(fellBack > Cases / 20, $"only {fellBack} cases had a split where no record starts: the verification is barely exercised");
    }

    [Fact]
    public void Candidates_AnyFile_AreLineStartsWithTheirLineNumbersInIncreasingOrder_AndTheStreamScanAgrees()
    {
        for (int seed = 0; seed < Cases; seed++)
        {
            var random = new Random(seed);
            byte[] bytes = File(random);
            int parts = random.Next(1, 12);
            CsvSplitPoint[] candidates = CsvSplit.Candidates(bytes, parts);
            var lineStarts = LineStarts(bytes).ToDictionary(s => s.Offset, s => s.Line);
            string context = $"seed {seed}, {parts} parts: {string.Join("; ", candidates)}: {CsvSample.Escape(bytes)}";
            Assert.True(candidates.Length <= parts - 1, context);
            Assert.True(candidates.All(c => lineStarts.TryGetValue(c.Offset, out int line) && line == c.Line), context);
            Assert.True(candidates.Zip(candidates.Skip(1)).All(p => p.First.Offset < p.Second.Offset), context);
            Assert.True(candidates.SequenceEqual(CsvSplit.Candidates(new ShortReadStream(bytes, canSeek: true, seed, maxRead: 13), parts)), "stream scan: " + context);
        }
    }

    [Fact]
    public void Candidates_FileWithoutQuotes_OnePerPartAtTheFirstLineStartFromEachTarget()
    {
        byte[] bytes = [.. Enumerable.Range(0, 1000).SelectMany(i => System.Text.Encoding.ASCII.GetBytes($"{i},x,y{(i % 3 == 0 ? "\r\n" : "\n")}"))];
        CsvSplitPoint[] candidates = CsvSplit.Candidates(bytes, 4);
        Assert.Equal(3, candidates.Length);
        List<(long Offset, int Line)> lineStarts = LineStarts(bytes);
        for (int k = 1; k <= 3; k++)
        {
            (long offset, int line) = lineStarts.First(s => s.Offset >= bytes.Length * k / 4);
            Assert.Equal(new CsvSplitPoint(offset, line), candidates[k - 1]);
        }
    }

    /// <summary>Takes a record as the test's table would: resyncs a record over lines unless it has the chosen field count.</summary>
    private static bool Take(List<string> list, in CsvFields fields, int resyncUnless)
    {
        list.Add(CsvReaderEquivalenceTests.Describe(fields.ToRecord()));
        return fields.SpansLines && fields.FieldCount != resyncUnless;
    }

    private static List<string> SinglePass(byte[] bytes, int resyncUnless)
    {
        var records = new List<string>();
        using var reader = new CsvReader(new MemoryStream(bytes));
        while (reader.TryReadFields(out CsvFields fields))
        {
            if (Take(records, fields, resyncUnless))
            {
                reader.ResumeAfterFirstLine();
            }
        }

        return records;
    }

    /// <summary>A random file: mostly a valid sample with mutations (broken quotes, line breaks, control bytes), else random bytes rich in quotes and line breaks.</summary>
    private static byte[] File(Random random)
    {
        if (random.Next(3) > 0)
        {
            CsvSample sample = CsvSample.Generate(random);
            byte[] bytes = sample.Bytes;
            for (int m = random.Next(0, 4); m > 0; m--)
            {
                var mutated = CsvSample.Generate(random);
                bytes = random.Next(2) == 0 ? sample.Mutate(random, random.Next(1, sample.Records.Count), out _, out _) : [.. bytes, .. mutated.Bytes];
                if (bytes.Length > 50_000)
                {
                    break; // the field-limit mutation: once is enough
                }
            }

            return bytes;
        }

        var noise = new byte[random.Next(0, 400)];
        for (int i = 0; i < noise.Length; i++)
        {
            noise[i] = Alphabet[random.Next(Alphabet.Length)];
        }

        return noise;
    }

    /// <summary>The starts of physical lines after the first (CR, LF or CRLF end a line), with their 1-based numbers.</summary>
    private static List<(long Offset, int Line)> LineStarts(byte[] bytes)
    {
        var starts = new List<(long, int)>();
        int line = 1;
        for (int i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 == bytes.Length || bytes[i + 1] != '\n')))
            {
                line++;
                if (i + 1 < bytes.Length)
                {
                    starts.Add((i + 1, line));
                }
            }
        }

        return starts;
    }
}
