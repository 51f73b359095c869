using System.Buffers.Binary;
using NodaTime;

namespace KpiCore.Sample.Input;

/// <content>
/// The shape kpicore's exports write, <c>yyyy-MM-ddTHH:mm:ssZ</c> (20 bytes), read with three loads: every digit and
/// separator checked at once per load, the date turned into days without a loop. Anything else, or a value out of
/// range, is left to the general fast path and then the patterns, so this decides nothing they would decide otherwise.
/// </content>
internal sealed partial class InstantReader
{
    // yyyy-MM-ddTHH:mm:ssZ.
    private const int UtcSecondsLength = 20;

    // Bytes 0-7, "yyyy-MM-" little-endian: lane i is byte i. Digit lanes must be 0x30-0x3F (high nibble 3) and stay
    // below 0x40 when 6 is added (so 0x30-0x39); separator lanes must be the separator exactly.
    private const ulong DateMask = 0xFF_F0_F0_FF_F0_F0_F0_F0;
    private const ulong DateExpected = 0x2D_30_30_2D_30_30_30_30; // '-' at 4 and 7
    private const ulong DateAddSix = 0x00_06_06_00_06_06_06_06;
    private const ulong DateDigitMask = 0x00_F0_F0_00_F0_F0_F0_F0;
    private const ulong DateDigitExpected = 0x00_30_30_00_30_30_30_30;

    // Bytes 8-15, "ddTHH:mm": 'T' at 2, ':' at 5.
    private const ulong TimeMask = 0xF0_F0_FF_F0_F0_FF_F0_F0;
    private const ulong TimeExpected = 0x30_30_3A_30_30_54_30_30;
    private const ulong TimeAddSix = 0x06_06_00_06_06_00_06_06;
    private const ulong TimeDigitMask = 0xF0_F0_00_F0_F0_00_F0_F0;
    private const ulong TimeDigitExpected = 0x30_30_00_30_30_00_30_30;

    // Bytes 16-19, ":ssZ": ':' at 0, 'Z' at 3.
    private const uint SecondsMask = 0xFF_F0_F0_FF;
    private const uint SecondsExpected = 0x5A_30_30_3A;
    private const uint SecondsAddSix = 0x00_06_06_00;
    private const uint SecondsDigitMask = 0x00_F0_F0_00;
    private const uint SecondsDigitExpected = 0x00_30_30_00;

    // Days from 0001-01-01 to 1970-01-01.
    private const long UnixEpochDay = 719_162;

    /// <summary>Days before the first of each month (1-12) in a common year; index 0 unused.</summary>
    private static ReadOnlySpan<short> DaysBeforeMonth => [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

    /// <summary>Days in each month (1-12) in a common year; index 0 unused.</summary>
    private static ReadOnlySpan<byte> DaysInMonth => [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

    /// <summary>
    /// Reads exactly <c>yyyy-MM-ddTHH:mm:ssZ</c> with a valid date (year 0001-9999), hour 00-23, minute and second 00-59;
    /// false for any other text (not decided here).
    /// </summary>
    internal static bool TryParseUtcSeconds(ReadOnlySpan<byte> s, out Instant instant)
    {
        instant = default;
        if (s.Length != UtcSecondsLength)
        {
            return false;
        }

        ulong date = BinaryPrimitives.ReadUInt64LittleEndian(s);
        ulong time = BinaryPrimitives.ReadUInt64LittleEndian(s[8..]);
        uint seconds = BinaryPrimitives.ReadUInt32LittleEndian(s[16..]);
        ulong shape = ((date & DateMask) ^ DateExpected) | (((date + DateAddSix) & DateDigitMask) ^ DateDigitExpected)
            | ((time & TimeMask) ^ TimeExpected) | (((time + TimeAddSix) & TimeDigitMask) ^ TimeDigitExpected)
            | ((seconds & SecondsMask) ^ SecondsExpected) | (((seconds + SecondsAddSix) & SecondsDigitMask) ^ SecondsDigitExpected);
        if (shape != 0)
        {
            return false;
        }

        // Every digit lane is now 0x30-0x39: its low nibble is the digit.
        int year = (Lane(date, 0) * 1000) + (Lane(date, 1) * 100) + (Lane(date, 2) * 10) + Lane(date, 3);
        int month = (Lane(date, 5) * 10) + Lane(date, 6);
        int day = (Lane(time, 0) * 10) + Lane(time, 1);
        int hour = (Lane(time, 3) * 10) + Lane(time, 4);
        int minute = (Lane(time, 6) * 10) + Lane(time, 7);
        int second = (Lane(seconds, 1) * 10) + Lane(seconds, 2);
        if (year == 0 || (uint)(month - 1) > 11 || day == 0 || hour > 23 || minute > 59 || second > 59
            || (day > 28 && day > DaysInMonth[month] + (month == 2 && IsLeapYear(year) ? 1 : 0)))
        {
            return false;
        }

        // Leap days up to the year's end when the date is after February, else up to the year before.
        uint y = (uint)(month > 2 ? year : year - 1);
        long days = (365L * (year - 1)) + (y / 4) - (y / 100) + (y / 400) + DaysBeforeMonth[month] + day - 1 - UnixEpochDay;
        instant = Instant.FromUnixTimeSeconds((days * 86_400L) + (hour * 3600) + (minute * 60) + second);
        return true;
    }

    private static int Lane(ulong word, int lane) => (int)(word >> (lane * 8)) & 0x0F;

    private static bool IsLeapYear(int year) => (year & 3) == 0 && ((year % 100) != 0 || (year & 15) == 0);
}
