using System.Security.Cryptography;

namespace KpiCore.Sample.Tests;

/// <summary>
/// The default pack's four files, fingerprinted. A refactoring must leave them byte-identical; a change that another
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
        Assert.Equal("6043799c7e87736d2779c2ab7ba551c25d4c89589c3979a705b1fdd9ce255a0b", Sha256(output, "pack.csv"));
        Assert.Equal("94b98304289740810b16ff02d99e83e06208ffdd388799c4c845d0d559f9eb47", Sha256(output, "pack.html"));
        Assert.Equal("e9175d76291742870029c62281ac6443fa67f63c2a1c8734153f1d5308f49645", Sha256(output, "pack.md"));
        Assert.Equal("158c5fac78cfacd40d1844bea8b4cb0480a858c223f17ce6ae876bf8d86e9f25", Sha256(output, "pack-cover.csv"));
    }

    private static string Sha256(TempFolder folder, string name) =>
        Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(folder.Path, name))));
}
