using System.Text.Json;

namespace KpiCore.Configuration;

/// <summary>
/// The settings of one KpiCore configuration file: working calendars, the SLA policy and the service catalogue, in the
/// shape that binds both with <c>Microsoft.Extensions.Configuration</c> (<c>configuration.Get&lt;KpiCoreSettings&gt;()</c>)
/// and with <see cref="JsonSerializer"/> (<see cref="FromJson(string)"/>).
/// </summary>
/// <remarks>
/// <para>
/// Settings are plain, mutable option classes, as configuration binding needs; nothing reads them until
/// <see cref="Build"/> checks every setting and turns them into the library's immutable types (calendars, an
/// <see cref="ServiceDesk.SlaPolicy"/>, service catalogues). A bad setting is a <see cref="KpiCoreConfigurationException"/>
/// naming its path, such as <c>sla[1].resolutionHours</c>; nothing is half-applied.
/// </para>
/// <para>
/// A section left out keeps the library's default: no <c>sla</c> means <see cref="ServiceDesk.SlaPolicy.UkCouncilDefault()"/>,
/// no <c>services</c> means the caller's own catalogue. Host programs may read further top-level sections of the same
/// file (the sample host reads <c>layout</c>, a pack definition); <see cref="FromJson(string)"/> ignores them.
/// </para>
/// </remarks>
public sealed class KpiCoreSettings
{
    /// <summary>Gets or sets the working calendars by name, used by <see cref="Sla"/> and <see cref="Services"/> (the name <c>24x7</c> is built in).</summary>
    public Dictionary<string, CalendarSettings> Calendars { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets or sets the SLA policy, one entry per priority; empty for the UK council default.</summary>
    public List<PrioritySettings> Sla { get; set; } = [];

    /// <summary>Gets or sets the service catalogue per organisation: the services whose availability is reported, with targets and hours.</summary>
    public Dictionary<string, List<ServiceSettings>> Services { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads settings from JSON text (property names in any case; comments and trailing commas allowed; unknown KpiCore settings are errors).</summary>
    /// <param name="json">The file's text.</param>
    /// <returns>The settings, not yet checked: call <see cref="Build"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="KpiCoreConfigurationException">The text is not JSON, or a setting has the wrong type or an unknown name; the message names its path.</exception>
    public static KpiCoreSettings FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return SettingsJson.Read(json);
    }

    /// <summary>Checks every setting and builds the configuration.</summary>
    /// <param name="openFile">Opens a file a setting names (a GOV.UK bank-holidays file), relative paths as the caller decides; null to refuse file settings.</param>
    /// <returns>The checked configuration.</returns>
    /// <exception cref="KpiCoreConfigurationException">A setting is missing, malformed or inconsistent; the message names its path and says why.</exception>
    public KpiCoreConfiguration Build(Func<string, Stream>? openFile = null) => SettingsBuilder.Build(this, openFile);
}
