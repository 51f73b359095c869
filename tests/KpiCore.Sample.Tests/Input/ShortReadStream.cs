namespace KpiCore.Sample.Tests.Input;

/// <summary>
/// A read-only stream over bytes that hands out reads of random short lengths and can hide that it seeks, as a pipe
/// or a network stream does: it makes the reader cross block boundaries everywhere and use its non-seekable fallback.
/// </summary>
internal sealed class ShortReadStream : Stream
{
    private readonly byte[] _bytes;
    private readonly Random _random;
    private readonly int _maxRead;
    private readonly bool _canSeek;
    private long _position;

    internal ShortReadStream(byte[] bytes, bool canSeek, int seed, int maxRead = 7)
    {
        _bytes = bytes;
        _canSeek = canSeek;
        _random = new Random(seed);
        _maxRead = maxRead;
    }

    public override bool CanRead => true;

    public override bool CanSeek => _canSeek;

    public override bool CanWrite => false;

    public override long Length => _canSeek ? _bytes.Length : throw new NotSupportedException();

    public override long Position
    {
        get => _canSeek ? _position : throw new NotSupportedException();
        set
        {
            if (!_canSeek)
            {
                throw new NotSupportedException();
            }

            _position = value;
        }
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        int available = (int)Math.Max(0, _bytes.Length - _position);
        int length = Math.Min(Math.Min(count, available), _random.Next(1, _maxRead + 1));
        Array.Copy(_bytes, _position, buffer, offset, length);
        _position += length;
        return length;
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override void Flush()
    {
    }
}
