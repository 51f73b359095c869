using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KpiCore.Sample.Input;

namespace KpiCore.Sample.Tests.Input;

/// <summary>
/// The compact id set (<see cref="CallIdSet"/>) answers as a <see cref="HashSet{T}"/> of the ids it holds, holds
/// exactly the ids that end in 1 to 18 ASCII digits, and its intersection and union are those of the sets, on ids
/// mixing sequential, sparse, leading-zero, all-digit, non-digit, long and non-ASCII ones.
/// </summary>
public sealed class CallIdSetTests
{
    /// <summary>Ids of every kind, many near each other (repeats, "A1" beside "A01", blocks' edges), some in long sequential runs.</summary>
    public static Arbitrary<string[]> Ids() =>
        Gen.Choose(0, 30)
            .SelectMany(n => Gen.Frequency((6, Id()), (1, Run())).ArrayOf(n))
            .Select(parts => parts.SelectMany(p => p).ToArray())
            .ToArbitrary();

    [Property(Arbitrary = [typeof(CallIdSetTests)], MaxTest = 300)]
    public bool TryAdd_AnyIds_AnswersAsAHashSet(string[] ids)
    {
        var set = new CallIdSet();
        var held = new HashSet<string>(StringComparer.Ordinal);
        foreach (string id in ids)
        {
            bool fits = CallIdSet.TrySplit(id, out _, out _, out _);
            CallIdSet.Answer answer = set.TryAdd(id);
            if (!fits ? answer != CallIdSet.Answer.NotHeld : answer != (held.Add(id) ? CallIdSet.Answer.Added : CallIdSet.Answer.Present))
            {
                return false;
            }
        }

        return set.Count == held.Count && !set.Refused && ids.All(id => set.Contains(id) == held.Contains(id))
            && Probes(ids).All(id => set.Contains(id) == held.Contains(id));
    }

    [Property(Arbitrary = [typeof(CallIdSetTests)], MaxTest = 200)]
    public bool TrySplit_AnyId_IsOneToOne(string[] ids)
    {
        // The id is the prefix and the value written with exactly the digit count, and the prefix does not end in an
        // ASCII digit: so (prefix, digits, value) gives the id back, and equal triples are equal ids.
        foreach (string id in ids)
        {
            if (CallIdSet.TrySplit(id, out int prefixLength, out int digits, out ulong value))
            {
                string back = id[..prefixLength] + value.ToString("D" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
                if (back != id || digits is < 1 or > CallIdSet.MaxDigits || (prefixLength > 0 && char.IsAsciiDigit(id[prefixLength - 1])))
                {
                    return false;
                }
            }
            else if (id.Length > 0 && char.IsAsciiDigit(id[^1]) && id.Reverse().TakeWhile(char.IsAsciiDigit).Count() <= CallIdSet.MaxDigits)
            {
                return false;
            }
        }

        return true;
    }

    [Property(Arbitrary = [typeof(CallIdSetTests)], MaxTest = 300)]
    public bool IsDisjointFrom_AndUnionWith_AreTheSets(string[] left, string[] right)
    {
        var a = Of(left);
        var b = Of(right);
        var fitLeft = left.Where(Fits).ToHashSet(StringComparer.Ordinal);
        var fitRight = right.Where(Fits).ToHashSet(StringComparer.Ordinal);
        bool disjoint = !fitLeft.Overlaps(fitRight);
        if (a.IsDisjointFrom(b) != disjoint || b.IsDisjointFrom(a) != disjoint || !a.IsDisjointFrom(new CallIdSet()) || a.IsDisjointFrom(Of(left)) == fitLeft.Count > 0)
        {
            return false;
        }

        a.UnionWith(b); // also when not disjoint: the union is the union either way
        fitLeft.UnionWith(fitRight);
        return a.Count == fitLeft.Count && b.Count == 0 && fitLeft.All(id => a.Contains(id)) && Probes([.. left, .. right]).All(id => a.Contains(id) == fitLeft.Contains(id))
            && right.All(id => !b.Contains(id)) && left.Concat(right).All(id => a.TryAdd(id) != CallIdSet.Answer.Added);
    }

    [Theory]
    [InlineData("C", 8, 1, 1_000_000)]
    [InlineData("INC", 7, 65_530, 300_000)] // starts just before a block's end
    [InlineData("", 6, 100_000, 200_000)] // Zendesk: digits only
    [InlineData("I 1709 ", 3, 0, 999)] // TOPdesk: a group per year and month
    public void TryAdd_SequentialIds_AboutABitPerIdWithinTheDocumentedBound(string prefix, int digits, long first, int count)
    {
        var ids = Enumerable.Range(0, count).Select(i => prefix + (first + i).ToString("D" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)).ToArray();
        var set = new CallIdSet();
        int added = 0;
        long before = GC.GetAllocatedBytesForCurrentThread();
        foreach (string id in ids)
        {
            added += set.TryAdd(id) == CallIdSet.Answer.Added ? 1 : 0; // no Assert in the loop: it allocates
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(count, added);
        long blocks = ((first + count - 1) >> 16) - (first >> 16) + 1;

        // The documented bound: 8 KB and about 120 bytes per used block (a bitmap, or an array of at most 4,096
        // numbers growing to 2.5 bytes per number), 200 bytes and the prefix per group.
        long bound = (blocks * ((8 * 1024) + 120)) + 200 + (2 * prefix.Length);
        Assert.True(set.Bytes <= bound, $"{set.Bytes} bytes held for {count} ids, bound {bound}");
        // Nothing allocated per id (a prefix string each would be 30 bytes): only the blocks, and the arrays each
        // block outgrew on its way to 4,096 numbers (about 40 KB per block, short-lived).
        long allocatedBound = (count / 2) + (blocks * 64 * 1024);
        Assert.True(allocated <= allocatedBound, $"{allocated} bytes allocated for {count} ids, bound {allocatedBound}");
        Assert.Equal(count, set.Count);
        Assert.All(ids.Take(1000), id => Assert.Equal(CallIdSet.Answer.Present, set.TryAdd(id)));
        if (count >= 100_000)
        {
            // Bitmaps: 1 bit per value of each used block (the first and last partly used), 3% more for the headers and the group.
            double bits = set.Bytes * 8.0 / (blocks * 65_536);
            Assert.True(bits < 1.03, $"{bits} bits per value of the used blocks");
        }
    }

    [Fact]
    public void TryAdd_SparseIds_AboutTwoBytesPerIdAndABlockOverhead()
    {
        var random = new Random(5);
        var set = new CallIdSet();
        var values = new HashSet<long>();
        while (values.Count < 100_000)
        {
            long value = random.NextInt64(100L * 100_000); // spread over 100 times their count: ~655 per block, arrays
            if (values.Add(value))
            {
                Assert.Equal(CallIdSet.Answer.Added, set.TryAdd(value.ToString(CultureInfo.InvariantCulture)));
            }
        }

        long blocks = values.Select(v => v >> 16).Distinct().Count();
        Assert.True(set.Bytes <= (2.5 * values.Count) + (130 * blocks) + 200, $"{set.Bytes} bytes for {values.Count} ids in {blocks} blocks");
    }

    [Fact]
    public void TryAdd_PastMaxGroups_RefusesNewPrefixesOnlyAndAlwaysTheSameWay()
    {
        var set = new CallIdSet();
        string Prefixed(int p, int n) => "P" + p.ToString("x", CultureInfo.InvariantCulture) + "-" + n.ToString(CultureInfo.InvariantCulture);
        for (int p = 0; p < CallIdSet.MaxGroups; p++)
        {
            Assert.Equal(CallIdSet.Answer.Added, set.TryAdd(Prefixed(p, 1)));
        }

        Assert.False(set.Refused);
        Assert.True(set.IsDisjointFrom(new CallIdSet()));
        Assert.Equal(CallIdSet.Answer.NotHeld, set.TryAdd(Prefixed(CallIdSet.MaxGroups, 1)));
        Assert.True(set.Refused);
        Assert.Equal(CallIdSet.Answer.NotHeld, set.TryAdd(Prefixed(CallIdSet.MaxGroups, 1))); // the same answer again: the caller's table judges it
        Assert.Equal(CallIdSet.Answer.NotHeld, set.TryAdd(Prefixed(0, 10))); // same prefix, another digit count: another group
        Assert.Equal(CallIdSet.Answer.Added, set.TryAdd(Prefixed(7, 2)));
        Assert.Equal(CallIdSet.Answer.Present, set.TryAdd(Prefixed(7, 1)));
        Assert.False(set.IsDisjointFrom(new CallIdSet())); // its refused ids are in a table: the merge cannot tell, so says not disjoint
        Assert.False(new CallIdSet().IsDisjointFrom(set));
        Assert.Throws<InvalidOperationException>(() => new CallIdSet().UnionWith(set));
    }

    /// <summary>One id of any kind.</summary>
    private static Gen<string[]> Id() =>
        Gen.OneOf(
            Gen.Elements("A1", "A01", "A001", "A10", "a1", "1", "01", "001", "0", "00", "A", "", "INC", "-", "1-", "1a1", "A 1", " 1", "1 ", "٣", "A٣", "Ａ1", "１", "É1", "É01", "é1"),
            Gen.Choose(0, 200_000).Select(n => n.ToString(CultureInfo.InvariantCulture)),
            Gen.Choose(0, 200_000).Select(n => "C" + n.ToString("D8", CultureInfo.InvariantCulture)),
            Gen.Choose(0, 70_000).Select(n => "PROJ-" + n.ToString(CultureInfo.InvariantCulture)),
            Gen.Choose(0, 9).Select(n => "999999999999999999" + n.ToString(CultureInfo.InvariantCulture)), // 19 digits: does not fit
            Gen.Choose(0, 9).Select(n => "X99999999999999999" + n.ToString(CultureInfo.InvariantCulture)), // 18 digits: fits
            Gen.Elements("18446744073709551615", "X18446744073709551616", "X999999999999999999", "X000000000000000000"))
        .Select(id => new[] { id });

    /// <summary>A run of ids in sequence (past 4,096 in one block when long: the bitmap), starting near a block's edge or anywhere.</summary>
    private static Gen<string[]> Run() =>
        from start in Gen.OneOf(Gen.Choose(65_536 - 50, 65_536 + 50), Gen.Choose(0, 1_000_000))
        from length in Gen.OneOf(Gen.Choose(1, 100), Gen.Choose(4_000, 6_000))
        from prefix in Gen.Elements("C", "INC", string.Empty)
        from step in Gen.Elements(1, 1, 2, 7)
        select Enumerable.Range(0, length).Select(i => prefix + ((long)start + (i * step)).ToString("D7", CultureInfo.InvariantCulture)).ToArray();

    /// <summary>Ids near the given ones that may or may not be held: one more, one less, one more digit.</summary>
    private static IEnumerable<string> Probes(IEnumerable<string> ids) =>
        ids.Take(500).SelectMany(id => new[] { id + "0", "0" + id, id.Length > 0 ? id[..^1] : "x", id + "x" });

    private static bool Fits(string id) => CallIdSet.TrySplit(id, out _, out _, out _);

    private static CallIdSet Of(IEnumerable<string> ids)
    {
        var set = new CallIdSet();
        foreach (string id in ids)
        {
            set.TryAdd(id);
        }

        return set;
    }
}
