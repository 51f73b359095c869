using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KpiCore.Sample.Audit;

namespace KpiCore.Sample.Tests.Audit;

/// <summary>A pack printed from any consistent counts has no error finding, on the strictest basis and so on all.</summary>
public sealed class ConsistentPackPropertyTests
{
    /// <summary>Per council and priority: a volume v and met k, 0 &lt;= k &lt;= v.</summary>
    public static Arbitrary<(int Volume, int Met)[][]> Councils() =>
        Gen.Choose(0, 3000).SelectMany(v => Gen.Choose(0, v).Select(k => (v, k)))
            .ArrayOf(4).ArrayOf(2)
            .ToArbitrary();

    [Property(Arbitrary = [typeof(ConsistentPackPropertyTests)], MaxTest = 300)]
    public bool Audit_PackFromConsistentCounts_NoErrorOnAnyBasis((int Volume, int Met)[][] councils, bool halfEven)
    {
        MidpointRounding rounding = halfEven ? MidpointRounding.ToEven : MidpointRounding.AwayFromZero;
        var text = new StringBuilder(AuditFixture.Header);
        string[] names = ["A", "B"];
        for (int c = 0; c < councils.Length; c++)
        {
            Write(text, names[c], councils[c], rounding);
        }

        // The combined organisation: the councils' counts added priority by priority.
        (int, int)[] combined = [.. Enumerable.Range(0, 4).Select(p => (councils.Sum(c => c[p].Volume), councils.Sum(c => c[p].Met)))];
        Write(text, AuditSettings.DefaultCombined, combined, rounding);
        string csv = text.ToString();
        return Enum.GetValues<SlaBasis>().All(basis => AuditFixture.Run(csv, basis).All(f => f.Severity == Severity.Warning));
    }

    private static void Write(StringBuilder text, string organisation, (int Volume, int Met)[] priorities, MidpointRounding rounding)
    {
        (string, string)[] rows = [.. priorities.Select(p => (Share(p.Met, p.Volume, rounding), p.Volume.ToString(CultureInfo.InvariantCulture)))];
        int volume = priorities.Sum(p => p.Volume), met = priorities.Sum(p => p.Met);
        text.Append(AuditFixture.DeskRows(organisation, "2017-04", rows, Share(met, volume, rounding), volume.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>k/v as a percentage at 2 decimals, rounded exactly in decimal (k·100/v is exact to 28 digits, so a tie is a tie).</summary>
    private static string Share(int met, int volume, MidpointRounding rounding) => volume == 0
        ? "N/A"
        : Math.Round(met * 100m / volume, 2, rounding).ToString("0.00", CultureInfo.InvariantCulture) + "%";
}
