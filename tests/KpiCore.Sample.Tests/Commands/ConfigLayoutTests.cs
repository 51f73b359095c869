using System.Text.Json.Nodes;
using KpiCore.Sample.Commands;

namespace KpiCore.Sample.Tests.Commands;

/// <summary>
/// <c>--config</c>'s <c>layout</c> section: the same pack definition as a <c>--layout</c> file, read by the same parser,
/// with errors naming the full path in the configuration file; a layout given both ways is refused.
/// </summary>
public sealed class ConfigLayoutTests
{
    [Fact]
    public void ConfigWithLayout_WritesTheSamePackAsLayoutFile_ByteForByte()
    {
        JsonObject layout = RenamedLayout();
        using var folder = new TempFolder();
        string layoutFile = folder.Write("layout.json", layout.ToJsonString());
        string config = folder.Write("kpicore.json", new JsonObject { ["layout"] = layout.DeepClone() }.ToJsonString());
        string data = TempFolder.RepositoryDataFolder();
        string byLayout = Path.Combine(folder.Path, "by-layout"), byConfig = Path.Combine(folder.Path, "by-config"), plain = Path.Combine(folder.Path, "plain");

        var (a, _, errA) = HostRunner.Run("pack", "--data", data, "--out", byLayout, "--no-terminal", "-q", "--layout", layoutFile);
        var (b, _, errB) = HostRunner.Run("pack", "--data", data, "--out", byConfig, "--no-terminal", "-q", "--config", config);
        var (c, _, errC) = HostRunner.Run("pack", "--data", data, "--out", plain, "--no-terminal", "-q");

        Assert.True(a == 0, errA);
        Assert.True(b == 0, errB);
        Assert.True(c == 0, errC);
        foreach (string name in PackCommand.OutputFiles)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(byLayout, name)).SequenceEqual(File.ReadAllBytes(Path.Combine(byConfig, name))), name + " differs");
        }

        // The layout was used, not ignored: the renamed row and committee are in the pack, unlike the default one.
        string csv = File.ReadAllText(Path.Combine(byConfig, "pack.csv"));
        Assert.Contains(",All calls resolved within SLA,", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",All calls resolved within SLA,", File.ReadAllText(Path.Combine(plain, "pack.csv")), StringComparison.Ordinal);
        Assert.Contains("Audit Committee", File.ReadAllText(Path.Combine(byConfig, "pack-cover.csv")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("target", "\"at least 1O1%\"", "layout.sections[2].rows[0].target: 'at least 1O1%' is not a target: write 'at least N%'")]
    [InlineData("targett", "\"none\"", "layout.sections[2].rows[0].targett: not a setting of a row; its settings are key, name, target, decimals.")]
    public void BadLayoutInConfig_NamesItsFullPath_ExitTwo_NothingWritten(string setting, string json, string expected)
    {
        JsonObject layout = RenamedLayout();
        layout["sections"]![2]!["rows"]![0]![setting] = JsonNode.Parse(json);

        AssertRefused(new JsonObject { ["layout"] = layout }.ToJsonString(), "kpicore.json: " + expected);
    }

    [Theory]
    [InlineData("{ \"layuot\": { \"sections\": [] } }", "kpicore.json: layuot: not a section of a configuration file; its sections are calendars, sla, services, layout.")]
    [InlineData("{ \"layout\": { \"sections\": [] }, \"Layout\": { \"sections\": [] } }", "kpicore.json: Layout: set twice.")]
    [InlineData("{ \"layout\": [] }", "kpicore.json: layout: the layout is an object { ... }, not a list.")]
    [InlineData("{ \"sla\": [ { \"priority\": \"P1\", \"calendar\": \"24x7\", \"resolutionHours\": 4, \"targetPercent\": 95, \"onHoldStopsClok\": false } ] }", "kpicore.json: sla[0].onHoldStopsClok: The JSON property 'onHoldStopsClok' could not be mapped")]
    public void MisspeltOrRepeatedSection_IsRefused_NeverSkipped(string json, string expected) => AssertRefused(json, expected);

    [Fact]
    public void LayoutInConfigAndLayoutFile_IsRefused_SayingSo()
    {
        using var folder = new TempFolder();
        string layoutFile = folder.Write("layout.json", RenamedLayout().ToJsonString());
        string config = folder.Write("kpicore.json", new JsonObject { ["layout"] = RenamedLayout() }.ToJsonString());
        string output = Path.Combine(folder.Path, "out");

        var (code, _, error) = HostRunner.Run("pack", "--data", TempFolder.RepositoryDataFolder(), "--out", output, "--no-terminal", "-q", "--config", config, "--layout", layoutFile);

        Assert.Equal(2, code);
        Assert.Equal(
            $"--layout: the pack's layout is given twice, by '{layoutFile}' and by the \"layout\" section of --config '{config}'; give it in one place.",
            Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
        Assert.False(Directory.Exists(output), "nothing is written");
    }

    private static void AssertRefused(string json, string expected)
    {
        using var folder = new TempFolder();
        string config = folder.Write("kpicore.json", json);
        string output = Path.Combine(folder.Path, "out");

        var (code, _, error) = HostRunner.Run("pack", "--data", TempFolder.RepositoryDataFolder(), "--out", output, "--no-terminal", "--config", config);

        Assert.Equal(2, code);
        string line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith(expected, line, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output), "nothing is written");
    }

    /// <summary>The report's layout with the overall SLA row renamed and another committee: a pack that differs from the default.</summary>
    private static JsonObject RenamedLayout()
    {
        string file = Path.Combine(Directory.GetParent(TempFolder.RepositoryDataFolder())!.FullName, "layouts", "default-layout.json");
        JsonObject layout = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
        layout["committee"] = "Audit Committee";
        JsonObject desk = layout["sections"]!.AsArray().Single(s => (string)s!["key"]! == "service-desk")!.AsObject();
        desk["rows"]!.AsArray().Single(r => (string)r!["key"]! == "overall-sla")!["name"] = "All calls resolved within SLA";
        return layout;
    }
}
