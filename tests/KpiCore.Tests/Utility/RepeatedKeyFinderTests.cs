using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KpiCore.Utility;

namespace KpiCore.Tests.Utility;

public sealed partial class RepeatedKeyFinderTests
{
    /// <summary>Runs the finder over (group, key) records at positions 0, 1, ... with tag = position * 10 - 1.</summary>
    private static RepeatedKey[] Find((int Group, string Key)[] records, bool storeKeys)
    {
        var finder = new RepeatedKeyFinder(4, storeKeys ? null : record => records[record].Key);
        try
        {
            for (int i = 0; i < records.Length; i++)
            {
                finder.Add(records[i].Group, records[i].Key, i, (i * 10) - 1);
            }

            var repeats = new List<RepeatedKey>();
            finder.FindRepeats(repeats);
            return [.. repeats.OrderBy(r => r.Record)];
        }
        finally
        {
            finder.Release();
        }
    }

    /// <summary>The obvious model: a dictionary of the first position of each (group, key).</summary>
    private static RepeatedKey[] Model((int Group, string Key)[] records)
    {
        var first = new Dictionary<(int, string), int>();
        var repeats = new List<RepeatedKey>();
        for (int i = 0; i < records.Length; i++)
        {
            if (first.TryGetValue(records[i], out int earlier))
            {
                repeats.Add(new RepeatedKey(i, (i * 10) - 1, earlier, records[i].Key));
            }
            else
            {
                first.Add(records[i], i);
            }
        }

        return [.. repeats];
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void FindRepeats_NoneOrOneRecord_NoRepeats(bool storeKeys)
    {
        Assert.Empty(Find([], storeKeys));
        Assert.Empty(Find([(0, "A")], storeKeys));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void FindRepeats_HandMadeBatch_LaterRecordsOfTheSameGroupAndKeyRepeatTheFirst(bool storeKeys)
    {
        (int, string)[] records =
        [
            (0, "A"), // 0: stands
            (0, "B"), // 1: stands
            (1, "A"), // 2: stands: another group
            (0, "A"), // 3: repeats 0
            (0, "a"), // 4: stands: keys compare ordinally
            (0, "A"), // 5: repeats 0, not 3
            (1, "A"), // 6: repeats 2
        ];

        Assert.Equal(
            [new RepeatedKey(3, 29, 0, "A"), new RepeatedKey(5, 49, 0, "A"), new RepeatedKey(6, 59, 2, "A")],
            Find(records, storeKeys));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void FindRepeats_AddedOutOfOrder_LowestPositionStands(bool storeKeys)
    {
        var finder = new RepeatedKeyFinder(4, storeKeys ? null : _ => "X");
        finder.Add(0, "X", 7, 3);
        finder.Add(0, "X", 2, -1);
        finder.Add(0, "X", 5, 0);
        var repeats = new List<RepeatedKey>();

        finder.FindRepeats(repeats);
        finder.Release();

        Assert.Equal([new RepeatedKey(5, 0, 2, "X"), new RepeatedKey(7, 3, 2, "X")], repeats.OrderBy(r => r.Record));
    }

    [Fact]
    public void Release_ThenAddAgain_StartsEmpty()
    {
        var finder = new RepeatedKeyFinder(1, null);
        finder.Add(0, "A", 0, -1);
        finder.Add(0, "A", 1, -1);
        finder.Release();
        finder.Add(0, "A", 0, -1);
        var repeats = new List<RepeatedKey>();

        finder.FindRepeats(repeats);
        finder.Release();

        Assert.Empty(repeats);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void FindRepeats_200kRecordsInTwoGroups_MatchesTheDictionaryModel(bool storeKeys)
    {
        // Above the radix-sort threshold, and enough keys per group that some 32-bit hashes collide.
        var random = new Random(15);
        var records = new (int Group, string Key)[200_000];
        for (int i = 0; i < records.Length; i++)
        {
            int id = random.Next(150_000);
            records[i] = (random.Next(2), "INC" + id.ToString("D7", CultureInfo.InvariantCulture));
        }

        Assert.Equal(Model(records), Find(records, storeKeys));
    }

    [Property(MaxTest = 300)]
    public Property FindRepeats_SmallBatches_MatchTheDictionaryModel()
    {
        Gen<(int, string)> record =
            from g in Gen.Choose(0, 2)
            from k in Gen.Elements("A", "B", "C", "a", string.Empty)
            select (g, k);
        return Prop.ForAll(Gen.ArrayOf(record).ToArbitrary(), Gen.Elements(false, true).ToArbitrary(), (records, storeKeys) =>
            Model(records).SequenceEqual(Find(records, storeKeys)));
    }
}
