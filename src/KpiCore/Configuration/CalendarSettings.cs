using System.Text.Json.Serialization;

namespace KpiCore.Configuration;

/// <summary>One working calendar in a configuration file, see <see cref="KpiCoreSettings.Calendars"/>.</summary>
/// <remarks>
/// Example: <c>{ "zone": "Europe/London", "hours": { "Monday-Friday": "08:00-18:00" }, "bankHolidays": "EnglandAndWales",
/// "closedDates": [ "2017-12-27" ], "specialHours": { "2017-12-22": "08:00-13:00" } }</c>. Several ranges in a day are
/// separated by commas (<c>"08:00-12:00, 13:00-17:00"</c>); <c>24:00</c> ends a range at midnight.
/// </remarks>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)] // a misspelt optional setting must not fall back to its default unseen
public sealed class CalendarSettings
{
    /// <summary>Gets or sets the TZDB time zone id; default <c>Europe/London</c>.</summary>
    public string? Zone { get; set; }

    /// <summary>Gets or sets whether the calendar runs all day every day (then <see cref="Hours"/> must be empty).</summary>
    public bool TwentyFourSeven { get; set; }

    /// <summary>Gets or sets the working hours by weekday or weekday range (<c>Monday</c>, <c>Monday-Friday</c>), as time ranges (<c>08:00-18:00</c>).</summary>
    public Dictionary<string, string> Hours { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets or sets the UK division whose bank holidays are closed days: <c>EnglandAndWales</c>, <c>Scotland</c>, <c>NorthernIreland</c>, or <c>none</c> (default).</summary>
    public string? BankHolidays { get; set; }

    /// <summary>Gets or sets a GOV.UK <c>bank-holidays.json</c> file to take the division's holidays from instead of the bundled data (needs <see cref="BankHolidays"/>).</summary>
    public string? BankHolidaysFile { get; set; }

    /// <summary>Gets or sets further closed dates (<c>yyyy-MM-dd</c>), such as council closure days.</summary>
    public List<string> ClosedDates { get; set; } = [];

    /// <summary>Gets or sets the hours of particular dates (<c>yyyy-MM-dd</c> to time ranges), replacing the weekday's hours.</summary>
    public Dictionary<string, string> SpecialHours { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
