using System.Globalization;
using System.Text;
using KpiCore.Sample.Input.Formats;
using KpiCore.ServiceDesk;
using NodaTime;

namespace KpiCore.Sample.Input;

/// <summary>
/// Reads typed values straight from a record's bytes (<see cref="CsvFields"/>), without a string per field, with the
/// same results as the string path on the same field: <see cref="CsvRow"/>'s trimmed text read by
/// <see cref="RowParser"/>, <see cref="CallsFormat.TryParsePriority"/> and <see cref="InstantReader"/>.
/// </summary>
/// <remarks>
/// A field of ASCII bytes (nearly all numbers, instants and codes) is trimmed and parsed as bytes; any other field is
/// decoded as the reader decodes it (UTF-8, or Windows-1252) and handed to the string version, so the two can never
/// disagree. A false result means the string version fails too: the caller reports it with the string path's message,
/// from <see cref="Text"/>, on this rare path.
/// </remarks>
internal static class CsvFieldParsers
{
    /// <summary>Gets a field as <see cref="CsvRow"/>'s indexer gives it: decoded and trimmed.</summary>
    internal static string Text(in CsvFields fields, int index) => fields.GetString(index).Trim();

    /// <summary>Gets a field's bytes trimmed as <see cref="string.Trim()"/> trims its text, when every byte is ASCII.</summary>
    /// <returns>False when the field holds a byte from 0x80 (its text must be decoded first).</returns>
    internal static bool TryTrimAscii(ReadOnlySpan<byte> field, out ReadOnlySpan<byte> trimmed)
    {
        if (!Ascii.IsValid(field))
        {
            trimmed = default;
            return false;
        }

        trimmed = TrimAscii(field);
        return true;
    }

    /// <summary>Trims an ASCII field (known to be ASCII) as <see cref="string.Trim()"/> trims its string.</summary>
    internal static ReadOnlySpan<byte> TrimAscii(ReadOnlySpan<byte> field)
    {
        // Nearly every field starts and ends with a byte above the space, which no ASCII white space is.
        if (field.IsEmpty || (field[0] > (byte)' ' && field[^1] > (byte)' '))
        {
            return field;
        }

        int start = 0;
        int end = field.Length;
        while (start < end && char.IsWhiteSpace((char)field[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace((char)field[end - 1]))
        {
            end--;
        }

        return field[start..end];
    }

    /// <summary>Determines whether the trimmed field is empty, as <c>row[column].Length == 0</c>.</summary>
    internal static bool IsBlank(in CsvFields fields, int index) =>
        TryTrimAscii(fields[index], out ReadOnlySpan<byte> trimmed) ? trimmed.IsEmpty : Text(fields, index).Length == 0;

    /// <summary>Parses a whole number as <see cref="RowParser.Int"/> does (an optional sign, invariant culture), before its range check.</summary>
    internal static bool TryParseInt(in CsvFields fields, int index, out int value) =>
        TryTrimAscii(fields[index], out ReadOnlySpan<byte> trimmed)
            ? int.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value)
            : int.TryParse(Text(fields, index), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    /// <summary>Parses a priority code P1..P99 as <see cref="CallsFormat.TryParsePriority"/> does.</summary>
    internal static bool TryParsePriority(in CsvFields fields, int index, out Priority priority)
    {
        if (!TryTrimAscii(fields[index], out ReadOnlySpan<byte> text))
        {
            return CallsFormat.TryParsePriority(Text(fields, index), out priority);
        }

        return TryParsePriority(text, out priority);
    }

    /// <summary>Parses a priority code P1..P99, trimmed ASCII bytes, as <see cref="CallsFormat.TryParsePriority"/> does on its text.</summary>
    internal static bool TryParsePriority(ReadOnlySpan<byte> text, out Priority priority)
    {
        // P1-P4 (or p1-p4), nearly every row: two bytes.
        if (text.Length == 2 && (text[0] | 0x20) == 'p' && (uint)(text[1] - '1') < 4)
        {
            priority = (text[1] - '0') switch
            {
                1 => Priority.P1,
                2 => Priority.P2,
                3 => Priority.P3,
                _ => Priority.P4,
            };
            return true;
        }

        priority = default;
        if (text.Length < 2 || text[0] is not ((byte)'P' or (byte)'p')
            || !int.TryParse(text[1..], NumberStyles.None, CultureInfo.InvariantCulture, out int rank) || rank is < 1 or > 99)
        {
            return false;
        }

        priority = rank switch
        {
            1 => Priority.P1,
            2 => Priority.P2,
            3 => Priority.P3,
            4 => Priority.P4,
            _ => CallsFormat.TryParsePriority(Encoding.ASCII.GetString(text), out Priority named) ? named : default,
        };
        return true;
    }

    /// <summary>Parses an instant as <see cref="InstantReader.TryParse(string, out Instant)"/> does on the trimmed text.</summary>
    internal static bool TryParseInstant(in CsvFields fields, int index, InstantReader reader, out Instant instant) =>
        TryTrimAscii(fields[index], out ReadOnlySpan<byte> trimmed)
            ? reader.TryParse(trimmed, out instant)
            : reader.TryParse(Text(fields, index), out instant);
}
