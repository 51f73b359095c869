using System.Text;

namespace KpiCore.Sample.Progress;

/// <summary>A writer to the terminal that erases the <see cref="LiveArea"/>'s progress lines before it writes, so other output never mixes with them.</summary>
internal sealed class LiveAreaWriter : TextWriter
{
    private readonly TextWriter _inner;
    private readonly LiveArea _area;

    /// <summary>Creates the writer.</summary>
    /// <param name="inner">The console writer it writes to.</param>
    /// <param name="area">The live area to erase first.</param>
    internal LiveAreaWriter(TextWriter inner, LiveArea area)
        : base(inner.FormatProvider)
    {
        _inner = inner;
        _area = area;
        CoreNewLine = inner.NewLine.ToCharArray();
    }

    /// <inheritdoc/>
    public override Encoding Encoding => _inner.Encoding;

    /// <inheritdoc/>
    public override void Write(char value)
    {
        lock (_area.Gate)
        {
            _area.BeforeOtherOutput();
            _inner.Write(value);
            _area.AfterOtherOutput(value == '\n');
        }
    }

    /// <inheritdoc/>
    public override void Write(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        lock (_area.Gate)
        {
            _area.BeforeOtherOutput();
            _inner.Write(value);
            _area.AfterOtherOutput(value[^1] == '\n');
        }
    }

    /// <inheritdoc/>
    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    /// <inheritdoc/>
    public override void Write(ReadOnlySpan<char> buffer) => Write(new string(buffer));

    /// <inheritdoc/>
    public override void WriteLine(string? value) => Write(value + NewLine);

    /// <inheritdoc/>
    public override void WriteLine() => Write(NewLine);

    /// <inheritdoc/>
    public override void Flush() => _inner.Flush();
}
