namespace KpiCore.Sample.Audit;

/// <summary>
/// Exact checks of whether a count ratio k/d, shown as a percentage, prints as a published figure: integer arithmetic
/// only, so 2/3 against <c>66.67%</c> is decided without any binary rounding.
/// </summary>
/// <remarks>
/// A figure with printed digits P at s decimals (percent) accepts x = 100·k/d when x·10^s lies in [P − ½, P + ½) (half-up
/// rounding), and also at P + ½ when P is even (half-even rounding, which rounds ties to the even digit): both roundings
/// are allowed, so a tie on either side of an even P fits, and a tie below an odd P fits.
/// </remarks>
internal static class RoundingFit
{
    /// <summary>Gets whether <paramref name="k"/>/<paramref name="d"/> (0 ≤ k ≤ d, d ≥ 1) prints as <paramref name="figure"/> (a percentage).</summary>
    internal static bool Contains(PublishedFigure figure, long k, long d)
    {
        if (d <= 0 || k < 0 || k > d)
        {
            return false;
        }

        // t = 2·x·10^s·d with x = 100k/d; compare with (2P ∓ 1)·d.
        Int128 t = (Int128)200 * k * figure.Unit;
        Int128 low = ((Int128)(2 * figure.Scaled) - 1) * d;
        Int128 high = ((Int128)(2 * figure.Scaled) + 1) * d;
        return t >= low && (t < high || (t == high && figure.Scaled % 2 == 0));
    }

    /// <summary>Gets every k from 0 to <paramref name="d"/> with k/d printing as <paramref name="figure"/>, in order (often one or none).</summary>
    internal static IEnumerable<long> Numerators(PublishedFigure figure, long d)
    {
        if (d <= 0)
        {
            yield break;
        }

        // The smallest k with 200·k·U ≥ (2P − 1)·d, then on while k/d still rounds to the figure.
        Int128 low = ((Int128)(2 * figure.Scaled) - 1) * d;
        Int128 step = (Int128)200 * figure.Unit;
        Int128 first = low <= 0 ? 0 : (low + step - 1) / step;
        for (Int128 k = first; k <= d && Contains(figure, (long)k, d); k++)
        {
            yield return (long)k;
        }
    }

    /// <summary>Gets whether some k (0 ≤ k ≤ d) gives k/d printing as <paramref name="figure"/>.</summary>
    internal static bool Fits(PublishedFigure figure, long d) => Numerators(figure, d).Any();

    /// <summary>Gets the nearest denominators below and above <paramref name="d"/> (within <paramref name="reach"/>) for which some k/d' prints as the figure.</summary>
    internal static (long? Below, long? Above) NearestFits(PublishedFigure figure, long d, long reach = 100_000)
    {
        long? below = null, above = null;
        for (long candidate = d - 1; candidate >= 1 && candidate >= d - reach; candidate--)
        {
            if (Fits(figure, candidate))
            {
                below = candidate;
                break;
            }
        }

        for (long candidate = d + 1; candidate <= d + reach; candidate++)
        {
            if (Fits(figure, candidate))
            {
                above = candidate;
                break;
            }
        }

        return (below, above);
    }

    /// <summary>Gets the smallest denominator d (1 ≤ d ≤ <paramref name="max"/>) for which some k/d prints as the figure, or null.</summary>
    internal static long? SmallestFit(PublishedFigure figure, long max)
    {
        for (long d = 1; d <= max; d++)
        {
            if (Fits(figure, d))
            {
                return d;
            }
        }

        return null;
    }

    /// <summary>
    /// Compares the lowest value figure <paramref name="a"/> can stand for with the highest value <paramref name="b"/>
    /// can stand for (both percentages, intervals taken closed): true when a's lowest is above b's highest, so no value
    /// can be shown as a and also be at most any value shown as b.
    /// </summary>
    internal static bool LowestAboveHighest(PublishedFigure a, PublishedFigure b)
    {
        // (2Pa − 1)/(2·Ua) > (2Pb + 1)/(2·Ub)  ⇔  (2Pa − 1)·Ub > (2Pb + 1)·Ua
        Int128 left = ((Int128)(2 * a.Scaled) - 1) * b.Unit;
        Int128 right = ((Int128)(2 * b.Scaled) + 1) * a.Unit;
        return left > right;
    }

    /// <summary>Gets the interval a percentage figure stands for, as text such as <c>[57.135%, 57.145%]</c>.</summary>
    internal static string Interval(PublishedFigure figure)
    {
        decimal half = 0.5m / figure.Unit;
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"[{figure.Value - half}%, {figure.Value + half}%]");
    }

    /// <summary>Formats k/d as a percentage with four decimals, for the arithmetic shown in a finding.</summary>
    internal static string Ratio(long k, long d) => d == 0
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{k}/0")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{k}/{d} = {Math.Round(100m * k / d, 4, MidpointRounding.AwayFromZero)}%");
}
