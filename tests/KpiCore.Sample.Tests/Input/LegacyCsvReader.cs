using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using KpiCore.Sample.Input;

namespace KpiCore.Sample.Tests.Input;

/// <summary>
/// The host's CSV reader as it was before the span API (commit 9dfc1f8), frozen as the oracle the new reader is checked
/// against byte for byte (CsvReaderEquivalenceTests) and as the baseline of the reading benchmark.
/// </summary>
/// <remarks>Do not change it: it is the definition of the old behaviour, not code in use.</remarks>
internal sealed class LegacyCsvReader : IDisposable
{
    /// <summary>The longest field accepted, in bytes (1 MiB): longer ones are reported, not loaded.</summary>
    internal const int MaxFieldBytes = 1 << 20;

    /// <summary>The most fields accepted in one record.</summary>
    internal const int MaxFields = 10_000;

    private const int BlockBytes = 64 * 1024;
    private const int MaxBufferBytes = MaxFieldBytes + (2 * BlockBytes);
    private const int EncodingProbeBytes = 512;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

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
    private readonly List<string> _fields = [];
    private byte[] _buffer = new byte[BlockBytes];
    private byte[] _field = new byte[256];
    private int _fieldLength;
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
    internal LegacyCsvReader(Stream stream, byte delimiter = (byte)',', bool windows1252 = false)
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

    /// <summary>Reads the next non-blank record.</summary>
    /// <param name="record">The record, with its fields or its error, and its line range.</param>
    /// <returns>False at the end of the input.</returns>
    internal bool TryRead(out CsvRecord record)
    {
        _resumeOffset = -1; // the previous record can no longer be re-read
        _retaining = false;
        if (!_started)
        {
            _started = true;
            string? encodingError = CheckEncoding();
            if (encodingError is not null)
            {
                record = new CsvRecord(1, 1, [], encodingError, 0, 0);
                _position = 0; // nothing more is read in a wrong encoding
                _count = 0;
                _atEnd = true;
                return true;
            }
        }

        while (true)
        {
            if (_position == _count && !Fill())
            {
                record = default;
                return false;
            }

            byte b = _buffer[_position];
            if (b is (byte)'\r' or (byte)'\n')
            {
                ReadLineBreak();
                continue; // a blank line is no record
            }

            record = ReadRecord();
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

    private CsvRecord ReadRecord()
    {
        int first = _line;
        _recordFirstLine = first;
        _recordError = null;
        _fields.Clear();
        _notUtf8.Clear();
        int trailingEmpty = 0;
        while (true)
        {
            _fieldLength = 0;
            int fieldNumber = _fields.Count + 1;
            bool quoted = (_position < _count || Fill()) && _buffer[_position] == '"';
            if (quoted)
            {
                _position++;
                while (true)
                {
                    if (_position == _count && !Fill())
                    {
                        return Reject(_overflow
                            ? OverflowMessage()
                            : string.Create(CultureInfo.InvariantCulture, $"The quoted field {fieldNumber} is not closed before the end of the file; a quote inside a quoted field must be doubled (\"\")."));
                    }

                    ReadOnlySpan<byte> rest = _buffer.AsSpan(_position, _count - _position);
                    int stop = rest.IndexOfAny(QuotedStops);
                    int take = stop < 0 ? rest.Length : stop;
                    if (!AppendField(rest[..take]))
                    {
                        return Reject(TooLongMessage(fieldNumber, quoted: true));
                    }

                    _position += take;
                    if (stop < 0)
                    {
                        continue;
                    }

                    byte c = _buffer[_position++];
                    if (c == '"')
                    {
                        if (_position < _count || Fill())
                        {
                            if (_buffer[_position] == '"')
                            {
                                _position++;
                                if (!AppendField("\""u8))
                                {
                                    return Reject(TooLongMessage(fieldNumber, quoted: true));
                                }

                                continue;
                            }
                        }

                        break;
                    }

                    if (c is (byte)'\r' or (byte)'\n')
                    {
                        bool crlf = c == '\r' && (_position < _count || Fill()) && _buffer[_position] == '\n';
                        if (crlf)
                        {
                            _position++;
                        }

                        QuotedLineBreak(); // before appending, so a rejection resumes after this break
                        if (!AppendField(crlf ? "\r\n"u8 : c == '\r' ? "\r"u8 : "\n"u8))
                        {
                            return Reject(TooLongMessage(fieldNumber, quoted: true));
                        }

                        continue;
                    }

                    NoteControlCharacter(c, fieldNumber, _position - 1);
                    if (!AppendField([c]))
                    {
                        return Reject(TooLongMessage(fieldNumber, quoted: true));
                    }
                }

                if ((_position < _count || Fill()) && _buffer[_position] is not ((byte)'\r' or (byte)'\n') && _buffer[_position] != _delimiter)
                {
                    return Reject(string.Create(CultureInfo.InvariantCulture,
                        $"Text follows the closing quote of field {fieldNumber} on line {_line}; a quote inside a quoted field must be doubled (\"\")."));
                }
            }
            else
            {
                while (_position < _count || Fill())
                {
                    ReadOnlySpan<byte> rest = _buffer.AsSpan(_position, _count - _position);
                    int stop = rest.IndexOfAny(_unquotedStops);
                    int take = stop < 0 ? rest.Length : stop;
                    if (!AppendField(rest[..take]))
                    {
                        return Reject(TooLongMessage(fieldNumber, quoted: false));
                    }

                    _position += take;
                    if (stop < 0)
                    {
                        continue;
                    }

                    byte c = _buffer[_position];
                    if (c is (byte)'\r' or (byte)'\n' || c == _delimiter)
                    {
                        break;
                    }

                    NoteControlCharacter(c, fieldNumber, _position);
                    _position++;
                    if (!AppendField([c]))
                    {
                        return Reject(TooLongMessage(fieldNumber, quoted: false));
                    }
                }
            }

            AddField(fieldNumber);
            trailingEmpty = _fieldLength == 0 ? trailingEmpty + 1 : 0;
            if (_fields.Count > MaxFields)
            {
                return Reject(string.Create(CultureInfo.InvariantCulture, $"The record has more than {MaxFields} fields."));
            }

            if ((_position < _count || Fill()) && _buffer[_position] == _delimiter)
            {
                _position++;
                continue;
            }

            if (_overflow)
            {
                return Reject(OverflowMessage());
            }

            int last = _line;
            if (_position < _count)
            {
                ReadLineBreak(); // the byte is CR or LF: every other byte was taken into a field
            }

            return _recordError is null
                ? new CsvRecord(first, last, [.. _fields], null, _fields.Count, trailingEmpty, _notUtf8.Count == 0 ? null : [.. _notUtf8])
                : new CsvRecord(first, last, [], _recordError, _fields.Count, trailingEmpty);
        }
    }

    private void AddField(int fieldNumber)
    {
        if (_recordError is not null)
        {
            _fields.Add(string.Empty); // only counted: the record is rejected
            return;
        }

        if (_windows1252)
        {
            _fields.Add(Windows1252.Decode(_field.AsSpan(0, _fieldLength)));
            return;
        }

        try
        {
            _fields.Add(StrictUtf8.GetString(_field, 0, _fieldLength));
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: most often a file saved as Excel's plain "CSV" (Windows-1252). The field is kept, decoded that
            // way and flagged, so the row parser can reject the record (a name, a date) or warn (a free-text field).
            _notUtf8.Add(_fields.Count);
            _fields.Add(Windows1252.Decode(_field.AsSpan(0, _fieldLength)));
        }
    }

    private void NoteControlCharacter(byte c, int fieldNumber, int bufferIndex)
    {
        if (_recordError is not null)
        {
            return;
        }

        long offset = _bufferOffset + bufferIndex;
        _recordError = c == 0
            ? string.Create(CultureInfo.InvariantCulture,
                $"Field {fieldNumber} contains a NUL byte (0x00) at line {_line}, byte offset {offset}; the file may be UTF-16 or binary, save it as UTF-8 text.")
            : string.Create(CultureInfo.InvariantCulture,
                $"Field {fieldNumber} contains the control character 0x{c:X2} at line {_line}, byte offset {offset}; only tab, and line breaks inside quotes, are allowed.");
    }

    private static string TooLongMessage(int fieldNumber, bool quoted) =>
        quoted
            ? string.Create(CultureInfo.InvariantCulture, $"The quoted field {fieldNumber} is longer than {MaxFieldBytes} bytes; its closing quote may be missing.")
            : string.Create(CultureInfo.InvariantCulture, $"Field {fieldNumber} is longer than {MaxFieldBytes} bytes.");

    private string OverflowMessage() =>
        string.Create(CultureInfo.InvariantCulture,
            $"The record runs on past line {_line} with more than {MaxFieldBytes} bytes after its first line, more than can be read again from an input that cannot seek; a quote may be missing.");

    /// <summary>Rejects the record being read by the resync rule and resumes after its first line.</summary>
    private CsvRecord Reject(string reason)
    {
        int first = _recordFirstLine;
        bool spanned = _resumeOffset >= 0;
        ResumeAfterFirstLine(first);
        string error = spanned
            ? string.Create(CultureInfo.InvariantCulture, $"{reason} Only line {first} is rejected; reading resumed at line {first + 1}.")
            : reason;
        return new CsvRecord(first, first, [], error, 0, 0);
    }

    private void ResumeAfterFirstLine(int firstLine)
    {
        if (_resumeOffset >= 0)
        {
            if (_retaining && _resumeOffset >= _bufferOffset)
            {
                _position = (int)(_resumeOffset - _bufferOffset);
            }
            else
            {
                Debug.Assert(_canSeek, "Only a seekable stream stops keeping the bytes of the record.");
                _stream.Position = _origin + _resumeOffset;
                _bufferOffset = _resumeOffset;
                _position = 0;
                _count = 0;
                _atEnd = false;
            }
        }
        else
        {
            // Still on the first line: skip the rest of it, quotes and all.
            while (_position < _count || Fill())
            {
                int stop = _buffer.AsSpan(_position, _count - _position).IndexOfAny((byte)'\r', (byte)'\n');
                if (stop >= 0)
                {
                    _position += stop;
                    ReadLineBreak();
                    break;
                }

                _position = _count;
            }
        }

        _line = firstLine + 1;
        _resumeOffset = -1;
        _retaining = false;
        _overflow = false;
    }

    private void QuotedLineBreak()
    {
        _line++;
        if (_resumeOffset < 0)
        {
            _resumeOffset = _bufferOffset + _position;
            _retaining = true;
        }
    }

    private bool AppendField(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxFieldBytes - _fieldLength)
        {
            return false;
        }

        int needed = _fieldLength + bytes.Length;
        if (needed > _field.Length)
        {
            Array.Resize(ref _field, Math.Min(Math.Max(needed, _field.Length * 2), MaxFieldBytes));
        }

        bytes.CopyTo(_field.AsSpan(_fieldLength));
        _fieldLength = needed;
        return true;
    }

    /// <summary>Reads the line break at the position (CR, LF or CRLF) and counts the line.</summary>
    private void ReadLineBreak()
    {
        byte b = _buffer[_position++];
        if (b == '\r' && (_position < _count || Fill()) && _buffer[_position] == '\n')
        {
            _position++;
        }

        _line++;
    }

    private string? CheckEncoding()
    {
        while (_count < EncodingProbeBytes && !_atEnd)
        {
            int read = _stream.Read(_buffer, _count, EncodingProbeBytes - _count);
            if (read <= 0)
            {
                _atEnd = true;
            }
            else
            {
                _count += read;
            }
        }

        ReadOnlySpan<byte> start = _buffer.AsSpan(0, _count);
        if (start.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            _position = 3;
        }
        else if (start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return "The file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8.";
        }

        int probed = _count - _position;
        int nuls = start[_position..].Count((byte)0);
        if (nuls >= 4 && nuls * 4 >= probed)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"The file is not UTF-8 text: {nuls} of its first {probed} bytes are NUL (0x00), as in UTF-16 without a byte order mark or a binary file; save it as UTF-8.");
        }

        return null;
    }

    /// <summary>Makes at least one more byte available at the position; false at the end of the input.</summary>
    private bool Fill()
    {
        Debug.Assert(_position == _count, "Fill is called only when the buffer is used up.");
        if (_atEnd || _overflow)
        {
            return false;
        }

        int keep = _retaining ? (int)Math.Min(_position, _resumeOffset - _bufferOffset) : _position;
        if (keep > 0)
        {
            Buffer.BlockCopy(_buffer, keep, _buffer, 0, _count - keep);
            _count -= keep;
            _position -= keep;
            _bufferOffset += keep;
        }

        if (_count == _buffer.Length)
        {
            // Full of the bytes kept for a resync.
            if (_buffer.Length < MaxBufferBytes)
            {
                Array.Resize(ref _buffer, Math.Min(_buffer.Length * 2, MaxBufferBytes));
            }
            else if (_canSeek)
            {
                _retaining = false; // a resync will seek back to _resumeOffset
                _bufferOffset += _count;
                _position = 0;
                _count = 0;
            }
            else
            {
                _overflow = true;
                return false;
            }
        }

        int read = _stream.Read(_buffer, _count, _buffer.Length - _count);
        if (read <= 0)
        {
            _atEnd = true;
            return false;
        }

        _count += read;
        return true;
    }
}
