namespace KpiCore.Availability;

/// <summary>One layer of <see cref="WeightLayers"/>: how much it weighs and which impacts it covers.</summary>
/// <param name="Step">The layer's thickness, t(k) - t(k+1), above 0.</param>
/// <param name="Impacts">The impacts weighing at least t(k), as a mask with bit <c>1 &lt;&lt; (int)impact</c> each.</param>
internal readonly record struct WeightLayer(decimal Step, int Impacts)
{
    /// <summary>Returns a value indicating whether the layer covers <paramref name="impact"/>.</summary>
    internal bool Covers(OutageImpact impact) => ((Impacts >> (int)impact) & 1) != 0;
}
