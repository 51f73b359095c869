namespace KpiCore.Sample.Progress;

/// <summary>
/// Where long work reports how far it has got: per file (bytes of total, records) and per stage. The host's commands
/// set <see cref="HostProgress.Current"/> from their options (a terminal display, a plain final-timing line, or
/// nothing); readers and stages report to it and never write to the console themselves.
/// </summary>
/// <remarks>Every member must be cheap and thread-safe: readers on two threads report to one sink.</remarks>
internal interface IProgressSink
{
    /// <summary>Starts reporting one input file.</summary>
    /// <param name="file">The file's display name (such as <c>calls.csv</c>).</param>
    /// <param name="totalBytes">Its length in bytes, or -1 when unknown.</param>
    /// <returns>The file's meter; dispose it when the file is read.</returns>
    IFileProgress BeginFile(string file, long totalBytes);

    /// <summary>Starts a named stage (such as <c>read calls</c> or <c>render</c>).</summary>
    /// <param name="stage">The stage's name.</param>
    /// <returns>Disposed when the stage ends, which records its time.</returns>
    IDisposable BeginStage(string stage);
}

/// <summary>One file's meter, see <see cref="IProgressSink.BeginFile"/>.</summary>
internal interface IFileProgress : IDisposable
{
    /// <summary>Adds what a reader (one of possibly several over parts of the file) has read since its last report.</summary>
    /// <param name="bytes">Bytes read since the last report by this caller.</param>
    /// <param name="records">Records read since the last report by this caller.</param>
    /// <remarks>Call it every buffer fill or every few thousand records, not per record.</remarks>
    void Advance(long bytes, long records);
}

/// <summary>The progress sink of the running command; <see cref="NoProgress"/> unless a command sets one.</summary>
/// <remarks>
/// The value is held per logical flow (an <see cref="AsyncLocal{T}"/>), so commands run side by side in one process
/// (as the tests do) each see their own sink. It flows into tasks and threads started from the command's thread;
/// a reader on a thread of its own should take <see cref="Current"/> on the command's thread and pass it on.
/// </remarks>
internal static class HostProgress
{
    private static readonly AsyncLocal<IProgressSink?> CurrentSink = new();

    /// <summary>Gets or sets the sink readers and stages report to.</summary>
    internal static IProgressSink Current
    {
        get => CurrentSink.Value ?? NoProgress.Instance;
        set => CurrentSink.Value = value;
    }

    /// <summary>Makes <paramref name="sink"/> the current sink until the returned scope is disposed, which restores the previous one.</summary>
    internal static IDisposable Use(IProgressSink sink)
    {
        IProgressSink? previous = CurrentSink.Value;
        CurrentSink.Value = sink;
        return new Scope(previous);
    }

    private sealed class Scope(IProgressSink? previous) : IDisposable
    {
        public void Dispose() => CurrentSink.Value = previous;
    }
}

/// <summary>A sink that shows nothing (tests, <c>--quiet</c>, library-style use).</summary>
internal sealed class NoProgress : IProgressSink, IFileProgress
{
    /// <summary>The one instance.</summary>
    internal static readonly NoProgress Instance = new();

    private NoProgress()
    {
    }

    /// <inheritdoc/>
    public IFileProgress BeginFile(string file, long totalBytes) => this;

    /// <inheritdoc/>
    public IDisposable BeginStage(string stage) => this;

    /// <inheritdoc/>
    public void Advance(long bytes, long records)
    {
    }

    /// <inheritdoc/>
    public void Dispose()
    {
    }
}
