using KpiCore.Sample.Progress;

namespace KpiCore.Sample.Tests.Progress;

/// <summary>A sink that keeps what it was told; its files take reports from several threads at once (a file read in ranges).</summary>
internal sealed class RecordingSink : IProgressSink
{
    private readonly Lock _lock = new();

    internal List<File> Files { get; } = [];

    public IFileProgress BeginFile(string file, long totalBytes)
    {
        var meter = new File(file, totalBytes);
        lock (_lock)
        {
            Files.Add(meter);
        }

        return meter;
    }

    public IDisposable BeginStage(string stage) => NoProgress.Instance;

    internal sealed class File(string name, long total) : IFileProgress
    {
        private long _bytes;
        private long _records;
        private int _reports;

        internal string Name => name;

        internal long Total => total;

        internal long Bytes => Interlocked.Read(ref _bytes);

        internal long Records => Interlocked.Read(ref _records);

        internal int Reports => Volatile.Read(ref _reports);

        internal bool Disposed { get; private set; }

        public void Advance(long bytes, long records)
        {
            Interlocked.Add(ref _bytes, bytes);
            Interlocked.Add(ref _records, records);
            Interlocked.Increment(ref _reports);
        }

        public void Dispose() => Disposed = true;
    }
}
