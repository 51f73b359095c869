using System.Globalization;
using KpiCore.Availability;
using KpiCore.Sample.Input.Profiles;
using NodaTime;

namespace KpiCore.Sample.Input.Formats;

/// <summary>
/// outages.csv, or an outages export through an import profile (its columns and type map); a blank end means the
/// outage is still open (cut at the as-of instant).
/// </summary>
internal sealed class OutagesFormat : RecordFormat<Sourced<Outage>>
{
    /// <summary>The file's name.</summary>
    internal const string Name = "outages.csv";

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

    private readonly OutageProfile _map;
    private readonly NameBook _names;
    private readonly Dictionary<string, (OutageKind, OutageImpact)>? _types;
    private readonly Dictionary<(string, string, string), int> _references = []; // (organisation, service, reference) -> first line, for the references that may repeat
    private readonly HashSet<ulong>? _mayRepeat; // the hashes of the references met more than once in the file; null: every reference is kept

    /// <summary>Creates the format.</summary>
    /// <param name="instants">How instants are read (the profile's formats, in its input zone); the zone of the instants written.</param>
    /// <param name="profile">The import profile; null = kpicore.</param>
    /// <param name="names">The run's names; null for a book of its own.</param>
    /// <param name="path">
    /// The file about to be read, for a pre-pass that finds the references met more than once
    /// (<see cref="RepeatedValues.HashesMetTwice"/>), so that the repeated-reference check keeps a first line only for
    /// them; null (or a file that cannot be read twice, such as a pipe) keeps every reference's first line.
    /// </param>
    internal OutagesFormat(InstantReader instants, ImportProfile? profile = null, NameBook? names = null, string? path = null)
        : base(Name, ColumnsOf((profile ??= BuiltInProfiles.KpiCore()).Outages), RequiredOf(profile.Outages), instants)
    {
        _map = profile.Outages;
        _mayRepeat = path is null || _map.Reference is null ? null
            : RepeatedValues.HashesMetTwice(path, Name, _map.Reference, RequiredOf(_map), InputFiles.DelimiterOf(profile), InputFiles.IsWindows1252(profile));
        _names = names ?? new NameBook();
        _types = _map.TypeMap?.ToDictionary(
            e => e.Key,
            e => TryParseOutageType(e.Value, out OutageKind k, out OutageImpact i) ? (k, i) : (OutageKind.Unplanned, OutageImpact.Full),
            StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Gets how many references the repeated-reference check holds with their first line.</summary>
    internal int KeptReferences => _references.Count;

    /// <summary>Parses an outage type's meaning, a kind and an impact such as <c>unplanned full</c> or <c>planned degraded</c>.</summary>
    internal static bool TryParseOutageType(string text, out OutageKind kind, out OutageImpact impact)
    {
        kind = OutageKind.Unplanned;
        impact = OutageImpact.Full;
        string[] words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 2 && Kinds.TryGetValue(words[0], out kind) && Impacts.TryGetValue(words[1], out impact);
    }

    /// <inheritdoc/>
    internal override Sourced<Outage>? Parse(RowParser row)
    {
        string organisation = _names.Organisation(_map.OrganisationValue ?? row.Text(_map.Organisation!));
        string service = _names.Service(organisation, row.Text(_map.Service));
        Instant start = row.Instant(_map.Start);
        Instant? end = row.OptionalInstant(_map.End);
        OutageKind kind = OutageKind.Unplanned;
        OutageImpact impact = OutageImpact.Full;
        if (_map.TypeColumn is not null && _types is not null)
        {
            (kind, impact) = row.Choice(_map.TypeColumn, _types, (OutageKind.Unplanned, OutageImpact.Full));
        }
        else
        {
            kind = _map.Kind is null ? kind : row.Choice(_map.Kind, Kinds, OutageKind.Unplanned, required: false);
            impact = _map.Impact is null ? impact : row.Choice(_map.Impact, Impacts, OutageImpact.Full, required: false);
        }

        string? reference = _map.Reference is null ? null : row.OptionalText(_map.Reference);
        if (row.Ok && end is Instant e && e < start)
        {
            row.Fail(_map.End, "The outage ends before it starts.");
        }

        // A reference the pre-pass met once cannot repeat: it is not kept (the check's memory is the references that occur twice).
        bool check = reference is not null && (_mayRepeat is null || _mayRepeat.Contains(CallIdTable.Hash(reference)));
        if (row.Ok && check && _references.TryGetValue((organisation, service, reference!), out int firstLine))
        {
            row.Fail(_map.Reference!, string.Create(CultureInfo.InvariantCulture,
                $"The reference '{RowParser.Shorten(reference!)}' is already used for {organisation}'s {service} on line {firstLine} (references are unique per service)."));
        }

        if (!row.Ok)
        {
            return null;
        }

        if (check)
        {
            _references.Add((organisation, service, reference!), row.Row.Line);
        }

        string? description = _map.Description is null ? null : row.OptionalText(_map.Description);
        return new Sourced<Outage>(new Outage(service, start, end, kind, impact, reference, description), organisation, row.Row.File, row.Row.Line);
    }

    /// <inheritdoc/>
    internal override string?[] Write(Sourced<Outage> record)
    {
        Outage outage = record.Record;
        string kind = outage.Kind == OutageKind.Planned ? "planned" : "unplanned";
        string impact = outage.Impact switch
        {
            OutageImpact.Partial => "partial",
            OutageImpact.Degraded => "degraded",
            _ => "full",
        };
        var fields = new List<string?>();
        if (_map.OrganisationValue is null)
        {
            fields.Add(record.Organisation);
        }

        fields.AddRange([outage.Service]);
        if (_map.Reference is not null)
        {
            fields.Add(outage.Reference);
        }

        fields.AddRange([FormatText.Instant(outage.Start, Instants.Zone), FormatText.Instant(outage.End, Instants.Zone)]);
        if (_map.TypeColumn is null)
        {
            AddIf(fields, _map.Kind, kind);
            AddIf(fields, _map.Impact, impact);
        }
        else
        {
            fields.Add(_types?.FirstOrDefault(t => t.Value == (outage.Kind, outage.Impact)).Key);
        }

        AddIf(fields, _map.Description, outage.Description);
        return [.. fields];
    }

    private static string[] RequiredOf(OutageProfile map)
    {
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

        return [.. required];
    }

    private static string[] ColumnsOf(OutageProfile map) =>
        [.. new[] { map.OrganisationValue is null ? map.Organisation : null, map.Service, map.Reference, map.Start, map.End, map.TypeColumn is null ? map.Kind : null, map.TypeColumn is null ? map.Impact : null, map.TypeColumn, map.Description }.OfType<string>()];
}
