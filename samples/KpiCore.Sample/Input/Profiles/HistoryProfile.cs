namespace KpiCore.Sample.Input.Profiles;

/// <summary>How a ticket history is read and what its states mean for the SLA clock.</summary>
internal sealed class HistoryProfile
{
    /// <summary>Gets or sets the form: <c>changes</c> (id, changed_at, field, from, to) or <c>metric_instance</c> (ServiceNow: id, value, start, end, definition).</summary>
    public string Form { get; set; } = "changes";

    /// <summary>Gets or sets the field names (in a <c>changes</c> history) that carry the state.</summary>
    public List<string> StateFields { get; set; } = ["state", "status"];

    /// <summary>Gets or sets the field names (in a <c>changes</c> history) that carry the priority.</summary>
    public List<string> PriorityFields { get; set; } = ["priority"];

    /// <summary>Gets or sets the metric definition whose rows are read (a <c>metric_instance</c> history); rows of other definitions are excluded.</summary>
    public string Definition { get; set; } = "Incident State Duration";

    /// <summary>Gets or sets the states in which the SLA clock is paused.</summary>
    public List<string> PausingStates { get; set; } = ["On Hold", "Waiting for customer", "Awaiting supplier"];

    /// <summary>Gets or sets the states that mean resolved (the clock stops; leaving one for an open state is a reopening).</summary>
    public List<string> ResolvedStates { get; set; } = ["Resolved", "Closed", "Done"];

    /// <summary>Gets or sets the other states a call may be in (the clock runs); a state in none of the lists rejects its history row.</summary>
    public List<string> OpenStates { get; set; } = ["New", "Open", "In Progress", "Assigned", "Work in Progress", "Pending"];
}
