using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using KpiCore.Availability;
using KpiCore.Kpis;
using KpiCore.Reporting;
using KpiCore.Risk;
using KpiCore.Satisfaction;
using KpiCore.ServiceDesk;
using KpiCore.Time;

namespace KpiCore.Serialization;

/// <summary>
/// The System.Text.Json options for KpiCore in one call: <see cref="Options"/> as they are, or
/// <see cref="ConfigureForKpiCore"/> on options of your own.
/// </summary>
/// <remarks>
/// KpiCore's results and values carry their own converter (<see cref="KpiCoreJsonConverter"/>), so they round-trip
/// with any options; these add what your own types that hold KpiCore values need too: NodaTime types through
/// NodaTime.Serialization.SystemTextJson (TZDB zones) and KpiCore's enums by name.
/// </remarks>
public static class KpiCoreJson
{
    private static readonly JsonSerializerOptions ReadOnlyOptions = CreateOptions();

    /// <summary>
    /// Gets read-only options whose resolver is the source-generated <see cref="Context"/> (trim- and
    /// AOT-safe), configured by <see cref="ConfigureForKpiCore"/>; compact output. Copy them
    /// (<c>new JsonSerializerOptions(KpiCoreJson.Options) { WriteIndented = true }</c>) to change a setting.
    /// </summary>
    public static JsonSerializerOptions Options => ReadOnlyOptions;

    /// <summary>
    /// Gets the source-generated metadata for KpiCore's results, values and enums, to add to a resolver chain of your
    /// own (<c>options.TypeInfoResolverChain.Add(KpiCoreJson.Context)</c>) in a trimmed or AOT app.
    /// </summary>
    public static JsonSerializerContext Context => KpiCoreJsonContext.Default;

    /// <summary>
    /// Gets the metadata of a KpiCore type from <see cref="Options"/>, for the trim- and AOT-safe overloads of
    /// <c>JsonSerializer</c>: <c>JsonSerializer.Serialize(pack, KpiCoreJson.GetTypeInfo&lt;PerformancePack&gt;())</c>.
    /// </summary>
    /// <typeparam name="T">A KpiCore result, value or enum type.</typeparam>
    /// <returns>The metadata.</returns>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not one of KpiCore's serialisable types.</exception>
    public static JsonTypeInfo<T> GetTypeInfo<T>() => (JsonTypeInfo<T>)ReadOnlyOptions.GetTypeInfo(typeof(T));

    /// <summary>
    /// Configures options for KpiCore: adds NodaTime's text converters (instants, dates, times, months, durations, offsets, periods, TZDB zones; not its interval converters, which are not AOT-safe) and writes KpiCore's enums by name. The
    /// resolver is left as it is: add <see cref="Context"/> to its chain for a trimmed or AOT app.
    /// </summary>
    /// <param name="options">The options to change; not yet used for serialisation (not read-only).</param>
    /// <returns>The same options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="options"/> are read-only.</exception>
    public static JsonSerializerOptions ConfigureForKpiCore(this JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        IList<JsonConverter> converters = options.Converters;

        // NodaTime's text patterns (as NodaTime.Serialization.SystemTextJson's NodaConverters writes them), made here one by
        // one: touching NodaConverters runs its static constructor, which builds its interval converters too, and those read
        // their ends through JsonSerializerOptions.GetConverter(Type), which is not trim- or AOT-safe (IL2026/IL3050).
        foreach (JsonConverter converter in NodaTimeConverters.All)
        {
            converters.Add(converter);
        }

        converters.Add(new JsonStringEnumConverter<KpiValueKind>());
        converters.Add(new JsonStringEnumConverter<KpiUnit>());
        converters.Add(new JsonStringEnumConverter<RagStatus>());
        converters.Add(new JsonStringEnumConverter<TargetOutcome>());
        converters.Add(new JsonStringEnumConverter<TargetDirection>());
        converters.Add(new JsonStringEnumConverter<KpiTrend>());
        converters.Add(new JsonStringEnumConverter<ToleranceKind>());
        converters.Add(new JsonStringEnumConverter<PackSectionKind>());
        converters.Add(new JsonStringEnumConverter<ResidualMethod>());
        converters.Add(new JsonStringEnumConverter<RiskStage>());
        converters.Add(new JsonStringEnumConverter<RiskMovementKind>());
        converters.Add(new JsonStringEnumConverter<NpsCategory>());
        converters.Add(new JsonStringEnumConverter<NpsIntervalMethod>());
        converters.Add(new JsonStringEnumConverter<CallSlaStatus>());
        converters.Add(new JsonStringEnumConverter<CallType>());
        converters.Add(new JsonStringEnumConverter<SlaBasis>());
        converters.Add(new JsonStringEnumConverter<SlaJudgement>());
        converters.Add(new JsonStringEnumConverter<DuplicateIdCheck>());
        converters.Add(new JsonStringEnumConverter<OnHoldSource>());
        converters.Add(new JsonStringEnumConverter<OutageKind>());
        converters.Add(new JsonStringEnumConverter<OutageImpact>());
        converters.Add(new JsonStringEnumConverter<PlannedMaintenanceRule>());
        converters.Add(new JsonStringEnumConverter<UkDivision>());
        return options;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = KpiCoreJsonContext.Default };
        options.ConfigureForKpiCore();
        options.MakeReadOnly();
        return options;
    }
}
