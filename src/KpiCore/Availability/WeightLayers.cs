namespace KpiCore.Availability;

/// <summary>
/// The "layer cake" that turns impact weights into weighted downtime with unions alone, never weighting instants one by
/// one: with the distinct positive weights t1 &gt; t2 &gt; ... &gt; tn (a full outage weighs 1) and t(n+1) = 0, weighted
/// downtime = the sum over k of (t(k) - t(k+1)) x the time covered by outages weighing at least t(k).
/// </summary>
/// <remarks>
/// An instant covered by outages whose largest weight is w lies in exactly the layers with t(k) &lt;= w, whose steps add
/// up to w, so overlapping outages count once, at their largest weight. Weights of 0 make no layer; the last layer holds
/// every impact of positive weight. Steps are exact (<see cref="decimal"/> differences of the weights).
/// </remarks>
internal static class WeightLayers
{
    /// <summary>The most layers there can be: one per impact.</summary>
    internal const int MaxLayers = 3;

    /// <summary>
    /// Computes the layers for the weights of <see cref="OutageImpact.Full"/> (1), <see cref="OutageImpact.Partial"/> and
    /// <see cref="OutageImpact.Degraded"/>, the highest threshold first.
    /// </summary>
    /// <param name="partialWeight">The weight of a partial outage, in [0, 1].</param>
    /// <param name="degradedWeight">The weight of degraded service, in [0, 1].</param>
    /// <param name="layers">Receives the layers; at least <see cref="MaxLayers"/> long.</param>
    /// <returns>How many layers were written, from 1 to <see cref="MaxLayers"/>.</returns>
    internal static int Compute(double partialWeight, double degradedWeight, Span<WeightLayer> layers)
    {
        Span<decimal> weights = [1m, (decimal)partialWeight, (decimal)degradedWeight];
        Span<decimal> thresholds = stackalloc decimal[3];
        int levels = 0;
        foreach (decimal w in weights)
        {
            if (w > 0m && thresholds[..levels].IndexOf(w) < 0)
            {
                thresholds[levels++] = w;
            }
        }

        thresholds[..levels].Sort();
        thresholds[..levels].Reverse();
        for (int k = 0; k < levels; k++)
        {
            decimal step = thresholds[k] - (k + 1 < levels ? thresholds[k + 1] : 0m);
            int impacts = 0;
            for (int impact = 0; impact < 3; impact++)
            {
                if (weights[impact] >= thresholds[k])
                {
                    impacts |= 1 << impact;
                }
            }

            layers[k] = new WeightLayer(step, impacts);
        }

        return levels;
    }
}
