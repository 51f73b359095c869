using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KpiCore.Utility;

namespace KpiCore.Tests.Utility;

/// <summary>The streaming members: decided at once, the first record with a key stands, ordinal comparison.</summary>
public sealed partial class RepeatedKeyFinderTests
{
    [Fact]
    public void IsRepeat_KeysOnly_SecondOccurrenceIsARepeatAndCaseMatters()
    {
        var finder = new RepeatedKeyFinder();
        Assert.Equal([false, false, true, false, true], new[] { "A", "B", "A", "a", "B" }.Select(finder.IsRepeat).ToArray());
    }

    [Fact]
    public void IsRepeat_WithPositions_NamesTheStandingRecord()
    {
        var finder = new RepeatedKeyFinder();
        Assert.False(finder.IsRepeat("A", 0, out _));
        Assert.False(finder.IsRepeat("B", 3, out _));
        Assert.True(finder.IsRepeat("B", 7, out int first));
        Assert.Equal(3, first);
    }

    [Fact]
    public void TryGetStanding_DoesNotAdd_UntilAddStanding()
    {
        var finder = new RepeatedKeyFinder();
        Assert.False(finder.TryGetStanding("R1", out _));
        Assert.False(finder.TryGetStanding("R1", out _)); // looking did not make it stand
        finder.AddStanding("R1", 4);
        Assert.True(finder.TryGetStanding("R1", out int first));
        Assert.Equal(4, first);
    }

    [Fact]
    public void FindCommonKeyAndAddSeen_MergeTwoFinders()
    {
        var left = new RepeatedKeyFinder();
        var right = new RepeatedKeyFinder();
        left.IsRepeat("A");
        right.IsRepeat("B");
        Assert.Null(left.FindCommonKey(right));
        left.AddSeen(right);
        Assert.True(left.IsRepeat("B"));
        right.IsRepeat("A");
        Assert.Equal("A", left.FindCommonKey(right));
    }

    /// <summary>Streaming and batch agree: a record is a repeat exactly when an earlier record of the same group has its key.</summary>
    [Property(MaxTest = 300)]
    public Property IsRepeat_AgreesWithTheBatchFinder() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Elements("a", "b", "c", "A", "d")).ToArbitrary(), keys =>
        {
            var streaming = new RepeatedKeyFinder();
            int[] streamed = [.. keys.Select((key, i) => (key, i)).Where(r => streaming.IsRepeat(r.key, r.i, out _)).Select(r => r.i)];
            int[] batch = [.. Find([.. keys.Select(key => (0, key))], storeKeys: true).Select(r => r.Record)];
            int[] expected = [.. keys.Select((key, i) => (key, i)).Where(r => keys.Take(r.i).Contains(r.key, StringComparer.Ordinal)).Select(r => r.i)];
            return streamed.SequenceEqual(expected) && batch.SequenceEqual(expected);
        });
}
