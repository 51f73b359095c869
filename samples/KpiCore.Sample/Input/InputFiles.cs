using System.Globalization;
using KpiCore.Availability;
using KpiCore.Reporting;
using KpiCore.Risk;
using KpiCore.Sample.Input.Profiles;
using KpiCore.Satisfaction;
using KpiCore.ServiceDesk;
using KpiCore.Time;
using NodaTime;
using NodaTime.Text;

namespace KpiCore.Sample.Input;

/// <summary>Typed readers, one per input format (columns documented in samples/data/README.md).</summary>
/// <remarks>
/// Each reader streams its file row by row. A row is either loaded as one record or reported with one problem per bad
/// field (<c>file:line: field: reason</c>); reading goes on. A missing file, an unreadable header or a missing required
/// column is one problem for the whole file (line 0 or the header's line) and loads nothing.
/// </remarks>
internal static class InputFiles
{
    internal static readonly string[] ServiceColumns = ["organisation", "service", "target_percent", "service_hours", "exclude_planned"];
    internal static readonly string[] OutageColumns = ["organisation", "service", "reference", "start", "end", "kind", "impact", "description"];
    internal static readonly string[] MonitoringColumns = ["organisation", "service", "start", "end"];
    internal static readonly string[] CallColumns = ["id", "organisation", "priority", "type", "logged", "first_response", "resolved", "on_hold", "service", "category"];
    internal static readonly string[] ResponseColumns = ["id", "organisation", "responded", "score", "comment"];
    internal static readonly string[] RiskColumns = ["id", "description", "cause", "consequence", "owner", "inherent_impact", "inherent_likelihood", "residual_impact", "residual_likelihood", "mitigation", "responsible_officer", "review_date"];
    internal static readonly string[] ExceptionColumns = ["organisation", "row", "month", "text"];

    // Only the columns without which a row means nothing are required in the header; the others may be left out.
    private static readonly string[] ServiceRequired = ["organisation", "service"];
    private static readonly string[] MonitoringRequired = ["organisation", "service", "start", "end"];
    private static readonly string[] ResponseRequired = ["organisation", "responded", "score"];
    private static readonly string[] RiskRequired = ["id", "description", "residual_impact", "residual_likelihood"];
    private static readonly string[] ExceptionRequired = ["organisation", "row", "text"];

    private static readonly Dictionary<string, bool> YesNo = new(StringComparer.OrdinalIgnoreCase)
    {
        ["yes"] = true,
        ["no"] = false,
    };

    private static readonly Dictionary<string, OutageKind> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["planned"] = OutageKind.Planned,
        ["unplanned"] = OutageKind.Unplanned,
    };

    private static readonly Dictionary<string, OutageImpact> Impacts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["full"] = OutageImpact.Full,
        ["partial"] = OutageImpact.Partial,
        ["degraded"] = OutageImpact.Degraded,
    };

    private static readonly Dictionary<string, CallType> CallTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["incident"] = CallType.Incident,
        ["service-request"] = CallType.ServiceRequest,
        ["problem"] = CallType.Problem,
        ["change"] = CallType.Change,
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

    /// <summary>Reads outages.csv, or an outages export through an import profile; a blank end means the outage is still open (cut at the as-of instant).</summary>
    /// <param name="path">The file.</param>
    /// <param name="file">The name shown in problems.</param>
    /// <param name="zone">The reporting zone: offset-less times are read in it unless the profile or <paramref name="inputZone"/> names another.</param>
    /// <param name="problems">Where problems go.</param>
    /// <param name="summary">The file's summary, for its accounting line.</param>
    /// <param name="names">The run's names.</param>
    /// <param name="profile">The import profile; null = kpicore.</param>
    /// <param name="inputZone">The zone of offset-less times given by <c>--input-zone</c>.</param>
    /// <returns>The outages read.</returns>
    internal static List<Sourced<Outage>> ReadOutages(string path, string file, DateTimeZone zone, List<InputProblem> problems, out InputFileSummary summary, NameBook? names = null, ImportProfile? profile = null, DateTimeZone? inputZone = null)
    {
        names ??= new NameBook();
        profile ??= BuiltInProfiles.KpiCore();
        OutageProfile map = profile.Outages;
        var instants = new InstantReader(InputZone(profile, zone, inputZone), profile.DateTimeFormats);
        var result = new List<Sourced<Outage>>();
        var references = new Dictionary<(string, string, string), int>();
        var required = new List<string>();
        if (map.OrganisationValue is null)
        {
            required.Add(map.Organisation!);
        }

        required.AddRange([map.Service, map.Start, map.End]);
        if (map.TypeColumn is not null)
        {
            required.Add(map.TypeColumn);
        }

        Dictionary<string, (OutageKind, OutageImpact)>? types = map.TypeMap?.ToDictionary(
            e => e.Key,
            e => TryParseOutageType(e.Value, out OutageKind k, out OutageImpact i) ? (k, i) : (OutageKind.Unplanned, OutageImpact.Full),
            StringComparer.OrdinalIgnoreCase);
        summary = Read(path, file, [.. required], problems, profile, null, row =>
        {
            var p = new RowParser(row, instants, problems);
            string organisation = names.Organisation(map.OrganisationValue ?? p.Text(map.Organisation!));
            string service = names.Service(organisation, p.Text(map.Service));
            Instant start = p.Instant(map.Start);
            Instant? end = p.OptionalInstant(map.End);
            OutageKind kind = OutageKind.Unplanned;
            OutageImpact impact = OutageImpact.Full;
            if (map.TypeColumn is not null && types is not null)
            {
                (kind, impact) = p.Choice(map.TypeColumn, types, (OutageKind.Unplanned, OutageImpact.Full));
            }
            else
            {
                kind = map.Kind is null ? kind : p.Choice(map.Kind, Kinds, OutageKind.Unplanned, required: false);
                impact = map.Impact is null ? impact : p.Choice(map.Impact, Impacts, OutageImpact.Full, required: false);
            }

            string? reference = map.Reference is null ? null : p.OptionalText(map.Reference);
            if (p.Ok && end is Instant e && e < start)
            {
                p.Fail(map.End, "The outage ends before it starts.");
            }

            if (p.Ok && reference is not null && references.TryGetValue((organisation, service, reference), out int firstLine))
            {
                p.Fail(map.Reference!, string.Create(CultureInfo.InvariantCulture,
                    $"The reference '{RowParser.Shorten(reference)}' is already used for {organisation}'s {service} on line {firstLine} (references are unique per service)."));
            }

            if (!p.Ok)
            {
                return false;
            }

            if (reference is not null)
            {
                references.Add((organisation, service, reference), row.Line);
            }

            string? description = map.Description is null ? null : p.OptionalText(map.Description);
            result.Add(new Sourced<Outage>(new Outage(service, start, end, kind, impact, reference, description), organisation, file, row.Line));
            return true;
        });
        return result;
    }

    /// <summary>Parses an outage type's meaning, a kind and an impact such as <c>unplanned full</c> or <c>planned degraded</c>.</summary>
    internal static bool TryParseOutageType(string text, out OutageKind kind, out OutageImpact impact)
    {
        kind = OutageKind.Unplanned;
        impact = OutageImpact.Full;
        string[] words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 2 && Kinds.TryGetValue(words[0], out kind) && Impacts.TryGetValue(words[1], out impact);
    }

    /// <summary>Reads monitoring.csv: the intervals in which each service was monitored.</summary>
    internal static List<Sourced<MonitoredInterval>> ReadMonitoring(string path, string file, DateTimeZone zone, List<InputProblem> problems, out InputFileSummary summary, NameBook? names = null)
    {
        names ??= new NameBook();
        var result = new List<Sourced<MonitoredInterval>>();
        summary = Read(path, file, MonitoringRequired, problems, row =>
        {
            var p = new RowParser(row, zone, problems);
            string organisation = names.Organisation(p.Text("organisation"));
            string service = names.Service(organisation, p.Text("service"));
            Instant start = p.Instant("start");
            Instant end = p.Instant("end");
            if (p.Ok && end < start)
            {
                p.Fail("end", "The monitored interval ends before it starts.");
            }

            if (!p.Ok)
            {
                return false;
            }

            result.Add(new Sourced<MonitoredInterval>(new MonitoredInterval(service, new Interval(start, end)), organisation, file, row.Line));
            return true;
        });
        return result;
    }

    /// <summary>Reads calls.csv, or a calls export through an import profile.</summary>
    /// <param name="path">The file.</param>
    /// <param name="file">The name shown in problems.</param>
    /// <param name="zone">The reporting zone: offset-less times are read in it unless the profile or <paramref name="inputZone"/> names another.</param>
    /// <param name="problems">Where problems go.</param>
    /// <param name="summary">The file's summary, for its accounting line.</param>
    /// <param name="names">The run's names.</param>
    /// <param name="profile">The import profile; null = kpicore (the columns in samples/data/README.md).</param>
    /// <param name="inputZone">The zone of offset-less times given by <c>--input-zone</c>, overriding the profile's.</param>
    /// <param name="notes">Filled with what the readers after this one need: excluded ids and on-hold totals; optional.</param>
    /// <returns>The calls read.</returns>
    internal static List<Sourced<Call>> ReadCalls(string path, string file, DateTimeZone zone, List<InputProblem> problems, out InputFileSummary summary, NameBook? names = null, ImportProfile? profile = null, DateTimeZone? inputZone = null, CallImportNotes? notes = null)
    {
        names ??= new NameBook();
        profile ??= BuiltInProfiles.KpiCore();
        notes ??= new CallImportNotes();
        CallProfile map = profile.Calls;
        var instants = new InstantReader(InputZone(profile, zone, inputZone), profile.DateTimeFormats);
        var result = new List<Sourced<Call>>();
        string[] required = map.OrganisationFromIdPrefix ? [map.Id, map.Priority, map.Logged, map.Resolved] : [map.Id, map.Organisation, map.Priority, map.Logged, map.Resolved];
        string holdColumn = map.Hold.Column ?? string.Empty;
        summary = Read(path, file, required, problems, profile, table =>
        {
            foreach (ExcludeRule rule in map.Exclude.Where(r => !table.HasColumn(r.Column)))
            {
                problems.Add(new InputProblem(file, 0, rule.Column, string.Create(CultureInfo.InvariantCulture,
                    $"The {profile.Name} profile excludes records by this column ({rule.Reason}) but the file has no such column, so no record is excluded by it."), ProblemKind.Warning));
            }
        }, row =>
        {
            var p = new RowParser(row, instants, problems);
            string id = p.Text(map.Id);
            foreach (ExcludeRule rule in map.Exclude)
            {
                string value = row[rule.Column];
                if (value.Length > 0 && rule.Values.Contains(value, StringComparer.OrdinalIgnoreCase))
                {
                    problems.Add(new InputProblem(file, row.Line, rule.Column, string.Create(CultureInfo.InvariantCulture, $"{rule.Reason} ({rule.Column} = {RowParser.Shorten(value)})."), ProblemKind.Excluded));
                    if (id.Length > 0)
                    {
                        notes.ExcludedIds.Add(id);
                    }

                    return false;
                }
            }

            string organisation;
            if (map.OrganisationFromIdPrefix)
            {
                int dash = id.LastIndexOf('-');
                organisation = dash > 0 ? names.Organisation(id[..dash].Trim()) : id;
                if (dash <= 0 && id.Length > 0)
                {
                    p.Fail(map.Id, string.Create(CultureInfo.InvariantCulture, $"'{RowParser.Shorten(id)}' has no project key before a '-' to take the organisation from."));
                }
            }
            else
            {
                organisation = names.Organisation(p.Text(map.Organisation));
            }

            CallType type = map.Type is null ? CallType.Incident : p.Choice(map.Type, CallTypes, CallType.Incident, required: false);
            Priority priority = default;
            string priorityText = row[map.Priority];
            if (priorityText.Length > 0 || type is CallType.Incident or CallType.ServiceRequest)
            {
                if (map.PriorityMap is null)
                {
                    if (!TryParsePriority(priorityText, out priority))
                    {
                        p.Fail(map.Priority, string.Create(CultureInfo.InvariantCulture, $"'{RowParser.Shorten(priorityText)}' is not a priority such as P1..P4 (required for incidents and service requests)."));
                    }
                }
                else if (!TryMapPriority(map, priorityText, out priority))
                {
                    p.Fail(map.Priority, string.Create(CultureInfo.InvariantCulture,
                        $"'{RowParser.Shorten(priorityText)}' is not a priority label of the {profile.Name} profile ({string.Join(", ", map.PriorityMap.Keys)}); map it in a profile file, such as {{\"base\": \"{profile.Name}\", \"calls\": {{\"priorityMap\": {{\"{RowParser.Shorten(priorityText)}\": \"P4\", ...}}}}}} (the map replaces the built-in one, so list every label)."));
                }
            }

            Instant logged = p.Instant(map.Logged);
            Instant? resolved = p.OptionalInstant(map.Resolved);
            Instant? firstResponse = map.FirstResponse is null ? null : p.SecondaryInstant(map.FirstResponse);
            if (firstResponse is Instant f && p.Ok && (f < logged || (resolved is Instant r && f > r)))
            {
                p.Warn(map.FirstResponse!, "The first response is before the call was logged or after it was resolved; the call is read without it.");
                firstResponse = null;
            }

            List<Interval> onHold = [];
            Duration? holdTotal = null;
            if (map.Hold.Mode == "intervals")
            {
                ReadHoldIntervals(p, holdColumn, onHold);
            }
            else if (map.Hold.Mode == "total" && row[holdColumn].Length > 0)
            {
                double minutes = p.Number(holdColumn, 0, 10_000_000);
                holdTotal = p.Ok ? Duration.FromMinutes(minutes) : null;
            }

            if (!p.Ok)
            {
                return false;
            }

            // Resolved before logged, on-hold outside the call's life, repeated ids and priorities the SLA policy does
            // not know are the calculator's checks; the host maps its rejections back to this line.
            string? callService = map.Service is null ? null : p.OptionalText(map.Service);
            callService = callService is null ? null : names.Service(organisation, callService);
            string? category = map.Category is null ? null : p.OptionalText(map.Category);
            var call = new Call(id, organisation, priority, type, logged, resolved, firstResponse, onHold, callService, names.Other(category));
            if (holdTotal is Duration total && total > Duration.Zero)
            {
                notes.HoldTotals[call] = total;
                // Not silent: until the library's SLA clock can subtract a total, the call is judged without it.
                p.Warn(holdColumn, string.Create(CultureInfo.InvariantCulture,
                    $"The on-hold total of {total.TotalMinutes:0.##} working minutes is not yet subtracted from the SLA clock by this version; the call is judged as if it was never on hold."));
            }

            result.Add(new Sourced<Call>(call, organisation, file, row.Line));
            return true;
        });
        return result;
    }

    /// <summary>The zone of offset-less input times: <c>--input-zone</c>, else the profile's, else the reporting zone.</summary>
    internal static DateTimeZone InputZone(ImportProfile profile, DateTimeZone zone, DateTimeZone? inputZone) =>
        inputZone ?? (profile.InputZone is string id ? DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) ?? zone : zone);

    private static void ReadHoldIntervals(RowParser p, string column, List<Interval> onHold)
    {
        foreach (string part in p.Row[column].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string[] ends = part.Split('/');
            if (ends.Length != 2)
            {
                p.Fail(column, string.Create(CultureInfo.InvariantCulture, $"'{RowParser.Shorten(part)}' is not start/end; write on-hold periods as start/end;start/end."));
                continue;
            }

            Instant? holdStart = p.ParseInstant(column, ends[0].Trim());
            Instant? holdEnd = p.ParseInstant(column, ends[1].Trim());
            if (holdStart is Instant s && holdEnd is Instant e)
            {
                if (e < s)
                {
                    p.Fail(column, string.Create(CultureInfo.InvariantCulture, $"The on-hold period '{RowParser.Shorten(part)}' ends before it starts."));
                }
                else
                {
                    onHold.Add(new Interval(s, e));
                }
            }
        }
    }

    /// <summary>Maps a priority label through a profile's map: exact (case-insensitive), or by prefix when the profile says so.</summary>
    internal static bool TryMapPriority(CallProfile map, string label, out Priority priority)
    {
        priority = default;
        if (map.PriorityMap is null)
        {
            return TryParsePriority(label, out priority);
        }

        if (map.PriorityMap.TryGetValue(label.Trim(), out string? code))
        {
            return TryParsePriority(code, out priority);
        }

        if (map.PriorityMatchesPrefix)
        {
            foreach ((string key, string value) in map.PriorityMap.OrderByDescending(e => e.Key.Length))
            {
                if (label.StartsWith(key, StringComparison.OrdinalIgnoreCase) && (label.Length == key.Length || !char.IsAsciiLetterOrDigit(label[key.Length])))
                {
                    return TryParsePriority(value, out priority);
                }
            }
        }

        return false;
    }

    /// <summary>Parses P1..P99 (case-insensitive); P1-P4 are the library's named priorities.</summary>
    internal static bool TryParsePriority(string text, out Priority priority)
    {
        priority = default;
        if (text.Length >= 2 && (text[0] is 'P' or 'p')
            && int.TryParse(text.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out int rank) && rank is >= 1 and <= 99)
        {
            priority = rank switch
            {
                1 => Priority.P1,
                2 => Priority.P2,
                3 => Priority.P3,
                4 => Priority.P4,
                _ => new Priority(string.Create(CultureInfo.InvariantCulture, $"P{rank}"), rank),
            };
            return true;
        }

        return false;
    }

    /// <summary>Reads responses.csv; scores outside 0-10 are left to the NPS calculator, which reports them.</summary>
    internal static List<Sourced<SurveyResponse>> ReadResponses(string path, string file, DateTimeZone zone, List<InputProblem> problems, out InputFileSummary summary, NameBook? names = null)
    {
        names ??= new NameBook();
        var result = new List<Sourced<SurveyResponse>>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        summary = Read(path, file, ResponseRequired, problems, row =>
        {
            var p = new RowParser(row, zone, problems);
            string organisation = names.Organisation(p.Text("organisation"));
            Instant responded = p.Instant("responded");
            int score = p.Int("score", int.MinValue, int.MaxValue, "a whole number (scores are 0-10)");
            if (!p.Ok)
            {
                return false;
            }

            string? id = p.OptionalText("id");
            if (id is not null && ids.TryGetValue(id, out int firstLine))
            {
                p.Fail("id", string.Create(CultureInfo.InvariantCulture, $"The response id '{RowParser.Shorten(id)}' is already used on line {firstLine}; a response is counted once."));
                return false;
            }

            if (id is not null)
            {
                ids.Add(id, row.Line);
            }

            result.Add(new Sourced<SurveyResponse>(new SurveyResponse(organisation, responded, score, p.FreeText("comment"), id), organisation, file, row.Line));
            return true;
        });
        return result;
    }

    /// <summary>Reads risks.csv; impact and likelihood levels are 1-5 (the host's risk command checks them against its scale).</summary>
    internal static List<Sourced<RiskRecord>> ReadRisks(string path, string file, DateTimeZone zone, List<InputProblem> problems, out InputFileSummary summary, int levels = 5)
    {
        var result = new List<Sourced<RiskRecord>>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        string scale = string.Create(CultureInfo.InvariantCulture, $"a level on the register's {levels}x{levels} scale, 1 to {levels}");
        summary = Read(path, file, RiskRequired, problems, row =>
        {
            var p = new RowParser(row, zone, problems);
            string id = p.Text("id");
            string description = p.Text("description");
            int? inherentImpact = p.OptionalInt("inherent_impact", 1, levels, scale);
            int? inherentLikelihood = p.OptionalInt("inherent_likelihood", 1, levels, scale);
            if ((inherentImpact is null) != (inherentLikelihood is null))
            {
                p.Fail(inherentImpact is null ? "inherent_impact" : "inherent_likelihood", "Give both inherent impact and likelihood, or neither.");
            }

            int residualImpact = p.Int("residual_impact", 1, levels, scale);
            int residualLikelihood = p.Int("residual_likelihood", 1, levels, scale);
            LocalDate? review = p.SecondaryDate("review_date");
            if (p.Ok && seen.TryGetValue(id, out int firstLine))
            {
                p.Fail("id", string.Create(CultureInfo.InvariantCulture, $"The risk id '{id}' is already used on line {firstLine}."));
            }

            if (!p.Ok)
            {
                return false;
            }

            seen.Add(id, row.Line);
            RiskRating? inherent = inherentImpact is int i && inherentLikelihood is int l ? new RiskRating(i, l) : null;
            string? mitigation = p.OptionalText("mitigation");
            var record = new RiskRecord(id, description, inherent, new RiskRating(residualImpact, residualLikelihood),
                cause: p.OptionalText("cause"), consequence: p.OptionalText("consequence"), owner: p.OptionalText("owner"),
                mitigationActions: mitigation is null ? null : [mitigation], responsibleOfficer: p.OptionalText("responsible_officer"), reviewDate: review);
            result.Add(new Sourced<RiskRecord>(record, string.Empty, file, row.Line));
            return true;
        });
        return result;
    }

    /// <summary>Reads exceptions.csv: commentary per organisation, KPI row and month (blank month = the whole pack).</summary>
    internal static List<Sourced<ExceptionNote>> ReadExceptions(string path, string file, DateTimeZone zone, List<InputProblem> problems, out InputFileSummary summary, NameBook? names = null)
    {
        names ??= new NameBook();
        var result = new List<Sourced<ExceptionNote>>();
        summary = Read(path, file, ExceptionRequired, problems, row =>
        {
            var p = new RowParser(row, zone, problems);
            string organisation = names.Organisation(p.Text("organisation"));
            string rowName = p.Text("row");
            YearMonth? month = p.OptionalMonth("month");
            string text = p.Text("text");
            if (!p.Ok)
            {
                return false;
            }

            result.Add(new Sourced<ExceptionNote>(new ExceptionNote(rowName, text, month), organisation, file, row.Line));
            return true;
        });
        return result;
    }

    /// <summary>Reads a table in a profile's dialect (delimiter, encoding), calling <paramref name="load"/> for each row.</summary>
    internal static InputFileSummary ReadTable(string path, string file, string[] required, List<InputProblem> problems, ImportProfile profile, Func<CsvRow, bool> load) =>
        Read(path, file, required, problems, profile, null, load);

    private static InputFileSummary Read(string path, string file, string[] required, List<InputProblem> problems, Func<CsvRow, bool> load) =>
        Read(path, file, required, problems, null, null, load);

    private static InputFileSummary Read(string path, string file, string[] required, List<InputProblem> problems, ImportProfile? profile, Action<CsvTable>? opened, Func<CsvRow, bool> load)
    {
        byte delimiter = profile is null ? (byte)',' : profile.Delimiter is "\\t" or "\t" ? (byte)'\t' : (byte)profile.Delimiter[0];
        bool windows1252 = profile is not null && string.Equals(profile.Encoding, "windows-1252", StringComparison.OrdinalIgnoreCase);
        using CsvTable? table = CsvTable.Open(path, file, required, problems, delimiter, windows1252);
        if (table is null)
        {
            return new InputFileSummary(file, false, 0);
        }

        opened?.Invoke(table);

        foreach (CsvRow row in table.Rows())
        {
            load(row);
        }

        return new InputFileSummary(file, true, table.RowCount);
    }
}
