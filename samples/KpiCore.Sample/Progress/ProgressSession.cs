namespace KpiCore.Sample.Progress;

/// <summary>
/// The progress display of one command run: chosen from its <see cref="ProgressMode"/>, made
/// <see cref="HostProgress.Current"/> for the run, and on dispose stopped (live lines erased) and the previous sink
/// restored.
/// </summary>
/// <remarks>
/// A terminal display on the console's standard error shares <see cref="LiveArea.Console"/>, through which all console
/// output goes. On any other writer (a test's) it draws on that writer, and only its own lines are kept apart.
/// </remarks>
internal sealed class ProgressSession : IDisposable
{
    private readonly IDisposable _scope;

    /// <summary>Starts the display for a run.</summary>
    /// <param name="mode">What to show.</param>
    /// <param name="error">The run's standard error writer.</param>
    internal ProgressSession(ProgressMode mode, TextWriter error)
    {
        Sink = Resolve(mode, error) switch
        {
            ProgressMode.Terminal => ProgressDisplay.Terminal(
                LiveArea.Console is { } console && IsConsoleError(error) ? console : new LiveArea(error, () => 80),
                TimeProvider.System,
                ProgressDisplay.RefreshInterval),
            ProgressMode.Plain => ProgressDisplay.Plain(error, TimeProvider.System),
            _ => NoProgress.Instance,
        };
        _scope = HostProgress.Use(Sink);
    }

    /// <summary>Gets the run's sink.</summary>
    internal IProgressSink Sink { get; }

    /// <summary>What <see cref="ProgressMode.Auto"/> means for <paramref name="error"/>: a terminal only for the console's own, unredirected standard error on a terminal that is not dumb.</summary>
    internal static ProgressMode Resolve(ProgressMode mode, TextWriter error) => mode switch
    {
        ProgressMode.Auto => LiveArea.Console is not null && IsConsoleError(error) && !Console.IsErrorRedirected
            && !string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal)
            ? ProgressMode.Terminal
            : ProgressMode.Plain,
        _ => mode,
    };

    /// <inheritdoc/>
    public void Dispose()
    {
        (Sink as IDisposable)?.Dispose();
        _scope.Dispose();
    }

    private static bool IsConsoleError(TextWriter error) => ReferenceEquals(error, Console.Error);
}
