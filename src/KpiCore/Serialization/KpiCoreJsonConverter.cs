using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Availability;
using KpiCore.Kpis;
using KpiCore.Planning;
using KpiCore.Reporting;
using KpiCore.Risk;
using KpiCore.Satisfaction;
using KpiCore.ServiceDesk;
using KpiCore.Time;

namespace KpiCore.Serialization;

/// <summary>
/// The System.Text.Json converter of KpiCore's values and results. It is attached to each of those types, so they
/// read and write the same way with any options or source-generated context; it need not be added to options by hand.
/// </summary>
/// <remarks>
/// The JSON shape is described in the README ("JSON"). Reading is strict: an unknown, repeated or missing property, a
/// number where a name is expected, or a value the type's own checks refuse is a <see cref="JsonException"/>, never a
/// default. NodaTime values inside are written with NodaTime.Serialization.SystemTextJson's converters (ISO text).
/// </remarks>
public sealed class KpiCoreJsonConverter : JsonConverterFactory
{
    private static readonly FrozenDictionary<Type, JsonConverter> Converters = new Dictionary<Type, JsonConverter>
    {
        [typeof(KpiValue)] = KpiValueJsonConverter.Instance,
        [typeof(Percentage)] = PercentageJsonConverter.Instance,
        [typeof(Tolerance)] = ToleranceJsonConverter.Instance,
        [typeof(KpiTarget)] = KpiTargetJsonConverter.Instance,
        [typeof(TargetEvaluation)] = TargetEvaluationJsonConverter.Instance,
        [typeof(RejectedRecord)] = RejectedRecordJsonConverter.Instance,
        [typeof(Priority)] = PriorityJsonConverter.Instance,
        [typeof(SmallSampleRule)] = SmallSampleRuleJsonConverter.Instance,
        [typeof(ReportingPeriod)] = ReportingPeriodJsonConverter.Instance,
        [typeof(KpiInterval)] = KpiIntervalJsonConverter.Instance,
        [typeof(ExceptionNote)] = ExceptionNoteJsonConverter.Instance,
        [typeof(RejectedNote)] = RejectedNoteJsonConverter.Instance,
        [typeof(KpiRow)] = KpiRowJsonConverter.Instance,
        [typeof(PackSection)] = PackSectionJsonConverter.Instance,
        [typeof(PerformancePack)] = PerformancePackJsonConverter.Instance,
        [typeof(RiskScore)] = RiskScoreJsonConverter.Instance,
        [typeof(RiskRating)] = RiskRatingJsonConverter.Instance,
        [typeof(RiskBand)] = RiskBandJsonConverter.Instance,
        [typeof(RiskBands)] = RiskBandsJsonConverter.Instance,
        [typeof(RiskScale)] = RiskScaleJsonConverter.Instance,
        [typeof(RiskMatrix)] = RiskMatrixJsonConverter.Instance,
        [typeof(RiskRecord)] = RiskRecordJsonConverter.Instance,
        [typeof(RiskRegister)] = RiskRegisterJsonConverter.Instance,
        [typeof(RiskRegisterResult)] = RiskRegisterResultJsonConverter.Instance,
        [typeof(PrioritySlaFigures)] = PrioritySlaFiguresJsonConverter.Instance,
        [typeof(OrganisationSlaFigures)] = OrganisationSlaFiguresJsonConverter.Instance,
        [typeof(ServiceDeskReport)] = ServiceDeskReportJsonConverter.Instance,
        [typeof(NpsRating)] = NpsRatingJsonConverter.Instance,
        [typeof(NpsSummary)] = NpsSummaryJsonConverter.Instance,
        [typeof(NpsResponseSummary)] = NpsResponseSummaryJsonConverter.Instance,
        [typeof(SatisfactionScale)] = SatisfactionScaleJsonConverter.Instance,
        [typeof(ScaleSummary)] = ScaleSummaryJsonConverter.Instance,
        [typeof(AvailabilityReport)] = AvailabilityReportJsonConverter.Instance,
        [typeof(ServiceAvailability)] = ServiceAvailabilityJsonConverter.Instance,
        [typeof(AvailabilityPolicy)] = AvailabilityPolicyJsonConverter.Instance,
        [typeof(ServiceCatalogue)] = ServiceCatalogueJsonConverter.Instance,
        [typeof(AvailabilityTally)] = AvailabilityTallyJsonConverter.Instance,
        [typeof(WorkingCalendar)] = WorkingCalendarJsonConverter.Instance,
        [typeof(IntervalSet)] = IntervalSetJsonConverter.Instance,
        [typeof(LocalTimeRange)] = LocalTimeRangeJsonConverter.Instance,
        [typeof(RiskRegisterEntry)] = RiskRegisterEntryJsonConverter.Instance,
        [typeof(RiskMovement)] = RiskMovementJsonConverter.Instance,
        [typeof(CallSlaResult)] = CallSlaResultJsonConverter.Instance,
        [typeof(PrioritySlaTally)] = PrioritySlaTallyJsonConverter.Instance,
        [typeof(ServiceDeskTally)] = ServiceDeskTallyJsonConverter.Instance,
        [typeof(NpsTally)] = NpsTallyJsonConverter.Instance,
        [typeof(ScaleTally)] = ScaleTallyJsonConverter.Instance,
        [typeof(NpsConfidenceInterval)] = NpsConfidenceIntervalJsonConverter.Instance,
        [typeof(MeanConfidenceInterval)] = MeanConfidenceIntervalJsonConverter.Instance,
        [typeof(NpsComparison)] = NpsComparisonJsonConverter.Instance,
        [typeof(Milestone)] = MilestoneJsonConverter.Instance,
        [typeof(BusinessObjective)] = BusinessObjectiveJsonConverter.Instance,
        [typeof(BusinessPlan)] = BusinessPlanJsonConverter.Instance,
        [typeof(BusinessPlanRow)] = BusinessPlanRowJsonConverter.Instance,
        [typeof(BusinessPlanResult)] = BusinessPlanResultJsonConverter.Instance,
        [typeof(BusinessPlanRagRule)] = BusinessPlanRagRuleJsonConverter.Instance,
        [typeof(ObjectiveEvaluation)] = ObjectiveEvaluationJsonConverter.Instance,
        [typeof(RiskHeatMap)] = RiskHeatMapJsonConverter.Instance,
    }.ToFrozenDictionary();

    /// <summary>Gets the types this converter reads and writes.</summary>
    internal static IEnumerable<Type> Types => Converters.Keys;

    /// <inheritdoc/>
    public override bool CanConvert(Type typeToConvert) => Converters.ContainsKey(typeToConvert);

    /// <inheritdoc/>
    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        Converters.TryGetValue(typeToConvert, out JsonConverter? converter) ? converter : null;
}
