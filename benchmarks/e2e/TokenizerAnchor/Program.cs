// Tokenizing only, the same accounting for both readers: per record its first line, its field count, and every
// field's bytes touched (length and first byte summed), so neither skips work the host needs. Usage:
//   tokenizer-anchor host|sep FILE    prints records, fields, a checksum and the seconds taken
using System.Diagnostics;
using System.Globalization;
using KpiCore.Sample.Input;
using nietras.SeparatedValues;

if (args.Length != 2 || args[0] is not ("host" or "sep"))
{
    Console.Error.WriteLine("usage: tokenizer-anchor host|sep FILE");
    return 2;
}

var watch = Stopwatch.StartNew();
long records = 0, fields = 0, checksum = 0;
if (args[0] == "host")
{
    using var stream = new FileStream(args[1], FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
    var reader = new CsvReader(stream);
    bool header = true;
    while (reader.TryReadFields(out CsvFields record))
    {
        if (header)
        {
            header = false;
            continue;
        }

        records++;
        fields += record.Count;
        checksum += record.FirstLine;
        for (int i = 0; i < record.Count; i++)
        {
            ReadOnlySpan<byte> field = record[i];
            checksum += field.Length + (field.IsEmpty ? 0 : field[0]);
        }
    }
}
else
{
    using SepReader reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromFile(args[1]);
    foreach (SepReader.Row row in reader)
    {
        records++;
        fields += row.ColCount;
        checksum += row.LineNumberFrom;
        for (int i = 0; i < row.ColCount; i++)
        {
            ReadOnlySpan<char> field = row[i].Span; // Sep reads UTF-8 into chars: a field is text, not bytes
            checksum += field.Length + (field.IsEmpty ? 0 : field[0]);
        }
    }
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{args[0]}: {records} records, {fields} fields, checksum {checksum}, {watch.Elapsed.TotalSeconds:0.00} s"));
return 0;
