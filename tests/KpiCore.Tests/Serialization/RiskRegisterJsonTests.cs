using System.Text.Json;
using FsCheck.Xunit;
using KpiCore.Kpis;
using KpiCore.Risk;
using KpiCore.Serialization;
using KpiCore.Tests.Risk;
using NodaTime;

namespace KpiCore.Tests.Serialization;

public sealed class RiskRegisterJsonTests
{
    [Fact]
    public void Register_HasThePinnedShape()
    {
        var register = new RiskRegister(
            [new RiskRecord("R1", "Loss of power", inherent: new RiskRating(3, 2), mitigation: Percentage.FromPercent(50), reviewDate: new LocalDate(2017, 10, 1))],
            RiskMatrix.ThreeByThree, RiskBands.ThreeByThree, ResidualMethod.MitigationPercentage);
        string json = """
            {"matrix":{"impactScale":["Low","Medium","High"],"likelihoodScale":["Low","Medium","High"],"isProduct":true},
            "bands":[{"from":1,"to":2,"status":"Green"},{"from":3,"to":4,"status":"Amber"},{"from":6,"to":9,"status":"Red"}],
            "residualMethod":"MitigationPercentage",
            "risks":[{"id":"R1","description":"Loss of power","inherent":{"impact":3,"likelihood":2},"residual":null,
            "mitigation":{"fraction":0.5},"cause":null,"consequence":null,"owner":null,"mitigationActions":[],
            "responsibleOfficer":null,"reviewDate":"2017-10-01"}]}
            """.Replace("\n", string.Empty, StringComparison.Ordinal);
        Assert.Equal(json, JsonSerializer.Serialize(register, KpiCoreJson.Options));
        RiskRegister back = JsonSerializer.Deserialize<RiskRegister>(json, KpiCoreJson.Options)!;
        JsonDeepEqual.AssertEqual(register, back);
        Assert.Equal(new RiskScore(3), back.Entries[0].ResidualScore); // 6 halved, worked out again on reading
    }

    [Fact]
    public void TableMatrix_RoundTrips()
    {
        RiskMatrix table = RiskMatrix.FromTable(RiskScale.ThreeLevel, RiskScale.ThreeLevel, new[,] { { 1, 2, 3 }, { 2, 4, 6 }, { 3, 6, 10 } });
        string json = JsonSerializer.Serialize(table, KpiCoreJson.Options);
        Assert.Contains("\"scores\":[[1,2,3],[2,4,6],[3,6,10]]", json, StringComparison.Ordinal);
        JsonDeepEqual.AssertEqual(table, JsonSerializer.Deserialize<RiskMatrix>(json, KpiCoreJson.Options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<RiskMatrix>(json.Replace("[3,6,10]", "[3,6]", StringComparison.Ordinal), KpiCoreJson.Options));
    }

    [Property(Arbitrary = [typeof(RiskArbitraries)])]
    public void Register_RoundTrip_GivesAnEqualRegister(RiskRecord[] risks)
    {
        RiskMatrix matrix = RiskMatrix.FiveByFive;
        var register = new RiskRegister(risks, matrix, RiskBands.TriBorough);
        string json = JsonSerializer.Serialize(register, KpiCoreJson.Options);
        RiskRegister back = JsonSerializer.Deserialize<RiskRegister>(json, KpiCoreJson.Options)!;
        JsonDeepEqual.AssertEqual(register, back);
        Assert.Equal(register.Entries.Select(e => e.Risk.Id), back.Entries.Select(e => e.Risk.Id));
    }
}
