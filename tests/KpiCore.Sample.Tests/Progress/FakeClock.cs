namespace KpiCore.Sample.Tests.Progress;

/// <summary>A clock that moves only when told, for progress lines with known times. Its timestamps are ticks (100 ns).</summary>
internal sealed class FakeClock : TimeProvider
{
    private long _ticks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Interlocked.Read(ref _ticks);

    internal void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
}
