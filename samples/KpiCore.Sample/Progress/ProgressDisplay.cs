using System.Globalization;

namespace KpiCore.Sample.Progress;

/// <summary>
/// The host's progress display. Each file read ends with one line such as
/// <c>stage read calls.csv: 10,000,000 records, 972.0 MB in 4.2 s (2.4M records/s)</c> and each stage with one such as
/// <c>stage compute: 1.3 s</c>, written to standard error. On a terminal (<see cref="Terminal"/>) the files being read
/// and the stages under way are also shown live, redrawn in place a few times a second: records, records/s, bytes
/// read of the total, ETA.
/// </summary>
/// <remarks>
/// <see cref="IFileProgress.Advance"/> is two uncontended atomic adds, safe from any number of threads; everything
/// else (drawing, formatting) runs on the timer or when a file or stage ends. Times come from the given
/// <see cref="TimeProvider"/>, so tests can drive them.
/// </remarks>
internal sealed class ProgressDisplay : IProgressSink, IDisposable
{
    private readonly Lock _gate = new();
    private readonly TextWriter? _plain;
    private readonly LiveArea? _live;
    private readonly TimeProvider _clock;
    private readonly List<Stage> _stages = [];
    private readonly List<FileMeter> _files = [];
    private ITimer? _timer;
    private bool _disposed;

    private ProgressDisplay(TextWriter? plain, LiveArea? live, TimeProvider clock)
    {
        _plain = plain;
        _live = live;
        _clock = clock;
    }

    /// <summary>How long a file is read before its ETA is shown (the first buffers' rate says little).</summary>
    internal static TimeSpan EtaAfter { get; } = TimeSpan.FromSeconds(1);

    /// <summary>The live display's redraw interval: 8 times a second.</summary>
    internal static TimeSpan RefreshInterval { get; } = TimeSpan.FromMilliseconds(125);

    /// <summary>A display of the final lines only (standard error redirected, or <c>--progress plain</c>).</summary>
    internal static ProgressDisplay Plain(TextWriter error, TimeProvider clock) => new(error, null, clock);

    /// <summary>A live display on a terminal, with the final lines left above it.</summary>
    /// <param name="area">Where the live lines are drawn.</param>
    /// <param name="clock">The clock; also drives the redraw timer.</param>
    /// <param name="refresh">The redraw interval; null draws only when <see cref="Redraw"/> is called (tests).</param>
    internal static ProgressDisplay Terminal(LiveArea area, TimeProvider clock, TimeSpan? refresh)
    {
        var display = new ProgressDisplay(null, area, clock);
        if (refresh is TimeSpan interval)
        {
            display._timer = clock.CreateTimer(_ => display.Tick(), null, interval, interval);
        }

        return display;
    }

    /// <inheritdoc/>
    public IFileProgress BeginFile(string file, long totalBytes)
    {
        var meter = new FileMeter(this, Path.GetFileName(file), totalBytes, _clock.GetTimestamp());
        lock (_gate)
        {
            _files.Add(meter);
        }

        return meter;
    }

    /// <inheritdoc/>
    public IDisposable BeginStage(string stage)
    {
        var started = new Stage(this, stage, _clock.GetTimestamp());
        lock (_gate)
        {
            _stages.Add(started);
        }

        return started;
    }

    /// <summary>The live lines as they would be drawn now: the stages under way, then the files being read.</summary>
    internal IReadOnlyList<string> LiveLines()
    {
        lock (_gate)
        {
            long now = _clock.GetTimestamp();
            return [.. _stages.Select(s => s.LiveLine(now)), .. _files.Select(f => f.LiveLine(now))];
        }
    }

    /// <summary>Draws the live lines (the timer calls it; a no-op for a plain display).</summary>
    internal void Redraw()
    {
        if (_live is null)
        {
            return;
        }

        lock (_gate)
        {
            if (!_disposed)
            {
                _live.Draw(LiveLines());
            }
        }
    }

    /// <summary>The timer's redraw: a terminal that has gone away ends the display, not the run (an exception on a timer thread would end the process).</summary>
    private void Tick()
    {
        try
        {
            Redraw();
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            lock (_gate)
            {
                _disposed = true;
                _timer?.Dispose();
            }
        }
    }

    /// <summary>Stops the timer and erases the live lines; the final lines stay.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _timer?.Dispose();
            _live?.Clear();
        }
    }

    private void Ended(object item, string line)
    {
        lock (_gate)
        {
            _ = item is FileMeter file ? _files.Remove(file) : _stages.Remove((Stage)item);
            if (_live is not null)
            {
                _live.WriteAbove(line);
            }
            else
            {
                _plain!.WriteLine(line);
            }
        }
    }

    private TimeSpan Since(long started, long now) => _clock.GetElapsedTime(started, now);

    /// <summary>One file's counters.</summary>
    internal sealed class FileMeter : IFileProgress
    {
        private readonly ProgressDisplay _owner;
        private readonly string _name;
        private readonly long _total;
        private readonly long _started;
        private long _bytes;
        private long _records;
        private int _ended;

        internal FileMeter(ProgressDisplay owner, string name, long total, long started)
        {
            _owner = owner;
            _name = name;
            _total = total;
            _started = started;
        }

        /// <summary>Gets the bytes reported so far, by every caller.</summary>
        internal long Bytes => Interlocked.Read(ref _bytes);

        /// <summary>Gets the records reported so far, by every caller.</summary>
        internal long Records => Interlocked.Read(ref _records);

        /// <inheritdoc/>
        public void Advance(long bytes, long records)
        {
            if (bytes != 0)
            {
                Interlocked.Add(ref _bytes, bytes);
            }

            if (records != 0)
            {
                Interlocked.Add(ref _records, records);
            }
        }

        /// <inheritdoc/>
        public void Dispose()
        {
            if (Interlocked.Exchange(ref _ended, 1) == 0)
            {
                _owner.Ended(this, FinalLine(_owner._clock.GetTimestamp()));
            }
        }

        /// <summary>The line left when the file is read, such as <c>stage read calls.csv: 10,000,000 records, 972.0 MB in 4.2 s (2.4M records/s)</c>.</summary>
        internal string FinalLine(long now)
        {
            TimeSpan elapsed = _owner.Since(_started, now);
            long records = Records;
            string rate = elapsed > TimeSpan.Zero ? $" ({ProgressFormat.Rate(records / elapsed.TotalSeconds)} records/s)" : string.Empty;
            return $"stage read {_name}: {ProgressFormat.Count(records)} records, {ProgressFormat.Size(Bytes)} in {ProgressFormat.Time(elapsed)}{rate}";
        }

        /// <summary>The live line, such as <c>read calls.csv: 2,500,000 records (250.0k records/s), 250.0 of 1,000.0 MB (25%), ETA 30.0 s</c>.</summary>
        internal string LiveLine(long now)
        {
            TimeSpan elapsed = _owner.Since(_started, now);
            long records = Records;
            long bytes = Bytes;
            string line = $"read {_name}: {ProgressFormat.Count(records)} records";
            if (elapsed > TimeSpan.Zero)
            {
                line += $" ({ProgressFormat.Rate(records / elapsed.TotalSeconds)} records/s)";
            }

            if (_total <= 0)
            {
                return line + ", " + ProgressFormat.Size(bytes);
            }

            long shown = Math.Min(bytes, _total);
            string read = _total >= 1_000_000 ? ProgressFormat.Megabytes(shown) : ProgressFormat.Size(shown);
            line += string.Create(CultureInfo.InvariantCulture, $", {read} of {ProgressFormat.Size(_total)} ({shown * 100 / _total}%)");
            if (shown > 0 && shown < _total && elapsed >= EtaAfter)
            {
                // The rest at the average rate so far: elapsed x (total - read) / read.
                TimeSpan eta = elapsed * ((_total - shown) / (double)shown);
                line += ", ETA " + ProgressFormat.Time(eta);
            }

            return line;
        }
    }

    private sealed class Stage(ProgressDisplay owner, string name, long started) : IDisposable
    {
        private int _ended;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _ended, 1) == 0)
            {
                owner.Ended(this, $"stage {name}: {ProgressFormat.Time(owner.Since(started, owner._clock.GetTimestamp()))}");
            }
        }

        internal string LiveLine(long now) => $"stage {name}: {ProgressFormat.Time(owner.Since(started, now))} ...";
    }
}
