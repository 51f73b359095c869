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

    [Fact]
    public void Create_BadRecords_RejectedWithReasonsAndCountsAddUp()
    {
        RiskRecord?[] risks =
        [
            new RiskRecord("DC", "Data centre", residual: new RiskRating(3, 2)),
            null,
            new RiskRecord("DC", "Data centre again", residual: new RiskRating(1, 1)),
            new RiskRecord("SEC", "Security", residual: new RiskRating(4, 1)),
            new RiskRecord("PPL", "People", residual: new RiskRating(3, 5)),
            new RiskRecord("FIN", "Finance", inherent: new RiskRating(7, 1), residual: new RiskRating(2, 2)),
            new RiskRecord("SEC", "Security, corrected", residual: new RiskRating(3, 1)),
        ];

        RiskRegisterResult result = RiskRegister.Create(risks, RiskMatrix.ThreeByThree, RiskBands.ThreeByThree);

        Assert.Equal(7, result.InputCount);
        Assert.Equal(2, result.Counted);
        Assert.Equal(result.InputCount, result.Counted + result.Rejected.Count);
        Assert.Equal(["DC", "SEC"], result.Register.Entries.Select(e => e.Risk.Id)); // 6 then 3
        Assert.Equal(
            [(1, null, "Risk"), (2, "DC", "Id"), (3, "SEC", "Residual"), (4, "PPL", "Residual"), (5, "FIN", "Inherent")],
            result.Rejected.Select(r => (r.Index, r.RecordId, r.Field)).ToArray());
        Assert.Contains("position 0", result.Rejected[1].Reason, StringComparison.Ordinal);
        Assert.Equal("The residual impact 4 is outside the 1-3 scale of this register.", result.Rejected[2].Reason);
        Assert.Equal("The residual likelihood 5 is outside the 1-3 scale of this register.", result.Rejected[3].Reason);
        Assert.Equal("The inherent impact 7 is outside the 1-3 scale of this register.", result.Rejected[4].Reason);
    }

    [Fact]
    public void Create_MissingWhatTheMethodNeeds_Rejected()
    {
        var residualOnly = new RiskRecord("A", "a", residual: new RiskRating(1, 1));
        var mitigationOnly = new RiskRecord("B", "b", inherent: new RiskRating(2, 2), mitigation: Percentage.FromPercent(50));

        RiskRegisterResult byMitigation = RiskRegister.Create([residualOnly, mitigationOnly], RiskMatrix.ThreeByThree, RiskBands.ThreeByThree, ResidualMethod.MitigationPercentage);
        RiskRegisterResult rescored = RiskRegister.Create([residualOnly, mitigationOnly], RiskMatrix.ThreeByThree, RiskBands.ThreeByThree);

        Assert.Equal((0, "A", "Mitigation"), (byMitigation.Rejected.Single().Index, byMitigation.Rejected.Single().RecordId, byMitigation.Rejected.Single().Field));
        Assert.Equal(2.0, byMitigation.Register.Entries.Single().ResidualScore.Value); // 2 x 2 = 4, less 50%
        Assert.Equal((1, "B", "Residual"), (rescored.Rejected.Single().Index, rescored.Rejected.Single().RecordId, rescored.Rejected.Single().Field));
    }

    [Fact]
    public void Create_ProgrammerErrors_StillThrow()
    {
        Assert.Equal("risks", Assert.Throws<ArgumentNullException>(() => RiskRegister.Create(null!, RiskMatrix.ThreeByThree, RiskBands.ThreeByThree)).ParamName);
        Assert.Equal("matrix", Assert.Throws<ArgumentException>(() => RiskRegister.Create([], RiskMatrix.FiveByFive, RiskBands.ThreeByThree)).ParamName);
        Assert.Equal("residualMethod", Assert.Throws<ArgumentOutOfRangeException>(() =>
            RiskRegister.Create([], RiskMatrix.ThreeByThree, RiskBands.ThreeByThree, (ResidualMethod)9)).ParamName);
    }

    [Fact]
    public void Create_Empty_EmptyRegister()
    {
        RiskRegisterResult result = RiskRegister.Create([], RiskMatrix.ThreeByThree, RiskBands.ThreeByThree);
        Assert.Equal((0, 0), (result.InputCount, result.Counted));
        Assert.Empty(result.Register.Entries);
        Assert.Empty(result.Rejected);
    }

    [Property(Arbitrary = [typeof(RiskArbitraries)], MaxTest = 300)]
    public bool Create_AnyRecords_EachCountedOrRejectedForItsReason(RiskRecord[] risks, FsCheck.PositiveInt spread)
    {
        // 5x5 ratings on the 3x3 register, ids repeating with period 1-8, every ninth record null. Reference: a record is
        // accepted when it is not null, both levels are 1-3, and no accepted record before it has its id.
        int period = 1 + (spread.Get % 8);
        RiskRecord?[] input = [.. risks.Select((r, i) => i % 9 == 8 ? null
            : new RiskRecord("R" + (i % period).ToString(System.Globalization.CultureInfo.InvariantCulture), r.Description, residual: r.Residual))];
        var acceptedIds = new HashSet<string>(StringComparer.Ordinal);
        var accepted = new List<RiskRecord>();
        var rejected = new List<int>();
        for (int i = 0; i < input.Length; i++)
        {
            if (input[i] is RiskRecord r && r.Residual!.Value.Impact <= 3 && r.Residual.Value.Likelihood <= 3 && acceptedIds.Add(r.Id))
            {
                accepted.Add(r);
            }
            else
            {
                rejected.Add(i);
            }
        }

        RiskRegisterResult result = RiskRegister.Create(input, RiskMatrix.ThreeByThree, RiskBands.ThreeByThree);
        return result.InputCount == input.Length
            && result.Counted == accepted.Count
            && result.Counted + result.Rejected.Count == result.InputCount
            && result.Rejected.Select(x => x.Index).SequenceEqual(rejected)
            && result.Register.Entries.Select(e => e.Risk).ToHashSet().SetEquals(accepted)
            && result.Register.Entries.Count == accepted.Count;
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
