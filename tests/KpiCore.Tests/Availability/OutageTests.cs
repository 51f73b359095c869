using KpiCore.Availability;
using NodaTime;

namespace KpiCore.Tests.Availability;

public sealed class OutageTests
{
    private static readonly Instant Start = Instant.FromUtc(2017, 9, 4, 8, 0);

    [Fact]
    public void Constructor_Defaults_UnplannedFullNoReference()
    {
        var outage = new Outage("Website", Start, Start + Duration.FromHours(1));

        Assert.Equal("Website", outage.Service);
        Assert.Equal(Start, outage.Start);
        Assert.Equal(Start + Duration.FromHours(1), outage.End);
        Assert.False(outage.IsOpen);
        Assert.Equal(OutageKind.Unplanned, outage.Kind);
        Assert.Equal(OutageImpact.Full, outage.Impact);
        Assert.Null(outage.Reference);
        Assert.Null(outage.Description);
    }

    [Fact]
    public void Constructor_NoEnd_IsOpen() => Assert.True(new Outage("Email", Start, null).IsOpen);

    [Fact]
    public void Constructor_EndBeforeStart_IsKeptForTheCalculatorToReport() =>
        Assert.Equal(Start - Duration.FromHours(1), new Outage("Email", Start, Start - Duration.FromHours(1)).End);

    [Fact]
    public void Constructor_BadArguments_ThrowWithParamName()
    {
        Assert.Equal("service", Assert.Throws<ArgumentNullException>(() => new Outage(null!, Start, null)).ParamName);
        Assert.Equal("service", Assert.Throws<ArgumentException>(() => new Outage("", Start, null)).ParamName);
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => new Outage("A", Start, null, (OutageKind)5)).ParamName);
        Assert.Equal("impact", Assert.Throws<ArgumentOutOfRangeException>(() => new Outage("A", Start, null, impact: (OutageImpact)5)).ParamName);
    }

    [Fact]
    public void ToString_IsInvariantAndComplete() =>
        Assert.Equal(
            "Website 2017-09-04T08:00:00Z/open Planned Partial (CHG-7)",
            new Outage("Website", Start, null, OutageKind.Planned, OutageImpact.Partial, "CHG-7").ToString());
}
