using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KpiCore.Availability;

namespace KpiCore.Tests.Availability;

public sealed class WeightLayersTests
{
    private const int Full = 1 << (int)OutageImpact.Full;
    private const int Partial = 1 << (int)OutageImpact.Partial;
    private const int Degraded = 1 << (int)OutageImpact.Degraded;

    private static WeightLayer[] Layers(double partialWeight, double degradedWeight)
    {
        var layers = new WeightLayer[WeightLayers.MaxLayers];
        int count = WeightLayers.Compute(partialWeight, degradedWeight, layers);
        return layers[..count];
    }

    [Fact]
    public void Compute_ReportDefaults_OneLayerOfFullAndPartial() =>
        // Partial 1, degraded 0: the one positive weight is 1; degraded service is no downtime.
        Assert.Equal([new WeightLayer(1m, Full | Partial)], Layers(1.0, 0.0));

    [Fact]
    public void Compute_OnlyFullWeighs_OneLayerOfFull() =>
        Assert.Equal([new WeightLayer(1m, Full)], Layers(0.0, 0.0));

    [Fact]
    public void Compute_EveryImpactWeighsOne_OneLayerOfAll() =>
        Assert.Equal([new WeightLayer(1m, Full | Partial | Degraded)], Layers(1.0, 1.0));

    [Fact]
    public void Compute_HalfAndQuarter_ThreeLayersHighestFirst()
    {
        // Thresholds 1 > 0.5 > 0.25: steps 1 - 0.5, 0.5 - 0.25, 0.25 - 0. Full lies in all three (0.5 + 0.25 + 0.25 = 1),
        // partial in the last two (0.25 + 0.25 = 0.5), degraded in the last (0.25).
        Assert.Equal(
            [new WeightLayer(0.5m, Full), new WeightLayer(0.25m, Full | Partial), new WeightLayer(0.25m, Full | Partial | Degraded)],
            Layers(0.5, 0.25));
    }

    [Fact]
    public void Compute_DegradedAbovePartial_LayersFollowTheWeightsNotTheImpactOrder()
    {
        // Thresholds 1 > 0.7 > 0.3: steps 0.3, 0.4, 0.3. Degraded (0.7) = 0.4 + 0.3; partial (0.3) = 0.3.
        Assert.Equal(
            [new WeightLayer(0.3m, Full), new WeightLayer(0.4m, Full | Degraded), new WeightLayer(0.3m, Full | Partial | Degraded)],
            Layers(0.3, 0.7));
    }

    [Fact]
    public void Compute_EqualWeights_OneLayerEach()
    {
        // Partial and degraded both 0.5: thresholds 1 > 0.5, steps 0.5 and 0.5.
        Assert.Equal([new WeightLayer(0.5m, Full), new WeightLayer(0.5m, Full | Partial | Degraded)], Layers(0.5, 0.5));
    }

    [Fact]
    public void Compute_ZeroPartialPositiveDegraded_PartialInNoLayer()
    {
        // Thresholds 1 > 0.2: partial (0) lies in no layer, so it adds no downtime.
        Assert.Equal([new WeightLayer(0.8m, Full), new WeightLayer(0.2m, Full | Degraded)], Layers(0.0, 0.2));
    }

    [Fact]
    public void Covers_EachImpact_ReadsItsBit()
    {
        var layer = new WeightLayer(0.5m, Full | Degraded);

        Assert.True(layer.Covers(OutageImpact.Full));
        Assert.False(layer.Covers(OutageImpact.Partial));
        Assert.True(layer.Covers(OutageImpact.Degraded));
    }

    [Property(MaxTest = 300)]
    public Property Compute_AnyWeights_EachImpactsStepsAddUpToItsWeightAndLayersNest()
    {
        Gen<double> weight = Gen.Choose(0, 1000).Select(permille => permille / 1000.0);
        return Prop.ForAll(weight.ToArbitrary(), weight.ToArbitrary(), (partial, degraded) =>
        {
            WeightLayer[] layers = Layers(partial, degraded);
            decimal[] weights = [1m, (decimal)partial, (decimal)degraded];
            bool ok = layers.Length is >= 1 and <= WeightLayers.MaxLayers;
            for (int impact = 0; impact < 3; impact++)
            {
                ok &= layers.Where(l => l.Covers((OutageImpact)impact)).Sum(l => l.Step) == weights[impact];
            }

            for (int k = 0; k < layers.Length; k++)
            {
                ok &= layers[k].Step > 0m && layers[k].Covers(OutageImpact.Full);
                ok &= k == 0 || (layers[k].Impacts & layers[k - 1].Impacts) == layers[k - 1].Impacts; // each layer holds the one above
            }

            return ok;
        });
    }
}
