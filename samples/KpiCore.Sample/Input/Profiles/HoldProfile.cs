namespace KpiCore.Sample.Input.Profiles;

/// <summary>Where a calls export gives on-hold time.</summary>
internal sealed class HoldProfile
{
    /// <summary>Gets or sets the mode: <c>intervals</c> (a column of <c>start/end;start/end</c>), <c>total</c> (a column of on-hold working minutes) or <c>none</c>.</summary>
    public string Mode { get; set; } = "intervals";

    /// <summary>Gets or sets the column holding the intervals or the total; optional in the file.</summary>
    public string? Column { get; set; } = "on_hold";

    /// <summary>
    /// Gets or sets the unit of a total: <c>minutes</c> (the default, as TOPdesk's <c>onHoldDuration</c> is read),
    /// <c>seconds</c> or <c>hours</c>; a total is working time on the priority's calendar.
    /// </summary>
    public string Unit { get; set; } = "minutes";
}
