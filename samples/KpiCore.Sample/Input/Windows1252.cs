namespace KpiCore.Sample.Input;

/// <summary>Decodes Windows-1252, the encoding of Excel's plain "CSV" on Western Windows, for fields that are not valid UTF-8.</summary>
/// <remarks>Bytes below 0x80 and from 0xA0 are Latin-1; 0x80-0x9F map to the code page's characters (0x80 is the euro sign), and its five unassigned bytes to U+FFFD.</remarks>
internal static class Windows1252
{
    private static readonly char[] High =
    [
        '\u20AC', '\uFFFD', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\uFFFD', '\u017D', '\uFFFD',
        '\uFFFD', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\uFFFD', '\u017E', '\u0178',
    ];

    /// <summary>Decodes the bytes.</summary>
    internal static string Decode(ReadOnlySpan<byte> bytes)
    {
        Span<char> chars = bytes.Length <= 256 ? stackalloc char[bytes.Length] : new char[bytes.Length];
        Decode(bytes, chars);
        return new string(chars);
    }

    /// <summary>Decodes the bytes into <paramref name="chars"/>, one char per byte.</summary>
    internal static void Decode(ReadOnlySpan<byte> bytes, Span<char> chars)
    {
        for (int i = 0; i < bytes.Length; i++)
        {
            byte b = bytes[i];
            chars[i] = b is >= 0x80 and < 0xA0 ? High[b - 0x80] : (char)b;
        }
    }
}
