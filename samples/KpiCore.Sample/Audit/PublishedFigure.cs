using System.Globalization;

namespace KpiCore.Sample.Audit;

/// <summary>
/// A figure as printed in a published pack, kept exactly: the digits as an integer <see cref="Scaled"/> and the number
/// of printed <see cref="Decimals"/>, so that <c>57.14%</c> is 5714 at 2 decimals and no binary rounding enters a check.
/// </summary>
/// <remarks>
/// A printed figure stands for every value that rounds to it at its printed precision, half-up or half-even:
/// <c>57.14</c> means a value in [57.135, 57.145], and <c>57.1</c> (fewer decimals, as a spreadsheet may save it) the
/// wider [57.05, 57.15]. A figure whose trailing zeros were dropped (<c>86.3%</c> for 86.30%) is therefore read with
/// the wider interval, which can only hide a finding, never make a false one.
/// </remarks>
internal readonly struct PublishedFigure : IEquatable<PublishedFigure>
{
    private PublishedFigure(FigureKind kind, long scaled, int decimals, string text)
    {
        Kind = kind;
        Scaled = scaled;
        Decimals = decimals;
        Text = text;
    }

    /// <summary>Gets the most decimals read (more would overflow the exact arithmetic).</summary>
    internal const int MaxDecimals = 9;

    /// <summary>Gets what the figure is.</summary>
    internal FigureKind Kind { get; }

    /// <summary>Gets the printed digits as an integer (the value times 10^<see cref="Decimals"/>); 0 for N/A and UNVL.</summary>
    internal long Scaled { get; }

    /// <summary>Gets the number of decimals printed.</summary>
    internal int Decimals { get; }

    /// <summary>Gets the figure as printed (trimmed).</summary>
    internal string Text { get; }

    /// <summary>Gets whether the figure is a number (with or without a percent sign).</summary>
    internal bool IsNumeric => Kind is FigureKind.Percent or FigureKind.Number;

    /// <summary>Gets whether the figure is a whole non-negative number without a percent sign, such as a volume.</summary>
    internal bool IsCount => Kind == FigureKind.Number && Decimals == 0 && Scaled >= 0;

    /// <summary>Gets 10^<see cref="Decimals"/>.</summary>
    internal long Unit => Pow10(Decimals);

    /// <summary>Gets the value as a decimal, for messages and equality of values printed differently (100% and 100.00%).</summary>
    internal decimal Value => IsNumeric ? Scaled / (decimal)Unit : 0m;

    /// <summary>Creates a numeric figure.</summary>
    internal static PublishedFigure Numeric(bool percent, long scaled, int decimals, string text) =>
        new(percent ? FigureKind.Percent : FigureKind.Number, scaled, decimals, text);

    /// <summary>Creates N/A or UNVL.</summary>
    internal static PublishedFigure Word(FigureKind kind, string text) => new(kind, 0, 0, text);

    /// <summary>
    /// Reads a figure as printed: <c>N/A</c>, <c>UNVL</c> (any case), or a number with optional sign, thousands
    /// separators in groups of three, decimals and a trailing percent sign; false for anything else.
    /// </summary>
    internal static bool TryParse(string text, out PublishedFigure figure)
    {
        figure = default;
        string value = text.Trim();
        if (value.StartsWith('\'') && value.Length > 1 && value[1] is '=' or '+' or '-' or '@')
        {
            value = value[1..]; // the host's CSV neutralises cells a spreadsheet would run as a formula
        }

        if (value.Equals("N/A", StringComparison.OrdinalIgnoreCase) || value.Equals("NA", StringComparison.OrdinalIgnoreCase))
        {
            figure = Word(FigureKind.NotApplicable, value);
            return true;
        }

        if (value.Equals("UNVL", StringComparison.OrdinalIgnoreCase))
        {
            figure = Word(FigureKind.Unavailable, value);
            return true;
        }

        bool percent = value.EndsWith('%');
        string number = (percent ? value[..^1] : value).TrimEnd();
        bool negative = number.StartsWith('-');
        if (negative || number.StartsWith('+'))
        {
            number = number[1..];
        }

        int dot = number.IndexOf('.', StringComparison.Ordinal);
        string whole = dot < 0 ? number : number[..dot];
        string fraction = dot < 0 ? string.Empty : number[(dot + 1)..];
        if (whole.Contains(',', StringComparison.Ordinal))
        {
            string[] groups = whole.Split(',');
            if (groups[0].Length is < 1 or > 3 || groups.Skip(1).Any(g => g.Length != 3))
            {
                return false;
            }

            whole = string.Concat(groups);
        }

        if (whole.Length == 0 || whole.Length + fraction.Length > 17 || fraction.Length > MaxDecimals || (dot >= 0 && fraction.Length == 0)
            || !whole.All(char.IsAsciiDigit) || !fraction.All(char.IsAsciiDigit))
        {
            return false;
        }

        long scaled = long.Parse(whole + fraction, NumberStyles.None, CultureInfo.InvariantCulture);
        figure = Numeric(percent, negative ? -scaled : scaled, fraction.Length, value);
        return true;
    }

    /// <summary>10 to the power <paramref name="exponent"/> (0 to 18).</summary>
    internal static long Pow10(int exponent)
    {
        long result = 1;
        for (int i = 0; i < exponent; i++)
        {
            result *= 10;
        }

        return result;
    }

    /// <summary>Gets the value as text, such as <c>57.14%</c> (the printed text).</summary>
    public override string ToString() => Text;

    /// <inheritdoc/>
    public bool Equals(PublishedFigure other) => Kind == other.Kind && (IsNumeric ? Value == other.Value : true);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PublishedFigure other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Value);

    /// <summary>Compares two figures by kind and value (100% equals 100.00%).</summary>
    public static bool operator ==(PublishedFigure left, PublishedFigure right) => left.Equals(right);

    /// <summary>Compares two figures by kind and value.</summary>
    public static bool operator !=(PublishedFigure left, PublishedFigure right) => !left.Equals(right);
}
