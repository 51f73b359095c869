using KpiCore.Kpis;
using KpiCore.Planning;
using KpiCore.Reporting;
using KpiCore.Satisfaction;
using NodaTime;

namespace KpiCore.Tests.Reporting;

/// <summary>
/// The real business-plan section (<see cref="PerformancePackBuilder.AddBusinessPlan"/>, <see cref="PackLayout.BusinessPlanSection"/>)
/// and the process-success answers of the "Other KPIs", checked against hand-worked figures.
/// </summary>
public sealed class BusinessPlanPackTests
{
    private static readonly YearMonth[] Months = [new(2017, 5), new(2017, 6), new(2017, 7)];

    [Fact]
    public void BusinessPlanSection_CountsObjectivesByRagAtEachMonthEnd()
    {
        // BP1's milestone is due 30 June: 31 May is within the 30-day window (amber), 30 June the due day (amber),
        // 31 July 31 days late (red). BP2 is done (green). BP3 has only a TBC milestone (not assessed: in no row).
        var plan = new BusinessPlan(
        [
            new BusinessObjective("BP1", "PSN", [], [new Milestone("PSN by June 2017", new LocalDate(2017, 6, 30))], [], []),
            new BusinessObjective("BP2", "Cabinets", [], [new Milestone("June cabinets", completed: true)], [], []),
            new BusinessObjective("BP3", "Income", [], [new Milestone("Business cases (TBC)")], [], []),
        ]);
        var builder = new PerformancePackBuilder(Months, PackLayout.Default.WithSection(PackLayout.BusinessPlanSection));
        builder.AddBusinessPlan(plan);
        builder.AddNetPromoterScore("Brent", Months[0], NpsSummary.FromCounts(1, 0, 0));

        foreach (PerformancePack pack in new[] { builder.Build("Brent"), builder.BuildCombined() })
        {
            PackSection section = pack.Sections[^1];
            Assert.Equal((PackSectionKind.Custom, PerformancePackBuilder.BusinessPlanSectionKey), (section.Kind, section.Key));
            Assert.Equal([0.0, 0.0, 1.0], section.FindRowByKey(PackRowKeys.RedObjectives)!.Values.Select(v => v.Value));
            Assert.Equal([1.0, 1.0, 0.0], section.FindRowByKey(PackRowKeys.AmberObjectives)!.Values.Select(v => v.Value));
            Assert.Equal([1.0, 1.0, 1.0], section.FindRowByKey(PackRowKeys.GreenObjectives)!.Values.Select(v => v.Value));
        }

        Assert.Equal(["Brent"], builder.Organisations); // a plan adds no organisation
        Assert.Throws<InvalidOperationException>(() => builder.AddBusinessPlan(plan));
    }

    [Fact]
    public void BusinessPlanSection_WithoutAPlan_IsUnavailable_AndARuleCanBeGiven()
    {
        var layout = PackLayout.Default.WithSection(PackLayout.BusinessPlanSection);
        var empty = new PerformancePackBuilder(Months, layout);
        Assert.All(empty.BuildCombined().Sections[^1].Rows, r => Assert.All(r.Values, v => Assert.Equal(KpiValue.Unavailable, v)));

        var strict = new PerformancePackBuilder(Months, layout);
        strict.AddBusinessPlan(new BusinessPlan([new BusinessObjective("A", "a", [], [new Milestone("m", new LocalDate(2017, 5, 30))], [], [])]), new BusinessPlanRagRule(0, 0));
        // Due 30 May, zero tolerance: one day late on 31 May, red.
        Assert.Equal(1.0, strict.BuildCombined().FindRowByKey(PackRowKeys.RedObjectives)!.Values[0].Value);
    }

    [Fact]
    public void ProcessSuccessAnswers_MeanAndInterval_ByHand()
    {
        // Answers 6, 7, 8, 8, 9 on 1-9: mean 38 / 5 = 7.6; sample variance ((1.6² + 0.6² + 0.4² + 0.4² + 1.4²) / 4) = 5.2 / 4 = 1.3;
        // standard error sqrt(1.3 / 5) = 0.509902; t(0.975, 4) = 2.776445; half-width 1.415706; the interval is clipped to the scale.
        var builder = new PerformancePackBuilder(Months);
        builder.AddProcessSuccess("Brent", Months[1], ScaleMean.Calculate([6, 7, 8, 8, 9], SatisfactionScale.OneToNine));
        KpiRow row = builder.Build("Brent").FindRowByKey(PackRowKeys.ProcessSuccessIndex)!;
        Assert.Equal(KpiValue.NotApplicable, row.Values[0]);
        Assert.Equal(7.6, row.Values[1].Value, 12);
        KpiInterval interval = row.Intervals[1]!;
        Assert.Equal(7.6 - 1.415706, interval.Lower, 5);
        Assert.Equal(9.0, interval.Upper, 12); // 9.015706 clipped to the top of the scale
        Assert.Equal(5, interval.SampleSize);
        Assert.Equal(RagStatus.Green, row.Evaluate(1).Rag); // target at least 7
    }

    [Fact]
    public void UserSatisfaction_MeanAndInterval_ByHand()
    {
        // 5, 6, 7 on 1-7: mean 6, sample SD 1, SE 1 / sqrt 3 = 0.577350; t(0.975, 2) = 4.302653; half-width 2.484138.
        var builder = new PerformancePackBuilder(Months);
        builder.AddUserSatisfaction("Lewisham", Months[0], ScaleMean.Calculate([5, 6, 7], SatisfactionScale.OneToSeven));
        KpiRow row = builder.Build("Lewisham").FindRowByKey(PackRowKeys.UserSatisfaction)!;
        Assert.Equal(6.0, row.Values[0].Value, 12);
        Assert.Equal(6.0 - 2.484138, row.Intervals[0]!.Lower, 5);
        Assert.Equal(7.0, row.Intervals[0]!.Upper, 12); // 8.484138 clipped to the scale's 7
        Assert.Equal(KpiValue.NotApplicable, row.Values[1]);
    }

    [Fact]
    public void ProcessSuccess_CombinedPoolsAnswers_AndASetIndexCannotBePooled()
    {
        var builder = new PerformancePackBuilder(Months);
        builder.AddProcessSuccess("A", Months[0], ScaleMean.Calculate([9, 9], SatisfactionScale.OneToNine));
        builder.AddProcessSuccess("B", Months[0], ScaleMean.Calculate([3, 3, 3, 3, 3, 3], SatisfactionScale.OneToNine));
        builder.SetProcessSuccessIndex("B", Months[1], 8);
        builder.AddProcessSuccess("A", Months[1], ScaleMean.Calculate([7], SatisfactionScale.OneToNine));
        KpiRow combined = builder.BuildCombined().FindRowByKey(PackRowKeys.ProcessSuccessIndex)!;
        // Pooled (9 + 9 + 6 x 3) / 8 = 4.5, not the mean of means (9 + 3) / 2 = 6.
        Assert.Equal(4.5, combined.Values[0].Value, 12);
        Assert.Equal(KpiValue.Unavailable, combined.Values[1]); // B's index has no answers to pool
        Assert.Equal(KpiValue.NotApplicable, combined.Values[2]);
        Assert.Equal(8.0, builder.Build("B").FindRowByKey(PackRowKeys.ProcessSuccessIndex)!.Values[1].Value);
        Assert.Throws<ArgumentException>(() => builder.AddProcessSuccess("B", Months[1], ScaleMean.Calculate([1], SatisfactionScale.OneToNine)));
        Assert.Throws<ArgumentException>(() => builder.SetProcessSuccessIndex("A", Months[1], 5));
        Assert.Throws<ArgumentException>(() => builder.AddProcessSuccess("A", Months[0], ScaleMean.Calculate([1], SatisfactionScale.OneToSeven)));
    }

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public bool ProcessSuccess_AddedInTwoParts_EqualsOnePass(byte[] answers, int split)
    {
        int[] scores = [.. answers.Select(a => 1 + (a % 9))];
        int cut = (split & int.MaxValue) % (scores.Length + 1);
        var once = new PerformancePackBuilder(Months);
        once.AddProcessSuccess("A", Months[0], ScaleMean.Calculate(scores, SatisfactionScale.OneToNine));
        var twice = new PerformancePackBuilder(Months);
        twice.AddProcessSuccess("A", Months[0], ScaleMean.Calculate(scores.Take(cut), SatisfactionScale.OneToNine));
        twice.AddProcessSuccess("A", Months[0], ScaleMean.Calculate(scores.Skip(cut), SatisfactionScale.OneToNine));
        KpiRow a = once.Build("A").FindRowByKey(PackRowKeys.ProcessSuccessIndex)!;
        KpiRow b = twice.Build("A").FindRowByKey(PackRowKeys.ProcessSuccessIndex)!;
        bool sameInterval = (a.Intervals[0], b.Intervals[0]) switch
        {
            (null, null) => true,
            (KpiInterval x, KpiInterval y) => Math.Abs(x.Lower - y.Lower) < 1e-9 && Math.Abs(x.Upper - y.Upper) < 1e-9 && x.SampleSize == y.SampleSize,
            _ => false,
        };
        bool sameValue = scores.Length == 0
            ? a.Values[0] == KpiValue.NotApplicable && b.Values[0] == KpiValue.NotApplicable
            : Math.Abs(a.Values[0].Value - scores.Average()) < 1e-9 && Math.Abs(b.Values[0].Value - scores.Average()) < 1e-9;
        return sameValue && sameInterval;
    }
}
