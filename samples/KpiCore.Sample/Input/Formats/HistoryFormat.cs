using KpiCore.Sample.Input.Profiles;

namespace KpiCore.Sample.Input.Formats;

/// <summary>
/// The ticket history file (<c>--history</c>), in one of two forms: <c>changes</c> (id, changed_at, field, from, to:
/// state and priority changes) or ServiceNow's <c>metric_instance</c> (id, value, start, end, definition: one row per
/// state and its duration).
/// </summary>
/// <remarks>
/// The file has no name in an input folder: it is given on the command line. Its rows are not records of their own but
/// changes to the calls, so they are read and applied by <see cref="CallHistory"/>, whose checks run across rows (a
/// call's rows in time order, not overlapping); this type is the file's schema.
/// </remarks>
internal sealed class HistoryFormat
{
    private static readonly string[] ChangeColumns = ["id", "changed_at", "field", "from", "to"];
    private static readonly string[] ChangeRequired = ["id", "changed_at", "field", "to"];
    private static readonly string[] MetricColumns = ["id", "value", "start", "end", "definition"];
    private static readonly string[] MetricRequired = ["id", "value", "start", "end"];

    /// <summary>Creates the schema of a profile's history form.</summary>
    internal HistoryFormat(HistoryProfile profile) => IsMetric = profile.Form == "metric_instance";

    /// <summary>Gets whether the file is in the <c>metric_instance</c> form (else <c>changes</c>).</summary>
    internal bool IsMetric { get; }

    /// <summary>Gets the columns, in the order they are written.</summary>
    internal IReadOnlyList<string> Columns => IsMetric ? MetricColumns : ChangeColumns;

    /// <summary>Gets the columns the file must have.</summary>
    internal IReadOnlyList<string> Required => IsMetric ? MetricRequired : ChangeRequired;
}
