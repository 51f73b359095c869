namespace KpiCore.Sample.Progress;

/// <summary>
/// A read-only stream over a file that reports the bytes read to a <see cref="IFileProgress"/>, per read call (one per
/// buffer fill). Bytes read again after a seek back (the CSV reader's resync rule) are not counted twice: what is
/// reported is the furthest position reached. It reports nothing until <see cref="Report"/> names the meter (a CSV
/// table does so once its header is found usable), and then at once what was read before.
/// </summary>
internal sealed class ProgressStream : Stream
{
    private readonly Stream _inner;
    private IFileProgress _progress = NoProgress.Instance;
    private long _position;
    private readonly long _start;
    private long _reported;

    /// <summary>Wraps <paramref name="inner"/> (disposed with this stream).</summary>
    internal ProgressStream(Stream inner)
    {
        _inner = inner;
        _position = inner.CanSeek ? inner.Position : 0;
        _start = _position;
        _reported = _position;
    }

    /// <summary>Starts reporting to <paramref name="progress"/>, with the bytes read so far.</summary>
    /// <returns><paramref name="progress"/>.</returns>
    internal IFileProgress Report(IFileProgress progress)
    {
        _progress = progress;
        progress.Advance(_reported - _start, 0);
        return progress;
    }

    /// <inheritdoc/>
    public override bool CanRead => _inner.CanRead;

    /// <inheritdoc/>
    public override bool CanSeek => _inner.CanSeek;

    /// <inheritdoc/>
    public override bool CanWrite => false;

    /// <inheritdoc/>
    public override long Length => _inner.Length;

    /// <inheritdoc/>
    public override long Position
    {
        get => _inner.Position;
        set
        {
            _inner.Position = value;
            _position = value;
        }
    }

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count) => Counted(_inner.Read(buffer, offset, count));

    /// <inheritdoc/>
    public override int Read(Span<byte> buffer) => Counted(_inner.Read(buffer));

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => _position = _inner.Seek(offset, origin);

    /// <inheritdoc/>
    public override void Flush()
    {
    }

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Counted(int read)
    {
        _position += read;
        if (_position > _reported)
        {
            _progress.Advance(_position - _reported, 0);
            _reported = _position;
        }

        return read;
    }
}
