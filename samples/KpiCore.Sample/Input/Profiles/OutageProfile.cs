namespace KpiCore.Sample.Input.Profiles;

/// <summary>The columns and value maps of an outages export.</summary>
internal sealed class OutageProfile
{
    /// <summary>Gets or sets the organisation column; null when <see cref="OrganisationValue"/> names one organisation for the whole file.</summary>
    public string? Organisation { get; set; } = "organisation";

    /// <summary>Gets or sets the organisation of every record when the export has no organisation column.</summary>
    public string? OrganisationValue { get; set; }

    /// <summary>Gets or sets the service column.</summary>
    public string Service { get; set; } = "service";

    /// <summary>Gets or sets the reference column (optional).</summary>
    public string? Reference { get; set; } = "reference";

    /// <summary>Gets or sets the start column.</summary>
    public string Start { get; set; } = "start";

    /// <summary>Gets or sets the end column (blank = still open).</summary>
    public string End { get; set; } = "end";

    /// <summary>Gets or sets the kind column (<c>planned</c>/<c>unplanned</c>; optional); ignored when <see cref="TypeColumn"/> is set.</summary>
    public string? Kind { get; set; } = "kind";

    /// <summary>Gets or sets the impact column (<c>full</c>/<c>partial</c>/<c>degraded</c>; optional); ignored when <see cref="TypeColumn"/> is set.</summary>
    public string? Impact { get; set; } = "impact";

    /// <summary>Gets or sets one column giving both kind and impact through <see cref="TypeMap"/> (ServiceNow's <c>type</c>); null = use kind and impact.</summary>
    public string? TypeColumn { get; set; }

    /// <summary>Gets or sets the values of <see cref="TypeColumn"/> and the kind and impact each means, as <c>unplanned full</c>, <c>planned full</c>, <c>unplanned degraded</c>.</summary>
    public Dictionary<string, string>? TypeMap { get; set; }

    /// <summary>Gets or sets the description column (optional).</summary>
    public string? Description { get; set; } = "description";
}
