using System.Diagnostics;
using System.Globalization;

namespace KpiCore.Sample.Input;

/// <content>The read buffer: filling it, line breaks, the encoding check, and going back for the resync rule.</content>
internal sealed partial class CsvReader
{
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

    /// <summary>Appends bytes to the field being read; false when that would make it longer than <see cref="MaxFieldBytes"/>.</summary>
    private bool AppendField(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxFieldBytes - (_recordLength - _fieldStart))
        {
            return false;
        }

        int needed = _recordLength + bytes.Length;
        if (needed > _record.Length)
        {
            Array.Resize(ref _record, (int)Math.Min(Math.Max(needed, 2L * _record.Length), Array.MaxLength));
        }

        bytes.CopyTo(_record.AsSpan(_recordLength));
        _recordLength = needed;
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
