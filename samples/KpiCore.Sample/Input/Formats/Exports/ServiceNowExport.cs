using KpiCore.Sample.Input.Profiles;

namespace KpiCore.Sample.Input.Formats.Exports;

/// <summary>
/// ServiceNow's incident list export (stored values: UTC <c>yyyy-MM-dd HH:mm:ss</c> without an offset), its outage
/// table (<c>cmdb_ci_outage</c>) and its <c>metric_instance</c> table for state durations.
/// </summary>
internal sealed class ServiceNowExport : ExportFormat
{
    /// <inheritdoc/>
    internal override string Name => "servicenow";

    /// <inheritdoc/>
    internal override ImportProfile Profile() => new()
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
}
