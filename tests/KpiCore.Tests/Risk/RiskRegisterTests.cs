using FsCheck.Xunit;
using KpiCore.Kpis;
using KpiCore.Risk;
using NodaTime;

namespace KpiCore.Tests.Risk;

public sealed class RiskRegisterTests
{
    private const string InfraHead = "Head of Infrastructure & Service Delivery";
    private const string DigitalHead = "Head of Digital Services";

    // The five risks of the seed committee report (residual impact x likelihood, next 12 months), in report order.
    private static RiskRecord[] ReportRisks() =>
    [
        new("DC", "Catastrophic loss of Data Centre", residual: new RiskRating(3, 2),
            consequence: "Loss of access to IT services for staff and residents", owner: InfraHead,
            mitigationActions: ["Secondary data centre able to deliver all ICT services."], responsibleOfficer: InfraHead),
        new("BLD", "Loss of Access to the Council main buildings", residual: new RiskRating(1, 1), owner: InfraHead),
        new("SEC", "Serious security breach", residual: new RiskRating(3, 1), owner: InfraHead,
            consequence: "Reputational damage. Financial Penalties."),
        new("PPL", "Loss of key technical personnel", residual: new RiskRating(3, 1), owner: DigitalHead),
        new("LBS", "On-boarding Southwark causes adverse impact on business as usual services for Brent and Lewisham",
            residual: new RiskRating(3, 1), owner: DigitalHead),
    ];

    private static RiskRegister ReportRegister() =>
        new(ReportRisks(), RiskMatrix.ThreeByThree, RiskBands.ThreeByThree);

    [Fact]
    public void Entries_SeedReport_ScoresBandsAndOrder()
    {
        RiskRegister register = ReportRegister();
        // 3x2 = 6 Red first; the three 3x1 = 3 Amber risks keep report order; 1x1 = 1 Green last.
        Assert.Equal(["DC", "SEC", "PPL", "LBS", "BLD"], register.Entries.Select(e => e.Risk.Id));
        Assert.Equal([6.0, 3, 3, 3, 1], register.Entries.Select(e => e.ResidualScore.Value));
        Assert.Equal([RagStatus.Red, RagStatus.Amber, RagStatus.Amber, RagStatus.Amber, RagStatus.Green],
            register.Entries.Select(e => e.ResidualStatus));
        Assert.All(register.Entries, e => Assert.Null(e.InherentScore)); // the report gives residual ratings only
        Assert.All(register.Entries, e => Assert.Equal(RagStatus.NotAssessed, e.InherentStatus));
        Assert.Empty(register.ResidualAboveInherent);
    }

    [Fact]
    public void HeatMap_SeedReport_CountsPerCell()
    {
        RiskHeatMap map = ReportRegister().HeatMap();
        Assert.Equal(1, map.Count(3, 2));
        Assert.Equal(3, map.Count(3, 1));
        Assert.Equal(1, map.Count(1, 1));
        Assert.Equal(0, map.Count(2, 2));
        Assert.Equal(5, map.Total);
        Assert.Equal(0, ReportRegister().HeatMap(RiskStage.Inherent).Total);
        Assert.Equal("impact", Assert.Throws<ArgumentOutOfRangeException>(() => map.Count(4, 1)).ParamName);
    }

    // Tri-borough register, "Financial management": inherent L4 x I4 = 16 Red, residual L3 x I4 = 12 Amber.
    [Fact]
    public void Entries_TriBoroughFinancialManagement_InherentRedResidualAmber()
    {
        var risk = new RiskRecord("FM", "Financial management", inherent: new RiskRating(4, 4), residual: new RiskRating(4, 3),
            reviewDate: new LocalDate(2017, 1, 27));
        var register = new RiskRegister([risk], RiskMatrix.FiveByFive, RiskBands.TriBorough);
        RiskRegisterEntry entry = Assert.Single(register.Entries);
        Assert.Equal(new RiskScore(16), entry.InherentScore);
        Assert.Equal(RagStatus.Red, entry.InherentStatus);
        Assert.Equal(new RiskScore(12), entry.ResidualScore);
        Assert.Equal(RagStatus.Amber, entry.ResidualStatus);
        Assert.False(entry.ResidualAboveInherent);
    }

    // SimpleRisk: residual = inherent x (100 - mitigation%) / 100. L4 x I4 = 16 with 50% => 8; normalised to 0-10:
    // 16 x 10 / 25 = 6.4 and 8 x 10 / 25 = 3.2.
    [Fact]
    public void Entries_MitigationPercentage_SimpleRiskExample()
    {
        var risk = new RiskRecord("X", "Example", inherent: new RiskRating(4, 4), mitigation: Percentage.FromPercent(50));
        var register = new RiskRegister([risk], RiskMatrix.FiveByFive, RiskBands.TriBorough, ResidualMethod.MitigationPercentage);
        RiskRegisterEntry entry = Assert.Single(register.Entries);
        Assert.Equal(new RiskScore(8), entry.ResidualScore);
        Assert.Equal(RagStatus.Green, entry.ResidualStatus);
        Assert.Equal(6.4, RiskMatrix.FiveByFive.Normalize(entry.InherentScore!.Value).Value, 1e-12);
        Assert.Equal(3.2, RiskMatrix.FiveByFive.Normalize(entry.ResidualScore).Value, 1e-12);
        Assert.Throws<InvalidOperationException>(() => register.HeatMap());
        Assert.Equal(1, register.HeatMap(RiskStage.Inherent).Count(4, 4));
    }

    [Fact]
    public void Constructor_MissingWhatTheMethodNeeds_Throws()
    {
        var residualOnly = new RiskRecord("A", "a", residual: new RiskRating(1, 1));
        Assert.Equal("risks", Assert.Throws<ArgumentException>(() => new RiskRegister([residualOnly], RiskMatrix.ThreeByThree,
            RiskBands.ThreeByThree, ResidualMethod.MitigationPercentage)).ParamName);
        var mitigationOnly = new RiskRecord("B", "b", inherent: new RiskRating(1, 1), mitigation: Percentage.FromPercent(10));
        Assert.Equal("risks", Assert.Throws<ArgumentException>(() => new RiskRegister([mitigationOnly], RiskMatrix.ThreeByThree,
            RiskBands.ThreeByThree)).ParamName);
    }

    [Fact]
    public void Constructor_OffScaleDuplicateOrUncoveredBands_Throws()
    {
        var offScale = new RiskRecord("A", "a", residual: new RiskRating(4, 1));
        Assert.Equal("risks", Assert.Throws<ArgumentException>(() =>
            new RiskRegister([offScale], RiskMatrix.ThreeByThree, RiskBands.ThreeByThree)).ParamName);
        var one = new RiskRecord("A", "a", residual: new RiskRating(1, 1));
        Assert.Equal("risks", Assert.Throws<ArgumentException>(() =>
            new RiskRegister([one, one], RiskMatrix.ThreeByThree, RiskBands.ThreeByThree)).ParamName);
        Assert.Equal("matrix", Assert.Throws<ArgumentException>(() =>
            new RiskRegister([one], RiskMatrix.FiveByFive, RiskBands.ThreeByThree)).ParamName);
    }

    [Fact]
    public void ResidualAboveInherent_IsFlagged()
    {
        var worse = new RiskRecord("W", "worse after mitigation", inherent: new RiskRating(2, 1), residual: new RiskRating(3, 2));
        var better = new RiskRecord("B", "better", inherent: new RiskRating(3, 3), residual: new RiskRating(1, 2));
        var register = new RiskRegister([better, worse], RiskMatrix.ThreeByThree, RiskBands.ThreeByThree);
        RiskRegisterEntry flagged = Assert.Single(register.ResidualAboveInherent);
        Assert.Equal("W", flagged.Risk.Id);
    }

    [Fact]
    public void MovementSince_PreviousRegister_UpDownUnchangedNewClosed()
    {
        RiskRegister previous = new(
        [
            new RiskRecord("DC", "dc", residual: new RiskRating(3, 1)),
            new RiskRecord("SEC", "sec", residual: new RiskRating(3, 2)),
            new RiskRecord("PPL", "ppl", residual: new RiskRating(3, 1)),
            new RiskRecord("OLD", "closed", residual: new RiskRating(2, 2)),
        ], RiskMatrix.ThreeByThree, RiskBands.ThreeByThree);
        RiskRegister current = new(
        [
            new RiskRecord("DC", "dc", residual: new RiskRating(3, 2)),
            new RiskRecord("SEC", "sec", residual: new RiskRating(3, 1)),
            new RiskRecord("PPL", "ppl", residual: new RiskRating(1, 3)),
            new RiskRecord("LBS", "new", residual: new RiskRating(3, 1)),
        ], RiskMatrix.ThreeByThree, RiskBands.ThreeByThree);

        Dictionary<string, RiskMovement> moves = current.MovementSince(previous).ToDictionary(m => m.RiskId);

        Assert.Equal(5, moves.Count);
        Assert.Equal(RiskMovementKind.Up, moves["DC"].Kind); // 3 -> 6
        Assert.Equal(RiskMovementKind.Down, moves["SEC"].Kind); // 6 -> 3
        Assert.Equal(RiskMovementKind.Unchanged, moves["PPL"].Kind); // 3 x 1 -> 1 x 3: same score
        Assert.Equal(RiskMovementKind.New, moves["LBS"].Kind);
        Assert.Null(moves["LBS"].PreviousScore);
        Assert.Equal(RiskMovementKind.Closed, moves["OLD"].Kind);
        Assert.Equal(new RiskScore(4), moves["OLD"].PreviousScore);
        Assert.Null(moves["OLD"].CurrentScore);
        Assert.Equal("OLD", current.MovementSince(previous)[^1].RiskId);
    }

    [Property(Arbitrary = [typeof(RiskArbitraries)], MaxTest = 300)]
    public bool Entries_AnyRisks_PermutationSortedByResidualDescendingTiesInInputOrder(RiskRecord[] risks)
    {
        var register = new RiskRegister(risks, RiskMatrix.FiveByFive, RiskBands.TriBorough);
        // Reference: a simple stable insertion sort by residual impact x likelihood, descending.
        var expected = new List<RiskRecord>();
        foreach (RiskRecord risk in risks)
        {
            int score = risk.Residual!.Value.Impact * risk.Residual.Value.Likelihood;
            int at = expected.FindIndex(r => r.Residual!.Value.Impact * r.Residual.Value.Likelihood < score);
            expected.Insert(at < 0 ? expected.Count : at, risk);
        }

        return register.Entries.Select(e => e.Risk).SequenceEqual(expected)
            && register.HeatMap().Total == risks.Length
            && register.MovementSince(register).All(m => m.Kind == RiskMovementKind.Unchanged);
    }
}
