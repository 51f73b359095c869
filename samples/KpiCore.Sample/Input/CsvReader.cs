using System.Buffers;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace KpiCore.Sample.Input;

/// <summary>
/// A streaming RFC 4180 CSV reader over bytes: comma-separated, fields optionally in double quotes (a quote inside is
/// doubled; quoted fields may hold commas and line breaks), records ended by CRLF, LF or CR, UTF-8 with or without a BOM.
/// </summary>
/// <remarks>
/// <para>
/// It reads the stream in blocks and holds at most one record (a file may be many gigabytes). Each record carries the
/// 1-based physical lines it covers, <see cref="CsvRecord.FirstLine"/> to <see cref="CsvRecord.LastLine"/>; a physical
/// line is ended by CRLF, LF or CR, inside quotes or not. Blank lines are skipped. A quote inside an unquoted field is
/// kept as text.
/// </para>
/// <para>
/// Resync rule: a broken quote costs at most the record it starts in. A record is rejected by this rule when a quoted
/// field reaches the end of the file unclosed, when text follows a closing quote, when a field is longer than
/// <see cref="MaxFieldBytes"/> bytes, when it has more than <see cref="MaxFields"/> fields, or (checked by
/// <see cref="CsvTable"/>, which knows the header's column count) when it has the wrong number of fields and spans
/// more than one physical line because of a quoted line break. Then only the record at its first physical line is
/// rejected (one error, reported at that line) and reading resumes at the start of the next physical line after that
/// first line, as if no quote had been open: the later lines the record had taken in are read again as records of
/// their own, and line numbers go on from there. A record with a quoted line break and the right number of fields is
/// accepted as one record spanning its lines.
/// </para>
/// <para>
/// Other errors cost exactly the record, read to its end with its quoting intact: a field that is not valid UTF-8,
/// or that contains a NUL byte or another C0 control character (0x00-0x1F) other than tab, or a line break inside
/// quotes. Such a record is returned with the error, its line range and its field count, but no fields, so the bytes
/// never reach names or outputs. A file that starts with a UTF-16 byte order mark, or whose first 512 bytes are a
/// quarter or more NUL (UTF-16 without a byte order mark, or binary), is one error for the whole file and no records.
/// </para>
/// <para>
/// Each record is read into one buffer: <see cref="TryReadFields"/> hands out its fields as byte spans (quoted fields
/// unescaped) without making a string, and <see cref="TryRead"/> decodes them to strings, as UTF-8 or, for a field
/// that is not valid UTF-8, as Windows-1252 with the field flagged in <see cref="CsvRecord.NotUtf8Fields"/>. Both see
/// the same records, line ranges and errors.
/// </para>
/// <para>
/// To resume, the reader keeps in memory the bytes from the start of the record's second line (up to
/// <see cref="MaxFieldBytes"/> plus a read block); past that it seeks the stream back. On a stream that cannot seek
/// (a pipe), a record that spans lines and runs on for more than that after its first line is itself rejected by the
/// rule, so nothing is lost without a word either way.
/// </para>
/// </remarks>
internal sealed partial class CsvReader : IDisposable
{
    /// <summary>The longest field accepted, in bytes (1 MiB): longer ones are reported, not loaded.</summary>
    internal const int MaxFieldBytes = 1 << 20;

    /// <summary>The most fields accepted in one record.</summary>
    internal const int MaxFields = 10_000;

    private const int BlockBytes = 64 * 1024;
    private const int MaxBufferBytes = MaxFieldBytes + (2 * BlockBytes);
    private const int EncodingProbeBytes = 512;

    private readonly List<int> _notUtf8 = [];

    // Bytes that end a run of ordinary field bytes: the quote, and every C0 control but tab (CR and LF among them).
    private static readonly SearchValues<byte> QuotedStops = SearchValues.Create(
        [(byte)'"', 0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]);

    // The same with the comma instead of the quote (a quote inside an unquoted field is text).
    private static readonly SearchValues<byte> CommaStops = SearchValues.Create(
        [(byte)',', 0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]);

    private readonly SearchValues<byte> _unquotedStops;
    private readonly byte _delimiter;
    private readonly bool _windows1252;

    private readonly Stream _stream;
    private readonly bool _canSeek;
    private readonly long _origin;
    private byte[] _buffer = new byte[BlockBytes];

    // The record being read: its fields' bytes one after another, and where each field ends.
    private byte[] _record = new byte[1024];
    private int _recordLength;
    private int _fieldStart;
    private int[] _fieldStarts = new int[16]; // a line read at once keeps its delimiters between the fields
    private int[] _fieldEnds = new int[16];
    private int _fieldCount;
    private int _trailingEmpty;
    private bool _recordAscii; // every byte of the record is ASCII (known from the line read at once)
    private int _recordLastLine;
    private long _recordStart;
    private int _position;
    private int _count;
    private long _bufferOffset; // offset of _buffer[0] from _origin
    private int _line = 1;
    private bool _started;
    private bool _atEnd;
    private bool _overflow; // a non-seekable stream ran past what can be kept for a resync

    // The record being read (or last returned): its first line, and the offset of its second line once known.
    private int _recordFirstLine;
    private long _resumeOffset = -1;
    private bool _retaining; // the bytes from _resumeOffset on are still in _buffer
    private string? _recordError;

    /// <summary>Creates a reader; the stream is disposed with the reader.</summary>
    /// <param name="stream">The input.</param>
    /// <param name="delimiter">The field separator: a comma (the default), a semicolon, a tab or a pipe.</param>
    /// <param name="windows1252">True to decode every field as Windows-1252 without flagging it (a profile that declares that encoding); false for UTF-8 with the Windows-1252 fallback.</param>
    internal CsvReader(Stream stream, byte delimiter = (byte)',', bool windows1252 = false)
    {
        _delimiter = delimiter;
        _windows1252 = windows1252;
        _unquotedStops = delimiter == (byte)','
            ? CommaStops
            : SearchValues.Create([delimiter, 0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]);
        _stream = stream;
        _canSeek = stream.CanSeek;
        _origin = _canSeek ? stream.Position : 0;
    }

    /// <summary>
    /// Creates a reader that starts inside a file, at a line start that a reading from the file's start would reach
    /// at a record's start (see <see cref="CsvSplitReader"/>): no encoding check, lines and byte offsets counted from
    /// the given ones, so records and messages are those of that reading.
    /// </summary>
    /// <param name="stream">The whole file, seekable, positioned at <paramref name="startOffset"/>; disposed with the reader.</param>
    /// <param name="startOffset">The byte offset of the start in the file.</param>
    /// <param name="startLine">The 1-based physical line that starts there.</param>
    /// <param name="delimiter">As for the other constructor.</param>
    /// <param name="windows1252">As for the other constructor.</param>
    internal CsvReader(Stream stream, long startOffset, int startLine, byte delimiter = (byte)',', bool windows1252 = false)
        : this(stream, delimiter, windows1252)
    {
        Debug.Assert(_canSeek, "A reader inside a file seeks back to resume.");
        _origin = stream.Position - startOffset;
        _bufferOffset = startOffset;
        _line = startLine;
        _started = true;
    }

    /// <summary>Gets the byte offset (from the start of the input) of the first byte of the record last read.</summary>
    internal long RecordStart => _recordStart;

    /// <summary>Reads the next non-blank record, its fields decoded to strings.</summary>
    /// <param name="record">The record, with its fields or its error, and its line range.</param>
    /// <returns>False at the end of the input.</returns>
    internal bool TryRead(out CsvRecord record)
    {
        if (!TryReadFields(out CsvFields fields))
        {
            record = default;
            return false;
        }

        record = fields.ToRecord();
        return true;
    }

    /// <summary>Reads the next non-blank record, its fields as bytes in the reader's record buffer.</summary>
    /// <param name="fields">The record; its spans are valid until the next read.</param>
    /// <returns>False at the end of the input.</returns>
    internal bool TryReadFields(out CsvFields fields)
    {
        _resumeOffset = -1; // the previous record can no longer be re-read
        _retaining = false;
        if (!_started)
        {
            _started = true;
            string? encodingError = CheckEncoding();
            if (encodingError is not null)
            {
                _position = 0; // nothing more is read in a wrong encoding
                _count = 0;
                _atEnd = true;
                _recordStart = 0;
                fields = new CsvFields(1, 1, encodingError, 0, 0, [], [], [], [], _windows1252);
                return true;
            }
        }

        while (true)
        {
            if (_position == _count && !Fill())
            {
                fields = default;
                return false;
            }

            byte b = _buffer[_position];
            if (b is (byte)'\r' or (byte)'\n')
            {
                ReadLineBreak();
                continue; // a blank line is no record
            }

            bool rejected = !ReadRecord();
            fields = rejected
                ? new CsvFields(_recordFirstLine, _recordFirstLine, _recordError, 0, 0, [], [], [], [], _windows1252)
                : _recordError is not null
                    ? new CsvFields(_recordFirstLine, _recordLastLine, _recordError, _fieldCount, _trailingEmpty, [], [], [], [], _windows1252)
                    : new CsvFields(_recordFirstLine, _recordLastLine, null, _fieldCount, _trailingEmpty,
                        _record.AsSpan(0, _recordLength), _fieldStarts.AsSpan(0, _fieldCount), _fieldEnds.AsSpan(0, _fieldCount), CollectionsMarshal.AsSpan(_notUtf8), _windows1252, _recordAscii);
            return true;
        }
    }

    /// <summary>
    /// Applies the resync rule to the record last returned by <see cref="TryRead"/>: goes back to the start of the
    /// physical line after its first line, so that its later lines are read again as records of their own.
    /// </summary>
    /// <remarks>
    /// Call it before the next <see cref="TryRead"/>; it does nothing for a record on one line (reading is already at
    /// the next line). The caller reports the record as rejected at its <see cref="CsvRecord.FirstLine"/>.
    /// </remarks>
    internal void ResumeAfterFirstLine()
    {
        if (_resumeOffset >= 0)
        {
            ResumeAfterFirstLine(_recordFirstLine);
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _stream.Dispose();
}

