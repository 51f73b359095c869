using KpiCore.Kpis;
using KpiCore.Risk;

namespace KpiCore.Tests.Risk;

public sealed class RiskRecordTests
{
    [Fact]
    public void Constructor_NeitherResidualNorMitigation_Throws() =>
        Assert.Equal("residual", Assert.Throws<ArgumentException>(() =>
            new RiskRecord("R1", "Data centre loss", inherent: new RiskRating(3, 3))).ParamName);

    [Fact]
    public void Constructor_MitigationWithoutInherent_Throws() =>
        Assert.Equal("mitigation", Assert.Throws<ArgumentException>(() =>
            new RiskRecord("R1", "Data centre loss", mitigation: Percentage.FromPercent(50))).ParamName);

    [Fact]
    public void Constructor_DefaultRatingBlankIdOrAction_Throws()
    {
        Assert.Equal("residual", Assert.Throws<ArgumentException>(() => new RiskRecord("R1", "d", residual: default(RiskRating))).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new RiskRecord(" ", "d", residual: new RiskRating(1, 1))).ParamName);
        Assert.Equal("mitigationActions", Assert.Throws<ArgumentException>(() =>
            new RiskRecord("R1", "d", residual: new RiskRating(1, 1), mitigationActions: ["ok", ""])).ParamName);
        Assert.Equal("impact", Assert.Throws<ArgumentOutOfRangeException>(() => new RiskRating(0, 1)).ParamName);
    }

    [Fact]
    public void Constructor_KeepsTheReportColumns()
    {
        var risk = new RiskRecord("LBS", "On-boarding Southwark", residual: new RiskRating(3, 1), cause: "Expansion",
            consequence: "Day to day service delivery severely impacted", owner: "Head of Digital Services",
            mitigationActions: ["Ensure project properly resourced"], responsibleOfficer: "Head of Digital Services");
        Assert.Equal(new RiskRating(3, 1), risk.Residual);
        Assert.Null(risk.Inherent);
        Assert.Equal("Expansion", risk.Cause);
        Assert.Equal(["Ensure project properly resourced"], risk.MitigationActions);
        Assert.Null(risk.ReviewDate);
    }
}
