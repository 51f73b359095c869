using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KpiCore.Sample.Input;
using NodaTime;

namespace KpiCore.Sample.Tests.Input;

/// <summary>
/// The UTC shortcut of the span instant reader (straight to Unix time, no <see cref="LocalDateTime"/>) counts days as
/// NodaTime's ISO calendar does over every year it reads (0001-9999), and reads a <c>Z</c> instant as the patterns do.
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
}
