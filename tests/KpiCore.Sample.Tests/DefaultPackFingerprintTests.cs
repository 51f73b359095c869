using System.Security.Cryptography;

namespace KpiCore.Sample.Tests;

/// <summary>
/// The default pack's files, fingerprinted (pack.csv, pack.html, pack.md, and since #13 pack-cover.csv, pack-business-plan.csv and pack-risks.csv). A refactoring must leave them byte-identical; a change that another
/// issue asks for updates the fingerprints here, in the same commit, with the reason in its message.
/// </summary>
public sealed class DefaultPackFingerprintTests
{
    [Fact]
    public void The_default_pack_files_are_byte_identical_to_the_recorded_ones()
    {
        using var output = new TempFolder();
        var (code, _, stderr) = HostRunner.Run("pack", "--data", TempFolder.RepositoryDataFolder(), "--out", output.Path, "--no-terminal");

        Assert.True(code == 0, stderr);
        Assert.Equal("148ef16288dd184bfebde2a649bc5402303d5ddf57ededf89a0e373d42e65e31", Sha256(output, "pack.csv"));
        Assert.Equal("9a2357d394584779e1fc16c48a5c9e218ba6f365bce68018e11f77e52fe95b5e", Sha256(output, "pack.html"));
        Assert.Equal("365310e1f79bc1f106171196b3fa2c5b86cfc99744dbc790331d28acb1639b4f", Sha256(output, "pack.md"));
        Assert.Equal("ce95c49844c165240527f4ab156f1d560a4e21f5816dd7138561f169e5316288", Sha256(output, "pack-cover.csv"));
        Assert.Equal("9856e8e094ab7d29d3a1f5d4adc4cdc996cfca8f5df8058b5413d5facfe5ec1e", Sha256(output, "pack-business-plan.csv"));
        Assert.Equal("46a6d3a09e69c739a9f82780ab2d427511eff20c71723e09b82a609573cbe418", Sha256(output, "pack-risks.csv"));
    }

    private static string Sha256(TempFolder folder, string name) =>
        Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(folder.Path, name))));
}
