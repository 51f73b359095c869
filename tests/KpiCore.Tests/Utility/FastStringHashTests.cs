using System.Globalization;
using FsCheck.Xunit;
using KpiCore.Utility;

namespace KpiCore.Tests.Utility;

public sealed class FastStringHashTests
{
    [Property(MaxTest = 300)]
    public bool Hash_EqualStrings_EqualHashes(string? value)
    {
        value ??= string.Empty;
        return FastStringHash.Hash(value) == FastStringHash.Hash(new string(value.AsSpan()));
    }

    [Fact]
    public void Hash_100kReferences_LowHalfCollidesAboutAsOftenAsARandomFunction()
    {
        // References like the ones outage and call exports carry, differing in a few digits, of every length mod 4.
        var seen = new HashSet<uint>();
        int collisions = 0;
        for (int i = 0; i < 100_000; i++)
        {
            string reference = (i % 4) switch
            {
                0 => "INC" + i.ToString("D7", CultureInfo.InvariantCulture),
                1 => "CHG-" + i.ToString(CultureInfo.InvariantCulture),
                2 => i.ToString(CultureInfo.InvariantCulture),
                _ => "PRB" + i.ToString("D9", CultureInfo.InvariantCulture) + "x",
            };
            if (!seen.Add(unchecked((uint)FastStringHash.Hash(reference))))
            {
                collisions++;
            }
        }

        // A random 32-bit function gives 100000^2 / 2^33 = 1.2 expected collisions; more than 12 has odds below 1e-9.
        Assert.InRange(collisions, 0, 12);
    }

    [Fact]
    public void Hash_StringsDifferingOnlyInOneCharacterOrLength_Differ()
    {
        Assert.NotEqual(FastStringHash.Hash("Service 042"), FastStringHash.Hash("Service 043"));
        Assert.NotEqual(FastStringHash.Hash("abcd"), FastStringHash.Hash("abcd\0"));
        Assert.NotEqual(FastStringHash.Hash(string.Empty), FastStringHash.Hash("\0"));
    }
}
