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
    private readonly Dictionary<(string, string, string), int> _references = [];

    /// <summary>Creates the format.</summary>
    /// <param name="instants">How instants are read (the profile's formats, in its input zone); the zone of the instants written.</param>
    /// <param name="profile">The import profile; null = kpicore.</param>
    /// <param name="names">The run's names; null for a book of its own.</param>
    internal OutagesFormat(InstantReader instants, ImportProfile? profile = null, NameBook? names = null)
        : base(Name, ColumnsOf((profile ??= BuiltInProfiles.KpiCore()).Outages), RequiredOf(profile.Outages), instants)
    {
        _map = profile.Outages;
        _names = names ?? new NameBook();
        _types = _map.TypeMap?.ToDictionary(
            e => e.Key,
            e => TryParseOutageType(e.Value, out OutageKind k, out OutageImpact i) ? (k, i) : (OutageKind.Unplanned, OutageImpact.Full),
            StringComparer.OrdinalIgnoreCase);
    }

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

        if (row.Ok && reference is not null && _references.TryGetValue((organisation, service, reference), out int firstLine))
        {
            row.Fail(_map.Reference!, string.Create(CultureInfo.InvariantCulture,
                $"The reference '{RowParser.Shorten(reference)}' is already used for {organisation}'s {service} on line {firstLine} (references are unique per service)."));
        }

        if (!row.Ok)
        {
            return null;
        }

        if (reference is not null)
        {
            _references.Add((organisation, service, reference), row.Row.Line);
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
