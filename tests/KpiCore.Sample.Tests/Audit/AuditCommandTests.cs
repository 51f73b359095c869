namespace KpiCore.Sample.Tests.Audit;

public sealed class AuditCommandTests
{
    [Fact]
    public void Audit_DefaultPack_NoErrorFindings()
    {
        using var output = new TempFolder();
        var (packCode, _, packError) = HostRunner.Run("pack", "--data", TempFolder.RepositoryDataFolder(), "--out", output.Path, "--no-terminal");
        Assert.True(packCode == 0, packError);
        string pack = Path.Combine(output.Path, "pack.csv");
        var (code, stdout, stderr) = HostRunner.Run("audit", "--published", pack);
        Assert.True(code == 0, stdout + stderr);
        Assert.DoesNotContain("error:", stdout, StringComparison.Ordinal);
        Assert.Contains(" 0 errors,", stdout, StringComparison.Ordinal);
        Assert.Contains(pack + ": 510 records: 510 read, 0 rejected", stderr, StringComparison.Ordinal); // 85 rows (28 + 28 + 29 with both ACD and AGD) x 6 months
    }

    [Fact]
    public void Audit_WarningsOnly_ExitZero()
    {
        using var folder = new TempFolder();
        string pack = folder.Write("pack.csv", AuditFixture.Header + "A,S,X,,2017-04,1%,\nA,S,X,,2017-05,2%,\nA,S,Y,,2017-04,1%,\nA,S,Y,,2017-05,2%,\n");
        var (code, output, _) = HostRunner.Run("audit", "--published", pack);
        Assert.Equal(0, code);
        Assert.Contains("warning: A / X: identical-rows: ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_RejectedRecord_ExitOneAndCounted()
    {
        using var folder = new TempFolder();
        string pack = folder.Write("pack.csv", AuditFixture.Header + "A,S,X,,2017-04,1%,\nA,S,X,,2017-05,1..2%,\n");
        var (code, _, error) = HostRunner.Run("audit", "--published", pack);
        Assert.Equal(1, code);
        Assert.Contains(pack + ":3: Figure: '1..2%' is not a figure", error, StringComparison.Ordinal);
        Assert.Contains(pack + ": 2 records: 1 read, 1 rejected", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_UnusableFileOrOption_ExitTwo()
    {
        using var folder = new TempFolder();
        Assert.Equal(2, HostRunner.Run("audit", "--published", Path.Combine(folder.Path, "missing.csv")).ExitCode);
        Assert.Equal(2, HostRunner.Run("audit", "--published", folder.Write("bad.csv", "a,b\n1,2\n")).ExitCode);
        Assert.Equal(2, HostRunner.Run("audit").ExitCode);
        var (code, _, error) = HostRunner.Run("audit", "--published", folder.Write("ok.csv", AuditFixture.Header), "--basis", "volume");
        Assert.Equal(2, code);
        Assert.Contains("--basis: 'volume' is not resolved, cohort or logged.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_DocumentsAuditAndRulesListsEveryRule()
    {
        var (code, help, _) = HostRunner.Run("audit", "--help");
        Assert.Equal(0, code);
        foreach (string option in new[] { "--published", "--out", "--basis", "--combined", "--rules", "Exit 0" })
        {
            Assert.Contains(option, help, StringComparison.Ordinal);
        }

        Assert.Contains("audit", HostRunner.Run("--help").Output, StringComparison.Ordinal);
        var (rulesCode, rules, _) = HostRunner.Run("audit", "--rules");
        Assert.Equal(0, rulesCode);
        string[] names = [.. rules.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)])];
        Assert.Equal(["month-coverage", "total-sum", "combined-sum", "combined-share", "sla-fraction", "na-volume", "overall-sla", "availability-range", "rag-target", "identical-rows"], names);
    }
}
