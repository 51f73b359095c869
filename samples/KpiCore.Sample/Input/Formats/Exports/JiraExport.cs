using KpiCore.Sample.Input.Profiles;

namespace KpiCore.Sample.Input.Formats.Exports;

/// <summary>Jira Service Management's CSV export: <c>dd/MMM/yy h:mm a</c> in the exporting user's zone (Europe/London by default).</summary>
internal sealed class JiraExport : ExportFormat
{
    /// <inheritdoc/>
    internal override string Name => "jira";

    /// <inheritdoc/>
    internal override ImportProfile Profile() => new()
    {
        Name = "jira",
        InputZone = "Europe/London",
        DateTimeFormats = ["dd'/'MMM'/'yy h':'mm tt", "dd'/'MMM'/'yy h':'mm':'ss tt", "dd'/'MMM'/'uuuu h':'mm tt"],
        DescribesOutages = false,
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
            // Jira Service Management's issue types, with and without the "[System]" prefix of its templates; a council's
            // own types are mapped in a profile file.
            Type = "Issue Type",
            TypeMap = new(StringComparer.OrdinalIgnoreCase)
            {
                ["Incident"] = "incident",
                ["[System] Incident"] = "incident",
                ["Service request"] = "service-request",
                ["[System] Service request"] = "service-request",
                ["Service request with approvals"] = "service-request",
                ["[System] Service request with approvals"] = "service-request",
                ["Problem"] = "problem",
                ["[System] Problem"] = "problem",
                ["Change"] = "change",
                ["[System] Change"] = "change",
            },
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
}
