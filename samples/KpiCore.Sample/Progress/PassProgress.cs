namespace KpiCore.Sample.Progress;

/// <summary>
/// A sink that reports files under a pass's label, so a command that reads one file twice (<c>sla</c>: months, then
/// each call's SLA) shows two lines that say which pass each is, not the same file read twice for no reason.
/// </summary>
/// <param name="inner">The sink reported to.</param>
/// <param name="pass">The label, such as <c>pass 1 of 2: months</c>.</param>
internal sealed class PassProgress(IProgressSink inner, string pass) : IProgressSink
{
    /// <inheritdoc/>
    public IFileProgress BeginFile(string file, long totalBytes) => inner.BeginFile($"{file} ({pass})", totalBytes);

    /// <inheritdoc/>
    public IDisposable BeginStage(string stage) => inner.BeginStage(stage);
}
