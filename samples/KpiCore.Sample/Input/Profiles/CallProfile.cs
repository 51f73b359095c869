namespace KpiCore.Sample.Input.Profiles;

/// <summary>The columns and value maps of a calls export.</summary>
internal sealed class CallProfile
{
    /// <summary>Gets or sets the call reference column.</summary>
    public string Id { get; set; } = "id";

    /// <summary>Gets or sets the organisation column; ignored when <see cref="OrganisationFromIdPrefix"/> is set.</summary>
    public string Organisation { get; set; } = "organisation";

    /// <summary>Gets or sets whether the organisation is the id's prefix before its last '-' (Jira's project key: <c>ITSD-42</c> is ITSD).</summary>
    public bool OrganisationFromIdPrefix { get; set; }

    /// <summary>Gets or sets the priority column.</summary>
    public string Priority { get; set; } = "priority";

    /// <summary>
    /// Gets or sets the priority labels (case-insensitive, trimmed) and the priority each means (<c>P1</c>..); null = the
    /// labels are priority codes themselves (<c>P1</c>..<c>P99</c>).
    /// </summary>
    public Dictionary<string, string>? PriorityMap { get; set; }

    /// <summary>Gets or sets whether a label matches a map entry it starts with (followed by the end, a space or a punctuation mark, not a digit): TOPdesk's <c>P1 - Critical</c>.</summary>
    public bool PriorityMatchesPrefix { get; set; }

    /// <summary>Gets or sets the record type column (<c>incident</c>, <c>service-request</c>, <c>problem</c>, <c>change</c>); null = every record is an incident.</summary>
    public string? Type { get; set; } = "type";

    /// <summary>Gets or sets the column of the instant the call was logged.</summary>
    public string Logged { get; set; } = "logged";

    /// <summary>Gets or sets the column of the first response (optional).</summary>
    public string? FirstResponse { get; set; } = "first_response";

    /// <summary>Gets or sets the column of the instant the call was resolved (blank = open).</summary>
    public string Resolved { get; set; } = "resolved";

    /// <summary>Gets or sets the service column (optional).</summary>
    public string? Service { get; set; } = "service";

    /// <summary>Gets or sets the category column (optional).</summary>
    public string? Category { get; set; } = "category";

    /// <summary>
    /// Gets or sets the call-type map: the export's label (such as Jira's <c>[System] Service request</c>) to
    /// <c>incident</c>, <c>service-request</c>, <c>problem</c> or <c>change</c>; labels match without regard to case.
    /// Null: the type column holds those four names. With a map, a label it does not name is a rejected record.
    /// </summary>
    public Dictionary<string, string>? TypeMap { get; set; }

    /// <summary>Gets or sets how on-hold time is given.</summary>
    public HoldProfile Hold { get; set; } = new();

    /// <summary>Gets or sets the records left out on purpose (counted as excluded, with the reason).</summary>
    public List<ExcludeRule> Exclude { get; set; } = [];

    /// <summary>
    /// The column of this export that holds a field of the library's <c>Call</c> (as a calculator names it in a rejected
    /// record, such as <c>OnHoldTotal</c>), so a problem names the column the analyst sees; other fields as written.
    /// </summary>
    /// <param name="field">The library's field name.</param>
    /// <returns>The column name.</returns>
    public string ColumnOf(string field) => field switch
    {
        "Id" => Id,
        "Organisation" => Organisation,
        "Priority" => Priority,
        "Type" => Type ?? field,
        "Logged" => Logged,
        "FirstResponse" => FirstResponse ?? field,
        "Resolved" => Resolved,
        "OnHold" or "OnHoldTotal" => Hold.Column ?? field,
        "Service" => Service ?? field,
        "Category" => Category ?? field,
        _ => field,
    };
}
