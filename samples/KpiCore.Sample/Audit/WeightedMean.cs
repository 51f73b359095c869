using static System.FormattableString;

namespace KpiCore.Sample.Audit;

/// <summary>
/// The check shared by the overall and combined shares: a share of calls taken over several groups together (all met
/// / all judged) is a weighted mean of the groups' shares with weights d_i &gt; 0, so on any basis it lies between the
/// lowest and the highest of them, and it is N/A exactly when every group's share is.
/// </summary>
internal static class WeightedMean
{
    /// <summary>Explains why <paramref name="whole"/> cannot be the shares' weighted mean, or returns null when it can.</summary>
    /// <param name="whole">The share over all groups (a percentage or N/A).</param>
    /// <param name="parts">Each group's share (percentages or N/A), with a label such as "P1 Calls Resolved within SLA".</param>
    internal static string? Explain(PublishedFigure whole, IReadOnlyList<(string Label, PublishedFigure Figure)> parts)
    {
        (string Label, PublishedFigure Figure)[] measured = [.. parts.Where(p => p.Figure.Kind == FigureKind.Percent)];
        string terms = string.Join(", ", parts.Select(p => $"{p.Label} {p.Figure.Text}"));
        if (whole.Kind == FigureKind.NotApplicable)
        {
            return measured.Length > 0 ? Invariant($"N/A, but {terms}: calls were judged, so all met / all judged is a number (any basis).") : null;
        }

        if (measured.Length == 0)
        {
            return Invariant($"{whole.Text}, but {terms}: no call was judged, so all met / all judged has no value (any basis).");
        }

        PublishedFigure lowest = measured.MinBy(m => m.Figure.Value).Figure, highest = measured.MaxBy(m => m.Figure.Value).Figure;
        return RoundingFit.LowestAboveHighest(whole, highest) || RoundingFit.LowestAboveHighest(lowest, whole)
            ? Invariant($"{whole.Text} {RoundingFit.Interval(whole)} lies outside the range of {terms}; all met / all judged is a weighted mean of those shares, so it cannot (any basis).")
            : null;
    }
}
