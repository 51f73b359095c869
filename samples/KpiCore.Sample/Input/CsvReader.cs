using System.Globalization;
using System.Text;

namespace KpiCore.Sample.Input;

/// <summary>
/// A streaming RFC 4180 CSV reader over bytes: comma-separated, fields optionally in double quotes (a quote inside is
/// doubled; quoted fields may hold commas and line breaks), records ended by CRLF, LF or CR, UTF-8 with or without a BOM.
/// </summary>
/// <remarks>
/// <para>
/// It reads the stream in blocks and never holds more than one record. Each record carries the 1-based physical line
/// on which it starts. A record that cannot be read (bytes that are not valid UTF-8, text after a closing quote, a quote
/// left open at the end of the file, a field longer than <see cref="MaxFieldBytes"/>) is returned with an error and no
/// fields, and reading goes on at the next record, so one bad row never hides the rest.
/// </para>
/// <para>Lenient where it is safe: a quote inside an unquoted field is kept as text; blank lines are skipped.</para>
/// </remarks>
internal sealed class CsvReader : IDisposable
{
    /// <summary>The longest field accepted, in bytes (1 MiB): longer ones are reported, not loaded.</summary>
    internal const int MaxFieldBytes = 1 << 20;

    /// <summary>The most fields accepted in one record.</summary>
    internal const int MaxFields = 10_000;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Stream _stream;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private readonly List<string> _fields = [];
    private byte[] _field = new byte[256];
    private int _fieldLength;
    private int _position;
    private int _count;
    private int _line = 1;
    private bool _started;
    private bool _atEnd;

    /// <summary>Creates a reader; the stream is disposed with the reader.</summary>
    internal CsvReader(Stream stream) => _stream = stream;

    /// <summary>Reads the next non-blank record.</summary>
    /// <param name="record">The record, with its fields or its error.</param>
    /// <returns>False at the end of the input.</returns>
    internal bool TryRead(out CsvRecord record)
    {
        if (!_started)
        {
            _started = true;
            if (!SkipByteOrderMark(out string? encodingError))
            {
                record = new CsvRecord(1, [], encodingError);
                _position = 0; // nothing more is read in a wrong encoding
                _count = 0;
                _atEnd = true;
                return true;
            }
        }

        while (true)
        {
            int peek = Peek();
            if (peek < 0)
            {
                record = default;
                return false;
            }

            if (peek is '\r' or '\n')
            {
                ReadLineBreak();
                continue; // a blank line is no record
            }

            record = ReadRecord();
            return true;
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _stream.Dispose();

    private CsvRecord ReadRecord()
    {
        int startLine = _line;
        _fields.Clear();
        string? error = null;
        while (true)
        {
            _fieldLength = 0;
            bool tooLong = false;
            int b = Peek();
            if (b == '"')
            {
                Next();
                bool closed = false;
                while (true)
                {
                    b = Next();
                    if (b < 0)
                    {
                        break;
                    }

                    if (b == '"')
                    {
                        if (Peek() == '"')
                        {
                            Next();
                            tooLong |= !Append((byte)'"');
                            continue;
                        }

                        closed = true;
                        break;
                    }

                    if (b == '\n' || (b == '\r' && Peek() != '\n'))
                    {
                        _line++;
                    }

                    tooLong |= !Append((byte)b);
                }

                if (!closed)
                {
                    error ??= "A quoted field is not closed before the end of the file; a quote inside a quoted field must be doubled (\"\").";
                    return new CsvRecord(startLine, [], error);
                }

                b = Peek();
                if (b >= 0 && b != ',' && b != '\r' && b != '\n')
                {
                    error ??= string.Create(CultureInfo.InvariantCulture, $"Text follows a closing quote in field {_fields.Count + 1}; a quote inside a quoted field must be doubled (\"\").");
                    while (b >= 0 && b != ',' && b != '\r' && b != '\n')
                    {
                        Next();
                        b = Peek();
                    }
                }
            }
            else
            {
                while (b >= 0 && b != ',' && b != '\r' && b != '\n')
                {
                    tooLong |= !Append((byte)Next());
                    b = Peek();
                }
            }

            if (tooLong)
            {
                error ??= string.Create(CultureInfo.InvariantCulture, $"Field {_fields.Count + 1} is longer than {MaxFieldBytes} bytes.");
            }
            else if (error is null)
            {
                try
                {
                    _fields.Add(StrictUtf8.GetString(_field, 0, _fieldLength));
                }
                catch (DecoderFallbackException)
                {
                    error = string.Create(CultureInfo.InvariantCulture, $"Field {_fields.Count + 1} is not valid UTF-8; save the file as UTF-8.");
                }
            }
            else
            {
                _fields.Add(string.Empty);
            }

            if (_fields.Count > MaxFields)
            {
                error ??= string.Create(CultureInfo.InvariantCulture, $"The record has more than {MaxFields} fields.");
            }

            b = Peek();
            if (b == ',')
            {
                Next();
                continue;
            }

            ReadLineBreak();
            return error is null ? new CsvRecord(startLine, [.. _fields], null) : new CsvRecord(startLine, [], error);
        }
    }

    private bool Append(byte value)
    {
        if (_fieldLength >= MaxFieldBytes)
        {
            return false;
        }

        if (_fieldLength == _field.Length)
        {
            Array.Resize(ref _field, Math.Min(_field.Length * 2, MaxFieldBytes));
        }

        _field[_fieldLength++] = value;
        return true;
    }

    private void ReadLineBreak()
    {
        int b = Next();
        if (b == '\r' && Peek() == '\n')
        {
            Next();
        }

        if (b >= 0)
        {
            _line++;
        }
    }

    private bool SkipByteOrderMark(out string? error)
    {
        error = null;
        int b0 = Peek();
        if (b0 == 0xEF)
        {
            Fill(3);
            if (_count - _position >= 3 && _buffer[_position + 1] == 0xBB && _buffer[_position + 2] == 0xBF)
            {
                _position += 3;
            }
        }
        else if (b0 is 0xFF or 0xFE)
        {
            Fill(2);
            if (_count - _position >= 2 && ((b0 == 0xFF && _buffer[_position + 1] == 0xFE) || (b0 == 0xFE && _buffer[_position + 1] == 0xFF)))
            {
                error = "The file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8.";
                return false;
            }
        }

        return true;
    }

    private int Peek()
    {
        if (_position == _count && !Fill(1))
        {
            return -1;
        }

        return _buffer[_position];
    }

    private int Next()
    {
        int b = Peek();
        if (b >= 0)
        {
            _position++;
        }

        return b;
    }

    private bool Fill(int wanted)
    {
        if (_atEnd)
        {
            return _count - _position >= wanted;
        }

        if (_count - _position >= wanted)
        {
            return true;
        }

        int remaining = _count - _position;
        Buffer.BlockCopy(_buffer, _position, _buffer, 0, remaining);
        _position = 0;
        _count = remaining;
        while (_count < wanted)
        {
            int read = _stream.Read(_buffer, _count, _buffer.Length - _count);
            if (read == 0)
            {
                _atEnd = true;
                break;
            }

            _count += read;
        }

        return _count - _position >= wanted;
    }
}
