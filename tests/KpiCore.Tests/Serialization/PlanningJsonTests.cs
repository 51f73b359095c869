using System.Globalization;
using FsCheck.Xunit;
using KpiCore.Kpis;
using KpiCore.Planning;
using NodaTime;

namespace KpiCore.Tests.Serialization;

public sealed class PlanningJsonTests
{
    private static readonly LocalDate Start = new(2017, 4, 1);
    private static readonly RagStatus[] Rags = [RagStatus.Green, RagStatus.Amber, RagStatus.Red];

    [Property]
    public void PlanAndEvaluations_AnyMilestones_RoundTripExactly(short[] milestoneDays, byte overdueTolerance, byte dueSoon, short asOfDay, byte? rag)
    {
        Milestone[] milestones = milestoneDays.Select((day, i) => new Milestone(
            "Step " + i.ToString(CultureInfo.InvariantCulture),
            day % 3 == 0 ? null : Start.PlusDays(day),
            day % 4 == 0 ? Start.PlusDays(day / 2) : null,
            completed: day % 5 == 0)).ToArray();
        RagStatus? chosen = rag is byte r ? Rags[r % 3] : null;
        var objective = new BusinessObjective("BO1", "Objective", ["Activity"], milestones, [], ["Status"], chosen);
        var plan = new BusinessPlan([objective]);
        JsonRoundTrip.AssertExact(plan);
        Assert.All(milestones, milestone => JsonRoundTrip.AssertExact(milestone));
        var rule = new BusinessPlanRagRule(overdueTolerance, dueSoon);
        JsonRoundTrip.AssertExact(rule);
        Assert.All(plan.Evaluate(Start.PlusDays(asOfDay), rule), evaluation => JsonRoundTrip.AssertExact(evaluation));
    }

    [Property]
    public void Rows_AnyCells_RoundTripExactly(bool objective, bool lists, byte? rag, short? due)
    {
        var row = new BusinessPlanRow("BO7", objective ? "Objective" : null, lists ? ["A", "B"] : null, lists ? [] : null, lists ? ["S"] : null,
            rag is byte r ? Rags[r % 3] : null,
            due is short day ? new Milestone("M", Start.PlusDays(day)) : null);
        JsonRoundTrip.AssertExact(row);
        JsonRoundTrip.AssertExact(BusinessPlan.FromRows([row, null]));
    }
}
