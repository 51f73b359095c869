using System.Security.Cryptography;

namespace KpiCore.Sample.Tests;

/// <summary>
/// The default pack's files, fingerprinted (pack.csv, pack.html, pack.md, and since #13 pack-business-plan.csv and pack-risks.csv). A refactoring must leave them byte-identical; a change that another
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
        Assert.Equal("65ac62cbf8e3aa9c1a4dd703d0b390ae5f9efb296e3aae25b8586bfb1b9876e7", Sha256(output, "pack.csv"));
        Assert.Equal("2065a7106018390e6d4562d6079af08f14363bcd9fa059d5f4e5c6c21f9ad39d", Sha256(output, "pack.html"));
        Assert.Equal("66980db44632ad017bdd498ba82356f553d93479bcf77ddd4d3f40bbcee25699", Sha256(output, "pack.md"));
        Assert.Equal("9856e8e094ab7d29d3a1f5d4adc4cdc996cfca8f5df8058b5413d5facfe5ec1e", Sha256(output, "pack-business-plan.csv"));
        Assert.Equal("46a6d3a09e69c739a9f82780ab2d427511eff20c71723e09b82a609573cbe418", Sha256(output, "pack-risks.csv"));
    }

    private static string Sha256(TempFolder folder, string name) =>
        Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(folder.Path, name))));
}
