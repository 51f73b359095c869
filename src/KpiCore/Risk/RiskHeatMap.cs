namespace KpiCore.Risk;

/// <summary>How many risks sit in each impact × likelihood cell of a matrix, for one stage (inherent or residual).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(KpiCore.Serialization.KpiCoreJsonConverter))]
public sealed class RiskHeatMap
{
    private readonly int[,] _counts;

    internal RiskHeatMap(RiskStage stage, RiskMatrix matrix, int[,] counts)
    {
        Stage = stage;
        Matrix = matrix;
        _counts = counts;
        int total = 0;
        foreach (int count in counts)
        {
            total += count;
        }

        Total = total;
    }

    /// <summary>Gets which assessment the map counts.</summary>
    public RiskStage Stage { get; }

    /// <summary>Gets the matrix whose cells are counted.</summary>
    public RiskMatrix Matrix { get; }

    /// <summary>Gets the number of risks counted (risks without an assessment for the stage are not).</summary>
    public int Total { get; }

    /// <summary>Gets the number of risks in a cell.</summary>
    /// <param name="impact">The impact level, from 1 to the impact scale's levels.</param>
    /// <param name="likelihood">The likelihood level, from 1 to the likelihood scale's levels.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A level is not on its scale.</exception>
    public int Count(int impact, int likelihood)
    {
        if (!Matrix.ImpactScale.Contains(impact))
        {
            throw new ArgumentOutOfRangeException(nameof(impact), impact, "The impact must be on the matrix's impact scale.");
        }

        if (!Matrix.LikelihoodScale.Contains(likelihood))
        {
            throw new ArgumentOutOfRangeException(nameof(likelihood), likelihood, "The likelihood must be on the matrix's likelihood scale.");
        }

        return _counts[impact - 1, likelihood - 1];
    }

    /// <summary>Summarises the heat map on one line, such as "RiskHeatMap Residual 3×3: 12 risks" (culture-invariant).</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"RiskHeatMap {Stage} {Matrix.ImpactScale.Levels}×{Matrix.LikelihoodScale.Levels}: {Total:N0} risks");
}
