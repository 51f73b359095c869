using System.Text.Json;
using FsCheck.Xunit;
using KpiCore.Kpis;
using KpiCore.Serialization;

namespace KpiCore.Tests.Serialization;

public sealed class PercentageJsonTests
{
    [Fact]
    public void Serialize_WritesTheFraction() =>
        Assert.Equal("""{"fraction":0.5}""", JsonSerializer.Serialize(Percentage.FromRatio(1, 2), KpiCoreJson.Options));

    [Fact]
    public void Deserialize_ReadsTheFraction() =>
        Assert.Equal(Percentage.FromPercent(25), JsonSerializer.Deserialize<Percentage>("""{"fraction":0.25}""", KpiCoreJson.Options));

    [Theory]
    [InlineData("""{"fraction":1.5}""")]
    [InlineData("""{"percent":50}""")]
    [InlineData("""{}""")]
    [InlineData("""0.5""")]
    public void Deserialize_RefusesAnythingElse(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Percentage>(json, KpiCoreJson.Options));

    [Property(Arbitrary = [typeof(JsonArbitraries)])]
    public bool RoundTrip_IsExact(Percentage value) =>
        JsonSerializer.Deserialize<Percentage>(JsonSerializer.Serialize(value, KpiCoreJson.Options), KpiCoreJson.Options).Fraction
            .Equals(value.Fraction);
}
