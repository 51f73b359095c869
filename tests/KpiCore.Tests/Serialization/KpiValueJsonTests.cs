using System.Text.Json;
using FsCheck.Xunit;
using KpiCore.Kpis;
using KpiCore.Serialization;

namespace KpiCore.Tests.Serialization;

public sealed class KpiValueJsonTests
{
    public static TheoryData<string, KpiValue> Pinned => new()
    {
        { """{"kind":"NotApplicable"}""", KpiValue.NotApplicable },
        { """{"kind":"Unavailable"}""", KpiValue.Unavailable },
        { """{"kind":"Measured","unit":"Percent","value":99.93}""", KpiValue.Measured(99.93, KpiUnit.Percent) },
        { """{"kind":"Measured","unit":"Number","value":70.98}""", KpiValue.Measured(70.98) },
        { """{"kind":"Measured","unit":"Count","value":4503}""", KpiValue.FromCount(4503) },
        { """{"kind":"Measured","unit":"Percent","value":100}""", KpiValue.FromPercentage(Percentage.Hundred) },
    };

    [Theory]
    [MemberData(nameof(Pinned))]
    public void Serialize_WritesThePinnedShape(string json, KpiValue value)
    {
        Assert.Equal(json, JsonSerializer.Serialize(value, KpiCoreJson.Options));
        Assert.Equal(json, JsonSerializer.Serialize(value, KpiCoreJson.GetTypeInfo<KpiValue>()));
    }

    [Theory]
    [MemberData(nameof(Pinned))]
    public void Deserialize_ReadsThePinnedShape(string json, KpiValue value) =>
        Assert.Equal(value, JsonSerializer.Deserialize<KpiValue>(json, KpiCoreJson.Options));

    [Fact]
    public void NotApplicableAndUnavailable_WithDefaultOptions_RoundTripAsThemselves()
    {
        // The bug of issue #14: N/A threw when serialised and any value read back as UNVL.
        string na = JsonSerializer.Serialize(KpiValue.NotApplicable);
        Assert.Equal("""{"kind":"NotApplicable"}""", na);
        Assert.Equal(KpiValue.NotApplicable, JsonSerializer.Deserialize<KpiValue>(na));
        KpiValue measured = KpiValue.Measured(12.5, KpiUnit.Percent);
        Assert.Equal(measured, JsonSerializer.Deserialize<KpiValue>(JsonSerializer.Serialize(measured)));
    }

    [Fact]
    public void ValueInsideAConsumersType_RoundTripsWithDefaultOptions()
    {
        var holder = new Holder([KpiValue.NotApplicable, KpiValue.FromCount(3), KpiValue.Unavailable], KpiValue.Measured(1.5));
        string json = JsonSerializer.Serialize(holder);
        Assert.Equal("""{"Values":[{"kind":"NotApplicable"},{"kind":"Measured","unit":"Count","value":3},{"kind":"Unavailable"}],"One":{"kind":"Measured","unit":"Number","value":1.5}}""", json);
        Holder back = JsonSerializer.Deserialize<Holder>(json)!;
        Assert.Equal(holder.Values, back.Values);
        Assert.Equal(holder.One, back.One);
    }

    [Fact]
    public void ExactRatio_IsWrittenToTheLastBit()
    {
        // 1/3 and 2/3 have no short decimal form; the shortest round-trip text must give back the same double.
        KpiValue third = KpiValue.FromPercentage(Percentage.FromRatio(1, 3));
        KpiValue back = JsonSerializer.Deserialize<KpiValue>(JsonSerializer.Serialize(third, KpiCoreJson.Options), KpiCoreJson.Options);
        Assert.Equal(BitConverter.DoubleToInt64Bits(third.Value), BitConverter.DoubleToInt64Bits(back.Value));
        Assert.Equal(1.0 / 3.0 * 100.0, back.Value); // the fraction 1/3 stored, times 100
    }

    [Theory]
    [InlineData("""{}""")]
    [InlineData("""{"kind":2}""")]
    [InlineData("""{"kind":"measured","unit":"Percent","value":1}""")]
    [InlineData("""{"kind":"Measured","unit":"Percent"}""")]
    [InlineData("""{"kind":"Measured","value":1}""")]
    [InlineData("""{"kind":"Measured","unit":"Percent","value":100.5}""")]
    [InlineData("""{"kind":"Measured","unit":"Count","value":1.5}""")]
    [InlineData("""{"kind":"Measured","unit":"Number","value":"1"}""")]
    [InlineData("""{"kind":"NotApplicable","value":0}""")]
    [InlineData("""{"kind":"Unavailable","unit":"Percent"}""")]
    [InlineData("""{"kind":"Unavailable","note":"x"}""")]
    [InlineData("""{"kind":"Unavailable","kind":"Unavailable"}""")]
    [InlineData("""null""")]
    [InlineData("""99.9""")]
    [InlineData("""{"kind":"Measured","unit":"Number","value":1e400}""")]
    public void Deserialize_RefusesAnythingElse(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<KpiValue>(json, KpiCoreJson.Options));

    [Property(Arbitrary = [typeof(JsonArbitraries)])]
    public bool RoundTrip_GivesAnEqualValue(KpiValue value) =>
        JsonSerializer.Deserialize<KpiValue>(JsonSerializer.Serialize(value, KpiCoreJson.Options), KpiCoreJson.Options) == value
        && JsonSerializer.Deserialize<KpiValue>(JsonSerializer.Serialize(value)) == value;

    public sealed record Holder(KpiValue[] Values, KpiValue One);
}
