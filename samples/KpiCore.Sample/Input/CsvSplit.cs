namespace KpiCore.Sample.Input;

/// <summary>
/// Chooses where to split a CSV file for parallel reading: one fast sequential pre-scan counts line breaks and quotes
/// (vectorised counts over the bulk, a walk only near each target), so that each candidate is a physical line start
/// with its exact line number, chosen where the number of quotes before it is even (most likely outside quotes).
/// </summary>
/// <remarks>
/// A candidate is a guess, not a proof: a quote inside an unquoted field is text, and the resync rule reopens lines
/// after a broken quote, so no local count can tell for certain that the reader will be at a record's start there.
/// <see cref="CsvSplitReader"/> makes the guess safe: it verifies every split at the join and reads on sequentially
/// where a guess was wrong.
/// </remarks>
internal static class CsvSplit
{
    /// <summary>How far past a target the scan looks for a line with an even quote count before taking any line start.</summary>
    internal const int MaxQuoteLookBytes = 1 << 20;

    private const int BlockBytes = 1 << 20;

    /// <summary>Finds up to <paramref name="parts"/> - 1 split candidates near equal fractions of the stream, read from its current position to its end.</summary>
    /// <param name="stream">The file; read to its end, from the position that is offset 0 of the candidates.</param>
    /// <param name="parts">The number of ranges wanted, 1 or more.</param>
    /// <returns>The candidates, in increasing order, each after offset 0; fewer when the file has fewer lines.</returns>
    internal static CsvSplitPoint[] Candidates(Stream stream, int parts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parts, 1);
        long length = stream.Length - stream.Position;
        var scan = new Scanner(length, parts);
        byte[] block = new byte[BlockBytes];
        int read;
        while (!scan.Done && (read = stream.Read(block, 0, block.Length)) > 0)
        {
            scan.Consume(block.AsSpan(0, read));
        }

        return [.. scan.Found];
    }

    /// <summary>Finds candidates in bytes held in memory (see <see cref="Candidates(Stream, int)"/>).</summary>
    internal static CsvSplitPoint[] Candidates(ReadOnlySpan<byte> file, int parts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parts, 1);
        var scan = new Scanner(file.Length, parts);
        scan.Consume(file);
        return [.. scan.Found];
    }

    /// <summary>The scan's state across blocks. Line breaks are counted as the reader counts them: CR, LF, and CRLF once.</summary>
    private sealed class Scanner(long length, int parts)
    {
        private long _position;   // offset of the next byte
        private long _breaks;     // line breaks before _position
        private long _quotes;     // quotes before _position
        private byte _last;       // the byte before _position (0 at the start)
        private int _next = 1;    // the target being looked for: length * _next / parts
        private bool _seeking;    // past the target, looking for a line start
        private long _seekFrom;

        internal List<CsvSplitPoint> Found { get; } = [];

        internal bool Done => _next >= parts;

        internal void Consume(ReadOnlySpan<byte> block)
        {
            int i = 0;
            while (i < block.Length && !Done)
            {
                if (!_seeking)
                {
                    long target = length * _next / parts;
                    int end = (int)Math.Min(block.Length, Math.Max(i, target - _position + i));
                    Count(block[i..end]);
                    i = end;
                    if (_position >= target)
                    {
                        _seeking = true;
                        _seekFrom = _position;
                    }

                    continue;
                }

                // At _position: is it a line start (not between the CR and LF of a CRLF)?
                byte b = block[i];
                if (_position > 0 && (_last == '\n' || (_last == '\r' && b != '\n')) && ((_quotes & 1) == 0 || _position - _seekFrom > MaxQuoteLookBytes))
                {
                    Found.Add(new CsvSplitPoint(_position, checked((int)(_breaks + 1))));
                    _next++;
                    _seeking = length * _next / parts <= _position;
                    _seekFrom = _position;
                }

                Count(block.Slice(i, 1));
                i++;
            }
        }

        private void Count(ReadOnlySpan<byte> bytes)
        {
            if (bytes.IsEmpty)
            {
                return;
            }

            long crs = bytes.Count((byte)'\r');
            long breaks = bytes.Count((byte)'\n') + crs;
            if (crs > 0)
            {
                breaks -= bytes.Count("\r\n"u8);
            }

            if (_last == '\r' && bytes[0] == '\n')
            {
                breaks--; // a CRLF across the cut, counted once
            }

            _breaks += breaks;
            _quotes += bytes.Count((byte)'"');
            _last = bytes[^1];
            _position += bytes.Length;
        }
    }
}
