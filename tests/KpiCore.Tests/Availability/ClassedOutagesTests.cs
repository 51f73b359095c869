using KpiCore.Availability;
using KpiCore.Time;

namespace KpiCore.Tests.Availability;

public sealed class ClassedOutagesTests
{
    private static readonly int UnplannedFull = ClassedOutages.ClassBit(OutageKind.Unplanned, OutageImpact.Full);
    private static readonly int PlannedFull = ClassedOutages.ClassBit(OutageKind.Planned, OutageImpact.Full);
    private static readonly int UnplannedPartial = ClassedOutages.ClassBit(OutageKind.Unplanned, OutageImpact.Partial);

    // Two services in the grouped arrays: records 0-1 belong to another service; the loaded one is records 2-5, unsorted.
    private static readonly long[] Starts = [100, 200, 50, 0, 20, 12];
    private static readonly long[] Ends = [150, 300, 60, 10, 30, 15];
    private static readonly byte[] Classes = [0, 0, 1, 0, 1, 3]; // unplanned partial, unplanned full, unplanned partial, planned full

    private static ClassedOutages Loaded()
    {
        var outages = new ClassedOutages(Starts, Ends, Classes, largest: 4);
        outages.Load(offset: 2, count: 4);
        return outages;
    }

    private static (long Start, long End)[] Pieces(IntervalSet set)
    {
        var pieces = new (long, long)[set.Count];
        for (int i = 0; i < set.Count; i++)
        {
            pieces[i] = (set.StartNanos[i], set.EndNanos[i]);
        }

        return pieces;
    }

    [Fact]
    public void ClassMask_Impacts_IsTheUnionOfTheirClassBits()
    {
        int impacts = (1 << (int)OutageImpact.Full) | (1 << (int)OutageImpact.Degraded);

        Assert.Equal(
            ClassedOutages.ClassBit(OutageKind.Planned, OutageImpact.Full) | ClassedOutages.ClassBit(OutageKind.Planned, OutageImpact.Degraded),
            ClassedOutages.ClassMask(OutageKind.Planned, impacts));
        Assert.Equal(0b000_101, ClassedOutages.ClassMask(OutageKind.Unplanned, impacts));
    }

    [Fact]
    public void Union_OneClass_MergesOnlyThatClassInStartOrder()
    {
        ClassedOutages outages = Loaded();

        Assert.Equal([(0L, 10L)], Pieces(outages.Union(UnplannedFull)));
        Assert.Equal([(20L, 30L), (50L, 60L)], Pieces(outages.Union(UnplannedPartial)));
    }

    [Fact]
    public void Union_SeveralClasses_MergesOverlapsAndKeepsGaps()
    {
        ClassedOutages outages = Loaded();

        // [0, 10) and [12, 15) stay apart; [20, 30) and [50, 60) too.
        Assert.Equal([(0L, 10L), (12L, 15L), (20L, 30L), (50L, 60L)], Pieces(outages.Union(UnplannedFull | PlannedFull | UnplannedPartial)));
        Assert.Same(outages.Union(UnplannedFull | PlannedFull), outages.Union(UnplannedFull | PlannedFull)); // kept per mask
    }

    [Fact]
    public void Union_AbsentClass_IsEmptyAndAnyIsFalse()
    {
        ClassedOutages outages = Loaded();
        int plannedPartial = ClassedOutages.ClassBit(OutageKind.Planned, OutageImpact.Partial);

        Assert.False(outages.Any(plannedPartial));
        Assert.True(outages.Any(plannedPartial | PlannedFull));
        Assert.Same(IntervalSet.Empty, outages.Union(plannedPartial));
    }

    [Fact]
    public void Load_AnotherService_ForgetsThePreviousUnions()
    {
        ClassedOutages outages = Loaded();
        IntervalSet before = outages.Union(UnplannedFull);

        outages.Load(offset: 0, count: 2);

        Assert.Equal([(100L, 150L), (200L, 300L)], Pieces(outages.Union(UnplannedFull)));
        Assert.NotSame(before, outages.Union(UnplannedFull));
        Assert.False(outages.Any(PlannedFull));
    }
}
