using KpiCore.Kpis;
using KpiCore.Planning;
using NodaTime;

namespace KpiCore.Tests.Planning;

/// <summary>The RAG rule against dates worked out by hand, as of 30 September 2017 (the default pack's last day).</summary>
public sealed class BusinessPlanRagRuleTests
{
    private static readonly LocalDate AsOf = new(2017, 9, 30);

    private static BusinessObjective With(params Milestone[] milestones) => new("BP1", "Objective", [], milestones, [], []);

    private static RagStatus Rag(Milestone milestone, BusinessPlanRagRule? rule = null) =>
        (rule ?? BusinessPlanRagRule.Default).Evaluate(With(milestone), AsOf).Status;

    [Fact]
    public void Defaults_AreThirtyAndThirtyDays()
    {
        Assert.Equal(30, BusinessPlanRagRule.Default.OverdueToleranceDays);
        Assert.Equal(30, BusinessPlanRagRule.Default.DueSoonDays);
    }

    [Fact]
    public void Overdue_ExactlyAtTolerance_IsAmber_OneDayOver_IsRed()
    {
        // 31 August + 30 days = 30 September: 30 days late, at the tolerance.
        Assert.Equal(RagStatus.Amber, Rag(new Milestone("m", due: new LocalDate(2017, 8, 31))));
        // 30 August: 31 days late, one over.
        Assert.Equal(RagStatus.Red, Rag(new Milestone("m", due: new LocalDate(2017, 8, 30))));
        // One day late, well within.
        Assert.Equal(RagStatus.Amber, Rag(new Milestone("m", due: new LocalDate(2017, 9, 29))));
    }

    [Fact]
    public void ZeroTolerance_MakesOneDayLateRed()
    {
        var strict = new BusinessPlanRagRule(overdueToleranceDays: 0);
        Assert.Equal(RagStatus.Red, Rag(new Milestone("m", due: new LocalDate(2017, 9, 29)), strict));
        Assert.Equal(RagStatus.Amber, Rag(new Milestone("m", due: AsOf), strict)); // due today: 0 days late, due within the window
    }

    [Fact]
    public void DueSoonWindow_Boundary()
    {
        // 30 September + 30 days = 30 October: the last day of the window.
        Assert.Equal(RagStatus.Amber, Rag(new Milestone("m", due: new LocalDate(2017, 10, 30))));
        Assert.Equal(RagStatus.Green, Rag(new Milestone("m", due: new LocalDate(2017, 10, 31))));
        Assert.Equal(RagStatus.Amber, Rag(new Milestone("m", due: AsOf)));
        var window7 = new BusinessPlanRagRule(dueSoonDays: 7);
        Assert.Equal(RagStatus.Amber, Rag(new Milestone("m", due: new LocalDate(2017, 10, 7)), window7));
        Assert.Equal(RagStatus.Green, Rag(new Milestone("m", due: new LocalDate(2017, 10, 8)), window7));
    }

    [Fact]
    public void DoneMilestones_NeverRaise_UnlessDoneAfterTheDate()
    {
        var longAgo = new LocalDate(2017, 5, 31);
        Assert.Equal(RagStatus.Green, Rag(new Milestone("m", due: longAgo, completed: true)));
        Assert.Equal(RagStatus.Green, Rag(new Milestone("m", due: longAgo, completedOn: new LocalDate(2017, 9, 30))));
        // Done on 1 October: not done as of 30 September, so 122 days late (31 May to 30 September).
        ObjectiveEvaluation late = BusinessPlanRagRule.Default.Evaluate(With(new Milestone("m", due: longAgo, completedOn: new LocalDate(2017, 10, 1))), AsOf);
        Assert.Equal(RagStatus.Red, late.Status);
        Assert.Contains("122 days late", late.Reason, StringComparison.Ordinal);
        Assert.Equal(0, late.DoneCount);
    }

    [Fact]
    public void WorstMilestoneDecides_AndUndatedOnesAreNotJudged()
    {
        ObjectiveEvaluation e = BusinessPlanRagRule.Default.Evaluate(With(
            new Milestone("done", due: new LocalDate(2017, 4, 30), completed: true),
            new Milestone("soon", due: new LocalDate(2017, 10, 15)),
            new Milestone("late", due: new LocalDate(2017, 6, 30)),
            new Milestone("tbc")), AsOf);
        Assert.Equal(RagStatus.Red, e.Status);
        Assert.Equal(["late"], e.Overdue.Select(m => m.Text));
        Assert.Equal(["soon"], e.DueSoon.Select(m => m.Text));
        Assert.Equal(1, e.DoneCount);
        Assert.Equal("'late' was due 2017-06-30 and is 92 days late (tolerance 30 days); 1 of 4 milestones done.", e.Reason);
    }

    [Fact]
    public void NothingToJudge_IsNotAssessed()
    {
        Assert.Equal(RagStatus.NotAssessed, BusinessPlanRagRule.Default.Evaluate(With(), AsOf).Status);
        Assert.Equal(RagStatus.NotAssessed, BusinessPlanRagRule.Default.Evaluate(With(new Milestone("TBC")), AsOf).Status);
        Assert.Equal(RagStatus.Green, BusinessPlanRagRule.Default.Evaluate(With(new Milestone("TBC"), new Milestone("done", completed: true)), AsOf).Status);
    }

    [Fact]
    public void ExplicitRag_Overrides_AndKeepsTheRulesOwn()
    {
        var objective = new BusinessObjective("BP6", "Infrastructure", [], [new Milestone("HA by May", due: new LocalDate(2017, 5, 31))], [], [], RagStatus.Amber);
        ObjectiveEvaluation e = BusinessPlanRagRule.Default.Evaluate(objective, AsOf);
        Assert.Equal(RagStatus.Amber, e.Status);
        Assert.Equal(RagStatus.Red, e.RuleStatus);
        Assert.True(e.IsOverridden);
        Assert.StartsWith("Amber, set in the plan; the rule gives red: 'HA by May' was due 2017-05-31 and is 122 days late", e.Reason, StringComparison.Ordinal);
        var green = new BusinessObjective("BP7", "x", [], [], [], [], RagStatus.Green);
        Assert.Equal(RagStatus.Green, BusinessPlanRagRule.Default.Evaluate(green, AsOf).Status);
    }

    [Fact]
    public void BadArguments_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BusinessPlanRagRule(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BusinessPlanRagRule(0, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BusinessObjective("a", "b", [], [], [], [], RagStatus.NotAssessed));
        Assert.Throws<ArgumentException>(() => new BusinessObjective("a", "b", [" "], [], [], []));
        Assert.Throws<ArgumentException>(() => new Milestone(""));
    }
}
