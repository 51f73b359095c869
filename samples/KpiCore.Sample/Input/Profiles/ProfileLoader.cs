using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using KpiCore.Sample.Input.Formats;
using NodaTime;
using NodaTime.Text;

namespace KpiCore.Sample.Input.Profiles;

/// <summary>Finds a profile by built-in name or reads a profile file (JSON), and checks it before any record is read.</summary>
/// <remarks>
/// A profile file is a JSON object with the properties of <see cref="ImportProfile"/> in camelCase. It starts from the
/// built-in profile named by <c>base</c> (default <c>kpicore</c>): an object property merges into the base's, any other
/// value (a string, a list, a map such as <c>priorityMap</c>) replaces it. An unknown property is an error, so a typo is
/// never ignored. Comments and trailing commas are allowed.
/// </remarks>
internal static class ProfileLoader
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    private static readonly string[] Delimiters = [",", ";", "|", "\\t", "\t"];

    /// <summary>Resolves <c>--profile</c>: a built-in name, else a JSON file; false after writing one sentence to <paramref name="error"/>.</summary>
    internal static bool TryResolve(string? value, TextWriter error, out ImportProfile profile)
    {
        profile = BuiltInProfiles.KpiCore();
        string text = value?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return true;
        }

        if (BuiltInProfiles.Find(text) is ImportProfile builtIn)
        {
            profile = builtIn;
            return true;
        }

        if (!File.Exists(text))
        {
            error.WriteLine($"--profile: '{Shorten(text)}' is not a built-in profile ({string.Join(", ", BuiltInProfiles.Names)}) or a profile file (JSON).");
            return false;
        }

        string? problem;
        try
        {
            problem = TryParse(File.ReadAllText(text), out profile);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problem = "it cannot be read: " + ex.Message;
        }

        if (problem is not null)
        {
            error.WriteLine($"--profile: {Shorten(text)}: {problem}");
            return false;
        }

        return true;
    }

    /// <summary>Parses and checks a profile file's text; null on success, else one sentence saying what is wrong.</summary>
    internal static string? TryParse(string json, out ImportProfile profile)
    {
        profile = BuiltInProfiles.KpiCore();
        JsonObject file;
        try
        {
            file = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }) as JsonObject
                ?? throw new JsonException("The profile must be a JSON object.");
        }
        catch (JsonException ex)
        {
            return "it is not valid JSON: " + ex.Message;
        }

        string baseName = file.TryGetPropertyValue("base", out JsonNode? b) && b is JsonValue v && v.TryGetValue(out string? s) ? s : "kpicore";
        ImportProfile? start = BuiltInProfiles.Find(baseName);
        if (start is null)
        {
            return $"'base' is '{Shorten(baseName)}', not a built-in profile ({string.Join(", ", BuiltInProfiles.Names)}).";
        }

        JsonObject merged = (JsonObject)JsonSerializer.SerializeToNode(start, Json)!;
        Merge(merged, file);
        try
        {
            profile = merged.Deserialize<ImportProfile>(Json) ?? start;
        }
        catch (JsonException ex)
        {
            return "it does not match the profile format (see the README, \"Import profiles\"): " + ex.Message;
        }

        if (!file.ContainsKey("name"))
        {
            profile.Name = "file";
        }

        profile.DescribesOutages = start.DescribesOutages || file.ContainsKey("outages");

        return Check(profile);
    }

    /// <summary>Checks a profile and normalises its maps to match without regard to case; null when it is usable.</summary>
    internal static string? Check(ImportProfile profile)
    {
        if (!Delimiters.Contains(profile.Delimiter, StringComparer.Ordinal))
        {
            return $"'delimiter' is '{Shorten(profile.Delimiter)}'; use \",\", \";\", \"|\" or \"\\t\".";
        }

        if (!string.Equals(profile.Encoding, "utf-8", StringComparison.OrdinalIgnoreCase) && !string.Equals(profile.Encoding, "windows-1252", StringComparison.OrdinalIgnoreCase))
        {
            return $"'encoding' is '{Shorten(profile.Encoding)}'; use \"utf-8\" or \"windows-1252\".";
        }

        if (profile.InputZone is string zone && DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone) is null)
        {
            return $"'inputZone' is '{Shorten(zone)}', not a known IANA time zone (for example Europe/London or UTC).";
        }

        foreach (string format in profile.DateTimeFormats ?? [])
        {
            try
            {
                _ = LocalDateTimePattern.CreateWithInvariantCulture(format);
            }
            catch (InvalidPatternException ex)
            {
                return $"'dateTimeFormats' has '{Shorten(format)}', not a NodaTime local date-time pattern: {ex.Message}";
            }
        }

        if (profile.DateTimeFormats is { Count: 0 })
        {
            return "'dateTimeFormats' is empty; give at least one pattern, or leave it out for ISO 8601.";
        }

        CallProfile calls = profile.Calls;
        foreach ((string name, string? column) in new[] { ("calls.id", calls.Id), ("calls.priority", calls.Priority), ("calls.logged", calls.Logged), ("calls.resolved", calls.Resolved), ("outages.service", profile.Outages.Service), ("outages.start", profile.Outages.Start), ("outages.end", profile.Outages.End) })
        {
            if (string.IsNullOrWhiteSpace(column))
            {
                return $"'{name}' must name a column.";
            }
        }

        if (!calls.OrganisationFromIdPrefix && string.IsNullOrWhiteSpace(calls.Organisation))
        {
            return "'calls.organisation' must name a column (or set 'calls.organisationFromIdPrefix').";
        }

        if (calls.PriorityMap is not null)
        {
            var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach ((string label, string code) in calls.PriorityMap)
            {
                if (!CallsFormat.TryParsePriority(code ?? string.Empty, out _))
                {
                    return $"'calls.priorityMap' maps '{Shorten(label)}' to '{Shorten(code ?? string.Empty)}', not a priority such as P1..P4.";
                }

                if (!map.TryAdd(label.Trim(), code!))
                {
                    return $"'calls.priorityMap' has '{Shorten(label)}' twice (labels match without regard to case).";
                }
            }

            calls.PriorityMap = map;
        }

        if (calls.TypeMap is not null)
        {
            var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach ((string label, string name) in calls.TypeMap)
            {
                if (!CallsFormat.IsTypeName(name))
                {
                    return $"'calls.typeMap' maps '{Shorten(label)}' to '{Shorten(name ?? string.Empty)}'; use \"incident\", \"service-request\", \"problem\" or \"change\".";
                }

                if (!map.TryAdd(label.Trim(), name!))
                {
                    return $"'calls.typeMap' has '{Shorten(label)}' twice (labels match without regard to case).";
                }
            }

            calls.TypeMap = map;
        }

        if (calls.Hold.Mode is not ("intervals" or "total" or "none"))
        {
            return $"'calls.hold.mode' is '{Shorten(calls.Hold.Mode)}'; use \"intervals\", \"total\" or \"none\".";
        }

        if (calls.Hold.Unit is not ("minutes" or "seconds" or "hours"))
        {
            return $"'calls.hold.unit' is '{Shorten(calls.Hold.Unit)}'; use \"minutes\", \"seconds\" or \"hours\".";
        }

        if (calls.Hold.Mode != "none" && string.IsNullOrWhiteSpace(calls.Hold.Column))
        {
            return "'calls.hold.column' must name a column when 'calls.hold.mode' is \"intervals\" or \"total\".";
        }

        foreach (ExcludeRule rule in calls.Exclude)
        {
            if (string.IsNullOrWhiteSpace(rule.Column) || rule.Values.Count == 0 || string.IsNullOrWhiteSpace(rule.Reason))
            {
                return "Each rule in 'calls.exclude' needs a 'column', at least one value in 'values' and a 'reason'.";
            }
        }

        OutageProfile outages = profile.Outages;
        if (string.IsNullOrWhiteSpace(outages.Organisation) && string.IsNullOrWhiteSpace(outages.OrganisationValue))
        {
            return "'outages.organisation' must name a column, or 'outages.organisationValue' the organisation of every outage.";
        }

        if (outages.TypeColumn is not null)
        {
            if (outages.TypeMap is null || outages.TypeMap.Count == 0)
            {
                return "'outages.typeMap' must map each value of 'outages.typeColumn' to a kind and impact, such as \"unplanned full\".";
            }

            var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach ((string value, string meaning) in outages.TypeMap)
            {
                if (!OutagesFormat.TryParseOutageType(meaning ?? string.Empty, out _, out _))
                {
                    return $"'outages.typeMap' maps '{Shorten(value)}' to '{Shorten(meaning ?? string.Empty)}'; write a kind (planned, unplanned) and an impact (full, partial, degraded), such as \"unplanned full\".";
                }

                map[value.Trim()] = meaning!;
            }

            outages.TypeMap = map;
        }

        HistoryProfile history = profile.History;
        if (history.Form is not ("changes" or "metric_instance"))
        {
            return $"'history.form' is '{Shorten(history.Form)}'; use \"changes\" or \"metric_instance\".";
        }

        string? twice = history.PausingStates.Concat(history.ResolvedStates).Concat(history.OpenStates)
            .GroupBy(x => x.Trim(), StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1)?.Key;
        if (twice is not null)
        {
            return string.Create(CultureInfo.InvariantCulture, $"The state '{Shorten(twice)}' is in more than one of 'history.pausingStates', 'history.resolvedStates' and 'history.openStates'.");
        }

        return null;
    }

    private static void Merge(JsonObject target, JsonObject source)
    {
        foreach ((string key, JsonNode? value) in source.ToList())
        {
            string? existing = target.Select(p => p.Key).FirstOrDefault(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase));
            if (value is JsonObject child && existing is not null && target[existing] is JsonObject into && !key.EndsWith("Map", StringComparison.OrdinalIgnoreCase))
            {
                Merge(into, child);
                continue;
            }

            if (existing is not null)
            {
                target.Remove(existing);
            }

            target[key] = value?.DeepClone();
        }
    }

    private static string Shorten(string text) => RowParser.Shorten(text);
}
