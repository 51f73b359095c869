using KpiCore.Sample.Input.Profiles;

namespace KpiCore.Sample.Input.Formats.Exports;

/// <summary>TOPdesk's incident export: ISO 8601 with <c>+0000</c> offsets and milliseconds, an on-hold total in minutes.</summary>
internal sealed class TopdeskExport : ExportFormat
{
    /// <inheritdoc/>
    internal override string Name => "topdesk";

    /// <inheritdoc/>
    internal override ImportProfile Profile() => new()
    {
        Name = "topdesk",
        InputZone = "Europe/London",
        DateTimeFormats = ["uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFF", "uuuu'-'MM'-'dd'T'HH':'mm", "uuuu'-'MM'-'dd' 'HH':'mm':'ss;FFFFFFFFF"],
        DescribesOutages = false,
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
