namespace KpiCore.Sample.Input;

/// <summary>A place to start reading a CSV file: the byte offset of a physical line's start and that line's 1-based number.</summary>
internal readonly struct CsvSplitPoint : IEquatable<CsvSplitPoint>
{
    internal CsvSplitPoint(long offset, int line)
    {
        Offset = offset;
        Line = line;
    }

    /// <summary>Gets the byte offset from the start of the file.</summary>
    internal long Offset { get; }

    /// <summary>Gets the 1-based physical line that starts at <see cref="Offset"/>.</summary>
    internal int Line { get; }

    public static bool operator ==(CsvSplitPoint left, CsvSplitPoint right) => left.Equals(right);

    public static bool operator !=(CsvSplitPoint left, CsvSplitPoint right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(CsvSplitPoint other) => Offset == other.Offset && Line == other.Line;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CsvSplitPoint other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Offset, Line);

    /// <inheritdoc/>
    public override string ToString() => FormattableString.Invariant($"byte {Offset}, line {Line}");
}
