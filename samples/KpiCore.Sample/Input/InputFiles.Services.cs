using System.Globalization;
using KpiCore.Availability;
using KpiCore.Time;
using NodaTime;
using NodaTime.Text;

namespace KpiCore.Sample.Input;

/// <summary>services.csv: services, targets and service hours.</summary>
internal static partial class InputFiles
{
    /// <summary>Reads services.csv.</summary>
    internal static List<ServiceDefinition> ReadServices(string path, string file, DateTimeZone zone, List<InputProblem> problems, out InputFileSummary summary, NameBook? names = null)
    {
        names ??= new NameBook();
        var result = new List<ServiceDefinition>();
        var seen = new Dictionary<(string, string), int>();
        summary = Read(path, file, ServiceRequired, problems, row =>
        {
            var p = new RowParser(row, zone, problems);
            string organisation = names.Organisation(p.Text("organisation"));
            string service = names.Service(organisation, p.Text("service"));
            AvailabilityPolicy policy = AvailabilityPolicy.Default;
            if (row["target_percent"].Length > 0)
            {
                double target = p.Number("target_percent", 0, 100);
                policy = p.Ok ? AvailabilityPolicy.AtLeast(target) : policy;
            }

            string hoursText = row["service_hours"].Length == 0 ? "24x7" : row["service_hours"];
            WorkingCalendar? hours = ParseServiceHours(hoursText, zone, out string? hoursError);
            if (hoursError is not null)
            {
                p.Fail("service_hours", hoursError);
            }

            bool exclude = p.Choice("exclude_planned", YesNo, false, required: false);
            if (p.Ok && seen.TryGetValue((organisation, service), out int firstLine))
            {
                p.Fail("service", string.Create(CultureInfo.InvariantCulture, $"The service '{service}' of {organisation} is already defined on line {firstLine}."));
            }

            if (!p.Ok)
            {
                return false;
            }

            seen.Add((organisation, service), row.Line);
            policy = policy.WithServiceHours(hours).WithPlannedMaintenance(exclude ? PlannedMaintenanceRule.Excluded : PlannedMaintenanceRule.Counted);
            result.Add(new ServiceDefinition(organisation, service, policy, hoursText, file, row.Line));
            return true;
        });
        return result;
    }

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
