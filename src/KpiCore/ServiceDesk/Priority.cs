using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace KpiCore.ServiceDesk;

/// <summary>A call priority, such as "P1": a short code and a rank (1 is the most urgent).</summary>
/// <remarks>
/// Priorities are values, compared by code (ordinal, case-sensitive) and rank together; they order by rank, then by
/// code. <see cref="P1"/> to <see cref="P4"/> are the usual four; any other set can be made with the constructor and
/// configured in an <see cref="SlaPolicy"/>. The default value has an empty code and rank 0 and matches no policy, so a
/// call carrying it is rejected as having an unknown priority.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public readonly struct Priority : IEquatable<Priority>, IComparable<Priority>
{
    private readonly string? _code;

    /// <summary>Creates a priority.</summary>
    /// <param name="code">The code shown in reports, such as "P1"; not empty or white space.</param>
    /// <param name="rank">The rank, 1 for the most urgent; positive.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rank"/> is not positive.</exception>
    public Priority(string code, int rank)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rank);
        _code = code;
        Rank = rank;
    }

    /// <summary>Gets P1, rank 1: critical (by default 4 hours, 24x7).</summary>
    public static Priority P1 { get; } = new("P1", 1);

    /// <summary>Gets P2, rank 2: high (by default 8 working hours).</summary>
    public static Priority P2 { get; } = new("P2", 2);

    /// <summary>Gets P3, rank 3: medium (by default 3 working days).</summary>
    public static Priority P3 { get; } = new("P3", 3);

    /// <summary>Gets P4, rank 4: low (by default 5 working days).</summary>
    public static Priority P4 { get; } = new("P4", 4);

    /// <summary>
    /// Parses a priority code "P1" to "P99" (the letter in either case, then the rank in digits, nothing else): P1-P4
    /// are <see cref="P1"/> to <see cref="P4"/>, and "Pn" is the priority with code "Pn" and rank n.
    /// </summary>
    /// <param name="text">The code, such as "P2" or "p2"; null or anything else fails.</param>
    /// <param name="priority">The priority, or the default value when parsing fails.</param>
    /// <returns>Whether <paramref name="text"/> is a priority code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Priority priority)
    {
        priority = default;
        if (text is not { Length: >= 2 and <= 3 } || text[0] is not ('P' or 'p')
            || !int.TryParse(text.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out int rank) || rank is < 1 or > 99
            || text[1] == '0')
        {
            return false;
        }

        priority = rank switch
        {
            1 => P1,
            2 => P2,
            3 => P3,
            4 => P4,
            _ => new Priority(string.Create(CultureInfo.InvariantCulture, $"P{rank}"), rank),
        };
        return true;
    }

    /// <summary>Gets the code, such as "P1"; empty for the default value.</summary>
    public string Code => _code ?? string.Empty;

    /// <summary>Gets the rank, 1 for the most urgent; 0 for the default value.</summary>
    public int Rank { get; }

    /// <inheritdoc/>
    public bool Equals(Priority other) => Rank == other.Rank && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Priority other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Code), Rank);

    /// <inheritdoc/>
    public int CompareTo(Priority other)
    {
        int byRank = Rank.CompareTo(other.Rank);
        return byRank != 0 ? byRank : string.CompareOrdinal(Code, other.Code);
    }

    /// <summary>Compares two priorities for equality.</summary>
    public static bool operator ==(Priority left, Priority right) => left.Equals(right);

    /// <summary>Compares two priorities for inequality.</summary>
    public static bool operator !=(Priority left, Priority right) => !left.Equals(right);

    /// <summary>Returns whether <paramref name="left"/> ranks before (is more urgent than) <paramref name="right"/>.</summary>
    public static bool operator <(Priority left, Priority right) => left.CompareTo(right) < 0;

    /// <summary>Returns whether <paramref name="left"/> ranks after (is less urgent than) <paramref name="right"/>.</summary>
    public static bool operator >(Priority left, Priority right) => left.CompareTo(right) > 0;

    /// <summary>Returns whether <paramref name="left"/> ranks before or equals <paramref name="right"/>.</summary>
    public static bool operator <=(Priority left, Priority right) => left.CompareTo(right) <= 0;

    /// <summary>Returns whether <paramref name="left"/> ranks after or equals <paramref name="right"/>.</summary>
    public static bool operator >=(Priority left, Priority right) => left.CompareTo(right) >= 0;

    /// <summary>Returns the code, such as "P1".</summary>
    /// <returns>The code; empty for the default value.</returns>
    public override string ToString() => Code;

    internal string Describe() => string.Create(CultureInfo.InvariantCulture, $"{Code} (rank {Rank})");
}
