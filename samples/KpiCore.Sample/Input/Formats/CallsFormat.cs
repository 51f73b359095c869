using System.Globalization;
using KpiCore.Sample.Input.Profiles;
using KpiCore.ServiceDesk;
using NodaTime;

namespace KpiCore.Sample.Input.Formats;

/// <summary>
/// calls.csv, or a calls export through an import profile (its columns, priority labels, exclusions and on-hold form):
/// service-desk calls, their priorities and on-hold periods.
/// </summary>
/// <remarks>
/// Resolved before logged, on-hold outside the call's life, repeated ids and priorities the SLA policy does not know
/// are the calculator's checks; the host maps its rejections back to the call's line.
/// </remarks>
internal sealed partial class CallsFormat : RecordFormat<Sourced<Call>>
{
    /// <summary>The file's name.</summary>
    internal const string Name = "calls.csv";

    private static readonly Dictionary<string, CallType> CallTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["incident"] = CallType.Incident,
        ["service-request"] = CallType.ServiceRequest,
        ["problem"] = CallType.Problem,
        ["change"] = CallType.Change,
    };

    private readonly ImportProfile _profile;
    private readonly CallProfile _map;
    private readonly NameBook _names;
    private readonly CallImportNotes _notes;
    private readonly string _holdColumn;

    /// <summary>Creates the format.</summary>
    /// <param name="instants">How instants are read (the profile's formats, in its input zone); the zone of the instants written.</param>
    /// <param name="profile">The import profile; null = kpicore (the columns in samples/data/README.md).</param>
    /// <param name="names">The run's names; null for a book of its own.</param>
    /// <param name="notes">Filled with what the readers after this one need: excluded ids and on-hold totals; null for notes of its own.</param>
    internal CallsFormat(InstantReader instants, ImportProfile? profile = null, NameBook? names = null, CallImportNotes? notes = null)
        : base(Name, ColumnsOf((profile ??= BuiltInProfiles.KpiCore()).Calls), RequiredOf(profile.Calls), instants)
    {
        _profile = profile;
        _map = profile.Calls;
        _names = names ?? new NameBook();
        _notes = notes ?? new CallImportNotes();
        _holdColumn = _map.Hold.Column ?? string.Empty;
    }

    /// <summary>The name of a record type in the file, such as <c>service-request</c>.</summary>
    /// <summary>Whether <paramref name="name"/> is one of the four call-type names of calls.csv.</summary>
    internal static bool IsTypeName(string? name) => name is not null && CallTypes.ContainsKey(name);

    internal static string TypeName(CallType type) => type switch
    {
        CallType.Incident => "incident",
        CallType.ServiceRequest => "service-request",
        CallType.Problem => "problem",
        _ => "change",
    };

    /// <inheritdoc/>
    internal override void Opened(CsvTable table, List<InputProblem> problems)
    {
        base.Opened(table, problems);
        foreach (ExcludeRule rule in _map.Exclude.Where(r => !table.HasColumn(r.Column)))
        {
            problems.Add(new InputProblem(table.File, 0, rule.Column, string.Create(CultureInfo.InvariantCulture,
                $"The {_profile.Name} profile excludes records by this column ({rule.Reason}) but the file has no such column, so no record is excluded by it."), ProblemKind.Warning));
        }
    }

    /// <inheritdoc/>
    internal override Sourced<Call>? Parse(RowParser row)
    {
        CsvRow fields = row.Row;
        string id = row.Text(_map.Id);
        if (Excluded(row, id))
        {
            return null;
        }

        string organisation = Organisation(row, id);
        CallType type = _map.Type is null ? CallType.Incident : ReadType(row, _map.Type);
        Priority priority = ReadPriority(row, type);
        Instant logged = row.Instant(_map.Logged);
        Instant? resolved = row.OptionalInstant(_map.Resolved);
        Instant? firstResponse = _map.FirstResponse is null ? null : row.SecondaryInstant(_map.FirstResponse);
        if (firstResponse is Instant f && row.Ok && (f < logged || (resolved is Instant r && f > r)))
        {
            row.Warn(_map.FirstResponse!, "The first response is before the call was logged or after it was resolved; the call is read without it.");
            firstResponse = null;
        }

        List<Interval> onHold = [];
        Duration? holdTotal = null;
        if (_map.Hold.Mode == "intervals")
        {
            ReadHoldIntervals(row, _holdColumn, onHold);
        }
        else if (_map.Hold.Mode == "total" && fields[_holdColumn].Length > 0)
        {
            double amount = row.Number(_holdColumn, 0, 10_000_000);
            holdTotal = !row.Ok ? null : _map.Hold.Unit switch
            {
                "seconds" => Duration.FromSeconds(amount),
                "hours" => Duration.FromHours(amount),
                _ => Duration.FromMinutes(amount),
            };
        }

        if (!row.Ok)
        {
            return null;
        }

        string? callService = _map.Service is null ? null : row.OptionalText(_map.Service);
        callService = callService is null ? null : _names.Service(organisation, callService);
        string? category = _map.Category is null ? null : row.OptionalText(_map.Category);
        // A total of zero is no hold: the call is judged as one never on hold, and its hold source is "none".
        Duration? total = holdTotal is Duration t && t > Duration.Zero ? t : null;
        var call = new Call(id, organisation, priority, type, logged, resolved, firstResponse, onHold, callService, _names.Other(category), total);

        return new Sourced<Call>(call, organisation, fields.File, fields.Line);
    }

    /// <inheritdoc/>
    /// <remarks>On-hold periods are written as intervals (<c>start/end;start/end</c>) whatever the profile's hold mode.</remarks>
    internal override string?[] Write(Sourced<Call> record)
    {
        Call call = record.Record;
        DateTimeZone zone = Instants.Zone;
        string type = TypeName(call.Type);
        // Through a type map, the first label that maps to the type, so the row reads back as the same call.
        type = _map.TypeMap?.FirstOrDefault(m => string.Equals(m.Value, type, StringComparison.OrdinalIgnoreCase)).Key ?? type;
        string? hold = call.OnHold.Count == 0 ? null : string.Join(";", call.OnHold.Select(i => FormatText.Instant(i.Start, zone) + "/" + FormatText.Instant(i.End, zone)));
        var fields = new List<string?> { call.Id };
        if (!_map.OrganisationFromIdPrefix)
        {
            fields.Add(record.Organisation);
        }

        fields.Add(call.Priority.Code.Length == 0 ? null : call.Priority.Code);
        AddIf(fields, _map.Type, type);
        fields.Add(FormatText.Instant(call.Logged, zone));
        AddIf(fields, _map.FirstResponse, FormatText.Instant(call.FirstResponse, zone));
        fields.Add(FormatText.Instant(call.Resolved, zone));
        AddIf(fields, _map.Hold.Mode == "none" ? null : _map.Hold.Column, hold);
        AddIf(fields, _map.Service, call.Service);
        AddIf(fields, _map.Category, call.Category);
        return [.. fields];
    }

    private static string[] RequiredOf(CallProfile map) =>
        map.OrganisationFromIdPrefix ? [map.Id, map.Priority, map.Logged, map.Resolved] : [map.Id, map.Organisation, map.Priority, map.Logged, map.Resolved];

    private static string[] ColumnsOf(CallProfile map) =>
        [.. new[] { map.Id, map.OrganisationFromIdPrefix ? null : map.Organisation, map.Priority, map.Type, map.Logged, map.FirstResponse, map.Resolved, map.Hold.Mode == "none" ? null : map.Hold.Column, map.Service, map.Category }.OfType<string>()];

    /// <summary>Applies the profile's exclusion rules: true (after the problem) when the row is left out on purpose.</summary>
    private bool Excluded(RowParser row, string id)
    {
        foreach (ExcludeRule rule in _map.Exclude)
        {
            string value = row.Row[rule.Column];
            if (value.Length > 0 && rule.Values.Contains(value, StringComparer.OrdinalIgnoreCase))
            {
                row.Exclude(rule.Column, string.Create(CultureInfo.InvariantCulture, $"{rule.Reason} ({rule.Column} = {RowParser.Shorten(value)})."));
                if (id.Length > 0)
                {
                    _notes.ExcludedIds.Add(id);
                }

                return true;
            }
        }

        return false;
    }

    private string Organisation(RowParser row, string id)
    {
        if (!_map.OrganisationFromIdPrefix)
        {
            return _names.Organisation(row.Text(_map.Organisation));
        }

        int dash = id.LastIndexOf('-');
        if (dash <= 0 && id.Length > 0)
        {
            row.Fail(_map.Id, string.Create(CultureInfo.InvariantCulture, $"'{RowParser.Shorten(id)}' has no project key before a '-' to take the organisation from."));
        }

        return dash > 0 ? _names.Organisation(id[..dash].Trim()) : id;
    }

    private Priority ReadPriority(RowParser row, CallType type)
    {
        Priority priority = default;
        string priorityText = row.Row[_map.Priority];
        if (priorityText.Length == 0 && type is not (CallType.Incident or CallType.ServiceRequest))
        {
            return priority;
        }

        if (_map.PriorityMap is null)
        {
            if (!TryParsePriority(priorityText, out priority))
            {
                row.Fail(_map.Priority, string.Create(CultureInfo.InvariantCulture, $"'{RowParser.Shorten(priorityText)}' is not a priority such as P1..P4 (required for incidents and service requests)."));
            }
        }
        else if (!TryMapPriority(_map, priorityText, out priority))
        {
            row.Fail(_map.Priority, string.Create(CultureInfo.InvariantCulture,
                $"'{RowParser.Shorten(priorityText)}' is not a priority label of the {_profile.Name} profile ({string.Join(", ", _map.PriorityMap.Keys)}); map it in a profile file, such as {{\"base\": \"{_profile.Name}\", \"calls\": {{\"priorityMap\": {{\"{RowParser.Shorten(priorityText)}\": \"P4\", ...}}}}}} (the map replaces the built-in one, so list every label)."));
        }

        return priority;
    }

    // A blank type is an incident. Through a profile's type map, an export's label is mapped first; a label the map does
    // not name is a rejected record that says how to map it (never guessed).
    private CallType ReadType(RowParser row, string column)
    {
        if (_map.TypeMap is null)
        {
            return row.Choice(column, CallTypes, CallType.Incident, required: false);
        }

        string label = row.Row[column].Trim();
        if (label.Length == 0)
        {
            return CallType.Incident;
        }

        if (_map.TypeMap.TryGetValue(label, out string? name) && CallTypes.TryGetValue(name, out CallType mapped))
        {
            return mapped;
        }

        row.Fail(column, string.Create(CultureInfo.InvariantCulture,
            $"'{RowParser.Shorten(label)}' is not a call type the profile maps; add it to the profile's calls.typeMap as incident, service-request, problem or change."));
        return CallType.Incident;
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
}
