using KpiCore.Availability;
using KpiCore.ServiceDesk;
using KpiCore.Time;

namespace KpiCore.Configuration;

/// <summary>A checked configuration: the calendars, SLA policy and service catalogues a settings file describes (see <see cref="KpiCoreSettings.Build"/>).</summary>
public sealed class KpiCoreConfiguration
{
    internal KpiCoreConfiguration(IReadOnlyDictionary<string, WorkingCalendar> calendars, SlaPolicy? slaPolicy, IReadOnlyDictionary<string, ServiceCatalogue> services)
    {
        Calendars = calendars;
        SlaPolicy = slaPolicy;
        Services = services;
    }

    /// <summary>Gets the named calendars (case-insensitive names).</summary>
    public IReadOnlyDictionary<string, WorkingCalendar> Calendars { get; }

    /// <summary>Gets the SLA policy the file sets; null when it sets none (the caller's default applies).</summary>
    public SlaPolicy? SlaPolicy { get; }

    /// <summary>Gets the service catalogue of each organisation the file lists (case-insensitive names); empty when it lists none.</summary>
    public IReadOnlyDictionary<string, ServiceCatalogue> Services { get; }

    /// <summary>Gets the SLA policy, or <paramref name="fallback"/> when the file sets none.</summary>
    /// <param name="fallback">The policy to use otherwise, such as <see cref="SlaPolicy.UkCouncilDefault()"/>.</param>
    /// <returns>The policy.</returns>
    public SlaPolicy SlaPolicyOr(SlaPolicy fallback)
    {
        ArgumentNullException.ThrowIfNull(fallback);
        return SlaPolicy ?? fallback;
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"KpiCoreConfiguration: {Calendars.Count} calendars, {(SlaPolicy is null ? "default SLA policy" : SlaPolicy.Priorities.Count + " priorities")}, {Services.Count} organisations' services";
}
