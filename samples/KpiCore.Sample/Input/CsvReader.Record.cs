using System.Globalization;
using System.Numerics;
using System.Runtime.Intrinsics;
using System.Text;
using System.Text.Unicode;

namespace KpiCore.Sample.Input;

/// <content>Reading one record: fields, quotes, control characters and the resync rule's rejections.</content>
internal sealed partial class CsvReader
{
    /// <summary>Reads the record at the position into the record buffer (the outcome is in the record's fields).</summary>
    /// <returns>False when the record was rejected by the resync rule (and reading resumed after its first line).</returns>
    private bool ReadRecord()
    {
        _recordFirstLine = _line;
        _recordStart = _bufferOffset + _position;
        _recordError = null;
        _fieldCount = 0;
        _recordLength = 0;
        _notUtf8.Clear();
        _trailingEmpty = 0;
        _recordAscii = false;
        if (TryReadPlainLine())
        {
            return true;
        }

        while (true)
        {
            _fieldStart = _recordLength;
            int fieldNumber = _fieldCount + 1;
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

            AddField(_fieldStart, _recordLength, ascii: false);
            if (_fieldCount > MaxFields)
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

            _recordLastLine = _line;
            if (_position < _count)
            {
                ReadLineBreak(); // the byte is CR or LF: every other byte was taken into a field
            }

            return true;
        }
    }

    /// <summary>
    /// The common case, read at once: a record on one line, all of it in the buffer, with no quote and no control
    /// character but tab, no longer than <see cref="MaxFieldBytes"/> and with at most <see cref="MaxFields"/> fields.
    /// Such a line is read the same way by the byte-by-run loop (fields split at each delimiter, then the line break),
    /// so this is a shortcut, not a second set of rules; any other record is left to that loop.
    /// </summary>
    private bool TryReadPlainLine()
    {
        ReadOnlySpan<byte> rest = _buffer.AsSpan(_position, _count - _position);
        int end = rest.IndexOfAny(QuotedStops);
        if (end < 0 || end > MaxFieldBytes || rest[end] is not ((byte)'\r' or (byte)'\n'))
        {
            return false;
        }

        ReadOnlySpan<byte> line = rest[..end];
        if (_record.Length < end)
        {
            Array.Resize(ref _record, Math.Max(end, 2 * _record.Length));
        }

        line.CopyTo(_record);
        _recordLength = end;
        bool ascii = Ascii.IsValid(line);
        int fieldStart = 0;
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            Vector256<byte> delimiter = Vector256.Create(_delimiter);
            for (; i + Vector256<byte>.Count <= line.Length; i += Vector256<byte>.Count)
            {
                uint mask = Vector256.Equals(Vector256.Create(line.Slice(i, Vector256<byte>.Count)), delimiter).ExtractMostSignificantBits();
                while (mask != 0)
                {
                    int at = i + BitOperations.TrailingZeroCount(mask);
                    AddField(fieldStart, at, ascii);
                    fieldStart = at + 1;
                    mask &= mask - 1;
                }

                if (_fieldCount > MaxFields)
                {
                    break;
                }
            }
        }

        for (; i < line.Length && _fieldCount <= MaxFields; i++)
        {
            if (line[i] == _delimiter)
            {
                AddField(fieldStart, i, ascii);
                fieldStart = i + 1;
            }
        }

        AddField(fieldStart, end, ascii);
        if (_fieldCount > MaxFields)
        {
            // Left to the loop, which rejects it with its message.
            _fieldCount = 0;
            _recordLength = 0;
            _notUtf8.Clear();
            _trailingEmpty = 0;
            return false;
        }

        _position += end;
        _recordLastLine = _line;
        _recordAscii = ascii;
        ReadLineBreak();
        return true;
    }

    /// <summary>Ends a field of the record buffer: notes where it ends, whether it is empty, and whether it is valid UTF-8.</summary>
    /// <param name="start">Where the field starts in the record buffer.</param>
    /// <param name="end">Where it ends.</param>
    /// <param name="ascii">True when the bytes are known to be ASCII (so valid UTF-8).</param>
    private void AddField(int start, int end, bool ascii)
    {
        int length = end - start;
        if (_fieldCount == _fieldEnds.Length)
        {
            Array.Resize(ref _fieldEnds, _fieldEnds.Length * 2);
            Array.Resize(ref _fieldStarts, _fieldEnds.Length);
        }

        _fieldStarts[_fieldCount] = start;
        _fieldEnds[_fieldCount] = end;
        _trailingEmpty = length == 0 ? _trailingEmpty + 1 : 0;
        if (!ascii && _recordError is null && !_windows1252 && length > 0 && !Utf8.IsValid(_record.AsSpan(start, length)))
        {
            // Not UTF-8: most often a file saved as Excel's plain "CSV" (Windows-1252). The field is kept, decoded that
            // way and flagged, so the row parser can reject the record (a name, a date) or warn (a free-text field).
            _notUtf8.Add(_fieldCount);
        }

        _fieldCount++;
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
    /// <returns>False.</returns>
    private bool Reject(string reason)
    {
        int first = _recordFirstLine;
        bool spanned = _resumeOffset >= 0;
        ResumeAfterFirstLine(first);
        _recordError = spanned
            ? string.Create(CultureInfo.InvariantCulture, $"{reason} Only line {first} is rejected; reading resumed at line {first + 1}.")
            : reason;
        _recordLastLine = first;
        return false;
    }
}
