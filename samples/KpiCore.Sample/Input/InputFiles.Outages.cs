using System.Globalization;
using KpiCore.Availability;
using KpiCore.Sample.Input.Profiles;
using NodaTime;

namespace KpiCore.Sample.Input;

/// <summary>outages.csv and monitoring.csv: outages and when services were watched.</summary>
internal static partial class InputFiles
{
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
}
