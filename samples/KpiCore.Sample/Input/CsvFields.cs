using System.Text;

namespace KpiCore.Sample.Input;

/// <summary>
/// One record of a <see cref="CsvReader"/> as bytes: its fields are ranges of the reader's record buffer (quoted fields
/// unescaped), decoded to a string only on demand; valid until the reader reads again.
/// </summary>
/// <remarks>
/// It carries what <see cref="CsvRecord"/> carries (line range, error, field count, trailing empty fields, fields not
/// valid UTF-8), and <see cref="ToRecord"/> makes that record. When <see cref="Error"/> is set there are no fields
/// (<see cref="Count"/> is 0) though <see cref="FieldCount"/> may say how many there were.
/// </remarks>
internal readonly ref struct CsvFields
{
    private readonly ReadOnlySpan<byte> _bytes;
    private readonly ReadOnlySpan<int> _starts;
    private readonly ReadOnlySpan<int> _ends;
    private readonly ReadOnlySpan<int> _notUtf8;
    private readonly bool _windows1252;

    internal CsvFields(int firstLine, int lastLine, string? error, int fieldCount, int trailingEmptyFieldCount,
        ReadOnlySpan<byte> bytes, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, ReadOnlySpan<int> notUtf8, bool windows1252, bool allAscii = false)
    {
        AllAscii = allAscii;
        FirstLine = firstLine;
        LastLine = lastLine;
        Error = error;
        FieldCount = fieldCount;
        TrailingEmptyFieldCount = trailingEmptyFieldCount;
        _bytes = bytes;
        _starts = starts;
        _ends = ends;
        _notUtf8 = notUtf8;
        _windows1252 = windows1252;
    }

    /// <summary>Gets the 1-based physical line on which the record starts.</summary>
    internal int FirstLine { get; }

    /// <summary>Gets the 1-based physical line on which the record ends.</summary>
    internal int LastLine { get; }

    /// <summary>Gets whether a quoted line break carries the record over more than one physical line.</summary>
    internal bool SpansLines => LastLine > FirstLine;

    /// <summary>Gets why the record could not be read, or null.</summary>
    internal string? Error { get; }

    /// <summary>Gets the number of fields the record was split into, as <see cref="CsvRecord.FieldCount"/>.</summary>
    internal int FieldCount { get; }

    /// <summary>Gets how many of the last fields are empty.</summary>
    internal int TrailingEmptyFieldCount { get; }

    /// <summary>Gets whether every field is known to be ASCII (false: not known, check each field).</summary>
    internal bool AllAscii { get; }

    /// <summary>Gets the number of fields that can be read (0 when <see cref="Error"/> is set).</summary>
    internal int Count => _ends.Length;

    /// <summary>Gets the 0-based positions of the fields that are not valid UTF-8, in increasing order.</summary>
    internal ReadOnlySpan<int> NotUtf8Fields => _notUtf8;

    /// <summary>Gets a field's bytes as written, quotes removed and doubled quotes made single.</summary>
    /// <param name="index">0 to <see cref="Count"/> - 1.</param>
    internal ReadOnlySpan<byte> this[int index] => _bytes[_starts[index].._ends[index]];

    /// <summary>Determines whether a field is not valid UTF-8 (it decodes as Windows-1252, flagged).</summary>
    internal bool IsNotUtf8(int index) => _notUtf8.Contains(index);

    /// <summary>Decodes a field as <see cref="CsvReader.TryRead"/> does: UTF-8, or Windows-1252 when declared or when it is not UTF-8.</summary>
    internal string GetString(int index)
    {
        ReadOnlySpan<byte> field = this[index];
        return field.IsEmpty ? string.Empty
            : _windows1252 || IsNotUtf8(index) ? Windows1252.Decode(field)
            : Encoding.UTF8.GetString(field);
    }

    /// <summary>Makes the record with its fields decoded to strings.</summary>
    internal CsvRecord ToRecord()
    {
        if (Error is not null)
        {
            return new CsvRecord(FirstLine, LastLine, [], Error, FieldCount, TrailingEmptyFieldCount);
        }

        var fields = new string[_ends.Length];
        for (int i = 0; i < fields.Length; i++)
        {
            fields[i] = GetString(i);
        }

        return new CsvRecord(FirstLine, LastLine, fields, null, FieldCount, TrailingEmptyFieldCount, _notUtf8.IsEmpty ? null : _notUtf8.ToArray());
    }
}
