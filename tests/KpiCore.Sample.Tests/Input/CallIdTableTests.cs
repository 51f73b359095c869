using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KpiCore.Sample.Input;

namespace KpiCore.Sample.Tests.Input;

/// <summary>
/// The duplicate-id table (<see cref="CallIdTable"/>) says exactly what a set of the ids says: the first record with an
/// id stands, every later one is a repeat of that first one, with the real hash and with one that makes every id
/// collide (so every answer rests on the exact confirmation).
/// </summary>
public sealed class CallIdTableTests
{
    /// <summary>Ids from a small alphabet, so that repeats and near-repeats are common.</summary>
    public static Arbitrary<string[]> Ids() =>
        Gen.Elements("A", "a", "B", "AB", "BA", "A ", " A", "INC1", "INC10", "INC01", string.Empty)
            .SelectMany(a => Gen.Elements(string.Empty, "1", "2", "x").Select(b => a + b))
            .ArrayOf()
            .ToArbitrary();

    [Property(Arbitrary = [typeof(CallIdTableTests)], MaxTest = 200)]
    public bool TryAdd_PositionsBeyond4GB_AgreeWithASet(string[] ids, bool collideAll)
    {
        // Byte offsets in files of 4 GB and more: positions step over 2^32 (and from the first one on, the slots grow
        // a high part), and every position must come back exactly.
        var table = new CallIdTable(capacity: 1, hash: collideAll ? _ => 7UL : null);
        var first = new Dictionary<string, long>(StringComparer.Ordinal);
        const long Base = (1L << 32) - 3;
        string IdAt(long p) => ids[(int)((p - Base) / 1_000_003)];
        for (int i = 0; i < ids.Length; i++)
        {
            long position = Base + (1_000_003L * i);
            bool isNew = table.TryAdd(ids[i], position, IdAt, out long earlier);
            if (isNew != first.TryAdd(ids[i], position) || (!isNew && earlier != first[ids[i]]))
            {
                return false;
            }
        }

        return table.Count == first.Count && first.All(kv => table.Find(kv.Key, IdAt) == kv.Value)
            && table.Entries().Select(e => e.Position).Order().SequenceEqual(first.Values.Order());
    }

    [Property(Arbitrary = [typeof(CallIdTableTests)], MaxTest = 500)]
    public bool TryAdd_AnyIds_AgreesWithASet(string[] ids, bool collideAll)
    {
        var table = new CallIdTable(capacity: 1, hash: collideAll ? _ => 42UL : null);
        var first = new Dictionary<string, long>(StringComparer.Ordinal);
        for (int i = 0; i < ids.Length; i++)
        {
            long position = 10L * i; // positions need not be dense
            bool isNew = table.TryAdd(ids[i], position, p => ids[(int)(p / 10)], out long earlier);
            bool expectedNew = first.TryAdd(ids[i], position);
            if (isNew != expectedNew || (!isNew && earlier != first[ids[i]]))
            {
                return false;
            }
        }

        return table.Count == first.Count
            && first.All(kv => table.Find(kv.Key, p => ids[(int)(p / 10)]) == kv.Value)
            && table.Find("never", p => ids[(int)(p / 10)]) == -1;
    }

    [Fact]
    public void TryAdd_ManyIds_GrowsAndKeepsEveryFirstOccurrence()
    {
        const int n = 200_000;
        string IdAt(long p) => "INC" + (p % (n / 2)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var table = new CallIdTable();
        for (long p = 0; p < n; p++)
        {
            bool isNew = table.TryAdd(IdAt(p), p, IdAt, out long earlier);
            Assert.Equal(p < n / 2, isNew);
            if (!isNew)
            {
                Assert.Equal(p - (n / 2), earlier);
            }
        }

        Assert.Equal(n / 2, table.Count);
        Assert.True(table.Bytes <= 32L * 2 * (n / 2), "at most 32 bytes per id, 64 just after a doubling");
    }

    [Property(Arbitrary = [typeof(CallIdTableTests)], MaxTest = 300)]
    public bool RemoveLast_InReverseOrder_RestoresTheTable(string[] before, string[] added, bool collideAll, int capacity)
    {
        // The merge's undo: ids added by hash after Reserve, then taken out last first, leave the table answering as
        // before they came (a later TryAdd of each earlier id is a repeat of the same first record, a new one is new).
        var table = new CallIdTable(capacity: Math.Abs(capacity % 64), hash: collideAll ? _ => 9UL : null);
        string[] all = [.. before, .. added];
        string IdAt(long p) => all[(int)p];
        var first = new Dictionary<string, long>(StringComparer.Ordinal);
        for (int i = 0; i < before.Length; i++)
        {
            table.TryAdd(before[i], i, IdAt, out _);
            first.TryAdd(before[i], i);
        }

        const long Marker = 1_000_000;
        var taken = new List<ulong>();
        table.Reserve(added.Length);
        long bytes = table.Bytes;
        foreach (string id in added)
        {
            ulong hash = table.HashOf(id);
            if (!table.TryAddHash(hash, Marker))
            {
                break;
            }

            taken.Add(hash);
        }

        bool grew = table.Bytes != bytes;
        for (int k = taken.Count - 1; k >= 0; k--)
        {
            table.RemoveLast(taken[k], Marker);
        }

        return !grew && table.Count == first.Count
            && first.All(kv => table.Find(kv.Key, IdAt) == kv.Value)
            && added.All(id => table.Find(id, IdAt) == first.GetValueOrDefault(id, -1));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1000)]
    [InlineData(1_000_001)]
    public void Capacity_AnySize_AtMostAThirdMoreSlotsThanIds(int capacity)
    {
        // 12 bytes per slot, slots = capacity / 0.75 (no power of two): 16 bytes per id when the capacity is given.
        var table = new CallIdTable(capacity);
        Assert.True(table.Bytes <= Math.Max(16 * 12, (16L * capacity) + 12), $"{table.Bytes} bytes for {capacity} ids");
    }
}
