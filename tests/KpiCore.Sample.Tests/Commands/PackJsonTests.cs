using System.Text.Json;
using KpiCore.Kpis;
using KpiCore.Reporting;
using KpiCore.Serialization;
using KpiCore.ServiceDesk;

namespace KpiCore.Sample.Tests.Commands;

/// <summary><c>pack --json FILE</c>: the assembled packs as JSON that reads back to the same packs.</summary>
public sealed class PackJsonTests
{
    private static readonly JsonSerializerOptions Indented = new(KpiCoreJson.Options) { WriteIndented = true };

    [Fact]
    public void PackJson_WritesEveryPack_ThatReadsBackEqual()
    {
        using TempFolder data = PackCommandTests.UserData();
        using var output = new TempFolder();
        string jsonPath = Path.Combine(output.Path, "pack.json");
        var (code, stdout, stderr) = HostRunner.Run("pack", "--data", data.Path, "--out", output.Path, "--no-terminal", "--json", jsonPath);
        Assert.True(code == 0, stderr);
        Assert.Contains("Wrote " + Path.GetFullPath(jsonPath), stdout, StringComparison.Ordinal);

        string json = File.ReadAllText(jsonPath);
        using (JsonDocument.Parse(json))
        {
            // valid JSON
        }

        PerformancePack[] packs = JsonSerializer.Deserialize<PerformancePack[]>(json, KpiCoreJson.Options)!;
        Assert.Equal(["Brent", "Lewisham", "Shared service"], packs.Select(p => p.Organisation));

        // Written again from what was read, the JSON is the same text: nothing was lost or changed on the way.
        Assert.Equal(json, JsonSerializer.Serialize(packs, Indented));

        // The figures worked out by hand in PackCommandTests' data.
        Assert.Equal(KpiValue.Measured(50, KpiUnit.Percent), packs[0].FindRowByKey(PackRowKeys.Sla(Priority.P1))!.Values[0]);
        Assert.Equal(KpiValue.Measured(0, KpiUnit.Percent), packs[1].FindRowByKey(PackRowKeys.Sla(Priority.P2))!.Values[0]);
        Assert.Equal(KpiValue.Measured(75, KpiUnit.Percent), packs[2].FindRowByKey(PackRowKeys.Sla(Priority.P1))!.Values[0]);
        Assert.Equal(KpiValue.Measured(25, KpiUnit.Percent), packs[2].FindRowByKey(PackRowKeys.Sla(Priority.P2))!.Values[0]);
        Assert.Equal(25.0, packs[0].FindRowByKey(PackRowKeys.NetPromoterScore)!.Values[0].Value);
        Assert.Equal(-100.0 / 12.0, packs[2].FindRowByKey(PackRowKeys.NetPromoterScore)!.Values[0].Value, 12);
        // No P4 calls at all: N/A in the JSON, read back as N/A, not UNVL.
        Assert.Equal(KpiValue.NotApplicable, packs[0].FindRowByKey(PackRowKeys.Sla(Priority.P4))!.Values[0]);
        Assert.Contains("{\"kind\":\"NotApplicable\"}", json.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void PackJson_NotGiven_WritesNoJson()
    {
        using TempFolder data = PackCommandTests.UserData();
        using var output = new TempFolder();
        var (code, stdout, stderr) = HostRunner.Run("pack", "--data", data.Path, "--out", output.Path, "--no-terminal");
        Assert.True(code == 0, stderr);
        Assert.DoesNotContain(".json", string.Join(",", Directory.GetFiles(output.Path)), StringComparison.Ordinal);
        Assert.DoesNotContain(".json", stdout, StringComparison.Ordinal);
    }
}
