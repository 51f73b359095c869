namespace KpiCore.Sample.Progress;

/// <summary>What the host shows of long work on standard error (<c>--progress</c>, <c>--quiet</c>).</summary>
internal enum ProgressMode
{
    /// <summary><see cref="Terminal"/> when standard error is a terminal (not redirected, <c>TERM</c> not <c>dumb</c>), else <see cref="Plain"/>.</summary>
    Auto,

    /// <summary>A live display redrawn in place (ANSI), and the final timing lines.</summary>
    Terminal,

    /// <summary>Only the final timing line of each file and stage; no control characters.</summary>
    Plain,

    /// <summary>Nothing (<c>--quiet</c>); errors and warnings are still written.</summary>
    None,
}
