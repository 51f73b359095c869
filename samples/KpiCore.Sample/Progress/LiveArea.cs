namespace KpiCore.Sample.Progress;

/// <summary>
/// The few lines at the bottom of a terminal that a progress display redraws in place. Everything else written to the
/// terminal while they are shown goes through <see cref="LiveAreaWriter"/>, which erases them first, so a warning or a
/// table never lands in the middle of a progress line; the display draws them again on its next tick.
/// </summary>
/// <remarks>
/// Lines are drawn each ending in a line break and cut to the terminal's width, so the cursor always rests at the start
/// of the line below them and erasing is "up N lines, erase to the end of the screen" (ANSI CSI A and J).
/// </remarks>
internal sealed class LiveArea
{
    private readonly TextWriter _terminal;
    private readonly Func<int> _width;
    private int _drawn;
    private bool _atLineStart = true;

    /// <summary>Creates a live area drawn on <paramref name="terminal"/>.</summary>
    /// <param name="terminal">The terminal's writer (standard error), unwrapped.</param>
    /// <param name="width">The terminal's width in columns, asked at each draw (the window can be resized).</param>
    internal LiveArea(TextWriter terminal, Func<int> width)
    {
        _terminal = terminal;
        _width = width;
    }

    /// <summary>Gets the live area of this process's console, or null unless <see cref="InstallOnConsole"/> was called (tests never call it).</summary>
    internal static LiveArea? Console { get; private set; }

    /// <summary>Gets the lock that every write to the terminal (the live lines and all other output) is made under.</summary>
    internal Lock Gate { get; } = new();

    /// <summary>
    /// Routes the console's standard error (and standard output when both are the terminal) through a
    /// <see cref="LiveAreaWriter"/> of one live area drawn on standard error; called once, by <c>Program.Main</c>,
    /// before any output. <see cref="System.Console.Out"/> and <see cref="System.Console.Error"/> stay the writers
    /// commands are given, so their "is this the console" checks still hold. Standard error is routed even when
    /// redirected, so <c>--progress terminal</c> into a file still never splits another line.
    /// </summary>
    internal static void InstallOnConsole()
    {
        if (Console is not null)
        {
            return;
        }

        var area = new LiveArea(System.Console.Error, TerminalWidth);
        if (!System.Console.IsOutputRedirected && !System.Console.IsErrorRedirected)
        {
            System.Console.SetOut(new LiveAreaWriter(System.Console.Out, area));
        }

        System.Console.SetError(new LiveAreaWriter(System.Console.Error, area));
        Console = area;
    }

    /// <summary>Replaces the live lines with <paramref name="lines"/>; skipped while other output has left a line unfinished.</summary>
    internal void Draw(IReadOnlyList<string> lines)
    {
        lock (Gate)
        {
            if (!_atLineStart)
            {
                return;
            }

            Erase();
            int width = Math.Max(20, _width()) - 1;
            foreach (string line in lines)
            {
                _terminal.Write(line.Length <= width ? line : line[..width]);
                _terminal.Write('\n');
            }

            _drawn = lines.Count;
            _terminal.Flush();
        }
    }

    /// <summary>Erases the live lines and writes <paramref name="line"/> in their place, to stay (a final timing line).</summary>
    internal void WriteAbove(string line)
    {
        lock (Gate)
        {
            Erase();
            _terminal.WriteLine(line);
            _atLineStart = true;
            _terminal.Flush();
        }
    }

    /// <summary>Erases the live lines (at the end of a run).</summary>
    internal void Clear()
    {
        lock (Gate)
        {
            Erase();
            _terminal.Flush();
        }
    }

    /// <summary>Called under <see cref="Gate"/> before other output is written: erases the live lines.</summary>
    internal void BeforeOtherOutput() => Erase();

    /// <summary>Called under <see cref="Gate"/> after other output: notes whether it ended its line.</summary>
    internal void AfterOtherOutput(bool endsLine) => _atLineStart = endsLine;

    private static int TerminalWidth()
    {
        try
        {
            int width = System.Console.WindowWidth;
            return width > 0 ? width : 80;
        }
        catch (Exception ex) when (ex is IOException or PlatformNotSupportedException or InvalidOperationException)
        {
            return 80;
        }
    }

    private void Erase()
    {
        if (_drawn > 0)
        {
            _terminal.Write(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"\u001b[{_drawn}A\r\u001b[J"));
            _drawn = 0;
        }
    }
}
