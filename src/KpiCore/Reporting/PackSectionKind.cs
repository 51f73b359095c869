namespace KpiCore.Reporting;

/// <summary>What a section of a performance pack reports, so that renderers find sections without matching titles.</summary>
/// <remarks>The default value is <see cref="Custom"/>: a section this library does not know, identified by its <see cref="PackSection.Key"/>.</remarks>
public enum PackSectionKind
{
    /// <summary>A section of another kind, such as a business-plan section; identified by its key.</summary>
    Custom = 0,

    /// <summary>"System availability KPIs": one row per service, availability in percent.</summary>
    Availability = 1,

    /// <summary>"Service desk KPIs": % resolved within SLA and volume per priority, overall SLA, open calls, problems and changes.</summary>
    ServiceDesk = 2,

    /// <summary>"Other KPIs": Process Success Index, Net Promoter Score, user satisfaction.</summary>
    OtherKpis = 3,

    /// <summary>Risks: counts of the risk register's entries by residual RAG status.</summary>
    Risk = 4,
}
