using KpiCore.Kpis;
using KpiCore.Planning;
using NodaTime;

namespace KpiCore.Tests.Planning;

/// <summary>Reading a plan from flat rows: grouping, and the one rejection shape for bad rows.</summary>
public sealed class BusinessPlanTests
{
    private static readonly Milestone Ha = new("HA Implementation complete by May 2017.", new LocalDate(2017, 5, 31));
    private static readonly Milestone Psn = new("PSN Remediation complete by June 2017.", new LocalDate(2017, 6, 30));

    [Fact]
    public void FromRows_GroupsMilestonesUnderTheirObjective_InOrder()
    {
        BusinessPlanResult result = BusinessPlan.FromRows(
        [
            new BusinessPlanRow("BP6", "Implementation of infrastructure improvements", ["Complete HA."], ["Service availability."], ["Secure email done."], milestone: Ha),
            new BusinessPlanRow("BP1", "Expand the shared service", milestone: new Milestone("June cabinets", completed: true)),
            new BusinessPlanRow("BP6", milestone: Psn), // fields left blank: as on the first row
            new BusinessPlanRow("BP6", "Implementation of infrastructure improvements", ["Complete HA."]), // repeated exactly, no milestone
        ]);

        Assert.Equal((4L, 4L, 0L, 0), (result.InputCount, result.Counted, result.Excluded, result.Rejected.Count));
        Assert.Equal(["BP6", "BP1"], result.Plan.Objectives.Select(o => o.Id));
        BusinessObjective bp6 = result.Plan.Objectives[0];
        Assert.Equal([Ha, Psn], bp6.Milestones);
        Assert.Equal(["Complete HA."], bp6.KeyActivities);
        Assert.Equal(["Service availability."], bp6.SuccessCriteria);
        Assert.Equal(["Secure email done."], bp6.CurrentStatus);
        Assert.Null(bp6.RagOverride);
    }

    [Fact]
    public void FromRows_RejectsNullMissingObjectiveAndInconsistentRepeats_WithClearReasons()
    {
        BusinessPlanResult result = BusinessPlan.FromRows(
        [
            new BusinessPlanRow("BP2", milestone: Ha),                           // 0: first row of BP2 without a title
            new BusinessPlanRow("BP6", "Infrastructure", rag: RagStatus.Amber),  // 1: stands
            null,                                                                // 2
            new BusinessPlanRow("BP6", "Infrastructure improvements", milestone: Psn), // 3: another title
            new BusinessPlanRow("BP6", rag: RagStatus.Red),                      // 4: another RAG
            new BusinessPlanRow("BP6", currentStatus: ["On track"]),             // 5: the first row left it blank
            new BusinessPlanRow("BP2", "Migration", milestone: Ha),              // 6: BP2's first accepted row stands now
        ]);

        Assert.Equal((7L, 2L, 0L, 5), (result.InputCount, result.Counted, result.Excluded, result.Rejected.Count));
        Assert.Equal([0, 2, 3, 4, 5], result.Rejected.Select(r => r.Index));
        RejectedRecord missing = result.Rejected[0];
        Assert.Equal((0, "BP2", "Objective"), (missing.Index, missing.RecordId, missing.Field));
        Assert.Equal("The first row of objective 'BP2' must give the objective's title.", missing.Reason);
        Assert.Equal((2, (string?)null, "Row"), (result.Rejected[1].Index, result.Rejected[1].RecordId, result.Rejected[1].Field));
        RejectedRecord title = result.Rejected[2];
        Assert.Equal((3, "BP6", "Objective"), (title.Index, title.RecordId, title.Field));
        Assert.Equal("Objective 'BP6' has a different title here ('Infrastructure improvements') than on its first row (position 1: 'Infrastructure'); repeat it exactly or leave it blank.", title.Reason);
        Assert.Equal((4, "Rag"), (result.Rejected[3].Index, result.Rejected[3].Field));
        Assert.Contains("('Red') than on its first row (position 1: 'Amber')", result.Rejected[3].Reason, StringComparison.Ordinal);
        Assert.Empty(result.Plan.Objectives[0].Milestones); // the rejected rows' milestones are not in the plan
        Assert.Equal(["BP6", "BP2"], result.Plan.Objectives.Select(o => o.Id));
        Assert.Equal([Ha], result.Plan.Objectives[1].Milestones);
    }

    [Fact]
    public void FromRows_AFieldGivenLaterThatTheFirstRowLeftBlank_IsRejected()
    {
        BusinessPlanResult result = BusinessPlan.FromRows([new BusinessPlanRow("A", "Title"), new BusinessPlanRow("A", currentStatus: ["On track"])]);
        RejectedRecord r = Assert.Single(result.Rejected);
        Assert.Equal((1, "CurrentStatus"), (r.Index, r.Field));
        Assert.Equal("Objective 'A' gives its current status here ('On track'), but its first row (position 0) leaves it blank; give the objective's fields on its first row.", r.Reason);
    }

    [Fact]
    public void Constructor_RejectsRepeatedIds_AndEvaluateKeepsOrder()
    {
        var a = new BusinessObjective("A", "a", [], [Ha], [], []);
        Assert.Throws<ArgumentException>(() => new BusinessPlan([a, a]));
        var plan = new BusinessPlan([a, new BusinessObjective("B", "b", [], [], [], [])]);
        IReadOnlyList<ObjectiveEvaluation> evaluations = plan.Evaluate(new LocalDate(2017, 6, 15));
        // HA due 31 May, 15 days late on 15 June: amber within the 30-day tolerance; B has nothing to judge.
        Assert.Equal([RagStatus.Amber, RagStatus.NotAssessed], evaluations.Select(e => e.Status));
        Assert.Equal(RagStatus.Red, plan.Evaluate(new LocalDate(2017, 6, 15), new BusinessPlanRagRule(10))[0].Status);
    }

    [Fact]
    public void Result_IsABatchResult_InputIsCountedPlusExcludedPlusRejected()
    {
        BusinessPlanResult result = BusinessPlan.FromRows([new BusinessPlanRow("A", "a"), null, new BusinessPlanRow("B")]);
        Assert.IsAssignableFrom<IBatchResult>(result);
        Assert.Equal((3L, 1L, 0L, 2), (result.InputCount, result.Counted, result.Excluded, result.Rejected.Count));
    }
}
