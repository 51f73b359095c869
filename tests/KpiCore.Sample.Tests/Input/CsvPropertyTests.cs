using KpiCore.Sample.Input;

namespace KpiCore.Sample.Tests.Input;

/// <summary>
/// Laws of <see cref="CsvReader"/> and <see cref="CsvTable"/> over random bytes and over single mutations of a valid
/// file (<see cref="CsvSample"/>), each checked on many seeded cases: a failure names its case, which replays alone.
/// </summary>
public sealed class CsvPropertyTests
{
    private const int RandomCases = 3000;
    private const int MutationCases = 2500;

    // Bytes that matter to a CSV reader, and some that do not.
    private static readonly byte[] Alphabet =
        [(byte)'a', (byte)'b', (byte)' ', (byte)',', (byte)',', (byte)'"', (byte)'"', (byte)'\r', (byte)'\n', (byte)'\n', (byte)'\t', 0, 1, 0x1F, 0xC3, 0xA9, 0xFF, 0x80, 0xEF, 0xBB, 0xBF];

    [Fact]
    public void Reader_AnyBytes_NeverThrowsAndEveryNonBlankLineIsInExactlyOneRecordInIncreasingOrder()
    {
        for (int seed = 0; seed < RandomCases; seed++)
        {
            byte[] bytes = RandomBytes(new Random(seed));
            List<CsvRecord> records = ReadAll(new MemoryStream(bytes), bytes.Length);
            AssertAccounted(bytes, records.Select(r => (r.FirstLine, r.LastLine)), records, $"seed {seed}: {CsvSample.Escape(bytes)}");
        }
    }

    [Fact]
    public void Reader_AnyBytes_AcceptedFieldsHoldNoNulNorControlCharacterAndLineBreaksOnlyInRecordsThatSpanLines()
    {
        for (int seed = 0; seed < RandomCases; seed++)
        {
            byte[] bytes = RandomBytes(new Random(seed));
            foreach (CsvRecord record in ReadAll(new MemoryStream(bytes), bytes.Length))
            {
                string context = $"seed {seed}, line {record.Lines}: {CsvSample.Escape(bytes)}";
                if (record.Error is not null)
                {
                    Assert.True(record.Fields.Length == 0, context);
                    continue;
                }

                Assert.True(record.Fields.Length == record.FieldCount, context);
                foreach (string field in record.Fields)
                {
                    Assert.False(field.Any(c => c < 0x20 && c is not ('\t' or '\r' or '\n')), context);
                    Assert.True(record.SpansLines || !field.Any(c => c is '\r' or '\n'), context);
                }
            }
        }
    }

    [Fact]
    public void Reader_ShortReadsWithOrWithoutSeeking_GiveTheSameRecordsAsOneMemoryStream()
    {
        for (int seed = 0; seed < RandomCases / 3; seed++)
        {
            var random = new Random(seed);
            byte[] bytes = seed % 2 == 0 ? RandomBytes(random) : CsvSample.Generate(random).Bytes;
            string expected = Describe(ReadAll(new MemoryStream(bytes), bytes.Length));
            Assert.True(expected == Describe(ReadAll(new ShortReadStream(bytes, canSeek: true, seed), bytes.Length)), $"seed {seed} seekable");
            Assert.True(expected == Describe(ReadAll(new ShortReadStream(bytes, canSeek: false, seed), bytes.Length)), $"seed {seed} not seekable");
        }
    }

    [Fact]
    public void Reader_MutationInsideRecordK_EveryRecordOutsideItsLinesIsReadBackWithIdenticalFields()
    {
        ForEachMutation((sample, mutated, k, context) =>
        {
            List<CsvRecord> original = ReadAll(new MemoryStream(sample.Bytes), sample.Bytes.Length);
            List<CsvRecord> after = ReadAll(new MemoryStream(mutated.Bytes), mutated.Bytes.Length);
            AssertAccounted(mutated.Bytes, after.Select(r => (r.FirstLine, r.LastLine)), after, context);
            AssertOthersReadBack(original.Select(r => (r.FirstLine, r.LastLine, r.Fields)).ToList(),
                after.Where(r => r.Error is null).Select(r => (r.FirstLine, r.LastLine, r.Fields)).ToList(), k, sample, mutated, context);
        });
    }

    [Fact]
    public void Table_MutationInsideRecordK_EveryNonBlankLineIsAccountedOnceAndEveryOtherRowIsReadBackUnchanged()
    {
        ForEachMutation((sample, mutated, k, context) =>
        {
            var problems = new List<InputProblem>();
            List<CsvRow> originalRows = ReadTable(sample.Bytes, problems, [])!;
            Assert.True(problems.Count == 0, context);
            var rejected = new List<CsvRecord>();
            List<CsvRow> rows = ReadTable(mutated.Bytes, problems, rejected)!;
            Assert.True(problems.Count == rejected.Count, context);
            Assert.True(problems.Select(p => p.Line).SequenceEqual(rejected.Select(r => r.FirstLine)), context);
            List<(int First, int Last)> ranges = [(1, 1), .. rows.Select(r => (r.Line, r.LastLine)), .. rejected.Select(r => (r.FirstLine, r.LastLine))];
            AssertAccounted(mutated.Bytes, ranges.Order(), null, context, separatorsOnlyIsBlank: true);

            List<(int, int, string[])> original = [(1, 1, sample.Records[0]), .. originalRows.Select(r => (r.Line, r.LastLine, Fields(r, sample.Records[0])))];
            List<(int, int, string[])> read = [(1, 1, sample.Records[0]), .. rows.Select(r => (r.Line, r.LastLine, Fields(r, sample.Records[0])))];
            AssertOthersReadBack(original, read, k, sample, mutated, context);
        });
    }

    [Fact]
    public void Table_AnyBytes_NeverThrowsAndEveryNonBlankLineIsInTheHeaderARowOrOneRejectedRecord()
    {
        for (int seed = 0; seed < RandomCases; seed++)
        {
            byte[] bytes = RandomBytes(new Random(seed));
            string context = $"seed {seed}: {CsvSample.Escape(bytes)}";
            var problems = new List<InputProblem>();
            var rejected = new List<CsvRecord>();
            List<CsvRow>? rows = ReadTable(bytes, problems, rejected);
            if (rows is null)
            {
                Assert.True(problems.Count == 1, context); // no header: one problem for the file
                continue;
            }

            using var reader = new CsvReader(new MemoryStream(bytes));
            Assert.True(reader.TryRead(out CsvRecord header), context);
            List<(int First, int Last)> ranges = [(header.FirstLine, header.LastLine), .. rows.Select(r => (r.Line, r.LastLine)), .. rejected.Select(r => (r.FirstLine, r.LastLine))];
            AssertAccounted(bytes, ranges.Order(), null, context, separatorsOnlyIsBlank: true);
        }
    }

    [Fact]
    public void Table_StrayQuoteThatClosesCleanlyWithTheWrongFieldCount_CostsOnlyTheLineItStartsOn()
    {
        // A stray quote at the start of field f of row k runs on to the quote opening ", tail" in field g of row m and
        // closes cleanly there: the reader sees one record over lines k..m with f + c - g + 1 fields (wrong, as g != f + 1),
        // which the table rejects at line k, reading the lines after it again.
        for (int seed = 0; seed < MutationCases; seed++)
        {
            var random = new Random(seed);
            int columns = random.Next(2, 6);
            int rows = random.Next(3, 15);
            int k = random.Next(1, rows);
            int m = random.Next(k + 1, rows + 1);
            int f = random.Next(1, columns + 1);
            int g = random.Next(1, columns + 1);
            if (g == f + 1)
            {
                continue;
            }

            var lines = new List<string> { string.Join(",", Enumerable.Range(0, columns).Select(c => "c" + c)) };
            for (int r = 1; r <= rows; r++)
            {
                lines.Add(string.Join(",", Enumerable.Range(1, columns).Select(c =>
                    r == k && c == f ? "\"w" + r : r == m && c == g ? "\", tail\"" : "w" + r + "." + c)));
            }

            string text = string.Join(random.Next(2) == 0 ? "\n" : "\r\n", lines) + "\n";
            byte[] bytes = System.Text.Encoding.UTF8.GetBytes(text);
            var problems = new List<InputProblem>();
            using CsvTable? table = CsvTable.Open(new ShortReadStream(bytes, canSeek: seed % 2 == 0, seed, maxRead: 64), "t.csv", [], problems);
            List<CsvRow> read = [.. table!.Rows()];
            string context = $"seed {seed}: {text}";
            Assert.True(problems.Count == 1 && problems[0].Line == k + 1, context);
            Assert.True(read.Select(r => r.Line).SequenceEqual(Enumerable.Range(2, rows).Where(line => line != k + 1)), context);
            CsvRow rowM = read.Single(r => r.Line == m + 1);
            Assert.True(rowM.Raw("c" + (g - 1)) == ", tail", context);
        }
    }

    private static void ForEachMutation(Action<CsvSample, (byte[] Bytes, bool Truncated), int, string> check)
    {
        for (int seed = 0; seed < MutationCases; seed++)
        {
            var random = new Random(seed);
            CsvSample sample = CsvSample.Generate(random);
            int k = random.Next(1, sample.Records.Count);
            byte[] mutated = sample.Mutate(random, k, out string description, out bool truncated);
            string context = $"seed {seed}, record {k} {description}: {(sample.Bytes.Length < 2000 ? CsvSample.Escape(sample.Bytes) : "")}";
            check(sample, (mutated, truncated), k, context);
        }
    }

    /// <summary>Every record but k of the original is in the mutated read, same fields, lines shifted past k by the line breaks the mutation added.</summary>
    private static void AssertOthersReadBack(
        List<(int First, int Last, string[] Fields)> original, List<(int First, int Last, string[] Fields)> read, int k, CsvSample sample, (byte[] Bytes, bool Truncated) mutated, string context)
    {
        Assert.True(original.Count > k, context);
        var byFirstLine = read.ToDictionary(r => r.First);
        int shift = PhysicalLines(mutated.Bytes).Count - PhysicalLines(sample.Bytes).Count; // lines added (or removed) inside record k
        for (int j = 0; j < original.Count; j++)
        {
            if (j == k || (j > k && mutated.Truncated))
            {
                continue;
            }

            int delta = j < k ? 0 : shift;
            (int first, int last, string[] fields) = original[j];
            Assert.True(byFirstLine.TryGetValue(first + delta, out var back), $"record {j} (lines {first}-{last}) lost; {context}");
            Assert.True(back.Last == last + delta && back.Fields.SequenceEqual(fields), $"record {j} (lines {first}-{last}) misread; {context}");
        }
    }

    /// <summary>Ranges increase without overlap, start on non-blank lines, and cover every non-blank line.</summary>
    /// <remarks>
    /// With <paramref name="separatorsOnlyIsBlank"/> (the table's view), a line of only commas, spaces, tabs and quotes
    /// is blank too: the table skips such rows (Excel leaves them below a table), as the reader skips empty lines.
    /// </remarks>
    private static void AssertAccounted(byte[] bytes, IEnumerable<(int First, int Last)> ranges, List<CsvRecord>? records, string context, bool separatorsOnlyIsBlank = false)
    {
        if (records is [{ Error: { } error }] && error.StartsWith("The file is", StringComparison.Ordinal))
        {
            return; // UTF-16 or binary: one error for the whole file
        }

        List<(int Start, int End)> lines = PhysicalLines(bytes);
        var covered = new bool[lines.Count + 1];
        int previousLast = 0;
        foreach ((int first, int last) in ranges)
        {
            Assert.True(first > previousLast && last >= first && last <= lines.Count, $"range {first}-{last} after {previousLast} of {lines.Count} lines; {context}");
            Assert.True(lines[first - 1].End > lines[first - 1].Start, $"record starts on blank line {first}; {context}");
            for (int line = first; line <= last; line++)
            {
                covered[line] = true;
            }

            previousLast = last;
        }

        for (int line = 1; line <= lines.Count; line++)
        {
            (int start, int end) = lines[line - 1];
            bool blank = end == start || (separatorsOnlyIsBlank && bytes.AsSpan(start, end - start).IndexOfAnyExcept(",\t \""u8) < 0);
            Assert.True(covered[line] || blank, $"line {line} is in no record; {context}");
        }
    }

    /// <summary>The physical lines (ended by CRLF, LF or CR) after a UTF-8 byte order mark; a final line break opens no line.</summary>
    private static List<(int Start, int End)> PhysicalLines(byte[] bytes)
    {
        var lines = new List<(int Start, int End)>();
        int i = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        int start = i;
        while (i < bytes.Length)
        {
            if (bytes[i] is (byte)'\r' or (byte)'\n')
            {
                lines.Add((start, i));
                i += bytes[i] == '\r' && i + 1 < bytes.Length && bytes[i + 1] == '\n' ? 2 : 1;
                start = i;
            }
            else
            {
                i++;
            }
        }

        if (start < bytes.Length)
        {
            lines.Add((start, bytes.Length));
        }

        return lines;
    }

    private static List<CsvRecord> ReadAll(Stream stream, int length)
    {
        var records = new List<CsvRecord>();
        using var reader = new CsvReader(stream);
        while (reader.TryRead(out CsvRecord record))
        {
            records.Add(record);
            Assert.True(records.Count <= length + 1, "The reader does not terminate."); // every record takes at least one byte
        }

        return records;
    }

    private static List<CsvRow>? ReadTable(byte[] bytes, List<InputProblem> problems, List<CsvRecord> rejected)
    {
        using CsvTable? table = CsvTable.Open(new MemoryStream(bytes), "t.csv", [], problems);
        if (table is null)
        {
            return null;
        }

        List<CsvRow> rows = [.. table.Rows(rejected.Add)];
        Assert.True(table.RowCount == rows.Count + rejected.Count, "RowCount counts rows and rejected records.");
        return rows;
    }

    private static string[] Fields(CsvRow row, string[] header) => [.. header.Select(row.Raw)];

    private static string Describe(List<CsvRecord> records) =>
        string.Join("\n", records.Select(r => $"{r.FirstLine}-{r.LastLine} {r.FieldCount} {r.Error} [{string.Join("|", r.Fields)}]"));

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(0, 200)];
        for (int i = 0; i < bytes.Length; i++)
        {
            bytes[i] = Alphabet[random.Next(Alphabet.Length)];
        }

        return bytes;
    }
}
