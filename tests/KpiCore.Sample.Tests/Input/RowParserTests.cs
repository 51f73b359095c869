using KpiCore.Sample.Input;
using NodaTime;

namespace KpiCore.Sample.Tests.Input;

public sealed class RowParserTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    [Theory]
    [InlineData("2017-09-03T10:15:00+01:00", "2017-09-03T09:15:00Z")]
    [InlineData("2017-09-03T09:15:00Z", "2017-09-03T09:15:00Z")]
    [InlineData("2017-09-03T10:15+01:00", "2017-09-03T09:15:00Z")]
    [InlineData("2017-09-03 10:15:00-04:00", "2017-09-03T14:15:00Z")]
    [InlineData("2017-09-03T10:15:00.5+01:00", "2017-09-03T09:15:00.5Z")]
    [InlineData("2017-09-03T10:15:00", "2017-09-03T09:15:00Z")] // local, BST
    [InlineData("2017-12-03 10:15", "2017-12-03T10:15:00Z")] // local, GMT
    public void TryParseInstant_OffsetOrLocalLondon_GivesInstant(string text, string expectedUtc)
    {
        Assert.True(RowParser.TryParseInstant(text, London, out Instant instant));
        Assert.Equal(NodaTime.Text.InstantPattern.ExtendedIso.Parse(expectedUtc).Value, instant);
    }

    [Fact]
    public void TryParseInstant_AmbiguousLocalTime_IsTheEarlier()
    {
        // 29 Oct 2017: 01:30 happens twice in London (BST then GMT); the lenient resolver takes the first, 00:30Z.
        Assert.True(RowParser.TryParseInstant("2017-10-29T01:30:00", London, out Instant instant));
        Assert.Equal(Instant.FromUtc(2017, 10, 29, 0, 30), instant);
    }

    [Fact]
    public void TryParseInstant_SkippedLocalTime_IsShiftedForwardByTheGap()
    {
        // 26 Mar 2017: 01:00-02:00 does not exist in London; 01:30 becomes 02:30 BST = 01:30Z.
        Assert.True(RowParser.TryParseInstant("2017-03-26T01:30:00", London, out Instant instant));
        Assert.Equal(Instant.FromUtc(2017, 3, 26, 1, 30), instant);
    }

    [Theory]
    [InlineData("2017-02-30T10:00:00Z")]
    [InlineData("2017-09-03")]
    [InlineData("03/09/2017 10:15")]
    [InlineData("2017-09-03T25:00:00")]
    [InlineData("99999999-01-01T00:00:00Z")]
    [InlineData("")]
    public void TryParseInstant_NotAnIsoDateTime_Fails(string text) =>
        Assert.False(RowParser.TryParseInstant(text, London, out _));
}
