using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace KpiCore.Sample.Tests.Input;

/// <summary>
/// Instant texts near the shape <c>yyyy-MM-ddTHH:mm:ssZ</c>: fields at and past their limits (month 0 and 13, day 0,
/// 29-32, hour 24, minute and second 60), leap days of leap and common years (1900, 2100 among them), year boundaries,
/// fractional seconds, offsets, another separator, and near-misses with one character changed, dropped or added.
/// </summary>
public static class IsoInstantTexts
{
    // Characters around the digits and separators in ASCII ('/' and ':' border the digits; 'j' and 'z' share their low nibbles).
    private const string Replacements = "0123456789/:;-.,+TtZz jJ@`\u007F";

    /// <summary>The texts (ASCII only).</summary>
    public static Arbitrary<string> Texts() =>
        Gen.Frequency((6, Shaped()), (4, Mutated())).ToArbitrary();

    private static Gen<string> Shaped() =>
        from year in Gen.Frequency((1, Gen.Elements(0, 1, 2, 4, 99, 100, 400, 1600, 1700, 1899, 1900, 1969, 1970, 1999, 2000, 2016, 2017, 2020, 2100, 2400, 9998, 9999)), (1, Gen.Choose(0, 9999)))
        from month in Gen.Frequency((3, Gen.Choose(1, 12)), (2, Gen.Elements(0, 1, 2, 2, 3, 12, 13, 19, 20, 99)))
        from day in Gen.Frequency((3, Gen.Choose(1, 28)), (2, Gen.Elements(0, 1, 28, 29, 29, 29, 30, 31, 32, 39, 40, 99)))
        from hour in Gen.Frequency((3, Gen.Choose(0, 23)), (1, Gen.Elements(0, 9, 10, 19, 20, 23, 24, 25, 99)))
        from minute in Gen.Frequency((3, Gen.Choose(0, 59)), (1, Gen.Elements(0, 9, 10, 59, 60, 99)))
        from second in Gen.Frequency((3, Gen.Choose(0, 59)), (1, Gen.Elements(0, 9, 10, 59, 60, 61, 99)))
        from separator in Gen.Frequency((8, Gen.Constant("T")), (1, Gen.Elements(" ", "t", "_")))
        from tail in Gen.Frequency(
            (8, Gen.Constant("Z")),
            (3, Gen.Elements("z", string.Empty, ".5Z", ".000Z", ".123456789Z", ".1234567890Z", ",5Z", ".Z", "+01:00", "-05:30", "+0100", "+17:59", "+18:00", "-18:00", "+24:00", " Z", "ZZ")))
        select string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}-{day:00}{separator}{hour:00}:{minute:00}:{second:00}{tail}");

    private static Gen<string> Mutated() =>
        from text in Shaped()
        from kind in Gen.Choose(0, 2)
        from at in Gen.Choose(0, text.Length - 1)
        from replacement in Gen.Elements([.. Replacements])
        select kind switch
        {
            0 => string.Concat(text.AsSpan(0, at), replacement.ToString(), text.AsSpan(at + 1)),
            1 => text.Remove(at, 1),
            _ => text.Insert(at, replacement.ToString()),
        };
}
