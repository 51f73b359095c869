namespace KpiCore.Sample.Input.Profiles;

/// <summary>The profiles built into the host: <c>kpicore</c> (the host's own columns, the default), <c>servicenow</c>, <c>jira</c> and <c>topdesk</c>.</summary>
/// <remarks>Each call returns a new profile, so a caller may change it (an option overriding a column) without touching the others.</remarks>
internal static class BuiltInProfiles
{
    /// <summary>Gets the names of the built-in profiles.</summary>
    internal static IReadOnlyList<string> Names { get; } = ["kpicore", "servicenow", "jira", "topdesk"];

    /// <summary>Finds a built-in profile by name (case-insensitive).</summary>
    internal static ImportProfile? Find(string name) => name.Trim().ToUpperInvariant() switch
    {
        "KPICORE" => KpiCore(),
        "SERVICENOW" => ServiceNow(),
        "JIRA" => Jira(),
        "TOPDESK" => Topdesk(),
        _ => null,
    };

    /// <summary>The host's own columns (samples/data/README.md): ISO 8601 instants, offset-less ones read in <c>--zone</c>.</summary>
    internal static ImportProfile KpiCore() => new();

    /// <summary>
    /// ServiceNow's incident list export (stored values: UTC <c>yyyy-MM-dd HH:mm:ss</c> without an offset), its outage
    /// table (<c>cmdb_ci_outage</c>) and its <c>metric_instance</c> table for state durations.
    /// </summary>
    internal static ImportProfile ServiceNow() => new()
    {
        Name = "servicenow",
        InputZone = "UTC",
        DateTimeFormats = ["uuuu'-'MM'-'dd' 'HH':'mm':'ss", "uuuu'-'MM'-'dd' 'HH':'mm", "uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFF"],
        Calls = new CallProfile
        {
            Id = "number",
            Organisation = "company",
            Priority = "priority",
            PriorityMap = new(StringComparer.OrdinalIgnoreCase)
            {
                ["1 - Critical"] = "P1",
                ["2 - High"] = "P2",
                ["3 - Moderate"] = "P3",
                ["4 - Low"] = "P4",
                ["1"] = "P1",
                ["2"] = "P2",
                ["3"] = "P3",
                ["4"] = "P4",
            },
            Type = null,
            Logged = "opened_at",
            FirstResponse = null,
            Resolved = "resolved_at",
            Service = "cmdb_ci",
            Category = "category",
            Hold = new HoldProfile { Mode = "none", Column = null },
            Exclude = [new ExcludeRule { Column = "state", Values = ["8", "Canceled", "Cancelled"], Reason = "cancelled in ServiceNow (state 8)" }],
        },
        Outages = new OutageProfile
        {
            Organisation = "cmdb_ci.company",
            Service = "cmdb_ci",
            Reference = "number",
            Start = "begin",
            End = "end",
            Kind = null,
            Impact = null,
            TypeColumn = "type",
            TypeMap = new(StringComparer.OrdinalIgnoreCase)
            {
                ["outage"] = "unplanned full",
                ["degradation"] = "unplanned degraded",
                ["planned"] = "planned full",
            },
            Description = "short_description",
        },
        History = new HistoryProfile
        {
            Form = "metric_instance",
            PausingStates = ["On Hold", "Awaiting Caller", "Awaiting Vendor", "Awaiting Supplier", "Waiting for customer", "3"],
            ResolvedStates = ["Resolved", "Closed", "6", "7"],
            OpenStates = ["New", "In Progress", "Active", "Assigned", "1", "2"],
        },
    };

    /// <summary>Jira Service Management's CSV export: <c>dd/MMM/yy h:mm a</c> in the exporting user's zone (Europe/London by default).</summary>
    internal static ImportProfile Jira() => new()
    {
        Name = "jira",
        InputZone = "Europe/London",
        DateTimeFormats = ["dd'/'MMM'/'yy h':'mm tt", "dd'/'MMM'/'yy h':'mm':'ss tt", "dd'/'MMM'/'uuuu h':'mm tt"],
        Calls = new CallProfile
        {
            Id = "Issue key",
            Organisation = "Project key",
            Priority = "Priority",
            PriorityMap = new(StringComparer.OrdinalIgnoreCase)
            {
                ["Highest"] = "P1",
                ["High"] = "P2",
                ["Medium"] = "P3",
                ["Low"] = "P4",
                ["Lowest"] = "P4",
            },
            Type = null,
            Logged = "Created",
            FirstResponse = null,
            Resolved = "Resolved",
            Service = null,
            Category = "Issue Type",
            Hold = new HoldProfile { Mode = "none", Column = null },
            Exclude = [new ExcludeRule { Column = "Resolution", Values = ["Won't Do", "Duplicate"], Reason = "resolved in Jira as Won't Do or Duplicate" }],
        },
        History = new HistoryProfile
        {
            Form = "changes",
            StateFields = ["status"],
            PriorityFields = ["priority"],
            PausingStates = ["Waiting for customer", "On Hold", "Awaiting supplier", "Pending"],
            ResolvedStates = ["Resolved", "Closed", "Done", "Canceled"],
            OpenStates = ["Open", "To Do", "In Progress", "Work in progress", "Waiting for support", "Escalated", "Reopened"],
        },
    };

    /// <summary>TOPdesk's incident export: ISO 8601 with <c>+0000</c> offsets and milliseconds, an on-hold total in minutes.</summary>
    internal static ImportProfile Topdesk() => new()
    {
        Name = "topdesk",
        InputZone = "Europe/London",
        DateTimeFormats = ["uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFF", "uuuu'-'MM'-'dd'T'HH':'mm", "uuuu'-'MM'-'dd' 'HH':'mm':'ss;FFFFFFFFF"],
        Calls = new CallProfile
        {
            Id = "number",
            Organisation = "branch.name",
            Priority = "priority.name",
            PriorityMap = new(StringComparer.OrdinalIgnoreCase)
            {
                ["P1"] = "P1",
                ["P2"] = "P2",
                ["P3"] = "P3",
                ["P4"] = "P4",
                ["Priority 1"] = "P1",
                ["Priority 2"] = "P2",
                ["Priority 3"] = "P3",
                ["Priority 4"] = "P4",
            },
            PriorityMatchesPrefix = true,
            Type = null,
            Logged = "callDate",
            FirstResponse = null,
            Resolved = "completedDate",
            Service = null,
            Category = "category.name",
            Hold = new HoldProfile { Mode = "total", Column = "onHoldDuration" },
        },
    };
}
