using System.Text.Json.Nodes;
using KpiCore.Kpis;
using KpiCore.Reporting;
using KpiCore.Sample.Pack;

namespace KpiCore.Sample.Tests.Pack;

/// <summary>
/// <c>pack --layout FILE</c>: the documented example equals the report's layout, a council's changes (a renamed row, a
/// dropped section, NPS's target 30, a service's own target) reach the pack, and each bad setting is one error naming
/// its JSON path, with exit code 2 and nothing written.
/// </summary>
public sealed class PackLayoutFileTests
{
    [Fact]
    public void ExampleFile_ReadsToTheReportsLayout_AndIsWhatPrintLayoutWrites()
    {
        string path = ExampleFile();
        PackDefinition read = PackLayoutFile.Read(path);

        Assert.Equal("ICT Shared Service Joint Committee", read.Committee);
        AssertSameLayout(PackLayout.Default, read.Layout);
        var (code, printed, _) = HostRunner.Run("pack", "--print-layout");
        Assert.Equal(0, code);
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), printed);
    }

    [Fact]
    public void DefaultPack_WithTheExampleFile_IsByteIdenticalToTheDefaultPack()
    {
        using var plain = new TempFolder();
        using var withFile = new TempFolder();
        string data = TempFolder.RepositoryDataFolder();
        var (a, _, errA) = HostRunner.Run("pack", "--data", data, "--out", plain.Path, "--no-terminal");
        var (b, _, errB) = HostRunner.Run("pack", "--data", data, "--out", withFile.Path, "--no-terminal", "--layout", ExampleFile());

        Assert.True(a == 0, errA);
        Assert.True(b == 0, errB);
        foreach (string name in KpiCore.Sample.Commands.PackCommand.OutputFiles)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(plain.Path, name)).SequenceEqual(File.ReadAllBytes(Path.Combine(withFile.Path, name))), name + " differs");
        }
    }

    [Fact]
    public void RenamedRow_IsShownUnderItsNewName()
    {
        JsonObject layout = Example();
        Row(layout, "service-desk", "overall-sla")["name"] = "All calls resolved within SLA";

        string[][] csv = PackCsv(layout);

        Assert.Contains(csv, r => r[2] == "All calls resolved within SLA");
        Assert.DoesNotContain(csv, r => r[2] == "Overall SLA Performance");
    }

    [Fact]
    public void DroppedSection_IsNotInThePack()
    {
        JsonObject layout = Example();
        JsonArray sections = layout["sections"]!.AsArray();
        sections.Remove(sections.Single(s => (string)s!["key"]! == "other"));

        string[][] csv = PackCsv(layout);

        Assert.DoesNotContain(csv, r => r[1] == "Other KPIs");
        Assert.DoesNotContain(csv, r => r[2] == "Net Promoter Score");
        Assert.Contains(csv, r => r[1] == "Service desk KPIs");
    }

    [Fact]
    public void NpsTarget30_JudgesTheScoresAgainst30()
    {
        JsonObject layout = Example();
        Row(layout, "other", "net-promoter-score")["target"] = "at least 30";

        // Brent April: (2 promoters - 1 detractor) / 4 = 25, met against the report's 20 but missed against 30.
        string[] brent = PackCsv(layout).Single(r => r[0] == "Brent" && r[2] == "Net Promoter Score" && r[4] == "2017-04");

        Assert.Equal("30", brent[3]);
        Assert.Equal("25", brent[6]);
        Assert.Equal("red", brent[8]);
    }

    [Fact]
    public void ServiceTarget_ReplacesTheCatalogueTargetOfThatServiceOnly()
    {
        JsonObject layout = Example();
        Section(layout, "availability")["rows"] = new JsonArray(
            new JsonObject { ["key"] = "availability:Website", ["name"] = "Website and search", ["target"] = "at least 99%" });

        string[][] csv = PackCsv(layout);

        // Brent's website is down 7 h 12 min of April's 720 h: 99.00%, a miss against services.csv's 99.9%, met against 99%.
        string[] website = csv.Single(r => r[0] == "Brent" && r[2] == "Website and search" && r[4] == "2017-04");
        Assert.Equal(("99%", "green"), (website[3], website[8]));
        string[] telephony = csv.Single(r => r[0] == "Brent" && r[2] == "Telephony" && r[4] == "2017-04");
        Assert.Equal("99.9%", telephony[3]);
        Assert.DoesNotContain(csv, r => r[2] == "Website");
    }

    [Theory]
    [InlineData("target", "\"at least 1O1%\"", "$.sections[2].rows[0].target: 'at least 1O1%' is not a target: write 'at least N%'")]
    [InlineData("target", "\"at least 101%\"", "$.sections[2].rows[0].target: 'at least 101%' is not a target: a percentage target is from 0% to 100%.")]
    [InlineData("target", "20", "$.sections[2].rows[0].target: a text in quotes is expected, not the number 20.")]
    [InlineData("decimals", "7", "$.sections[2].rows[0].decimals: 7 is not a number of decimals: write a whole number from 0 to 6.")]
    [InlineData("decimals", "1.5", "$.sections[2].rows[0].decimals: 1.5 is not a number of decimals")]
    [InlineData("name", "\" \"", "$.sections[2].rows[0].name: must not be empty.")]
    [InlineData("key", "\"process-success-index\"", "$.sections[2].rows[1].key: 'process-success-index' is already the key of $.sections[2].rows[0]; row keys of a section must be distinct.")]
    [InlineData("targett", "\"none\"", "$.sections[2].rows[0].targett: not a setting of a row; its settings are key, name, target, decimals.")]
    public void BadRowSetting_IsOneErrorWithItsPath_ExitCode2_NothingWritten(string setting, string json, string expected)
    {
        JsonObject layout = Example();
        JsonObject row = setting == "key" ? Section(layout, "other")["rows"]![1]!.AsObject() : Section(layout, "other")["rows"]![0]!.AsObject();
        row[setting] = JsonNode.Parse(json);

        AssertRefused(layout.ToJsonString(), "layout.json: " + expected);
    }

    [Theory]
    [InlineData("{\"sections\": [{\"kind\": \"availabilty\", \"key\": \"a\", \"title\": \"A\"}]}", "$.sections[0].kind: 'availabilty' is not a section kind: write custom, availability, service-desk, other-kpis, risk.")]
    [InlineData("{\"sections\": [{\"kind\": \"risk\", \"key\": \"a\"}]}", "$.sections[0]: 'title' is missing.")]
    [InlineData("{\"sections\": [{\"kind\": \"risk\", \"key\": \"a\", \"title\": \"A\"}, {\"kind\": \"custom\", \"key\": \"a\", \"title\": \"B\"}]}", "$.sections[1].key: 'a' is already the key of $.sections[0]; section keys must be distinct.")]
    [InlineData("{\"combinedName\": \"\", \"sections\": []}", "$.combinedName: must not be empty.")]
    [InlineData("{\"committee\": \"A\"}", "$: 'sections' is missing: list the pack's sections in display order.")]
    [InlineData("{\"sections\": {}}", "$.sections: a list [ ... ] is expected, not an object.")]
    [InlineData("{\"sections\": [], \"sections\": []}", "$.sections: set twice.")]
    [InlineData("[]", "$: the layout is an object { ... }, not a list.")]
    [InlineData("{\"sections\": [", "line 1, position 15: not valid JSON")]
    public void BadLayout_IsOneErrorWithItsPath(string json, string expected) => AssertRefused(json, "layout.json: " + expected);

    [Fact]
    public void TargetText_RoundTripsEveryKindOfTarget()
    {
        KpiTarget[] targets =
        [
            KpiTarget.None, KpiTarget.AtLeast(99.9), KpiTarget.AtLeast(-10, KpiUnit.Number), KpiTarget.AtMost(2, KpiUnit.Number),
            KpiTarget.AtMost(0.5), KpiTarget.DecreaseOnPrevious(), KpiTarget.IncreaseOnPrevious(), KpiTarget.AtLeast(95, KpiUnit.Percent, Tolerance.Absolute(5)),
        ];
        foreach (KpiTarget target in targets)
        {
            string text = PackLayoutFile.TargetText(target);
            Assert.Equal(target, PackLayoutFile.ParseTarget(text, out _));
            Assert.Equal(target, PackLayoutFile.ParseTarget("  " + text.ToUpperInvariant() + " ", out _));
        }

        Assert.Equal("at least 95%, amber within 5", PackLayoutFile.TargetText(targets[^1]));
    }

    private static void AssertRefused(string json, string expected)
    {
        using var data = PackCommandTests.UserData();
        using var folder = new TempFolder();
        string layout = folder.Write("layout.json", json);
        string output = Path.Combine(folder.Path, "out");

        var (code, _, error) = HostRunner.Run("pack", "--data", data.Path, "--out", output, "--no-terminal", "--layout", layout);

        Assert.Equal(2, code);
        string line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith(layout + ": " + expected["layout.json: ".Length..], line, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output), "nothing is written");
    }

    private static string[][] PackCsv(JsonObject layout)
    {
        using var data = PackCommandTests.UserData();
        using var folder = new TempFolder();
        string file = folder.Write("layout.json", layout.ToJsonString());
        var (code, _, error) = HostRunner.Run("pack", "--data", data.Path, "--out", folder.Path, "--no-terminal", "--layout", file);
        Assert.True(code == 0, error);
        return File.ReadAllLines(Path.Combine(folder.Path, "pack.csv")).Select(l => l.Split(',')).ToArray();
    }

    private static void AssertSameLayout(PackLayout expected, PackLayout actual)
    {
        Assert.Equal(expected.CombinedName, actual.CombinedName);
        Assert.Equal(
            expected.Sections.Select(s => (s.Kind, s.Key, s.Title, string.Join(";", s.Rows.Select(r => (r.Key, r.Name, r.Target, r.Decimals))))),
            actual.Sections.Select(s => (s.Kind, s.Key, s.Title, string.Join(";", s.Rows.Select(r => (r.Key, r.Name, r.Target, r.Decimals))))));
        Assert.All(expected.Sections.SelectMany(s => s.Rows).Zip(actual.Sections.SelectMany(s => s.Rows)), p => Assert.Equal(p.First.Target, p.Second.Target));
    }

    private static JsonObject Example() => JsonNode.Parse(File.ReadAllText(ExampleFile()))!.AsObject();

    private static JsonObject Section(JsonObject layout, string key) =>
        layout["sections"]!.AsArray().Single(s => (string)s!["key"]! == key)!.AsObject();

    private static JsonObject Row(JsonObject layout, string section, string key) =>
        Section(layout, section)["rows"]!.AsArray().Single(r => (string)r!["key"]! == key)!.AsObject();

    private static string ExampleFile() =>
        Path.Combine(Directory.GetParent(TempFolder.RepositoryDataFolder())!.FullName, "layouts", "default-layout.json");
}
