using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KpiCore.Sample.Input;

namespace KpiCore.Sample.Tests.Input;

/// <summary>
/// One block of <see cref="CallIdSet"/> (<see cref="CallIdContainer"/>) is a set of 16-bit numbers, as a sorted array
/// up to 4,096 and as a bitmap past it: its answers, intersection and union are a <see cref="HashSet{T}"/>'s.
/// </summary>
public sealed class CallIdContainerTests
{
    /// <summary>Numbers in a window of random width (dense or sparse), as many as make an array or a bitmap, in random or rising order.</summary>
    public static Arbitrary<ushort[]> Numbers() =>
        (from count in Gen.OneOf(Gen.Choose(0, 40), Gen.Choose(4_000, 9_000))
         from width in Gen.Elements(50, 5_000, 20_000, 65_536)
         from start in Gen.Choose(0, 65_535)
         from sorted in Gen.Elements(true, false)
         from values in Gen.Choose(0, width - 1).Select(v => (ushort)((start + v) % 65_536)).ArrayOf(count)
         select sorted ? [.. values.Order()] : values)
        .ToArbitrary();

    [Property(Arbitrary = [typeof(CallIdContainerTests)], MaxTest = 300)]
    public bool Add_AnyNumbers_AnswersAsAHashSetAndSwitchesAt4096(ushort[] numbers)
    {
        var block = new CallIdContainer();
        var set = new HashSet<ushort>();
        foreach (ushort n in numbers)
        {
            if (block.Add(n) != set.Add(n) || block.IsBitmap != set.Count > CallIdContainer.MaxArray)
            {
                return false;
            }
        }

        return block.Count == set.Count && Enumerable.Range(0, 65_536).All(n => block.Contains((ushort)n) == set.Contains((ushort)n))
            && block.Bytes <= 64 + Math.Min(8 * 1024, Math.Max(8, 2.5 * set.Count) + (set.Count < 64 ? 2 * set.Count : 0));
    }

    [Property(Arbitrary = [typeof(CallIdContainerTests)], MaxTest = 300)]
    public bool IntersectsAndUnionWith_AnyTwoBlocks_AreTheSets(ushort[] left, ushort[] right)
    {
        CallIdContainer a = Of(left), b = Of(right);
        var x = left.ToHashSet();
        var y = right.ToHashSet();
        if (a.Intersects(b) != x.Overlaps(y) || b.Intersects(a) != x.Overlaps(y))
        {
            return false;
        }

        a.UnionWith(b);
        x.UnionWith(y);
        return a.Count == x.Count && (x.Count <= CallIdContainer.MaxArray || a.IsBitmap)
            && Enumerable.Range(0, 65_536).All(n => a.Contains((ushort)n) == x.Contains((ushort)n))
            && b.Count == y.Count && right.All(b.Contains);
    }

    private static CallIdContainer Of(ushort[] numbers)
    {
        var block = new CallIdContainer();
        foreach (ushort n in numbers)
        {
            block.Add(n);
        }

        return block;
    }
}
