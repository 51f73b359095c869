using System.Globalization;
using KpiCore.Availability;
using KpiCore.Kpis;
using KpiCore.ServiceDesk;
using KpiCore.Time;
using NodaTime;
using NodaTime.Text;

namespace KpiCore.Configuration;

/// <summary>Checks <see cref="KpiCoreSettings"/> setting by setting and builds the library's types; the first bad setting throws with its path.</summary>
internal static class SettingsBuilder
{
    /// <summary>The built-in calendar name: all day, every day.</summary>
    internal const string TwentyFourSeven = "24x7";

    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    internal static KpiCoreConfiguration Build(KpiCoreSettings settings, Func<string, Stream>? openFile)
    {
        var calendars = new Dictionary<string, WorkingCalendar>(StringComparer.OrdinalIgnoreCase);
        foreach ((string name, CalendarSettings? calendar) in settings.Calendars ?? [])
        {
            string path = "calendars." + name;
            if (string.Equals(name, TwentyFourSeven, StringComparison.OrdinalIgnoreCase))
            {
                throw Error(path, $"'{TwentyFourSeven}' is the built-in all-day calendar; give this calendar another name.");
            }

            if (!calendars.TryAdd(name, BuildCalendar(calendar ?? throw Error(path, "The calendar is null; give its settings."), path, openFile)))
            {
                throw Error(path, "Another calendar has this name (names are compared without regard to case).");
            }
        }

        DateTimeZone defaultZone = calendars.Count > 0 ? calendars.Values.First().Zone : London;
        SlaPolicy? policy = settings.Sla is { Count: > 0 } sla ? BuildPolicy(sla, calendars, defaultZone) : null;
        var services = new Dictionary<string, ServiceCatalogue>(StringComparer.OrdinalIgnoreCase);
        foreach ((string organisation, List<ServiceSettings>? list) in settings.Services ?? [])
        {
            string path = "services." + organisation;
            if (string.IsNullOrWhiteSpace(organisation))
            {
                throw Error(path, "The organisation's name is empty.");
            }

            if (!services.TryAdd(organisation, BuildCatalogue(list ?? [], path, calendars)))
            {
                throw Error(path, "Another organisation has this name (names are compared without regard to case).");
            }
        }

        return new KpiCoreConfiguration(calendars.AsReadOnly(), policy, services.AsReadOnly());
    }

    private static WorkingCalendar BuildCalendar(CalendarSettings settings, string path, Func<string, Stream>? openFile)
    {
        string zoneId = settings.Zone ?? "Europe/London";
        DateTimeZone zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId)
            ?? throw Error(path + ".zone", $"'{zoneId}' is not a TZDB time zone id (such as Europe/London).");
        if (settings.TwentyFourSeven)
        {
            if (settings.Hours is { Count: > 0 } || settings.ClosedDates is { Count: > 0 } || settings.SpecialHours is { Count: > 0 } || settings.BankHolidays is not null)
            {
                throw Error(path + ".twentyFourSeven", "A 24x7 calendar has no hours, closed dates, special hours or bank holidays; remove them or set twentyFourSeven to false.");
            }

            return WorkingCalendar.TwentyFourSeven(zone);
        }

        if (settings.Hours is not { Count: > 0 })
        {
            throw Error(path + ".hours", "The calendar has no working hours; give hours such as { \"Monday-Friday\": \"08:00-18:00\" }, or set twentyFourSeven to true.");
        }

        WorkingCalendar calendar = WorkingCalendar.Create(zone);
        foreach ((string days, string? ranges) in settings.Hours)
        {
            string at = path + ".hours." + days;
            (IsoDayOfWeek first, IsoDayOfWeek last) = ParseDays(days, at);
            calendar = calendar.WithHours(first, last, ParseRanges(ranges, at));
        }

        if (calendar.NominalWorkingDay == Duration.Zero)
        {
            throw Error(path + ".hours", "Every day's hours are empty; give at least one working range.");
        }

        calendar = WithHolidays(calendar, settings, path, openFile);
        List<string> closed = settings.ClosedDates ?? [];
        for (int i = 0; i < closed.Count; i++)
        {
            calendar = calendar.WithClosedDates([ParseDate(closed[i], $"{path}.closedDates[{i}]")]);
        }

        foreach ((string date, string? ranges) in settings.SpecialHours ?? [])
        {
            string at = path + ".specialHours." + date;
            calendar = calendar.WithSpecialHours(ParseDate(date, at), ParseRanges(ranges, at));
        }

        return calendar;
    }

    private static WorkingCalendar WithHolidays(WorkingCalendar calendar, CalendarSettings settings, string path, Func<string, Stream>? openFile)
    {
        string? divisionText = settings.BankHolidays;
        if (divisionText is null || divisionText.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return settings.BankHolidaysFile is null
                ? calendar
                : throw Error(path + ".bankHolidaysFile", "A bank-holidays file needs a division: set bankHolidays to EnglandAndWales, Scotland or NorthernIreland.");
        }

        if (!Enum.TryParse(divisionText, ignoreCase: true, out UkDivision division) || !Enum.IsDefined(division) || int.TryParse(divisionText, out _))
        {
            throw Error(path + ".bankHolidays", $"'{divisionText}' is not a UK division; use EnglandAndWales, Scotland, NorthernIreland or none.");
        }

        UkBankHolidays holidays = UkBankHolidays.Official(division);
        if (settings.BankHolidaysFile is { } file)
        {
            string at = path + ".bankHolidaysFile";
            if (openFile is null)
            {
                throw Error(at, "This configuration was read without file access, so a bank-holidays file cannot be used.");
            }

            try
            {
                using Stream stream = openFile(file);
                holidays = UkBankHolidays.FromGovUkJson(stream, division);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or ArgumentException)
            {
                throw Error(at, $"'{file}' cannot be used: {ex.Message}", ex);
            }
        }

        return calendar.WithClosedDates(holidays.DatesBetween(new LocalDate(UkBankHolidays.MinYear, 1, 1), new LocalDate(UkBankHolidays.MaxYear, 12, 31)));
    }

    private static SlaPolicy BuildPolicy(List<PrioritySettings> entries, Dictionary<string, WorkingCalendar> calendars, DateTimeZone defaultZone)
    {
        var priorities = new List<PrioritySla>(entries.Count);
        for (int i = 0; i < entries.Count; i++)
        {
            string path = $"sla[{i}]";
            PrioritySettings entry = entries[i] ?? throw Error(path, "The entry is null; give the priority's settings.");
            Priority priority = ParsePriority(entry, path);
            if (priorities.Exists(p => p.Priority.Rank == priority.Rank || string.Equals(p.Priority.Code, priority.Code, StringComparison.OrdinalIgnoreCase)))
            {
                throw Error(path + ".priority", $"'{priority.Code}' (rank {priority.Rank}) repeats the code or rank of an earlier priority; each priority appears once.");
            }

            WorkingCalendar calendar = FindCalendar(entry.Calendar, path + ".calendar", calendars, defaultZone, required: calendars.Count != 1)
                ?? calendars.Values.Single();
            Duration resolution = (entry.ResolutionHours, entry.ResolutionWorkingDays) switch
            {
                ({ } hours, null) => Hours(hours, path + ".resolutionHours"),
                (null, { } days) when days > 0 => PrioritySla.WorkingDays(days, calendar),
                (null, { } days) => throw Error(path + ".resolutionWorkingDays", $"{days} is not a positive number of working days."),
                (null, null) => throw Error(path, "Give the resolution target: resolutionHours or resolutionWorkingDays."),
                _ => throw Error(path + ".resolutionWorkingDays", "Give resolutionHours or resolutionWorkingDays, not both."),
            };
            Duration? response = entry.ResponseHours is { } r ? Hours(r, path + ".responseHours") : null;
            double target = entry.TargetPercent ?? throw Error(path + ".targetPercent", "Give the target for \"% resolved within SLA\" as a percentage, such as 90.");
            if (!double.IsFinite(target) || target < 0 || target > 100)
            {
                throw Error(path + ".targetPercent", string.Create(CultureInfo.InvariantCulture, $"{target} is not a percentage from 0 to 100."));
            }

            priorities.Add(new PrioritySla(priority, calendar, resolution, KpiTarget.AtLeast(target), response, entry.OnHoldStopsClock));
        }

        return new SlaPolicy(priorities);
    }

    private static Priority ParsePriority(PrioritySettings entry, string path)
    {
        string code = entry.Priority?.Trim() ?? string.Empty;
        if (code.Length == 0)
        {
            throw Error(path + ".priority", "Give the priority's code as calls carry it, such as P1.");
        }

        int rank;
        if (entry.Rank is { } given)
        {
            rank = given > 0 ? given : throw Error(path + ".rank", $"{given} is not a positive rank (1 is the most urgent).");
        }
        else if (code.Length > 1 && (code[0] is 'P' or 'p') && int.TryParse(code.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0)
        {
            rank = n;
        }
        else
        {
            throw Error(path + ".rank", $"'{code}' is not of the form P<n>, so give its rank (1 is the most urgent).");
        }

        return new Priority(code, rank);
    }

    private static ServiceCatalogue BuildCatalogue(List<ServiceSettings> list, string path, Dictionary<string, WorkingCalendar> calendars)
    {
        ServiceCatalogue catalogue = ServiceCatalogue.Empty;
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < list.Count; i++)
        {
            string at = $"{path}[{i}]";
            ServiceSettings service = list[i] ?? throw Error(at, "The entry is null; give the service's settings.");
            string name = service.Name?.Trim() ?? string.Empty;
            if (name.Length == 0)
            {
                throw Error(at + ".name", "Give the service's name as outages name it.");
            }

            if (!names.Add(name))
            {
                throw Error(at + ".name", $"'{name}' is listed twice for this organisation (names are compared without regard to case, as outages are matched).");
            }

            AvailabilityPolicy policy = AvailabilityPolicy.Default;
            if (service.TargetPercent is { } target)
            {
                policy = double.IsFinite(target) && target is >= 0 and <= 100
                    ? AvailabilityPolicy.AtLeast(target)
                    : throw Error(at + ".targetPercent", string.Create(CultureInfo.InvariantCulture, $"{target} is not a percentage from 0 to 100."));
            }

            if (FindCalendar(service.Calendar, at + ".calendar", calendars, London, required: false) is { } hours && hours.NominalWorkingDay < Duration.FromHours(24))
            {
                policy = policy.WithServiceHours(hours);
            }

            policy = service.PlannedMaintenance?.Trim().ToUpperInvariant() switch
            {
                null or "COUNTED" => policy,
                "EXCLUDED" => policy.WithPlannedMaintenance(PlannedMaintenanceRule.Excluded),
                _ => throw Error(at + ".plannedMaintenance", $"'{service.PlannedMaintenance}' is not counted or excluded."),
            };
            catalogue = catalogue.With(name, policy);
        }

        return catalogue;
    }

    /// <summary>Finds a named calendar; <c>24x7</c> is all day in <paramref name="zone"/>; null when the name is absent and not required.</summary>
    private static WorkingCalendar? FindCalendar(string? name, string path, Dictionary<string, WorkingCalendar> calendars, DateTimeZone zone, bool required)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return required ? throw Error(path, $"Name the calendar the clocks run on: {Names(calendars)}.") : null;
        }

        if (string.Equals(name.Trim(), TwentyFourSeven, StringComparison.OrdinalIgnoreCase))
        {
            return WorkingCalendar.TwentyFourSeven(zone);
        }

        return calendars.TryGetValue(name.Trim(), out WorkingCalendar? calendar)
            ? calendar
            : throw Error(path, $"'{name}' is not a calendar of this configuration; use {Names(calendars)}.");
    }

    private static string Names(Dictionary<string, WorkingCalendar> calendars) =>
        string.Join(", ", calendars.Keys.Order(StringComparer.OrdinalIgnoreCase).Append(TwentyFourSeven).Select(n => "'" + n + "'"));

    private static Duration Hours(double hours, string path)
    {
        double seconds = hours * 3600;
        if (!double.IsFinite(hours) || hours <= 0 || hours > 24 * 366 * 100 || Math.Abs(seconds - Math.Round(seconds)) > 1e-6)
        {
            throw Error(path, string.Create(CultureInfo.InvariantCulture, $"{hours} is not a positive number of hours in whole seconds (such as 8 or 0.5)."));
        }

        return Duration.FromSeconds((long)Math.Round(seconds));
    }

    private static (IsoDayOfWeek First, IsoDayOfWeek Last) ParseDays(string text, string path)
    {
        string[] parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length is 1 or 2 && TryDay(parts[0], out IsoDayOfWeek first) && TryDay(parts[^1], out IsoDayOfWeek last))
        {
            return last >= first ? (first, last) : throw Error(path, $"'{text}' runs backwards; write the earlier day first, such as Monday-Friday.");
        }

        throw Error(path, $"'{text}' is not a weekday or a range of weekdays, such as Monday or Monday-Friday.");
    }

    private static bool TryDay(string text, out IsoDayOfWeek day) =>
        Enum.TryParse(text, ignoreCase: true, out day) && day != IsoDayOfWeek.None && Enum.IsDefined(day) && !int.TryParse(text, out _);

    private static LocalTimeRange[] ParseRanges(string? text, string path)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Equals("closed", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        string[] items = text.Split(',', StringSplitOptions.TrimEntries);
        var ranges = new LocalTimeRange[items.Length];
        for (int i = 0; i < items.Length; i++)
        {
            string[] ends = items[i].Split('-', StringSplitOptions.TrimEntries);
            if (ends.Length != 2 || !TryTime(ends[0], out LocalTime start) || !TryTime(ends[1], out LocalTime end) || (end <= start && end != LocalTime.Midnight))
            {
                throw Error(path, $"'{items[i]}' is not a time range such as 08:00-18:00 (24-hour times, the end after the start; 24:00 for midnight).");
            }

            ranges[i] = new LocalTimeRange(start, end);
        }

        return ranges;
    }

    private static bool TryTime(string text, out LocalTime time)
    {
        if (text == "24:00")
        {
            time = LocalTime.Midnight;
            return true;
        }

        ParseResult<LocalTime> result = LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(text);
        time = result.Success ? result.Value : default;
        return result.Success;
    }

    private static LocalDate ParseDate(string? text, string path)
    {
        ParseResult<LocalDate> result = LocalDatePattern.Iso.Parse(text?.Trim() ?? string.Empty);
        return result.Success ? result.Value : throw Error(path, $"'{text}' is not a date in the form yyyy-MM-dd.");
    }

    private static KpiCoreConfigurationException Error(string path, string reason, Exception? inner = null) => new(path, reason, inner);
}
