using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KpiCore.Sample.Input;
using NodaTime;
using NodaTime.Text;

namespace KpiCore.Sample.Tests.Input;

/// <summary>
/// The UTC shortcut of the span instant reader (straight to Unix time, no <see cref="LocalDateTime"/>) counts days as
/// NodaTime's ISO calendar does over every year it reads (0001-9999), and reads a <c>Z</c> instant as the patterns do;
/// the fixed-shape path (<c>yyyy-MM-ddTHH:mm:ssZ</c>) reads what NodaTime's <see cref="InstantPattern.General"/> reads,
/// and the whole reader decides every text near that shape as the general path (the patterns) does.
/// </summary>
public sealed class InstantReaderTests
{
    /// <summary>Valid dates over the years the fast path reads.</summary>
    public static Arbitrary<LocalDate> Dates() =>
        Gen.Choose(1, 9999).SelectMany(y => Gen.Choose(1, 12).SelectMany(m => Gen.Choose(1, CalendarSystem.Iso.GetDaysInMonth(y, m)).Select(d => new LocalDate(y, m, d))))
            .ToArbitrary();

    [Property(Arbitrary = [typeof(InstantReaderTests)], MaxTest = 2000)]
    public bool DaysFromCivil_AnyDate_AsNodaTime(LocalDate date) =>
        InstantReader.DaysFromCivil(date.Year, date.Month, date.Day) * 86_400L == date.AtMidnight().InUtc().ToInstant().ToUnixTimeSeconds();

    [Property(Arbitrary = [typeof(InstantReaderTests)], MaxTest = 2000)]
    public bool TryParse_UtcBytes_AsThePatterns(LocalDate date, byte hour, byte minute, byte second, int nanos)
    {
        var local = date.At(new LocalTime(hour % 24, minute % 60, second % 60).PlusNanoseconds(Math.Abs(nanos % 1_000_000_000)));
        string text = local.ToString("uuuu'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffff", CultureInfo.InvariantCulture) + "Z";
        var reader = new InstantReader(DateTimeZone.Utc);
        return reader.TryParse(Encoding.ASCII.GetBytes(text), out Instant got) && RowParser.TryParseInstant(text, DateTimeZone.Utc, out Instant want) && got == want
            && got == local.InUtc().ToInstant();
    }

    [Property(Arbitrary = [typeof(IsoInstantTexts)], MaxTest = 5000)]
    public bool TryParse_TextsNearTheUtcShape_AsTheGeneralPath(string text)
    {
        DateTimeZone zone = DateTimeZoneProviders.Tzdb["Europe/London"];
        bool got = new InstantReader(zone).TryParse(Encoding.ASCII.GetBytes(text), out Instant value);
        bool want = RowParser.TryParseInstant(text, zone, out Instant expected);
        return got == want && value == expected;
    }

    [Property(Arbitrary = [typeof(IsoInstantTexts)], MaxTest = 5000)]
    public bool TryParseUtcSeconds_TextsNearTheUtcShape_AsInstantPatternGeneral(string text)
    {
        bool got = InstantReader.TryParseUtcSeconds(Encoding.ASCII.GetBytes(text), out Instant value);
        ParseResult<Instant> want = InstantPattern.General.Parse(text);

        // Years 0000 and below, and 24:00:00, are NodaTime's but not this path's (it leaves them to the patterns).
        bool decidable = want.Success && text.Length == 20 && char.IsAsciiDigit(text[0]) && !text.StartsWith("0000", StringComparison.Ordinal)
            && text[11..13] != "24";
        return got == decidable && (!got || value == want.Value);
    }

    [Theory]
    [InlineData("2000-02-29T00:00:00Z", 2000, 2, 29, 0, 0, 0)]
    [InlineData("2016-02-29T23:59:59Z", 2016, 2, 29, 23, 59, 59)]
    [InlineData("1999-12-31T23:59:59Z", 1999, 12, 31, 23, 59, 59)]
    [InlineData("2017-03-26T01:30:00Z", 2017, 3, 26, 1, 30, 0)]
    [InlineData("0001-01-01T00:00:00Z", 1, 1, 1, 0, 0, 0)]
    public void TryParseUtcSeconds_ValidText_TheUtcInstant(string text, int year, int month, int day, int hour, int minute, int second)
    {
        Assert.True(InstantReader.TryParseUtcSeconds(Encoding.ASCII.GetBytes(text), out Instant value));
        Assert.Equal(Instant.FromUtc(year, month, day, hour, minute, second), value);
    }

    [Fact]
    public void TryParse_HourTwentyFour_TheNextMidnightAsThePatternsReadIt()
    {
        var reader = new InstantReader(DateTimeZone.Utc);
        Assert.False(InstantReader.TryParseUtcSeconds("2017-04-01T24:00:00Z"u8, out _));
        Assert.True(reader.TryParse("2017-04-01T24:00:00Z"u8, out Instant value));
        Assert.Equal(Instant.FromUtc(2017, 4, 2, 0, 0), value);
    }

    [Theory]
    [InlineData("1900-02-29T00:00:00Z")]
    [InlineData("2017-02-29T12:00:00Z")]
    [InlineData("2100-02-29T12:00:00Z")]
    [InlineData("2017-04-31T12:00:00Z")]
    [InlineData("2017-13-01T12:00:00Z")]
    [InlineData("2017-04-01T23:60:00Z")]
    [InlineData("2017-04-01T23:59:60Z")]
    public void TryParse_InvalidUtcText_Refused(string text)
    {
        var reader = new InstantReader(DateTimeZone.Utc);
        Assert.False(reader.TryParse(Encoding.ASCII.GetBytes(text), out _));
        Assert.False(reader.TryParse(text, out _));
    }
}
