using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using KpiCore.Kpis;
using KpiCore.Reporting;

namespace KpiCore.Sample.Pack;

/// <summary>
/// Reads and writes the layout file of <c>pack --layout FILE</c> (docs/layout.md): a JSON object with the committee's
/// name, the combined pack's name and the sections with their rows, built into a <see cref="PackLayout"/> through its
/// public constructors.
/// </summary>
/// <remarks>
/// Every setting is checked; the first bad one stops the read with one <see cref="LayoutFileException"/> naming the file,
/// the JSON path of the setting and what is valid, such as
/// <c>layout.json: $.sections[2].rows[0].target: 'at least 1O1%' is not a target: ...</c>. Unknown and repeated settings
/// are errors too, so a misspelt setting is never ignored. The object can be read from inside a larger file (see
/// <see cref="Read(JsonElement, string, string)"/>).
/// </remarks>
internal static partial class PackLayoutFile
{
    private const string TargetForms =
        "write 'at least N%', 'at least N', 'at most N%', 'at most N', 'decrease', 'increase' or 'none' (N a number such as 99.5), optionally followed by ', amber within N'";

    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Reads a layout file.</summary>
    /// <param name="path">The file, named as the analyst gave it in messages.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="LayoutFileException">The file is not valid JSON or a setting is bad.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    internal static PackDefinition Read(string path) => Parse(File.ReadAllText(path, Encoding.UTF8), path);

    /// <summary>Reads a layout from its JSON text.</summary>
    /// <param name="json">The text.</param>
    /// <param name="source">The file's name for messages.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="LayoutFileException">The text is not valid JSON or a setting is bad.</exception>
    internal static PackDefinition Parse(string json, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException ex)
        {
            throw new LayoutFileException(string.Create(CultureInfo.InvariantCulture,
                $"{source}: line {ex.LineNumber + 1}, position {ex.BytePositionInLine + 1}: not valid JSON ({FirstSentence(ex.Message)})."));
        }

        using (document)
        {
            return Read(document.RootElement, source, "$");
        }
    }

    /// <summary>Reads a layout from a JSON object, such as one embedded in a larger configuration file.</summary>
    /// <param name="root">The object with the layout's settings.</param>
    /// <param name="source">The file's name for messages.</param>
    /// <param name="path">The object's JSON path in the file, such as "$" or "$.layout".</param>
    /// <returns>The definition.</returns>
    /// <exception cref="LayoutFileException">A setting is bad.</exception>
    internal static PackDefinition Read(JsonElement root, string source, string path)
    {
        var reader = new Reader(source);
        Dictionary<string, (JsonElement Value, string Path)> settings = reader.Object(root, path, "the layout", ["committee", "combinedName", "sections"]);
        string committee = settings.TryGetValue("committee", out var c) ? reader.Text(c.Value, c.Path) : PackDefinition.DefaultCommittee;
        string combined = settings.TryGetValue("combinedName", out var n) ? reader.Text(n.Value, n.Path) : PackLayout.Default.CombinedName;
        if (!settings.TryGetValue("sections", out var s))
        {
            throw reader.Error(path, "'sections' is missing: list the pack's sections in display order");
        }

        var sections = new List<PackSectionLayout>();
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach ((JsonElement element, string sectionPath) in reader.Array(s.Value, s.Path))
        {
            PackSectionLayout section = ReadSection(reader, element, sectionPath);
            if (!keys.TryAdd(section.Key, sectionPath))
            {
                throw reader.Error(sectionPath + ".key", $"'{section.Key}' is already the key of {keys[section.Key]}; section keys must be distinct");
            }

            sections.Add(section);
        }

        return new PackDefinition(new PackLayout(combined, sections), committee);
    }

    /// <summary>Writes a definition as a layout file that <see cref="Parse"/> reads back to an equal one.</summary>
    /// <param name="definition">The definition.</param>
    /// <returns>The JSON text, indented, with a final line break.</returns>
    internal static string Write(PackDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("committee", definition.Committee);
            json.WriteString("combinedName", definition.Layout.CombinedName);
            json.WriteStartArray("sections");
            foreach (PackSectionLayout section in definition.Layout.Sections)
            {
                json.WriteStartObject();
                json.WriteString("kind", KindName(section.Kind));
                json.WriteString("key", section.Key);
                json.WriteString("title", section.Title);
                json.WriteStartArray("rows");
                foreach (PackRowLayout row in section.Rows)
                {
                    json.WriteStartObject();
                    json.WriteString("key", row.Key);
                    json.WriteString("name", row.Name);
                    json.WriteString("target", TargetText(row.Target));
                    json.WriteNumber("decimals", row.Decimals);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    /// <summary>A target as the layout file writes it: "at least 99.9%", "at most 2", "decrease", "increase" or "none".</summary>
    internal static string TargetText(KpiTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        string threshold = target.Threshold.ToString("R", CultureInfo.InvariantCulture) + (target.Unit == KpiUnit.Percent ? "%" : string.Empty);
        string text = target.Direction switch
        {
            TargetDirection.AtLeast => "at least " + threshold,
            TargetDirection.AtMost => "at most " + threshold,
            TargetDirection.DecreaseOnPrevious => "decrease",
            TargetDirection.IncreaseOnPrevious => "increase",
            _ => "none",
        };
        return target.AmberTolerance.Kind switch
        {
            ToleranceKind.None => text,
            ToleranceKind.Absolute => text + ", amber within " + target.AmberTolerance.Amount.ToString("R", CultureInfo.InvariantCulture),
            _ => throw new NotSupportedException("A layout file writes absolute amber tolerances only."),
        };
    }

    /// <summary>Reads a target written as <see cref="TargetText"/> writes it (without regard to case).</summary>
    /// <returns>The target, or null with the reason when the text is not one.</returns>
    internal static KpiTarget? ParseTarget(string text, out string? reason)
    {
        reason = null;
        Match match = TargetPattern().Match(text);
        if (!match.Success)
        {
            reason = TargetForms;
            return null;
        }

        Tolerance amber = Tolerance.None;
        if (match.Groups["amber"].Success)
        {
            double width = double.Parse(match.Groups["amber"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            amber = Tolerance.Absolute(width);
        }

        string direction = match.Groups["direction"].Value.ToLowerInvariant();
        if (direction is "none" or "decrease" or "increase")
        {
            if (direction == "none" && amber != Tolerance.None)
            {
                reason = "a row without a target has no amber band";
                return null;
            }

            return direction switch
            {
                "none" => KpiTarget.None,
                "decrease" => KpiTarget.DecreaseOnPrevious(amber),
                _ => KpiTarget.IncreaseOnPrevious(amber),
            };
        }

        double threshold = double.Parse(match.Groups["number"].Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        KpiUnit unit = match.Groups["percent"].Success ? KpiUnit.Percent : KpiUnit.Number;
        if (unit == KpiUnit.Percent && threshold is < 0 or > 100)
        {
            reason = "a percentage target is from 0% to 100%";
            return null;
        }

        return direction == "at least" ? KpiTarget.AtLeast(threshold, unit, amber) : KpiTarget.AtMost(threshold, unit, amber);
    }

    /// <summary>A section kind as the file names it: "availability", "service-desk", "other-kpis", "risk", "custom".</summary>
    internal static string KindName(PackSectionKind kind) =>
        KindWord().Replace(kind.ToString(), m => (m.Index > 0 ? "-" : string.Empty) + m.Value.ToLowerInvariant());

    private static PackSectionLayout ReadSection(Reader reader, JsonElement element, string path)
    {
        Dictionary<string, (JsonElement Value, string Path)> settings = reader.Object(element, path, "a section", ["kind", "key", "title", "rows"]);
        (JsonElement kindValue, string kindPath) = reader.Required(settings, "kind", path);
        string kindText = reader.Text(kindValue, kindPath);
        PackSectionKind? kind = Enum.GetValues<PackSectionKind>().Cast<PackSectionKind?>()
            .FirstOrDefault(k => string.Equals(KindName(k!.Value), kindText, StringComparison.OrdinalIgnoreCase));
        if (kind is null)
        {
            throw reader.Error(kindPath, $"'{kindText}' is not a section kind: write {string.Join(", ", Enum.GetValues<PackSectionKind>().Select(KindName))}");
        }

        string key = reader.Text(reader.Required(settings, "key", path));
        string title = reader.Text(reader.Required(settings, "title", path));
        var rows = new List<PackRowLayout>();
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        if (settings.TryGetValue("rows", out var list))
        {
            foreach ((JsonElement rowElement, string rowPath) in reader.Array(list.Value, list.Path))
            {
                PackRowLayout row = ReadRow(reader, rowElement, rowPath);
                if (!keys.TryAdd(row.Key, rowPath))
                {
                    throw reader.Error(rowPath + ".key", $"'{row.Key}' is already the key of {keys[row.Key]}; row keys of a section must be distinct");
                }

                rows.Add(row);
            }
        }

        return new PackSectionLayout(kind.Value, key, title, rows);
    }

    private static PackRowLayout ReadRow(Reader reader, JsonElement element, string path)
    {
        Dictionary<string, (JsonElement Value, string Path)> settings = reader.Object(element, path, "a row", ["key", "name", "target", "decimals"]);
        string key = reader.Text(reader.Required(settings, "key", path));
        string name = reader.Text(reader.Required(settings, "name", path));
        (JsonElement targetValue, string targetPath) = reader.Required(settings, "target", path);
        string targetText = reader.Text(targetValue, targetPath, allowEmpty: true);
        KpiTarget target = ParseTarget(targetText, out string? reason)
            ?? throw reader.Error(targetPath, $"'{targetText}' is not a target: {reason}");
        int decimals = KpiRow.DefaultDecimals;
        if (settings.TryGetValue("decimals", out var d))
        {
            if (d.Value.ValueKind != JsonValueKind.Number || !d.Value.TryGetInt32(out decimals) || decimals < 0 || decimals > PackRowLayout.MaxDecimals)
            {
                throw reader.Error(d.Path, string.Create(CultureInfo.InvariantCulture,
                    $"{d.Value.GetRawText()} is not a number of decimals: write a whole number from 0 to {PackRowLayout.MaxDecimals}"));
            }
        }

        return new PackRowLayout(key, name, target, decimals);
    }

    private static string FirstSentence(string message)
    {
        int end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end < 0 ? message : message[..end]).TrimEnd('.');
    }

    [GeneratedRegex(@"^\s*(?:(?<direction>at least|at most)\s+(?<number>[+-]?[0-9]+(?:\.[0-9]+)?)\s*(?<percent>%)?|(?<direction>none|decrease|increase))\s*(?:,\s*amber within\s+(?<amber>[0-9]+(?:\.[0-9]+)?))?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TargetPattern();

    [GeneratedRegex("[A-Z][a-z0-9]*", RegexOptions.CultureInvariant)]
    private static partial Regex KindWord();

    /// <summary>Reads JSON values, naming the file and the JSON path of a bad one.</summary>
    private sealed class Reader(string source)
    {
        internal LayoutFileException Error(string path, string message) => new($"{source}: {path}: {message}.");

        internal Dictionary<string, (JsonElement Value, string Path)> Object(JsonElement element, string path, string what, string[] names)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw Error(path, $"{what} is an object {{ ... }}, not {Kind(element)}");
            }

            var settings = new Dictionary<string, (JsonElement, string)>(StringComparer.Ordinal);
            foreach (JsonProperty property in element.EnumerateObject())
            {
                string propertyPath = path + "." + property.Name;
                if (!names.Contains(property.Name, StringComparer.Ordinal))
                {
                    throw Error(propertyPath, $"not a setting of {what}; its settings are {string.Join(", ", names)}");
                }

                if (!settings.TryAdd(property.Name, (property.Value, propertyPath)))
                {
                    throw Error(propertyPath, "set twice");
                }
            }

            return settings;
        }

        internal IEnumerable<(JsonElement Element, string Path)> Array(JsonElement element, string path)
        {
            if (element.ValueKind != JsonValueKind.Array)
            {
                throw Error(path, $"a list [ ... ] is expected, not {Kind(element)}");
            }

            return element.EnumerateArray().Select((e, i) => (e, string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]")));
        }

        internal (JsonElement Value, string Path) Required(Dictionary<string, (JsonElement Value, string Path)> settings, string name, string path) =>
            settings.TryGetValue(name, out var value) ? value : throw Error(path, $"'{name}' is missing");

        internal string Text((JsonElement Value, string Path) setting) => Text(setting.Value, setting.Path);

        internal string Text(JsonElement element, string path, bool allowEmpty = false)
        {
            if (element.ValueKind != JsonValueKind.String)
            {
                throw Error(path, $"a text in quotes is expected, not {Kind(element)}");
            }

            string text = element.GetString()!;
            return allowEmpty || !string.IsNullOrWhiteSpace(text) ? text : throw Error(path, "must not be empty");
        }

        private static string Kind(JsonElement element) => element.ValueKind switch
        {
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "a list",
            JsonValueKind.String => "a text",
            JsonValueKind.Number => "the number " + element.GetRawText(),
            JsonValueKind.True or JsonValueKind.False => element.GetRawText(),
            _ => "null",
        };
    }
}
