using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using KpiCore.Kpis;
using KpiCore.Serialization;

namespace KpiCore.Tests.Serialization;

/// <summary>
/// Checks by reflection that every public result and value type of the result namespaces serialises: it carries
/// <see cref="KpiCoreJsonConverter"/>, is in the source-generated context, and a representative instance
/// (<see cref="JsonSamples"/>) round-trips exactly.
/// </summary>
public sealed class JsonConventionTests
{
    /// <summary>The namespaces whose public types are results or the values inside them.</summary>
    private static readonly string[] ResultNamespaces =
    [
        "KpiCore.Kpis", "KpiCore.Time", "KpiCore.Availability", "KpiCore.ServiceDesk", "KpiCore.Satisfaction", "KpiCore.Risk",
        "KpiCore.Reporting", "KpiCore.Planning",
    ];

    /// <summary>Public non-static classes and structs there that are not results, each with the reason it has no JSON.</summary>
    private static readonly Dictionary<string, string> Excluded = new()
    {
        ["KpiCore.Availability.Outage"] = "an input record of the availability calculator, not a result",
        ["KpiCore.ServiceDesk.Call"] = "an input record of the SLA calculator, not a result",
        ["KpiCore.ServiceDesk.CallFields"] = "an input record (a ref struct over a reader's buffers), not a result",
        ["KpiCore.Satisfaction.SurveyResponse"] = "an input record of the NPS calculator, not a result",
        ["KpiCore.Time.BankHoliday"] = "reference data, read from GOV.UK's own JSON (GovUkBankHolidaysJson), not a result",
        ["KpiCore.Time.UkBankHolidays"] = "a source of reference data, not a result",
        ["KpiCore.ServiceDesk.SlaPolicy"] = "configuration, loaded through KpiCore.Configuration's settings, not a result",
        ["KpiCore.ServiceDesk.PrioritySla"] = "configuration (part of SlaPolicy), not a result",
        ["KpiCore.ServiceDesk.SlaReportOptions"] = "options of a calculation, not a result",
        ["KpiCore.Reporting.PackLayout"] = "layout options of the pack builder, not a result",
        ["KpiCore.Reporting.PackRowLayout"] = "layout options of the pack builder, not a result",
        ["KpiCore.Reporting.PackSectionLayout"] = "layout options of the pack builder, not a result",
        ["KpiCore.Reporting.PerformancePackBuilder"] = "a mutable builder; its product, PerformancePack, serialises",
        ["KpiCore.Availability.AvailabilityAccumulator"] = "a mutable streaming calculator; its product, AvailabilityReport, serialises",
        ["KpiCore.ServiceDesk.ServiceDeskAccumulator"] = "a mutable streaming calculator; its product, ServiceDeskReport, serialises",
        ["KpiCore.ServiceDesk.MonthlyServiceDeskAccumulator"] = "a mutable streaming calculator; its product, ServiceDeskReport, serialises",
    };

    private static readonly Type[] ResultTypes = typeof(KpiValue).Assembly.GetExportedTypes()
        .Where(t => ResultNamespaces.Contains(t.Namespace) && !t.IsInterface && !t.IsEnum && !(t.IsAbstract && t.IsSealed))
        .Where(t => !t.IsNested) // IntervalSet.Enumerator, the allocation-free foreach enumerator, is not a result
        .Where(t => !Excluded.ContainsKey(t.FullName!))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToArray();

    /// <summary>Gets the result types by name.</summary>
    public static TheoryData<string> ResultTypeNames => new(ResultTypes.Select(t => t.FullName!));

    [Fact]
    public void ResultTypes_EachHaveARepresentativeSample_AndEveryExclusionExists()
    {
        Assert.Equal(ResultTypes.Select(t => t.FullName), JsonSamples.ByType.Keys.Select(t => t.FullName).Order(StringComparer.Ordinal));
        Assert.All(Excluded.Keys, name => Assert.NotNull(typeof(KpiValue).Assembly.GetType(name)));
        Assert.True(ResultTypes.Length >= 50, $"only {ResultTypes.Length} result types found"); // the namespaces really were searched
    }

    [Theory]
    [MemberData(nameof(ResultTypeNames))]
    public void ResultType_CarriesTheConverter_IsInTheContext_AndRoundTripsExactly(string typeName)
    {
        Type type = ResultTypes.Single(t => t.FullName == typeName);
        JsonConverterAttribute? attribute = type.GetCustomAttribute<JsonConverterAttribute>();
        Assert.True(attribute?.ConverterType == typeof(KpiCoreJsonConverter), $"{typeName} lacks [JsonConverter(typeof(KpiCoreJsonConverter))]");
        Assert.True(new KpiCoreJsonConverter().CanConvert(type), $"KpiCoreJsonConverter has no converter for {typeName}");
        Assert.True(KpiCoreJson.Context.GetTypeInfo(type) is not null, $"{typeName} is not [JsonSerializable] in KpiCoreJsonContext");
        JsonRoundTrip.AssertExact(JsonSamples.ByType[type], type);
    }

    [Fact]
    public void EnumsOfTheResultNamespaces_AreInTheContext_AndWrittenByName()
    {
        Type[] enums = typeof(KpiValue).Assembly.GetExportedTypes().Where(t => t.IsEnum && ResultNamespaces.Contains(t.Namespace)).ToArray();
        Assert.NotEmpty(enums);
        Assert.All(enums, type =>
        {
            Assert.True(KpiCoreJson.Context.GetTypeInfo(type) is not null, $"{type} is not [JsonSerializable] in KpiCoreJsonContext");
            object value = Enum.GetValues(type).GetValue(0)!;
            Assert.Equal($"\"{value}\"", JsonSerializer.Serialize(value, type, KpiCoreJson.Options));
        });
    }
}
