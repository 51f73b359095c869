namespace KpiCore.Sample.Tests.Commands;

public sealed class RiskCommandTests
{
    // The seed report's five risks, residual impact x likelihood: 3x2, 1x1, 3x1, 3x1, 3x1.
    private const string Register =
        "id,description,cause,consequence,owner,inherent_impact,inherent_likelihood,residual_impact,residual_likelihood,mitigation,responsible_officer,review_date\n" +
        "R1,Catastrophic loss of Data Centre,,Loss of access to IT services,Head of Infrastructure,,,3,2,\"Secondary data centre, monitoring\",Head of Infrastructure,2018-01-31\n" +
        "R2,Loss of Access to the Council main buildings,,No access,Head of Infrastructure,,,1,1,Remote access,Head of Infrastructure,\n" +
        "R3,Serious security breach,,Reputational damage,Head of Infrastructure,3,3,3,1,Patching,Head of Infrastructure,\n" +
        "R4,Loss of key technical personnel,,Inability to maintain key systems,Head of Digital Services,,,3,1,Staff development,Head of Digital Services,\n" +
        "R5,On-boarding Southwark causes adverse impact,,Service delivery impacted,Head of Digital Services,,,3,1,Resourcing,Head of Digital Services,\n";

    [Fact]
    public void Risk_ReportRegister_OrderedByResidualScoreWithBandsAndHeatMap()
    {
        using var folder = new TempFolder();
        var (code, output, error) = HostRunner.Run("risk", "--register", folder.Write("risks.csv", Register));
        Assert.True(code == 0, error);
        string[] ids = [.. output.Split('\n').Where(l => l.Length > 1 && l[0] == 'R' && char.IsAsciiDigit(l[1])).Select(l => l[..2])];
        Assert.Equal(["R1", "R3", "R4", "R5", "R2"], ids); // 6, then the three 3s in input order, then 1
        Assert.Matches(@"R1\s+3x2\s+6\s+red", output);
        Assert.Matches(@"R3\s+3x1\s+3\s+amber\s+3x3=9", output);
        Assert.Matches(@"R2\s+1x1\s+1\s+green", output);
        Assert.Matches(@"\n3\s+3\s+1\s+0\r?\n", output); // impact 3: three at likelihood 1, one at 2
        Assert.Matches(@"\n1\s+1\s+0\s+0\r?\n", output);
    }

    [Fact]
    public void Risk_RatingOutsideScale_ReportedUnlessFiveLevelScale()
    {
        using var folder = new TempFolder();
        string path = folder.Write("risks.csv", Register + "R6,Flood,,,,,,4,2,,,\n");
        var (code, _, error) = HostRunner.Run("risk", "--register", path);
        Assert.Equal(1, code);
        Assert.Contains(path + ":7: residual_impact: ", error, StringComparison.Ordinal);
        var (code5, output5, _) = HostRunner.Run("risk", "--register", path, "--scale", "5");
        Assert.Equal(0, code5);
        Assert.Matches(@"R6\s+4x2\s+8\s+amber", output5);
    }

    [Fact]
    public void Risk_BadScale_ExitsTwo() =>
        Assert.Equal(2, HostRunner.Run("risk", "--register", "x.csv", "--scale", "4").ExitCode);
}
