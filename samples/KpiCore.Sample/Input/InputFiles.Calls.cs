using System.Globalization;
using KpiCore.Sample.Input.Profiles;
using KpiCore.ServiceDesk;
using NodaTime;

namespace KpiCore.Sample.Input;

/// <summary>calls.csv: service-desk calls, their priorities and on-hold periods.</summary>
internal static partial class InputFiles
{
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
}
