using System.Text;
using KpiCore.Sample.Input;

namespace KpiCore.Sample.Tests.Input;

/// <summary>
/// A small valid CSV file built at random, with the bytes of each record known, and single mutations inside one record.
/// </summary>
/// <remarks>
/// Fields are unquoted text, empty, or quoted text that may hold commas, line breaks and doubled quotes. Quoted text
/// starts with a word and never with a comma or line break, and no quote appears inside an unquoted field: on such
/// files a quote opened by mistake always ends in one of the resync rule's errors (text after the quote it closes
/// at, the end of the file, the field limit), which is what lets the laws say no other record is lost. A file whose
/// quoted text starts with a comma can make a stray quote close cleanly and swallow lines as one field with the right
/// field count; no reader can tell that from real data.
/// </remarks>
internal sealed class CsvSample
{
    private static readonly string[] Words = ["Brent", "P4", "2017-03-23T14:42:27+00:00", "Email", "Café", "£5", "R&B System", "x", "42", "service-request"];
    private static readonly string[] QuotedSeparators = [" ", ", ", "\n", "\r\n", ",", " "];
    private static readonly string[] Terminators = ["\n", "\r\n", "\r", "\n", "\r\n"];

    private CsvSample(byte[] bytes, List<string[]> records, List<(int Start, int End)> spans)
    {
        Bytes = bytes;
        Records = records;
        Spans = spans;
    }

    /// <summary>Gets the file.</summary>
    internal byte[] Bytes { get; }

    /// <summary>Gets the fields of each record, the header first.</summary>
    internal List<string[]> Records { get; }

    /// <summary>Gets where each record's bytes are, without its line break.</summary>
    internal List<(int Start, int End)> Spans { get; }

    internal static CsvSample Generate(Random random)
    {
        int columns = random.Next(1, 6);
        int rows = random.Next(1, 12);
        var bytes = new List<byte>();
        var records = new List<string[]>();
        var spans = new List<(int Start, int End)>();
        for (int r = 0; r <= rows; r++)
        {
            var fields = new string[columns];
            int start = bytes.Count;
            for (int c = 0; c < columns; c++)
            {
                if (c > 0)
                {
                    bytes.Add((byte)',');
                }

                string text;
                string written;
                int kind = r == 0 ? 0 : random.Next(4);
                if (kind == 1 && (columns == 1 || c == 0))
                {
                    kind = 0; // an empty line is no record, nor (for the table) a row of empty fields: the first field has text
                }

                if (kind == 0)
                {
                    text = r == 0 ? "c" + c.ToString(System.Globalization.CultureInfo.InvariantCulture) : Word(random);
                    written = text;
                }
                else if (kind == 1)
                {
                    text = string.Empty;
                    written = text;
                }
                else
                {
                    var content = new StringBuilder(Word(random));
                    int words = random.Next(0, 5);
                    for (int w = 0; w < words; w++)
                    {
                        content.Append(QuotedSeparators[random.Next(QuotedSeparators.Length)]);
                        content.Append(random.Next(6) == 0 ? "\"" + Word(random) + "\"" : Word(random));
                    }

                    text = content.ToString();
                    written = "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
                }

                fields[c] = text;
                bytes.AddRange(Encoding.UTF8.GetBytes(written));
            }

            spans.Add((start, bytes.Count));
            records.Add(fields);
            if (r < rows || random.Next(2) == 0)
            {
                bytes.AddRange(Encoding.ASCII.GetBytes(Terminators[random.Next(Terminators.Length)]));
                if (random.Next(8) == 0)
                {
                    bytes.Add((byte)'\n'); // a blank line (or the LF of a CRLF)
                }
            }
        }

        return new CsvSample([.. bytes], records, spans);
    }

    /// <summary>
    /// Mutates the bytes of data record <paramref name="k"/> (1 or more) in one way; <paramref name="truncated"/> says
    /// whether the file was cut inside record k (so records after it are gone).
    /// </summary>
    internal byte[] Mutate(Random random, int k, out string description, out bool truncated)
    {
        (int start, int end) = Spans[k];
        int at = random.Next(start, end + 1);
        truncated = false;
        byte[] insert;
        int kind = random.Next(100);
        if (kind < 12)
        {
            truncated = true;
            int cut = random.Next(start + 1, end + 1);
            description = $"truncated at byte {cut}";
            return Bytes[..cut];
        }
        else if (kind < 40)
        {
            insert = "\""u8.ToArray();
        }
        else if (kind < 50)
        {
            insert = [0];
        }
        else if (kind < 56)
        {
            insert = [(byte)random.Next(1, 9)];
        }
        else if (kind < 68)
        {
            byte[][] invalid = [[0xFF], [0xC3, 0x28], [0x80], [0xE2, 0x82], [0xC3]];
            insert = invalid[random.Next(invalid.Length)];
        }
        else if (kind < 82)
        {
            byte[][] breaks = [[(byte)'\n'], [(byte)'\r'], [(byte)'\r', (byte)'\n']];
            insert = breaks[random.Next(breaks.Length)];
        }
        else if (kind < 97 || end >= Bytes.Length)
        {
            // Replace the record's line break with another (or add one after it).
            int breakEnd = end;
            while (breakEnd < Bytes.Length && Bytes[breakEnd] is (byte)'\r' or (byte)'\n' && breakEnd - end < 2)
            {
                breakEnd++;
            }

            byte[][] breaks = [[(byte)'\n'], [(byte)'\r'], [(byte)'\r', (byte)'\n'], [(byte)'\n', (byte)'\r'], [(byte)'\r', (byte)'\r']];
            byte[] replacement = breaks[random.Next(breaks.Length)];
            description = $"line break at {end} replaced by {Escape(replacement)}";
            return [.. Bytes[..end], .. replacement, .. Bytes[breakEnd..]];
        }
        else
        {
            bool lines = random.Next(2) == 0;
            var huge = new byte[CsvReader.MaxFieldBytes + 10];
            for (int i = 0; i < huge.Length; i++)
            {
                huge[i] = lines && i % 81 == 80 ? (byte)'\n' : (byte)'x';
            }

            insert = huge;
        }

        description = $"inserted {(insert.Length > 8 ? insert.Length + " bytes" : Escape(insert))} at byte {at}";
        return [.. Bytes[..at], .. insert, .. Bytes[at..]];
    }

    internal static string Escape(IEnumerable<byte> bytes)
    {
        var text = new StringBuilder();
        foreach (byte b in bytes)
        {
            text.Append(b is >= 0x20 and < 0x7F and not (byte)'\\' ? ((char)b).ToString() : "\\x" + b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    private static string Word(Random random) => Words[random.Next(Words.Length)];
}
