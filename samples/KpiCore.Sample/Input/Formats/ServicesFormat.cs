using System.Globalization;
using KpiCore.Availability;
using KpiCore.Kpis;
using KpiCore.Time;
using NodaTime;
using NodaTime.Text;

namespace KpiCore.Sample.Input.Formats;

/// <summary>services.csv: services, availability targets, service hours and the planned-maintenance rule.</summary>
internal sealed class ServicesFormat : RecordFormat<ServiceDefinition>
{
    /// <summary>The file's name.</summary>
    internal const string Name = "services.csv";

    private static readonly string[] AllColumns = ["organisation", "service", "target_percent", "service_hours", "exclude_planned"];
    private static readonly string[] RequiredColumns = ["organisation", "service"];

    private static readonly Dictionary<string, bool> YesNo = new(StringComparer.OrdinalIgnoreCase)
    {
        ["yes"] = true,
        ["no"] = false,
    };

    private static readonly Dictionary<string, IsoDayOfWeek> Days = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Mon"] = IsoDayOfWeek.Monday,
        ["Tue"] = IsoDayOfWeek.Tuesday,
        ["Wed"] = IsoDayOfWeek.Wednesday,
        ["Thu"] = IsoDayOfWeek.Thursday,
        ["Fri"] = IsoDayOfWeek.Friday,
        ["Sat"] = IsoDayOfWeek.Saturday,
        ["Sun"] = IsoDayOfWeek.Sunday,
    };

    private readonly NameBook _names;
    private readonly Dictionary<(string, string), int> _seen = [];

    /// <summary>Creates the format.</summary>
    /// <param name="zone">The zone of the service hours.</param>
    /// <param name="names">The run's names; null for a book of its own.</param>
    internal ServicesFormat(DateTimeZone zone, NameBook? names = null)
        : base(Name, AllColumns, RequiredColumns, new InstantReader(zone))
    {
        _names = names ?? new NameBook();
    }

    /// <inheritdoc/>
    internal override ServiceDefinition? Parse(RowParser row)
    {
        string organisation = _names.Organisation(row.Text("organisation"));
        string service = _names.Service(organisation, row.Text("service"));
        AvailabilityPolicy policy = AvailabilityPolicy.Default;
        if (row.Row["target_percent"].Length > 0)
        {
            double target = row.Number("target_percent", 0, 100);
            policy = row.Ok ? AvailabilityPolicy.AtLeast(target) : policy;
        }

        string hoursText = row.Row["service_hours"].Length == 0 ? "24x7" : row.Row["service_hours"];
        WorkingCalendar? hours = ParseServiceHours(hoursText, Instants.Zone, out string? hoursError);
        if (hoursError is not null)
        {
            row.Fail("service_hours", hoursError);
        }

        bool exclude = row.Choice("exclude_planned", YesNo, false, required: false);
        if (row.Ok && _seen.TryGetValue((organisation, service), out int firstLine))
        {
            row.Fail("service", string.Create(CultureInfo.InvariantCulture, $"The service '{service}' of {organisation} is already defined on line {firstLine}."));
        }

        if (!row.Ok)
        {
            return null;
        }

        _seen.Add((organisation, service), row.Row.Line);
        policy = policy.WithServiceHours(hours).WithPlannedMaintenance(exclude ? PlannedMaintenanceRule.Excluded : PlannedMaintenanceRule.Counted);
        return new ServiceDefinition(organisation, service, policy, hoursText, row.Row.File, row.Row.Line);
    }

    /// <inheritdoc/>
    internal override string?[] Write(ServiceDefinition record) =>
    [
        record.Organisation,
        record.Service,
        record.Policy.Target.Direction == TargetDirection.None ? null : FormatText.Number(record.Policy.Target.Threshold),
        record.ServiceHours,
        record.Policy.PlannedMaintenance == PlannedMaintenanceRule.Excluded ? "yes" : "no",
    ];

    /// <summary>Parses service hours: <c>24x7</c>, or day ranges with times separated by semicolons, such as <c>Mon-Fri 08:00-18:00; Sat 09:00-13:00</c> (<c>24:00</c> is the end of the day).</summary>
    /// <returns>Null for 24x7; otherwise the calendar (bank holidays are not closed: the service runs on them).</returns>
    internal static WorkingCalendar? ParseServiceHours(string text, DateTimeZone zone, out string? error)
    {
        error = null;
        if (string.Equals(text.Trim(), "24x7", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        WorkingCalendar calendar = WorkingCalendar.Create(zone);
        foreach (string part in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string[] pieces = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            string[] days = pieces.Length == 2 ? pieces[0].Split('-') : [];
            string[] times = pieces.Length == 2 ? pieces[1].Split('-') : [];
            if (days.Length is < 1 or > 2 || times.Length != 2
                || !Days.TryGetValue(days[0], out IsoDayOfWeek first)
                || !Days.TryGetValue(days[^1], out IsoDayOfWeek last)
                || !TryParseTime(times[0], out LocalTime start)
                || !TryParseTime(times[1], out LocalTime end)
                || last < first
                || (end <= start && end != LocalTime.Midnight))
            {
                error = string.Create(CultureInfo.InvariantCulture, $"'{RowParser.Shorten(text)}' is not 24x7 or hours such as 'Mon-Fri 08:00-18:00' (days Mon..Sun, first day not after the last, start before end; parts separated by ';').");
                return null;
            }

            calendar = calendar.WithHours(first, last, start, end);
        }

        if (calendar.NominalWorkingDay == Duration.Zero)
        {
            error = "The service hours give no time at all; use 24x7 or hours such as 'Mon-Fri 08:00-18:00'.";
            return null;
        }

        return calendar;
    }

    private static bool TryParseTime(string text, out LocalTime time)
    {
        if (text == "24:00")
        {
            time = LocalTime.Midnight;
            return true;
        }

        ParseResult<LocalTime> parsed = LocalTimePattern.CreateWithInvariantCulture("HH':'mm").Parse(text);
        time = parsed.Success ? parsed.Value : default;
        return parsed.Success;
    }
}
