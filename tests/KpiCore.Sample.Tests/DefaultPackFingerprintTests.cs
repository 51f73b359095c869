using System.Security.Cryptography;

namespace KpiCore.Sample.Tests;

/// <summary>
/// The default pack's three files, fingerprinted. A refactoring must leave them byte-identical; a change that another
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
        Assert.Equal("e0c79e93baec7ac2259dd0b942815cf7670405a7bba6e2857a5de3cfbb24a88d", Sha256(output, "pack.csv"));
        Assert.Equal("6d5ba944837c7586807852b6e2c3562f625b9c920cbda905bd34e9c8a826d24d", Sha256(output, "pack.html"));
        Assert.Equal("2490985d3d484a351240c463174e5a63d223a39d86f1bc972a92a699c8ec448a", Sha256(output, "pack.md"));
    }

    private static string Sha256(TempFolder folder, string name) =>
        Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(folder.Path, name))));
}
