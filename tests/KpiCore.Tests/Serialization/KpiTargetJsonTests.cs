using System.Text.Json;
using FsCheck.Xunit;
using KpiCore.Kpis;
using KpiCore.Serialization;

namespace KpiCore.Tests.Serialization;

public sealed class KpiTargetJsonTests
{
    public static TheoryData<string, KpiTarget> Pinned => new()
    {
        { """{"direction":"AtLeast","threshold":99.9,"unit":"Percent"}""", KpiTarget.AtLeast(99.9) },
        { """{"direction":"AtMost","threshold":2,"unit":"Count","amberTolerance":{"kind":"Absolute","amount":1}}""", KpiTarget.AtMost(2, KpiUnit.Count, Tolerance.Absolute(1)) },
        { """{"direction":"DecreaseOnPrevious"}""", KpiTarget.DecreaseOnPrevious() },
        { """{"direction":"IncreaseOnPrevious","amberTolerance":{"kind":"Relative","amount":0.1}}""", KpiTarget.IncreaseOnPrevious(Tolerance.Relative(0.1)) },
        { """{"direction":"None"}""", KpiTarget.None },
    };

    [Theory]
    [MemberData(nameof(Pinned))]
    public void Serialize_WritesThePinnedShape(string json, KpiTarget target) =>
        Assert.Equal(json, JsonSerializer.Serialize(target, KpiCoreJson.Options));

    [Theory]
    [MemberData(nameof(Pinned))]
    public void Deserialize_ReadsThePinnedShape(string json, KpiTarget target) =>
        Assert.Equal(target, JsonSerializer.Deserialize<KpiTarget>(json, KpiCoreJson.Options));

    [Theory]
    [InlineData("""{"direction":"AtLeast","unit":"Percent"}""")]
    [InlineData("""{"direction":"AtLeast","threshold":101,"unit":"Percent"}""")]
    [InlineData("""{"direction":"DecreaseOnPrevious","threshold":3}""")]
    [InlineData("""{"direction":"None","amberTolerance":{"kind":"Absolute","amount":1}}""")]
    [InlineData("""{"direction":"AtLeast","threshold":99,"unit":"Percent","amberTolerance":{"kind":"None","amount":1}}""")]
    [InlineData("""{"direction":"AtLeast","threshold":99,"unit":"Percent","amberTolerance":{"kind":"Relative","amount":2}}""")]
    public void Deserialize_RefusesAnythingElse(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<KpiTarget>(json, KpiCoreJson.Options));

    [Fact]
    public void Evaluation_HasThePinnedShape()
    {
        var evaluation = new TargetEvaluation(TargetOutcome.Missed, RagStatus.Amber, KpiTrend.Down, false);
        string json = """{"outcome":"Missed","rag":"Amber","trend":"Down","isImprovement":false}""";
        Assert.Equal(json, JsonSerializer.Serialize(evaluation, KpiCoreJson.Options));
        Assert.Equal(evaluation, JsonSerializer.Deserialize<TargetEvaluation>(json, KpiCoreJson.Options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<TargetEvaluation>("""{"outcome":"Missed","rag":"Amber","trend":"Down"}""", KpiCoreJson.Options));
    }

    [Property(Arbitrary = [typeof(JsonArbitraries)])]
    public bool Target_RoundTrip_GivesAnEqualTarget(KpiTarget target) =>
        JsonSerializer.Deserialize<KpiTarget>(JsonSerializer.Serialize(target, KpiCoreJson.Options), KpiCoreJson.Options) == target;

    [Property(Arbitrary = [typeof(JsonArbitraries)])]
    public bool Evaluation_RoundTrip_GivesAnEqualEvaluation(TargetEvaluation evaluation) =>
        JsonSerializer.Deserialize<TargetEvaluation>(JsonSerializer.Serialize(evaluation), KpiCoreJson.Options) == evaluation;
}
