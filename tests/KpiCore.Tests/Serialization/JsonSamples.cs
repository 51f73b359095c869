using KpiCore.Availability;
using KpiCore.Kpis;
using KpiCore.Planning;
using KpiCore.Reporting;
using KpiCore.Risk;
using KpiCore.Satisfaction;
using KpiCore.ServiceDesk;
using KpiCore.Time;
using NodaTime;

namespace KpiCore.Tests.Serialization;

/// <summary>
/// One representative instance of every serialisable result and value, made the way users get them (from the
/// calculators where there are some), holding N/A and UNVL where the type can.
/// </summary>
internal static class JsonSamples
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly ReportingPeriod September = ReportingPeriod.Month(new YearMonth(2017, 9), London);
    private static readonly ReportingPeriod October = ReportingPeriod.Month(new YearMonth(2017, 10), London);
    private static readonly Instant AsOf = Instant.FromUtc(2017, 10, 15, 12, 0);

    /// <summary>Service hours with every kind of rule: weekday hours, a range to 24:00, a closed date and special hours.</summary>
    internal static WorkingCalendar Calendar { get; } = WorkingCalendar.Create(London)
        .WithHours(IsoDayOfWeek.Monday, IsoDayOfWeek.Friday, new LocalTime(8, 0), new LocalTime(18, 0))
        .WithHours(IsoDayOfWeek.Saturday, new LocalTimeRange(new LocalTime(22, 0), LocalTime.Midnight))
        .WithClosedDates([new LocalDate(2017, 12, 25)])
        .WithSpecialHours(new LocalDate(2017, 12, 24), new LocalTimeRange(new LocalTime(9, 0), new LocalTime(12, 30)));

    /// <summary>Gets the samples by type.</summary>
    internal static IReadOnlyDictionary<Type, object> ByType { get; } = Build();

    private static Dictionary<Type, object> Build()
    {
        var samples = new Dictionary<Type, object>();
        void Add(object value) => samples.Add(value.GetType(), value);

        Add(KpiValue.Unavailable);
        Add(Percentage.FromRatio(2, 3));
        Add(Tolerance.Relative(0.05));
        Add(KpiTarget.AtLeast(99.9, KpiUnit.Percent, Tolerance.Absolute(0.5)));
        Add(new TargetEvaluation(TargetOutcome.Missed, RagStatus.Amber, KpiTrend.Up, true));
        Add(new RejectedRecord(3, "C42", "priority", "The priority is not in the policy."));
        Add(September);
        Add(new KpiInterval(88.1, 97.2, 0.95, 41));
        Add(new LocalTimeRange(new LocalTime(22, 0), LocalTime.Midnight));
        Add(Calendar);
        Add(IntervalSet.FromIntervals([new Interval(Instant.FromUtc(2017, 9, 1, 0, 0), Instant.FromUtc(2017, 9, 20, 0, 0)),
            new Interval(Instant.FromUtc(2017, 9, 25, 0, 0), Instant.FromUtc(2017, 10, 31, 0, 0))]));
        AddAvailability(Add);
        AddServiceDesk(Add);
        AddSatisfaction(Add);
        AddRisk(Add);
        AddPlanning(Add);
        PerformancePack pack = PackSample();
        Add(pack);
        PackSection section = pack.Sections.First(s => s.Rows.Count > 0);
        Add(section);
        Add(section.Rows[0]);
        Add(new ExceptionNote(PerformancePackBuilder.NetPromoterScoreRowName, "Fewer answers than usual.", new YearMonth(2017, 9)));
        Add(new RejectedNote("B", new ExceptionNote("Unknown row", "Text.", new YearMonth(2017, 9)), "There is no such row."));
        return samples;
    }

    private static void AddAvailability(Action<object> add)
    {
        AvailabilityPolicy hours = AvailabilityPolicy.AtLeast(99.5).WithServiceHours(Calendar).WithPlannedMaintenance(PlannedMaintenanceRule.Excluded)
            .WithImpactWeights(0.3, 0.1).WithMonitoring(IntervalSet.FromInterval(new Interval(Instant.FromUtc(2017, 9, 3, 0, 0), Instant.FromUtc(2017, 10, 31, 0, 0))));
        ServiceCatalogue catalogue = ServiceCatalogue.Empty.With("Website", hours).With("Email", AvailabilityPolicy.Default)
            .With("Unmonitored", AvailabilityPolicy.AtLeast(99).WithMonitoring(IntervalSet.Empty)); // nothing measured: UNVL
        Outage[] outages =
        [
            new("Website", Instant.FromUtc(2017, 9, 4, 9, 0), Instant.FromUtc(2017, 9, 4, 11, 17), OutageKind.Unplanned, OutageImpact.Partial),
            new("Website", Instant.FromUtc(2017, 9, 30, 22, 0), Instant.FromUtc(2017, 10, 1, 3, 0), OutageKind.Planned, OutageImpact.Full),
            new("Email", Instant.FromUtc(2017, 10, 2, 8, 0), null, OutageKind.Unplanned, OutageImpact.Full),
            new("Nowhere", Instant.FromUtc(2017, 10, 2, 8, 0), null, OutageKind.Unplanned, OutageImpact.Full),
        ];
        AvailabilityReport report = AvailabilityCalculator.Calculate(outages, catalogue, [September, October], AsOf);
        add(report);
        add(report.Results[0]);
        add(hours);
        add(catalogue);
        add(AvailabilityTally.FromResult(report.Results[1]));
    }

    private static void AddServiceDesk(Action<object> add)
    {
        SlaPolicy policy = SlaPolicy.UkCouncilDefault();
        Call[] calls =
        [
            new("a1", "A", Priority.P1, CallType.Incident, Instant.FromUtc(2017, 9, 4, 9, 0), Instant.FromUtc(2017, 9, 4, 10, 0)),
            new("a2", "A", Priority.P2, CallType.Incident, Instant.FromUtc(2017, 9, 5, 9, 0)),
            new("b1", "B", Priority.P3, CallType.Change, Instant.FromUtc(2017, 9, 6, 9, 0), Instant.FromUtc(2017, 9, 8, 9, 0)),
        ];
        ServiceDeskReport report = ServiceDeskCalculator.Calculate(calls, policy, September);
        add(report);
        add(report.Organisations[0]);
        add(report.Organisations[0].Priorities[0]);
        add(PrioritySlaTally.FromFigures(report.Organisations[0].Priorities[0]));
        add(ServiceDeskTally.FromFigures(report.Organisations[0]));
        add(policy.Evaluate(calls[1], AsOf));
        add(Priority.P2);
        add(new SmallSampleRule(10, 1));
    }

    private static void AddSatisfaction(Action<object> add)
    {
        NpsSummary summary = NpsSummary.FromCounts(6, 1, 3);
        add(new NpsRating(9));
        add(summary);
        add(summary.ConfidenceInterval(0.9, NpsIntervalMethod.Wald));
        add(NetPromoterScore.Compare(summary, NpsSummary.FromCounts(20, 5, 2)));
        var tally = new NpsTally();
        tally.Add(summary);
        add(tally);
        add(NetPromoterScore.CalculateFromResponses([new SurveyResponse("A", AsOf, 9), new SurveyResponse("A", AsOf, 11)]));
        var scale = new SatisfactionScale(1, 5);
        ScaleSummary scores = ScaleMean.Calculate([1, 2, 5, 5, 5], scale);
        add(scale);
        add(scores);
        add(scores.ConfidenceInterval()); // cut to the scale's maximum, 5
        add(ScaleTally.FromSummary(scores));
    }

    private static void AddRisk(Action<object> add)
    {
        RiskRecord[] risks =
        [
            new("R1", "Loss of power", inherent: new RiskRating(3, 3), residual: new RiskRating(2, 1), owner: "Head of IT", mitigationActions: ["UPS"]),
            new("R2", "Supplier failure", residual: new RiskRating(1, 3), reviewDate: new LocalDate(2017, 10, 1)),
        ];
        RiskRegisterResult result = RiskRegister.Create(risks, RiskMatrix.ThreeByThree, RiskBands.ThreeByThree);
        RiskRegister previous = new([new RiskRecord("R1", "Loss of power", residual: new RiskRating(1, 1))], RiskMatrix.ThreeByThree, RiskBands.ThreeByThree);
        add(result);
        add(result.Register);
        add(result.Register.Entries[1]);
        add(result.Register.MovementSince(previous)[0]);
        add(result.Register.HeatMap(RiskStage.Inherent));
        add(risks[0]);
        add(new RiskRating(3, 2));
        add(new RiskScore(6));
        add(RiskBands.ThreeByThree);
        add(RiskBands.ThreeByThree.Bands[1]);
        add(RiskScale.ThreeLevel);
        add(RiskMatrix.FromTable(RiskScale.ThreeLevel, RiskScale.ThreeLevel, new[,] { { 1, 2, 3 }, { 2, 4, 6 }, { 3, 6, 10 } }));
    }

    private static void AddPlanning(Action<object> add)
    {
        var milestones = new[]
        {
            new Milestone("Design", due: new LocalDate(2017, 8, 1), completedOn: new LocalDate(2017, 7, 30)),
            new Milestone("Go live", due: new LocalDate(2017, 9, 30)),
        };
        var objective = new BusinessObjective("BO1", "Move to the cloud", ["Procure"], milestones, ["Live by October"], ["On track"], RagStatus.Green);
        var plan = new BusinessPlan([objective, new BusinessObjective("BO2", "Cut costs", [], [], [], [])]);
        var row = new BusinessPlanRow("BO3", "New objective", successCriteria: ["Done"], rag: RagStatus.Amber, milestone: milestones[1]);
        add(milestones[1]);
        add(objective);
        add(plan);
        add(row);
        add(BusinessPlan.FromRows([row, null]));
        add(new BusinessPlanRagRule(10, 20));
        add(plan.Evaluate(new LocalDate(2017, 10, 15))[0]);
    }

    private static PerformancePack PackSample()
    {
        var builder = new PerformancePackBuilder([new YearMonth(2017, 9), new YearMonth(2017, 10)]);
        builder.AddNetPromoterScore("A", new YearMonth(2017, 9), NpsSummary.FromCounts(6, 1, 3));
        builder.AddException("A", new ExceptionNote(PerformancePackBuilder.NetPromoterScoreRowName, "Fewer answers than usual.", new YearMonth(2017, 9)));
        return builder.Build("A");
    }
}
