using System.Text.Json.Serialization;
using KpiCore.Availability;
using KpiCore.Kpis;
using KpiCore.Reporting;
using KpiCore.Risk;
using KpiCore.Satisfaction;
using KpiCore.ServiceDesk;
using KpiCore.Time;

namespace KpiCore.Serialization;

/// <summary>
/// The source-generated System.Text.Json metadata for KpiCore's results and values, for trimmed and native-AOT
/// applications; reached through <see cref="KpiCoreJson.Context"/>, <see cref="KpiCoreJson.GetTypeInfo{T}"/> and
/// <see cref="KpiCoreJson.Options"/> (whose resolver it is), so that its generated members, which differ between .NET
/// versions, are not part of the package's API. Enums are written by name.
/// </summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true)]
[JsonSerializable(typeof(KpiValue))]
[JsonSerializable(typeof(KpiValue[]))]
[JsonSerializable(typeof(Percentage))]
[JsonSerializable(typeof(Tolerance))]
[JsonSerializable(typeof(KpiTarget))]
[JsonSerializable(typeof(TargetEvaluation))]
[JsonSerializable(typeof(RejectedRecord))]
[JsonSerializable(typeof(Priority))]
[JsonSerializable(typeof(SmallSampleRule))]
[JsonSerializable(typeof(ReportingPeriod))]
[JsonSerializable(typeof(KpiInterval))]
[JsonSerializable(typeof(ExceptionNote))]
[JsonSerializable(typeof(RejectedNote))]
[JsonSerializable(typeof(KpiRow))]
[JsonSerializable(typeof(PackSection))]
[JsonSerializable(typeof(PerformancePack))]
[JsonSerializable(typeof(PerformancePack[]))]
[JsonSerializable(typeof(RiskScore))]
[JsonSerializable(typeof(RiskRating))]
[JsonSerializable(typeof(RiskBand))]
[JsonSerializable(typeof(RiskBands))]
[JsonSerializable(typeof(RiskScale))]
[JsonSerializable(typeof(RiskMatrix))]
[JsonSerializable(typeof(RiskRecord))]
[JsonSerializable(typeof(RiskRegister))]
[JsonSerializable(typeof(RiskRegisterResult))]
[JsonSerializable(typeof(PrioritySlaFigures))]
[JsonSerializable(typeof(OrganisationSlaFigures))]
[JsonSerializable(typeof(ServiceDeskReport))]
[JsonSerializable(typeof(NpsRating))]
[JsonSerializable(typeof(NpsSummary))]
[JsonSerializable(typeof(NpsResponseSummary))]
[JsonSerializable(typeof(SatisfactionScale))]
[JsonSerializable(typeof(ScaleSummary))]
[JsonSerializable(typeof(KpiValueKind))]
[JsonSerializable(typeof(KpiUnit))]
[JsonSerializable(typeof(RagStatus))]
[JsonSerializable(typeof(TargetOutcome))]
[JsonSerializable(typeof(TargetDirection))]
[JsonSerializable(typeof(KpiTrend))]
[JsonSerializable(typeof(ToleranceKind))]
[JsonSerializable(typeof(PackSectionKind))]
[JsonSerializable(typeof(ResidualMethod))]
[JsonSerializable(typeof(RiskStage))]
[JsonSerializable(typeof(RiskMovementKind))]
[JsonSerializable(typeof(NpsCategory))]
[JsonSerializable(typeof(NpsIntervalMethod))]
[JsonSerializable(typeof(CallSlaStatus))]
[JsonSerializable(typeof(CallType))]
[JsonSerializable(typeof(SlaBasis))]
[JsonSerializable(typeof(SlaJudgement))]
[JsonSerializable(typeof(DuplicateIdCheck))]
[JsonSerializable(typeof(OnHoldSource))]
[JsonSerializable(typeof(OutageKind))]
[JsonSerializable(typeof(OutageImpact))]
[JsonSerializable(typeof(PlannedMaintenanceRule))]
[JsonSerializable(typeof(UkDivision))]
internal sealed partial class KpiCoreJsonContext : JsonSerializerContext;
